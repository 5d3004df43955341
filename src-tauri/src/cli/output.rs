//! How the command line prints: readable tables for people, JSON for scripts.

use casebook_core::{Due, Error, Money};
use chrono::{DateTime, Local, Utc};
use serde::Serialize;

pub struct Out {
    json: bool,
    korean: bool,
}

impl Out {
    pub fn new(json: bool) -> Self {
        let lang = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        Out {
            json,
            korean: lang.starts_with("ko"),
        }
    }

    /// English or Korean, by the terminal's locale.
    pub fn t<'a>(&self, en: &'a str, ko: &'a str) -> &'a str {
        if self.korean {
            ko
        } else {
            en
        }
    }

    /// Prints `value` as JSON, or the human text made by `human`.
    pub fn print<T: Serialize>(&self, value: &T, human: impl FnOnce() -> String) {
        if self.json {
            println!(
                "{}",
                serde_json::to_string_pretty(value).expect("core types serialize")
            );
        } else {
            let text = human();
            if !text.is_empty() {
                println!("{}", text.trim_end());
            }
        }
    }
}

/// A plain text table: a header, then one line a row, columns padded to their widest cell
/// (counting Hangul as two columns, as terminals draw it).
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let width = |s: &str| {
        s.chars()
            .map(|c| if is_wide(c) { 2 } else { 1 })
            .sum::<usize>()
    };
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            out.push_str(cell);
            if i + 1 < cells.len() {
                out.push_str(&" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(header.to_vec());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1FAFF)
}

/// Long text on one line of a table.
pub fn short(text: &str, max: usize) -> String {
    let one_line = text.replace(['\n', '\r'], " ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        one_line.chars().take(max - 1).collect::<String>() + "…"
    }
}

pub fn when(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
}

pub fn due(d: Due) -> String {
    match d {
        Due::Date { date } => date.to_string(),
        Due::At { at } => when(at),
    }
}

pub fn money(m: &Option<Money>) -> String {
    m.as_ref()
        .map(|m| format!("{} {}", m.amount, m.currency))
        .unwrap_or_default()
}

/// One line that says what went wrong and what to do.
pub fn error_line(e: &Error) -> String {
    match e {
        Error::Invalid { field, .. } => {
            let option = match *field {
                "name" => "NAME",
                "promise_due" => "--due",
                "promise_description" => "--promise",
                "occurred_at" => "--at",
                "reference" => "--ref",
                "agent_name" => "--agent",
                "agent_code" => "--agent-id",
                "follow_up_due" => "DATE",
                "follow_up_note" => "--note",
                "title" => "--title",
                "desired_outcome" => "--want",
                "amount" => "--amount",
                "currency" => "--currency",
                "resolution_note" | "notes" | "description" => "--note",
                other => other,
            };
            let message = e.to_string();
            let rule = message.split_once(": ").map(|(_, r)| r).unwrap_or(&message);
            format!("{option} {rule}")
        }
        other => other.to_string(),
    }
}
