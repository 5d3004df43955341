//! What the commands share: the open database.

use std::sync::{Mutex, MutexGuard};

use casebook_core::Store;

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
