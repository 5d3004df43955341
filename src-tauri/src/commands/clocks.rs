//! A case's time limits: where it stands (country and sector) and the days that start them.

use casebook_core::clocks::{CaseClocks, Sector, StartEvent};
use casebook_core::{FollowUp, Result};
use chrono::Utc;

use crate::state::AppState;

pub fn case_clocks(state: &AppState, case_id: i64) -> Result<CaseClocks> {
    state.store().clocks(case_id)
}

pub fn set_case_jurisdiction(
    state: &AppState,
    case_id: i64,
    country: Option<String>,
    sector: Option<Sector>,
) -> Result<CaseClocks> {
    state
        .store()
        .set_case_jurisdiction(case_id, country.as_deref(), sector, Utc::now())
}

pub fn set_case_date(
    state: &AppState,
    case_id: i64,
    event: StartEvent,
    day: Option<String>,
) -> Result<CaseClocks> {
    state
        .store()
        .set_case_date(case_id, event, day.as_deref(), Utc::now())
}

/// Makes a clock remind, as a deadline on its day.
pub fn remind_clock(state: &AppState, case_id: i64, rule_id: String) -> Result<FollowUp> {
    state.store().remind_clock(case_id, &rule_id, Utc::now())
}
