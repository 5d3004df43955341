use casebook_core::{Home, Result};
use chrono::{Local, Utc};

use crate::state::AppState;

#[tauri::command(async)]
pub fn home(state: &AppState) -> Result<Home> {
    // "Today" is the user's calendar day, which is what a day-only promise means.
    state.store().home(Utc::now(), Local::now().date_naive())
}
