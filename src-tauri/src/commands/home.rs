use casebook_core::home::DuePage;
use casebook_core::search::SearchHit;
use casebook_core::{Home, Result, Store};
use chrono::{Local, Utc};

use crate::state::AppState;

pub fn home(state: &AppState) -> Result<Home> {
    home_of(&state.store())
}

/// The home screen as `store` has it now (also sent with the page at start).
pub fn home_of(store: &Store) -> Result<Home> {
    // "Today" is the user's calendar day, which is what a day-only promise means.
    store.home(Utc::now(), Local::now().date_naive())
}

/// How much is overdue: the badge beside Home.
pub fn overdue_total(state: &AppState) -> Result<i64> {
    state
        .store()
        .overdue_total(Utc::now(), Local::now().date_naive())
}

/// Every overdue item, a page at a time: the full list the home screen links to.
pub fn overdue_page(state: &AppState, offset: i64) -> Result<DuePage> {
    state
        .store()
        .overdue_page(Utc::now(), Local::now().date_naive(), offset)
}

/// The cases that hold the text anywhere, best first: the header's search box.
pub fn search(state: &AppState, query: String) -> Result<Vec<SearchHit>> {
    state.store().search(&query)
}
