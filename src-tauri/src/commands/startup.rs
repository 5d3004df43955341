//! What the window asks first: whether the data file opened, and, when it is damaged, the two
//! ways on (restore the newest good backup, or read a copy of the damaged file).

use casebook_core::damage::{self, Damage};
use casebook_core::{Error, Result, Store};
use chrono::Utc;
use tauri::{AppHandle, Manager, State};

use crate::app::{self, Startup};

/// The damage found at start-up, or None when the data opened as usual.
#[tauri::command(async)]
pub fn startup_problem(startup: State<'_, Startup>) -> Option<Damage> {
    // The window asks this first; the data is still being opened while the window starts.
    startup.wait_opened();
    startup.damage().clone()
}

/// Puts the damaged file aside and the newest good backup in its place, then goes on as at
/// any start. Answers where the damaged file is kept.
#[tauri::command(async)]
pub fn restore_over_damaged(app: AppHandle) -> Result<String> {
    let startup = app.state::<Startup>();
    let mut damage = startup.damage();
    let Some(found) = damage.as_ref() else {
        return Err(Error::Conflict("the data is not damaged".into()));
    };
    let Some(backup) = found.backup.as_ref() else {
        return Err(Error::Conflict("there is no good backup to restore".into()));
    };
    let aside = damage::restore_over_damaged(&startup.data_dir, backup.path.as_ref(), Utc::now())?;
    app::start_restored(&app)?;
    *damage = None;
    Ok(aside.to_string_lossy().into_owned())
}

/// Copies the damaged file and serves the window from the copy, read-only.
#[tauri::command(async)]
pub fn open_damaged_copy(app: AppHandle) -> Result<Damage> {
    let startup = app.state::<Startup>();
    let mut damage = startup.damage();
    let Some(found) = damage.as_mut() else {
        return Err(Error::Conflict("the data is not damaged".into()));
    };
    if found.read_only_copy.is_none() {
        let (store, copy) = Store::open_damaged_copy(&startup.data_dir, Utc::now())?;
        app::serve_store(&app, store);
        found.read_only_copy = Some(copy.to_string_lossy().into_owned());
    }
    Ok(found.clone())
}

/// The window's first screen is painted with its data: the reminders' first look may start.
/// With `CASEBOOK_REPORT_PAINT` set, says
/// so on standard output for the start-up benchmark (`make bench-app`), which compares it with
/// a blank window's: `painted <ms> <marks>`, the time in milliseconds since the Unix epoch and
/// the window's own marks (when each step of its start happened, and which screen it shows, as
/// JSON); otherwise nothing.
#[tauri::command]
pub fn window_painted(startup: State<'_, Startup>, mut marks: serde_json::Value) {
    startup.mark_painted();
    if std::env::var_os("CASEBOOK_REPORT_PAINT").is_some() {
        // The shell's own steps, before and around the page's.
        if let Some(page) = marks.as_object_mut() {
            for (step, at) in crate::start_marks::all() {
                page.insert(step.into(), at.into());
            }
        }
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or_default();
        println!("painted {ms} {marks}");
    }
}
