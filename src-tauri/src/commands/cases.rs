use casebook_core::{Case, CaseFile, CaseInput, CaseSummary, Outcome, Result};
use chrono::Utc;

use crate::state::AppState;

pub fn company_cases(state: &AppState, company_id: i64) -> Result<Vec<CaseSummary>> {
    state.store().company_cases(company_id)
}

pub fn open_case(state: &AppState, input: CaseInput) -> Result<Case> {
    state.store().open_case(&input, Utc::now())
}

pub fn update_case(state: &AppState, id: i64, input: CaseInput) -> Result<Case> {
    state.store().update_case(id, &input, Utc::now())
}

pub fn case_file(state: &AppState, id: i64) -> Result<CaseFile> {
    state.store().case_file(id)
}

pub fn resolve_case(
    state: &AppState,
    id: i64,
    outcome: Outcome,
    note: Option<String>,
    recovered: Option<String>,
) -> Result<Case> {
    state.store().resolve_case(
        id,
        outcome,
        note.as_deref(),
        recovered.as_deref(),
        Utc::now(),
    )
}

pub fn reopen_case(state: &AppState, id: i64) -> Result<Case> {
    state.store().reopen_case(id, Utc::now())
}
