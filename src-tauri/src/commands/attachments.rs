//! Attachments from the window: files picked or dropped (by path), screenshots pasted (as
//! bytes), shown as thumbnails, opened in the system's program for them, and removed.

use std::path::PathBuf;

use casebook_core::attachment::{AttachTo, Attachment};
use casebook_core::{Error, Result};
use chrono::Utc;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::state::AppState;

#[tauri::command(async)]
pub fn attach_files(
    state: &AppState,
    case_id: i64,
    interaction_id: Option<i64>,
    paths: Vec<String>,
) -> Result<Vec<Attachment>> {
    let to = AttachTo {
        case_id,
        interaction_id,
        note: None,
    };
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    state.store().attach_files(&to, &paths, Utc::now())
}

#[tauri::command(async)]
pub fn attach_bytes(
    state: &AppState,
    case_id: i64,
    interaction_id: Option<i64>,
    name: String,
    data: String,
) -> Result<Attachment> {
    let to = AttachTo {
        case_id,
        interaction_id,
        note: None,
    };
    state.store().attach_base64(&to, &name, &data, Utc::now())
}

#[tauri::command(async)]
pub fn attachment_preview(state: &AppState, id: i64) -> Result<Option<String>> {
    state.store().attachment_preview(id)
}

#[tauri::command(async)]
pub fn remove_attachment(state: &AppState, id: i64) -> Result<Attachment> {
    state.store().remove_attachment(id)
}

/// Opens an attachment in the system's program for its kind: a PDF in the PDF viewer, a
/// recording in the player.
#[tauri::command(async)]
pub fn open_attachment(app: AppHandle, state: State<'_, AppState>, id: i64) -> Result<()> {
    let path = state.store().attachment_path(id)?;
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| Error::Conflict(e.to_string()))
}
