//! Opening a company's web address in the user's browser: the one thing Casebook hands to
//! another program, and only when the user clicks it. Casebook itself never goes online.

use casebook_core::{text, Field, Result};
use tauri::AppHandle;
use tauri_plugin_opener::OpenerExt;

/// Opens a web address core accepts as one (http or https, with a host); anything else
/// (a file, a script) is refused before it reaches the system.
#[tauri::command(async)]
pub fn open_link(app: AppHandle, url: String) -> Result<()> {
    let url = text::link_to_open(Field::Website, &url)?;
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| casebook_core::Error::Conflict(e.to_string()))
}
