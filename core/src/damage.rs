//! A database file that fails its check. Nothing here writes to it or deletes it: the way out
//! is to put it aside under another name and restore a good backup in its place, or to read a
//! copy of it to take out what can still be read.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};

use crate::backups::{self, check_backup, Backup};
use crate::db::{Store, FILE_NAME};
use crate::error::{Error, Result};
use crate::language::Language;

/// What the app tells a user whose data file is damaged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Damage {
    /// The damaged file, left as it was.
    pub file: String,
    /// The newest backup that passes its own check, if there is one.
    pub backup: Option<Backup>,
    /// The copy of the damaged file open read-only, once the user asked for one.
    pub read_only_copy: Option<String>,
    /// The system's language: the saved choice is in the damaged file.
    #[ts(type = "'en' | 'ko'")]
    pub speaking: Language,
}

/// The files SQLite keeps beside a database: its write-ahead log and the log's index.
const SIDE_FILES: [&str; 2] = ["-wal", "-shm"];

fn side_file(path: &Path, side: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(side);
    PathBuf::from(name)
}

/// A name in `dir` no file has yet, from `stem`, the time, and `ending`.
fn unused_name(dir: &Path, stem: &str, now: DateTime<Utc>, ending: &str) -> PathBuf {
    (0..)
        .map(|n| {
            let more = if n == 0 {
                String::new()
            } else {
                format!("-{n}")
            };
            dir.join(format!(
                "{stem}-{}{more}{ending}",
                now.format("%Y%m%d-%H%M%S")
            ))
        })
        .find(|p| !p.exists())
        .expect("an unused name")
}

/// The newest backup in the data folder `dir` that passes its check.
pub fn newest_good_backup(dir: &Path) -> Result<Option<Backup>> {
    Ok(backups::list(&dir.join(backups::FOLDER))?
        .into_iter()
        .find(|b| check_backup(Path::new(&b.path)).is_ok()))
}

/// Whether the file at `path` fails SQLite's quick check. It is opened read-only, so nothing
/// is written to it.
pub fn is_damaged(path: &Path) -> Result<bool> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    match conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0)) {
        Ok(answer) => Ok(answer != "ok"),
        Err(e)
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
            ) =>
        {
            Ok(true)
        }
        Err(e) => Err(e.into()),
    }
}

/// What to tell the user about the damaged data in `dir`, whose newest good backup the check
/// that refused it already found (`backup`, its path): it is not checked again.
pub fn describe(dir: &Path, backup: Option<&str>) -> Result<Damage> {
    let backup = match backup {
        Some(path) => backups::list(&dir.join(backups::FOLDER))?
            .into_iter()
            .find(|b| b.path == path),
        None => None,
    };
    Ok(Damage {
        file: dir.join(FILE_NAME).to_string_lossy().into_owned(),
        backup,
        read_only_copy: None,
        speaking: Language::detect(None),
    })
}

/// Keeps a copy of the damaged file in `dir` (with its log, if any) under a dated name, then
/// puts the backup at `backup` in its place. The backup is checked first, and each step either
/// leaves the damaged file where it was or has a whole copy of it aside, so no failure leaves
/// the folder without its data file. Answers where the damaged file's copy is.
pub fn restore_over_damaged(dir: &Path, backup: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    check_backup(backup)?;
    let file = dir.join(FILE_NAME);
    let incoming = dir.join(format!("{FILE_NAME}.restoring"));
    std::fs::copy(backup, &incoming)?;
    let aside = unused_name(dir, "damaged", now, ".sqlite3");
    std::fs::copy(&file, &aside)?;
    for side in SIDE_FILES {
        let from = side_file(&file, side);
        if from.exists() {
            std::fs::copy(&from, side_file(&aside, side))?;
        }
    }
    // The damaged file's log must not be read into the restored file.
    for side in SIDE_FILES {
        let from = side_file(&file, side);
        if from.exists() {
            std::fs::remove_file(&from)?;
        }
    }
    // One rename replaces the damaged file with the backup's copy.
    std::fs::rename(&incoming, &file)?;
    Ok(aside)
}

impl Store {
    /// Copies the damaged file in `dir` (with its log) to a new folder beside it and opens the
    /// copy to read, so what can still be read can be copied out; every change is refused.
    pub fn open_damaged_copy(dir: &Path, now: DateTime<Utc>) -> Result<(Store, PathBuf)> {
        let file = dir.join(FILE_NAME);
        let folder = unused_name(dir, "damaged-copy", now, "");
        std::fs::create_dir_all(&folder)?;
        let copy = folder.join(FILE_NAME);
        std::fs::copy(&file, &copy)?;
        for side in SIDE_FILES {
            let from = side_file(&file, side);
            if from.exists() {
                std::fs::copy(&from, side_file(&copy, side))?;
            }
        }
        // The copy is Casebook's own to change: one written by an older version is brought
        // up to date where its damage allows, so the screens can read it; then nothing more
        // is written.
        let conn = Connection::open_with_flags(
            &copy,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let mut store = Store::over(conn);
        let _ = store.migrate();
        store.conn.pragma_update(None, "query_only", true)?;
        Ok((store, copy))
    }
}

/// The message for a damaged file in `dir`, naming the backup to restore.
pub(crate) fn refuse(dir: &Path) -> Error {
    match newest_good_backup(dir) {
        Ok(backup) => Error::Damaged {
            backup: backup.map(|b| b.path),
        },
        Err(e) => e,
    }
}
