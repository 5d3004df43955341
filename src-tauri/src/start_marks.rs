//! When each step of the shell's start happened, for the start-up benchmark (`make bench-app`):
//! the window's first-painted report carries them along with the page's own steps, so the
//! benchmark can say where the time before the page went.

use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

static MARKS: Mutex<Vec<(&'static str, u64)>> = Mutex::new(Vec::new());

/// Notes that `step` happened now (milliseconds since the Unix epoch); only the first time
/// counts.
pub fn mark(step: &'static str) {
    let now = now_ms();
    let mut marks = MARKS.lock().unwrap_or_else(|p| p.into_inner());
    if !marks.iter().any(|(s, _)| *s == step) {
        marks.push((step, now));
    }
}

/// Notes that `step` happened now, again: the last time counts (the last of the page's files
/// answered).
pub fn mark_latest(step: &'static str) {
    let now = now_ms();
    let mut marks = MARKS.lock().unwrap_or_else(|p| p.into_inner());
    marks.retain(|(s, _)| *s != step);
    marks.push((step, now));
}

/// Every step noted so far, in the order they happened.
pub fn all() -> Vec<(&'static str, u64)> {
    MARKS.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or_default()
}
