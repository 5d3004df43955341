//! The desktop app: opens the database, then the window.

use std::path::PathBuf;
use std::process::ExitCode;

use casebook_core::Store;

use crate::commands;
use crate::state::AppState;

pub fn run(data_dir: PathBuf) -> ExitCode {
    let store = match Store::open_in(&data_dir) {
        Ok(store) => store,
        Err(e) => {
            // No window yet to show it in: say it where it can be read, and do not touch the file.
            eprintln!("casebook: cannot open {}: {e}", data_dir.display());
            return ExitCode::FAILURE;
        }
    };
    let result = tauri::Builder::default()
        .manage(AppState::new(store))
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("casebook: the window could not start: {e}");
            ExitCode::FAILURE
        }
    }
}
