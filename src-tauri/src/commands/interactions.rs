use casebook_core::{Interaction, InteractionInput, Result};
use chrono::Utc;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn log_interaction(
    state: State<'_, AppState>,
    case_id: i64,
    input: InteractionInput,
) -> Result<Interaction> {
    state.store().log_interaction(case_id, &input, Utc::now())
}
