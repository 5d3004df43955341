//! The floor for `make bench-app`: the least a Tauri 2 app can be, built with the same
//! workspace and release profile as Casebook. One window, one command answering, and a line on
//! standard output when the answer has been painted, in the same form as Casebook's.

use std::time::{SystemTime, UNIX_EPOCH};

#[tauri::command]
fn ping() -> &'static str {
    "pong"
}

/// Writes `painted <milliseconds since the Unix epoch> {"page": <when the page was asked
/// for>}` for the benchmark to read, as Casebook reports its own steps.
#[tauri::command]
fn painted(page: f64) {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    println!("painted {ms} {{\"page\":{page}}}");
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ping, painted])
        .run(tauri::generate_context!())
        .expect("the blank window starts");
}
