//! What the commands share: the open database, and the reminder scheduler's status.

use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, MutexGuard};

use casebook_core::Store;
use chrono::Local;

use crate::notifier::DesktopNotifier;
use crate::scheduler::{Scheduler, SystemClock};

pub struct AppState {
    store: Mutex<Store>,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState {
            store: Mutex::new(store),
        }
    }

    /// The store, for one command. A command that panicked left no half-write behind (its
    /// transaction rolled back when dropped), so a poisoned lock is safe to take over.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Lets a command take `state: &AppState`, so the same function runs in the window (Tauri
/// hands it the managed state) and in [`crate::commands::dispatch`].
impl<'de, R: tauri::Runtime> tauri::ipc::CommandArg<'de, R> for &'de AppState {
    fn from_command(
        command: tauri::ipc::CommandItem<'de, R>,
    ) -> Result<Self, tauri::ipc::InvokeError> {
        let state: tauri::State<'de, AppState> = tauri::ipc::CommandArg::from_command(command)?;
        Ok(state.inner())
    }
}

pub type DesktopScheduler = Scheduler<DesktopNotifier, SystemClock, Local>;

/// The running scheduler, and what keeps it awake to changes.
pub struct Reminders {
    pub scheduler: Arc<DesktopScheduler>,
    /// Held so the scheduler's channel stays open for the app's whole life.
    pub _wake: Sender<()>,
    pub _watcher: Option<notify::RecommendedWatcher>,
}
