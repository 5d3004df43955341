use casebook_core::{RecordKind, Restored, Result, TrashItem};
use chrono::Utc;

use crate::state::AppState;

/// Deletes a company, case, contact, promise or follow-up to Recently deleted.
pub fn delete_record(state: &AppState, kind: RecordKind, id: i64) -> Result<TrashItem> {
    let mut store = state.store();
    let now = Utc::now();
    match kind {
        RecordKind::Company => store.delete_company(id, now),
        RecordKind::Case => store.delete_case(id, now),
        RecordKind::Interaction => store.delete_interaction(id, now),
        RecordKind::Promise => store.delete_promise(id, now),
        RecordKind::FollowUp => store.delete_follow_up(id, now),
    }
}

/// Recently deleted, newest first; what is past its time is purged first.
pub fn list_trash(state: &AppState) -> Result<Vec<TrashItem>> {
    let mut store = state.store();
    let now = Utc::now();
    store.purge_trash(now)?;
    store.trash(now)
}

pub fn restore(state: &AppState, id: i64) -> Result<Restored> {
    state.store().restore(id)
}

pub fn empty_trash(state: &AppState) -> Result<usize> {
    state.store().empty_trash()
}
