use casebook_core::backups::{Backup, RestoreDone};
use casebook_core::{Result, Settings};
use chrono::Utc;

use crate::state::AppState;

pub fn get_settings(state: &AppState) -> Result<Settings> {
    state.store().settings()
}

pub fn set_newest_first(state: &AppState, newest_first: bool) -> Result<Settings> {
    state.store().set_newest_first(newest_first)
}

pub fn set_language(state: &AppState, language: Option<String>) -> Result<Settings> {
    state.store().set_language(language.as_deref())
}

/// The country whose public holidays business days skip, or None for the system's.
pub fn set_holiday_country(state: &AppState, country: Option<String>) -> Result<Settings> {
    state.store().set_holiday_country(country.as_deref())
}

pub fn set_your_name(state: &AppState, name: Option<String>) -> Result<Settings> {
    state.store().set_your_name(name.as_deref())
}

/// The copies of the data kept, newest first.
pub fn list_backups(state: &AppState) -> Result<Vec<Backup>> {
    state.store().backups()
}

/// Makes a copy of the data now.
pub fn back_up_now(state: &AppState) -> Result<Option<Backup>> {
    state.store().back_up_now(Utc::now())
}

/// Replaces the data with a backup's, keeping the current data aside to undo; the window and
/// the reminders go on with the restored data at once.
pub fn restore_backup(state: &AppState, path: String) -> Result<RestoreDone> {
    state
        .store()
        .restore_from(std::path::Path::new(&path), Utc::now())
}
