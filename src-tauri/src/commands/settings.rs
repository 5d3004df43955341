use casebook_core::{Result, Settings};

use crate::state::AppState;

#[tauri::command(async)]
pub fn get_settings(state: &AppState) -> Result<Settings> {
    state.store().settings()
}

#[tauri::command(async)]
pub fn set_newest_first(state: &AppState, newest_first: bool) -> Result<Settings> {
    state.store().set_newest_first(newest_first)
}

#[tauri::command(async)]
pub fn set_language(state: &AppState, language: Option<String>) -> Result<Settings> {
    state.store().set_language(language.as_deref())
}
