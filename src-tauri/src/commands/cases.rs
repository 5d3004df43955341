use casebook_core::{Case, CaseFile, CaseInput, CaseSummary, Outcome, Result};
use chrono::Utc;

use crate::state::AppState;

#[tauri::command(async)]
pub fn company_cases(state: &AppState, company_id: i64) -> Result<Vec<CaseSummary>> {
    state.store().company_cases(company_id)
}

#[tauri::command(async)]
pub fn open_case(state: &AppState, input: CaseInput) -> Result<Case> {
    state.store().open_case(&input, Utc::now())
}

#[tauri::command(async)]
pub fn update_case(state: &AppState, id: i64, input: CaseInput) -> Result<Case> {
    state.store().update_case(id, &input, Utc::now())
}

#[tauri::command(async)]
pub fn case_file(state: &AppState, id: i64) -> Result<CaseFile> {
    state.store().case_file(id)
}

#[tauri::command(async)]
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

#[tauri::command(async)]
pub fn reopen_case(state: &AppState, id: i64) -> Result<Case> {
    state.store().reopen_case(id, Utc::now())
}
