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

pub type DesktopScheduler = Scheduler<DesktopNotifier, SystemClock, Local>;

/// The running scheduler, and what keeps it awake to changes.
pub struct Reminders {
    pub scheduler: Arc<DesktopScheduler>,
    /// Held so the scheduler's channel stays open for the app's whole life.
    pub _wake: Sender<()>,
    pub _watcher: Option<notify::RecommendedWatcher>,
}
