//! Exports made from the window: spreadsheet files, a calendar file and a case's dossier, written to a new name
//! in the `exports` folder beside the data, and shown to the user in their own programs.

use casebook_core::calendar::CalendarExport;
use casebook_core::dossier::{DossierDone, Paper};
use casebook_core::spreadsheet::SpreadsheetExport;
use casebook_core::{Language, Result};
use chrono::{Local, Utc};
use tauri::State;

use crate::state::AppState;

pub fn export_spreadsheet(state: &AppState) -> Result<SpreadsheetExport> {
    let store = state.store();
    let folder = store.export_folder("spreadsheet", Utc::now())?;
    store.export_spreadsheet(&folder)
}

pub fn export_calendar(state: &AppState) -> Result<CalendarExport> {
    let store = state.store();
    let file = store
        .export_folder("calendar", Utc::now())?
        .with_extension("ics");
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder)?;
    }
    store.export_calendar(&file, Utc::now(), &Local)
}

/// The case's dossier as a PDF in the exports folder, in `lang`, on the system's paper.
pub fn make_dossier(state: &AppState, case_id: i64, lang: String) -> Result<DossierDone> {
    let store = state.store();
    let file = store
        .export_folder(&format!("dossier-case-{case_id}"), Utc::now())?
        .with_extension("pdf");
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder)?;
    }
    store.write_dossier(
        case_id,
        &file,
        Language::from_tag(&lang),
        Paper::system(),
        Utc::now(),
        &Local,
    )
}

/// Opens something Casebook exported in the program the system gives it: a calendar file in
/// the calendar, a folder in the file manager. Only what lies in the exports folder is opened,
/// so the window cannot be made to run anything else.
#[tauri::command(async)]
pub fn open_export(state: State<'_, AppState>, path: String) -> Result<()> {
    let path = state.store().exported(std::path::Path::new(&path))?;
    crate::system_open::open(path)
}
