//! Automatic copies of the database: once a day while the app runs, before every migration,
//! and whenever the user asks. Each is a consistent snapshot (`VACUUM INTO`, which reads in one
//! transaction, so a write from the command line at the same moment is either wholly in it or
//! not at all), written under a temporary name and renamed, so a copy on disk is always whole.
//!
//! The last 7 days' copies and the last 4 weeks' are kept (one per day, one per week); the
//! newest is never deleted.
//!
//! A backup is the database and the attachment files it names: those are kept once each, by
//! their SHA-256, in `backups/attachments/` (a hard link where the disk allows, so a backup
//! costs no space for a file that has not changed), and go when no kept copy names them.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::db::{Store, SCHEMA_VERSION};
use crate::error::{Error, Result};

/// The folder, beside the database, that holds the copies.
pub const FOLDER: &str = "backups";
/// How many days of daily copies, and weeks of weekly copies, are kept.
pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;
/// A copy older than this makes the next look take a new one.
pub const EVERY_HOURS: i64 = 24;

const PREFIX: &str = "casebook-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S";

/// One copy on disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Backup {
    pub name: String,
    pub path: String,
    pub made_at: DateTime<Utc>,
    #[ts(type = "number")]
    pub bytes: u64,
    /// How many cases it holds, or None when it cannot be read.
    #[ts(type = "number | null")]
    pub cases: Option<i64>,
}

fn made_at(name: &str) -> Option<DateTime<Utc>> {
    let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    NaiveDateTime::parse_from_str(stamp, STAMP)
        .ok()
        .map(|t| t.and_utc())
}

fn cases_in(path: &Path) -> Option<i64> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    conn.query_row("SELECT count(*) FROM \"case\"", [], |r| r.get(0))
        .ok()
}

/// The daily copies in `folder`, newest first, from their names alone (no file is opened):
/// what the minute look and the rotation need. Other files (a copy kept before a migration,
/// anything the user put there) are never listed, counted or deleted.
fn scan(folder: &Path) -> Vec<Backup> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut out: Vec<Backup> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            Some(Backup {
                made_at: made_at(&name)?,
                bytes: entry.metadata().map(|m| m.len()).unwrap_or(0),
                cases: None,
                path: entry.path().to_string_lossy().into_owned(),
                name,
            })
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.made_at));
    out
}

/// The daily copies in `folder`, newest first, each with how many cases it holds.
pub fn list(folder: &Path) -> Result<Vec<Backup>> {
    let mut all = scan(folder);
    for b in &mut all {
        b.cases = cases_in(Path::new(&b.path));
    }
    Ok(all)
}

/// Which copies to delete: all but the newest of each of the last [`KEEP_DAILY`] days and of
/// the last [`KEEP_WEEKLY`] weeks that have one. `backups` is newest first.
pub fn to_delete(backups: &[Backup]) -> Vec<&Backup> {
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    let mut delete = Vec::new();
    for (i, b) in backups.iter().enumerate() {
        let day = b.made_at.date_naive();
        let week = (day.iso_week().year(), day.iso_week().week());
        let mut keep = i == 0;
        if !days.contains(&day) && days.len() < KEEP_DAILY {
            days.push(day);
            keep = true;
        }
        if !weeks.contains(&week) && weeks.len() < KEEP_WEEKLY {
            weeks.push(week);
            keep = true;
        }
        if !keep {
            delete.push(b);
        }
    }
    delete
}

/// Copies the open database to `target`, whole or not at all.
fn snapshot(conn: &rusqlite::Connection, target: &Path) -> Result<()> {
    let temp = target.with_extension("partial");
    let _ = std::fs::remove_file(&temp);
    conn.execute("VACUUM INTO ?1", [temp.to_string_lossy()])?;
    std::fs::rename(&temp, target)?;
    Ok(())
}

/// What a restore did: how many cases the data holds now, and where the data as it was before
/// was kept, to restore it back (undo).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct RestoreDone {
    #[ts(type = "number")]
    pub cases: i64,
    pub kept_aside: String,
}

/// Checks a file before anything is replaced with it: a whole SQLite database, with Casebook's
/// tables, at a schema version this build reads. Answers how many cases it holds.
pub fn check_backup(path: &Path) -> Result<i64> {
    let refuse = |why: &str| Error::BadBackup(why.to_string());
    if !path.is_file() {
        return Err(refuse("there is no such file"));
    }
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|_| refuse("it cannot be opened"))?;
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                refuse("it is damaged (its integrity check fails)")
            }
            _ => refuse("it is not a Casebook database"),
        })?;
    if integrity != "ok" {
        return Err(refuse("it is damaged (its integrity check fails)"));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(Error::BadBackup(format!(
            "it was written by a newer Casebook (data version {version}, this one knows up to \
             {SCHEMA_VERSION})"
        )));
    }
    conn.query_row(
        "SELECT count(*) FROM \"case\" JOIN company ON 0",
        [],
        |_| Ok(()),
    )
    .map_err(|_| refuse("it is not a Casebook database"))?;
    if version < 1 {
        return Err(refuse("it is not a Casebook database"));
    }
    Ok(conn.query_row("SELECT count(*) FROM \"case\"", [], |r| r.get(0))?)
}

