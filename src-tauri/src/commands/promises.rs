use casebook_core::{Promise, PromiseInput, PromiseStatus, Result};
use chrono::Utc;

use crate::state::AppState;

pub fn add_promise(state: &AppState, case_id: i64, input: PromiseInput) -> Result<Promise> {
    state.store().add_promise(case_id, &input, Utc::now())
}

pub fn set_promise_status(state: &AppState, id: i64, status: PromiseStatus) -> Result<Promise> {
    state.store().set_promise_status(id, status, Utc::now())
}

pub fn update_promise(state: &AppState, id: i64, input: PromiseInput) -> Result<Promise> {
    state.store().update_promise(id, &input, Utc::now())
}
