//! Attachments from the window: files picked or dropped (by path), screenshots pasted (as
//! bytes), shown as thumbnails, opened in the system's program for them, and removed.

use std::path::PathBuf;

use casebook_core::attachment::{AttachTo, Attachment};
use casebook_core::Result;
use chrono::Utc;
use tauri::State;

use crate::state::AppState;

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

pub fn attachment_preview(state: &AppState, id: i64) -> Result<Option<String>> {
    state.store().attachment_preview(id)
}

pub fn remove_attachment(state: &AppState, id: i64) -> Result<Attachment> {
    state.store().remove_attachment(id)
}

/// Opens an attachment in the system's program for its kind: a PDF in the PDF viewer, a
/// recording in the player.
/// Asks for files with the system's own file dialog, over the window: their paths, or none when
/// the user cancels.
#[tauri::command(async)]
pub fn choose_files(window: tauri::WebviewWindow) -> Vec<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let parent = window.clone();
    // GTK's dialogs belong to the main thread, where this one runs a loop of its own until
    // the user answers; this command waits for the answer on its own thread.
    let asked = window.run_on_main_thread(move || {
        let _ = tx.send(rfd::FileDialog::new().set_parent(&parent).pick_files());
    });
    if asked.is_err() {
        return Vec::new();
    }
    rx.recv()
        .ok()
        .flatten()
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

#[tauri::command(async)]
pub fn open_attachment(state: State<'_, AppState>, id: i64) -> Result<()> {
    let path = state.store().attachment_path(id)?;
    crate::system_open::open(path)
}
