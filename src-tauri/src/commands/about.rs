//! Settings → About: the version, the data folder (opened in the file manager on request),
//! and the licences.

use casebook_core::about::About;
use casebook_core::Result;
use tauri::State;

use crate::state::AppState;

pub fn about(state: &AppState) -> Result<About> {
    state.store().about()
}

/// Shows the data folder in the system's file manager.
#[tauri::command(async)]
pub fn open_data_folder(state: State<'_, AppState>) -> Result<()> {
    let folder = state.store().data_folder()?;
    crate::system_open::open(folder)
}
