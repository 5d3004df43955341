use casebook_core::{Result, Settings};
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings> {
    state.store().settings()
}

#[tauri::command(async)]
pub fn set_language(state: State<'_, AppState>, language: Option<String>) -> Result<Settings> {
    state.store().set_language(language.as_deref())
}
