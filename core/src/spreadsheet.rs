//! The spreadsheet export: `cases.csv`, `interactions.csv` and `promises.csv`, joined by their
//! ids, for the user who wants their history in Excel, Numbers or LibreOffice.
//!
//! Dates are ISO 8601 (instants in the user's zone, with its offset), amounts plain numbers with
//! the currency in its own column. Each file starts with a UTF-8 byte-order mark, without which
//! Excel reads Hangul as Latin-1. A cell the user typed that begins with `=`, `+`, `-`, `@`, a
//! tab or a carriage return gets a leading `'`, so a spreadsheet shows it instead of running it
//! as a formula (a note reading `=HYPERLINK(...)` stays a note).

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

use crate::case_file::CaseFile;
use crate::db::Store;
use crate::due::{Due, Zone};
use crate::error::{Error, Result};

/// The files one export writes, in the folder given.
pub const FILES: [&str; 3] = ["cases.csv", "interactions.csv", "promises.csv"];

const CASE_COLUMNS: &[&str] = &[
    "case_id",
    "company_id",
    "company",
    "title",
    "status",
    "escalation",
    "opened_at",
    "resolved_at",
    "outcome",
    "desired_outcome",
    "amount",
    "currency",
    "identifiers",
    "description",
    "resolution_note",
];

const INTERACTION_COLUMNS: &[&str] = &[
    "interaction_id",
    "case_id",
    "company",
    "occurred_at",
    "channel",
    "direction",
    "agent_name",
    "agent_id",
    "department",
    "reference",
    "duration_min",
    "hold_min",
    "summary",
    "notes",
];

const PROMISE_COLUMNS: &[&str] = &[
    "promise_id",
    "case_id",
    "interaction_id",
    "company",
    "description",
    "agent_name",
    "agent_id",
    "due",
    "status",
    "status_at",
    "created_at",
];

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SpreadsheetExport {
    pub folder: String,
    #[ts(type = "number")]
    pub cases: usize,
    #[ts(type = "number")]
    pub interactions: usize,
    #[ts(type = "number")]
    pub promises: usize,
}

