//! Opening a company's web address in the user's browser: the one thing Casebook hands to
//! another program, and only when the user clicks it. Casebook itself never goes online.

use casebook_core::{text, Field, Result};

/// Opens a web address core accepts as one (http or https, with a host); anything else
/// (a file, a script) is refused before it reaches the system.
#[tauri::command(async)]
pub fn open_link(url: String) -> Result<()> {
    let url = text::link_to_open(Field::Website, &url)?;
    crate::system_open::open(url)
}