impl Store {
    /// Replaces all the data with a backup's, after checking it, keeping what was there in a
    /// copy first; restoring that copy undoes it. The data is replaced inside the open
    /// database (SQLite's backup API), so the app and its reminders go on with it at once.
    pub fn restore_from(&mut self, path: &Path, now: DateTime<Utc>) -> Result<RestoreDone> {
        check_backup(path)?;
        let folder = self
            .backup_folder()
            .ok_or_else(|| Error::Conflict("a database in memory has no backups".into()))?;
        std::fs::create_dir_all(&folder)?;
        // A name no file has: undoing within the same second must not write over the copy
        // it is about to restore.
        let aside = (0..)
            .map(|n| {
                let more = if n == 0 {
                    String::new()
                } else {
                    format!("-{n}")
                };
                folder.join(format!(
                    "before-restore-{}{more}{SUFFIX}",
                    now.format(STAMP)
                ))
            })
            .find(|p| !p.exists())
            .expect("an unused name");
        snapshot(&self.conn, &aside)?;
        self.keep_attachment_files(&folder)?;
        let source = rusqlite::Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )?;
        {
            let copy = rusqlite::backup::Backup::new(&source, &mut self.conn)?;
            copy.run_to_completion(256, std::time::Duration::ZERO, None)?;
        }
        // A copy from an older Casebook is brought up to date like any older file.
        self.migrate()?;
        self.bring_back_attachment_files(&folder)?;
        Ok(RestoreDone {
            cases: self
                .conn
                .query_row("SELECT count(*) FROM \"case\"", [], |r| r.get(0))?,
            kept_aside: aside.to_string_lossy().into_owned(),
        })
    }

    /// The folder the copies go to, or None for a database in memory.
    pub fn backup_folder(&self) -> Option<PathBuf> {
        let path = self.conn.path().filter(|p| !p.is_empty())?;
        Some(Path::new(path).parent()?.join(FOLDER))
    }

    /// Makes a copy now, then deletes the ones no longer kept.
    pub fn back_up_now(&self, now: DateTime<Utc>) -> Result<Option<Backup>> {
        let Some(folder) = self.backup_folder() else {
            return Ok(None);
        };
        std::fs::create_dir_all(&folder)?;
        let name = format!("{PREFIX}{}{SUFFIX}", now.format(STAMP));
        snapshot(&self.conn, &folder.join(&name))?;
        self.keep_attachment_files(&folder)?;
        let all = scan(&folder);
        for old in to_delete(&all) {
            std::fs::remove_file(&old.path)?;
        }
        prune_kept_files(&folder)?;
        Ok(list(&folder)?.into_iter().find(|b| b.name == name))
    }

    /// Makes a copy when the newest is a day old or there is none; the app asks every minute.
    pub fn back_up_if_due(&self, now: DateTime<Utc>) -> Result<Option<Backup>> {
        let Some(folder) = self.backup_folder() else {
            return Ok(None);
        };
        let newest = scan(&folder).into_iter().next();
        match newest {
            Some(b) if now - b.made_at < Duration::hours(EVERY_HOURS) => Ok(None),
            _ => self.back_up_now(now),
        }
    }

    /// The copies kept, newest first.
    pub fn backups(&self) -> Result<Vec<Backup>> {
        match self.backup_folder() {
            Some(folder) => list(&folder),
            None => Ok(Vec::new()),
        }
    }

    /// Before a migration changes the file: a copy of it as it was, named for its version,
    /// outside the daily rotation.
    pub(crate) fn back_up_before_migration(&self, version: i64, now: DateTime<Utc>) -> Result<()> {
        let Some(folder) = self.backup_folder() else {
            return Ok(());
        };
        std::fs::create_dir_all(&folder)?;
        let name = format!("before-version-{version}-{}{SUFFIX}", now.format(STAMP));
        snapshot(&self.conn, &folder.join(name))
    }
}

