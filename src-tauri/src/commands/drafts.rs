//! What was typed into a form and not saved yet, kept so nothing typed is lost.

use casebook_core::{Draft, DraftForm, Result};
use chrono::Utc;
use serde_json::Value;

use crate::state::AppState;

pub fn save_draft(state: &AppState, form: DraftForm, owner_id: i64, body: Value) -> Result<Draft> {
    state.store().save_draft(form, owner_id, &body, Utc::now())
}

pub fn get_draft(state: &AppState, form: DraftForm, owner_id: i64) -> Result<Option<Draft>> {
    state.store().draft(form, owner_id)
}

pub fn discard_draft(state: &AppState, form: DraftForm, owner_id: i64) -> Result<()> {
    state.store().discard_draft(form, owner_id)
}