/// A cell as a spreadsheet will read it: text the user typed that a spreadsheet would take for
/// a formula is prefixed with `'`.
pub fn neutralised(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// An instant in the user's zone, with its offset: `2026-11-18T14:30:00+09:00`.
pub(crate) fn iso_local(zone: &dyn Zone, at: DateTime<Utc>) -> String {
    let local = zone.local(at);
    let offset = (local - at.naive_utc()).num_seconds();
    FixedOffset::east_opt(offset as i32)
        .map(|o| {
            at.with_timezone(&o)
                .format("%Y-%m-%dT%H:%M:%S%:z")
                .to_string()
        })
        .unwrap_or_else(|| at.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

fn due_iso(zone: &dyn Zone, due: Due) -> String {
    match due {
        Due::Date { date } => date.to_string(),
        Due::At { at } => iso_local(zone, at),
    }
}

struct Sheet {
    rows: Vec<Vec<String>>,
}

impl Sheet {
    fn new(columns: &[&str]) -> Self {
        Sheet {
            rows: vec![columns.iter().map(|c| c.to_string()).collect()],
        }
    }

    /// A row of cells: text the user typed goes through [`neutralised`].
    fn push(&mut self, cells: Vec<String>) {
        self.rows
            .push(cells.iter().map(|c| neutralised(c)).collect::<Vec<_>>());
    }

    fn bytes(&self) -> Result<Vec<u8>> {
        let mut out = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(b"\xEF\xBB\xBF".to_vec());
        for row in &self.rows {
            out.write_record(row)
                .map_err(|e| Error::Conflict(e.to_string()))?;
        }
        out.into_inner().map_err(|e| Error::Conflict(e.to_string()))
    }
}

fn opt(text: &Option<String>) -> String {
    text.clone().unwrap_or_default()
}

fn num(n: Option<i64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

impl Store {
    /// Writes the three files into `folder` (made if missing), each whole or not at all, and
    /// says how many rows each holds. Deleted cases (in the trash) are left out.
    pub fn export_spreadsheet(&self, folder: &Path) -> Result<SpreadsheetExport> {
        let zone = self.reader();
        let zone: &dyn Zone = &zone;
        // In the order they were made, so a sheet reads the same way every time.
        let mut ids: Vec<i64> = self.all_cases(true)?.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        let files: Vec<CaseFile> = ids
            .into_iter()
            .map(|id| self.case_file(id))
            .collect::<Result<_>>()?;
        let mut cases = Sheet::new(CASE_COLUMNS);
        let mut interactions = Sheet::new(INTERACTION_COLUMNS);
        let mut promises = Sheet::new(PROMISE_COLUMNS);
        for file in &files {
            let (case, company) = (&file.case, &file.company);
            let identifiers: Vec<String> = case
                .identifiers
                .iter()
                .map(|i| format!("{}: {}", i.label, i.value))
                .collect();
            cases.push(vec![
                case.id.to_string(),
                company.id.to_string(),
                company.name.clone(),
                case.title.clone(),
                case.status.as_str().into(),
                case.escalation.as_str().into(),
                iso_local(zone, case.opened_at),
                case.resolved_at
                    .map(|t| iso_local(zone, t))
                    .unwrap_or_default(),
                case.outcome
                    .map(|o| o.as_str().to_string())
                    .unwrap_or_default(),
                opt(&case.desired_outcome),
                case.money
                    .as_ref()
                    .map(|m| m.amount.clone())
                    .unwrap_or_default(),
                case.money
                    .as_ref()
                    .map(|m| m.currency.clone())
                    .unwrap_or_default(),
                identifiers.join("; "),
                opt(&case.description),
                opt(&case.resolution_note),
            ]);
            for i in &file.interactions {
                let agent = i.agent.as_ref();
                interactions.push(vec![
                    i.id.to_string(),
                    case.id.to_string(),
                    company.name.clone(),
                    iso_local(zone, i.occurred_at),
                    i.channel.as_str().into(),
                    i.direction.as_str().into(),
                    agent.map(|a| a.name.clone()).unwrap_or_default(),
                    agent.and_then(|a| a.code.clone()).unwrap_or_default(),
                    agent.and_then(|a| a.department.clone()).unwrap_or_default(),
                    opt(&i.reference),
                    num(i.duration_min),
                    num(i.hold_min),
                    opt(&i.summary),
                    opt(&i.notes),
                ]);
            }
            for p in &file.promises {
                let agent = p.agent.as_ref();
                promises.push(vec![
                    p.id.to_string(),
                    case.id.to_string(),
                    num(p.interaction_id),
                    company.name.clone(),
                    p.description.clone(),
                    agent.map(|a| a.name.clone()).unwrap_or_default(),
                    agent.and_then(|a| a.code.clone()).unwrap_or_default(),
                    due_iso(zone, p.due),
                    p.status.as_str().into(),
                    p.status_at.map(|t| iso_local(zone, t)).unwrap_or_default(),
                    iso_local(zone, p.created_at),
                ]);
            }
        }
        std::fs::create_dir_all(folder)?;
        let sheets = [&cases, &interactions, &promises];
        // Every file is made before any is written, so a failure leaves the folder as it was.
        let bytes: Vec<Vec<u8>> = sheets.iter().map(|s| s.bytes()).collect::<Result<_>>()?;
        for (name, bytes) in FILES.iter().zip(&bytes) {
            crate::backup::write_whole(&folder.join(name), bytes)?;
        }
        Ok(SpreadsheetExport {
            folder: folder.to_string_lossy().into_owned(),
            cases: cases.rows.len() - 1,
            interactions: interactions.rows.len() - 1,
            promises: promises.rows.len() - 1,
        })
    }

    /// Where the app writes what it exports: `exports/` beside the data.
    fn exports_folder(&self) -> Result<PathBuf> {
        Ok(self.data_folder()?.join("exports"))
    }

    /// `path` if it is something in the exports folder, else the reason it is not opened.
    pub fn exported(&self, path: &Path) -> Result<PathBuf> {
        let base = self.exports_folder()?.canonicalize()?;
        let path = path.canonicalize()?;
        if path.starts_with(&base) && path != base {
            Ok(path)
        } else {
            Err(Error::Conflict(format!(
                "{} is not something Casebook exported",
                crate::text::shown(&path.display().to_string())
            )))
        }
    }

    /// A new name for an export made from the app: `exports/<stem>-YYYYMMDD-HHMMSS` beside
    /// the data, never one that exists (with or without an extension).
    pub fn export_folder(&self, stem: &str, now: DateTime<Utc>) -> Result<PathBuf> {
        let base = self.exports_folder()?;
        let stamp = self.reader().local(now).format("%Y%m%d-%H%M%S").to_string();
        Ok((1..)
            .map(|n| match n {
                1 => base.join(format!("{stem}-{stamp}")),
                n => base.join(format!("{stem}-{stamp}-{n}")),
            })
            .find(|p| !p.exists() && !["ics", "pdf"].iter().any(|e| p.with_extension(e).exists()))
            .expect("an unused name"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_spreadsheet_would_run_is_kept_as_text() {
        for payload in ["=1+1", "+82 10", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralised(payload), format!("'{payload}"));
        }
        assert_eq!(neutralised("환불 30,000원"), "환불 30,000원");
        assert_eq!(neutralised(""), "");
    }
}
