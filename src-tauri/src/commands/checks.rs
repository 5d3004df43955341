//! Forms checked as they are typed: every field's problem, nothing written.

use casebook_core::{
    CaseInput, CompanyInput, FollowUpInput, InteractionInput, Problem, PromiseInput, Result,
};

use crate::state::AppState;

pub fn check_company(state: &AppState, input: CompanyInput) -> Result<Vec<Problem>> {
    state.store().check_company(&input)
}

pub fn check_case(state: &AppState, input: CaseInput) -> Result<Vec<Problem>> {
    state.store().check_case(&input)
}

pub fn check_interaction(state: &AppState, input: InteractionInput) -> Result<Vec<Problem>> {
    state.store().check_interaction(&input)
}

/// What looks mistyped in a contact (a date in the future, a promise due before the contact):
/// warnings beside the fields, never a refusal.
pub fn interaction_warnings(state: &AppState, input: InteractionInput) -> Result<Vec<Problem>> {
    Ok(state.store().interaction_warnings(&input))
}

pub fn check_follow_up(state: &AppState, input: FollowUpInput) -> Result<Vec<Problem>> {
    state.store().check_follow_up(&input)
}

pub fn check_promise(state: &AppState, input: PromiseInput) -> Result<Vec<Problem>> {
    state.store().check_promise(&input)
}
