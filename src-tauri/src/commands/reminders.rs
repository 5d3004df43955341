use casebook_core::{DueKind, Result, SnoozeUntil};
use chrono::{DateTime, NaiveTime, Utc};
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;

use crate::scheduler::ReminderStatus;
use crate::state::{AppState, Reminders};

#[tauri::command(async)]
pub fn reminder_status(reminders: State<'_, Reminders>) -> ReminderStatus {
    reminders.scheduler.status()
}

/// Makes a promise or follow-up remind again when the user picked, and says when that is.
pub fn snooze(
    state: &AppState,
    kind: DueKind,
    id: i64,
    until: SnoozeUntil,
) -> Result<DateTime<Utc>> {
    state.store().snooze_until(kind, id, &until, Utc::now())
}

/// The reminder time for day-only dues, as `HH:MM`.
pub fn get_reminder_time(state: &AppState) -> Result<String> {
    Ok(state.store().reminder_time()?.format("%H:%M").to_string())
}

pub fn set_reminder_time(state: &AppState, time: String) -> Result<String> {
    let t: NaiveTime = state.store().set_reminder_time(&time)?;
    Ok(t.format("%H:%M").to_string())
}

/// Whether Casebook starts when the user logs in.
#[tauri::command(async)]
pub fn get_autostart(app: AppHandle) -> Result<bool> {
    app.autolaunch()
        .is_enabled()
        .map_err(|e| casebook_core::Error::Conflict(e.to_string()))
}

#[tauri::command(async)]
pub fn set_autostart(app: AppHandle, enabled: bool) -> Result<bool> {
    let launcher = app.autolaunch();
    let done = if enabled {
        launcher.enable()
    } else {
        launcher.disable()
    };
    done.map_err(|e| casebook_core::Error::Conflict(e.to_string()))?;
    Ok(enabled)
}
