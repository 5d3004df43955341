//! The floor for `make bench-app`: the least a Tauri 2 app can be, built with the same
//! workspace and release profile as Casebook. One window, one command answering, and a line on
//! standard output when the answer has been painted, in the same form as Casebook's.

use std::time::{SystemTime, UNIX_EPOCH};

#[tauri::command]
fn ping() -> &'static str {
    "pong"
}

/// Writes `painted <milliseconds since the Unix epoch>` for the benchmark to read.
#[tauri::command]
fn painted() {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    println!("painted {ms}");
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ping, painted])
        .run(tauri::generate_context!())
        .expect("the blank window starts");
}