/// The attachment files a database names, or None when it cannot be read (then nothing it
/// might name is deleted).
fn named_files(path: &Path) -> Option<Vec<String>> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    let has_table: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'attachment')",
            [],
            |r| r.get(0),
        )
        .ok()?;
    if !has_table {
        return Some(Vec::new());
    }
    let mut stmt = conn
        .prepare("SELECT DISTINCT sha256 FROM attachment")
        .ok()?;
    let hashes = stmt
        .query_map([], |r| r.get(0))
        .ok()?
        .collect::<rusqlite::Result<Vec<String>>>()
        .ok()?;
    Some(hashes)
}

/// Copies `from` to `to` through a temporary name, or links it where the disk allows.
fn place(from: &Path, to: &Path) -> Result<()> {
    if to.exists() || std::fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    let dir = to.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".adding-")
        .tempfile_in(dir)?;
    std::io::copy(&mut std::fs::File::open(from)?, temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    temp.persist(to).map_err(|e| Error::Io(e.error))?;
    Ok(())
}

/// Deletes the kept attachment files no copy in `folder` names any more.
fn prune_kept_files(folder: &Path) -> Result<()> {
    let kept = folder.join(crate::attachment::FOLDER);
    let Ok(entries) = std::fs::read_dir(&kept) else {
        return Ok(());
    };
    let mut named = std::collections::HashSet::new();
    for entry in std::fs::read_dir(folder)?.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("sqlite3") {
            continue;
        }
        match named_files(&path) {
            Some(hashes) => named.extend(hashes),
            // A copy that cannot be read might name anything: keep every file.
            None => return Ok(()),
        }
    }
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !named.contains(&name) {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

impl Store {
    /// Keeps a copy of every attachment file the data names in the backups folder.
    fn keep_attachment_files(&self, folder: &Path) -> Result<()> {
        let Some(live) = self.attachments_folder() else {
            return Ok(());
        };
        let kept = folder.join(crate::attachment::FOLDER);
        let hashes: Vec<String> = self
            .conn
            .prepare("SELECT DISTINCT sha256 FROM attachment")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for hash in hashes {
            let from = live.join(&hash);
            // A file already missing cannot be kept; the case shows it as missing.
            if from.is_file() {
                std::fs::create_dir_all(&kept)?;
                place(&from, &kept.join(&hash))?;
            }
        }
        Ok(())
    }

    /// Puts back, from the backups folder, the attachment files restored data names and the
    /// attachments folder lacks.
    fn bring_back_attachment_files(&self, folder: &Path) -> Result<()> {
        let Some(live) = self.attachments_folder() else {
            return Ok(());
        };
        let kept = folder.join(crate::attachment::FOLDER);
        let hashes: Vec<String> = self
            .conn
            .prepare("SELECT DISTINCT sha256 FROM attachment")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for hash in hashes {
            let from = kept.join(&hash);
            if !live.join(&hash).is_file() && from.is_file() {
                std::fs::create_dir_all(&live)?;
                place(&from, &live.join(&hash))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> Backup {
        let made_at =
            Utc.with_ymd_and_hms(2026, 10, 1, hour, 0, 0).unwrap() + Duration::days(day as i64 - 1);
        Backup {
            name: format!("{PREFIX}{}{SUFFIX}", made_at.format(STAMP)),
            path: String::new(),
            made_at,
            bytes: 0,
            cases: None,
        }
    }

    #[test]
    fn rotation_keeps_the_newest_of_seven_days_and_four_weeks() {
        // Two copies a day for 60 days, newest first.
        let mut all: Vec<Backup> = (1..=60).flat_map(|d| [at(d, 9), at(d, 21)]).collect();
        all.reverse();
        let deleted: Vec<&str> = to_delete(&all).iter().map(|b| b.name.as_str()).collect();
        let kept: Vec<&Backup> = all
            .iter()
            .filter(|b| !deleted.contains(&b.name.as_str()))
            .collect();
        let days: std::collections::BTreeSet<_> =
            kept.iter().map(|b| b.made_at.date_naive()).collect();
        // 7 days, plus the weeks before them: at most 7 + 4 copies, each the newest of its day.
        assert!(kept.len() <= KEEP_DAILY + KEEP_WEEKLY, "{}", kept.len());
        assert_eq!(kept.len(), days.len(), "one copy per kept day");
        assert!(kept
            .iter()
            .all(|b| b.made_at.format("%H").to_string() == "21"));
        assert_eq!(kept[0].name, all[0].name, "the newest is kept");
        let weeks: std::collections::BTreeSet<_> = kept
            .iter()
            .map(|b| b.made_at.date_naive().iso_week().week())
            .collect();
        assert!(weeks.len() >= KEEP_WEEKLY);
    }

    #[test]
    fn a_single_copy_is_never_deleted() {
        assert!(to_delete(&[at(1, 9)]).is_empty());
    }
}
