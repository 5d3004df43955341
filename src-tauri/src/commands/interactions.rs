use casebook_core::{Interaction, InteractionInput, Result};
use chrono::Utc;

use crate::state::AppState;

pub fn log_interaction(
    state: &AppState,
    case_id: i64,
    input: InteractionInput,
) -> Result<Interaction> {
    state.store().log_interaction(case_id, &input, Utc::now())
}

pub fn update_interaction(
    state: &AppState,
    id: i64,
    input: InteractionInput,
) -> Result<Interaction> {
    state.store().update_interaction(id, &input, Utc::now())
}
