//! Scorecards: a company's record, and every company's side by side.

use casebook_core::record::TrackRecord;
use casebook_core::scorecard::Scorecard;
use casebook_core::Result;

use crate::state::AppState;

pub fn company_scorecard(state: &AppState, company_id: i64) -> Result<Scorecard> {
    state.store().scorecard(company_id)
}

pub fn record(state: &AppState) -> Result<TrackRecord> {
    state.store().record(chrono::Utc::now())
}
