//! What the window's page tells the shell about the window itself.

use casebook_core::{Error, Result};
use tauri::AppHandle;

/// The page, told the window was closed (close `turn`), has written every draft and no form
/// on it holds typing: the window may be let go. `address` is the screen it shows, to open on
/// again.
#[tauri::command]
pub fn let_window_go(app: AppHandle, turn: u64, address: String) -> Result<()> {
    crate::window::may_let_go(&app, turn, address).map_err(Error::Conflict)
}
