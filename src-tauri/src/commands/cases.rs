use casebook_core::{Case, CaseFile, CaseInput, CaseList, Outcome, Result, TimelinePage};
use chrono::Utc;

use crate::state::AppState;

/// The company screen's case list, `count` cases from the `from`th.
pub fn company_cases(
    state: &AppState,
    company_id: i64,
    resolved: bool,
    from: usize,
    count: usize,
) -> Result<CaseList> {
    state
        .store()
        .company_case_list(company_id, resolved, from, count)
}

pub fn open_case(state: &AppState, input: CaseInput) -> Result<Case> {
    state.store().open_case(&input, Utc::now())
}

pub fn update_case(state: &AppState, id: i64, input: CaseInput) -> Result<Case> {
    state.store().update_case(id, &input, Utc::now())
}

/// The whole case file, or the page of its timeline the case screen draws.
pub fn case_file(state: &AppState, id: i64, page: Option<TimelinePage>) -> Result<CaseFile> {
    match page {
        Some(page) => state.store().case_file_page(id, &page),
        None => state.store().case_file(id),
    }
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
