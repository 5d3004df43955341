//! The escalation ladder: where a case stands, the next step its history suggests, a move.

use casebook_core::ladder::NextStep;
use casebook_core::{Case, Escalation, Result};
use chrono::Utc;

use crate::state::AppState;

/// Where the case stands on the ladder and what its history suggests, in the language
/// Casebook speaks.
pub fn next_step(state: &AppState, case_id: i64) -> Result<NextStep> {
    let store = state.store();
    let lang = store.settings()?.speaking;
    store.next_step(case_id, lang, Utc::now())
}

pub fn escalate_case(state: &AppState, id: i64, level: Escalation) -> Result<Case> {
    state.store().escalate(id, level, Utc::now())
}
