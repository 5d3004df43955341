//! Settings → About: the version, the data folder (opened in the file manager on request),
//! and the licences.

use casebook_core::about::About;
use casebook_core::{Error, Result};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::state::AppState;

pub fn about(state: &AppState) -> Result<About> {
    state.store().about()
}

/// Shows the data folder in the system's file manager.
#[tauri::command(async)]
pub fn open_data_folder(app: AppHandle, state: State<'_, AppState>) -> Result<()> {
    let folder = state.store().data_folder()?;
    app.opener()
        .open_path(folder.to_string_lossy(), None::<&str>)
        .map_err(|e| Error::Conflict(e.to_string()))
}
