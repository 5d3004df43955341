//! The store's commands over standard input and output, one JSON call per line:
//! `{"cmd": "open_case", "args": {"input": {...}}}` is answered by `{"ok": ...}` or
//! `{"err": {"code": ..., "message": ...}}`. The screen tests run the window's screens against
//! this, so they see what core really does, not an imitation of it.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use casebook_core::Store;
use serde_json::{json, Value};

use crate::state::AppState;

pub fn serve(dir: &Path) -> ExitCode {
    let state = match Store::open_in(dir) {
        Ok(store) => AppState::new(store),
        Err(e) => {
            eprintln!("casebook: cannot open {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let answer = match serde_json::from_str::<Value>(&line) {
            Ok(call) => {
                let command = call["cmd"].as_str().unwrap_or_default();
                let args = call.get("args").cloned().unwrap_or_else(|| json!({}));
                match super::dispatch(&state, command, args) {
                    Ok(value) => json!({ "ok": value }),
                    Err(error) => json!({ "err": error }),
                }
            }
            Err(e) => json!({ "err": { "code": "unknown", "message": e.to_string() } }),
        };
        if writeln!(stdout, "{answer}")
            .and_then(|()| stdout.flush())
            .is_err()
        {
            break;
        }
    }
    ExitCode::SUCCESS
}
