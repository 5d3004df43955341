//! A call: what to have ready, what to read back, saving it, and the message confirming it.

use casebook_core::call::{CallPrep, ReadBack};
use casebook_core::{Interaction, InteractionInput, Result};
use chrono::{Local, Utc};

use crate::state::AppState;

pub fn call_prep(state: &AppState, case_id: i64) -> Result<CallPrep> {
    state.store().call_prep(case_id)
}

/// The read-back checklist for the call as noted so far.
pub fn read_back(state: &AppState, input: InteractionInput) -> Result<Vec<ReadBack>> {
    Ok(state.store().read_back(&input))
}

/// Saves a call made in call mode; its call-mode draft goes with it.
pub fn log_call(state: &AppState, case_id: i64, input: InteractionInput) -> Result<Interaction> {
    state.store().log_call(case_id, &input, Utc::now())
}

/// The message confirming a contact in writing, in the language Casebook speaks.
pub fn confirmation(state: &AppState, interaction_id: i64) -> Result<String> {
    let store = state.store();
    let lang = store.settings()?.speaking;
    store.confirmation(interaction_id, lang, Utc::now(), &Local)
}
