use casebook_core::{FollowUp, FollowUpInput, Result};
use chrono::Utc;

use crate::state::AppState;

pub fn add_follow_up(state: &AppState, case_id: i64, input: FollowUpInput) -> Result<FollowUp> {
    state.store().add_follow_up(case_id, &input, Utc::now())
}

pub fn set_follow_up_done(state: &AppState, id: i64, done: bool) -> Result<FollowUp> {
    state.store().set_follow_up_done(id, done, Utc::now())
}

pub fn update_follow_up(state: &AppState, id: i64, input: FollowUpInput) -> Result<FollowUp> {
    state.store().update_follow_up(id, &input, Utc::now())
}
