//! The SQLite file: opening it safely, and bringing its schema up to date.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::due::Zone;
use crate::error::{Error, Result};

/// Every schema change, in order. The database's `user_version` is how many have been applied.
/// Never edit one that has shipped: add the next.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_case_files.sql"),
    include_str!("../migrations/0002_reminders.sql"),
    include_str!("../migrations/0003_value_checks.sql"),
    include_str!("../migrations/0004_trash_and_edits.sql"),
    include_str!("../migrations/0005_drafts.sql"),
    include_str!("../migrations/0006_search.sql"),
    include_str!("../migrations/0007_call_drafts.sql"),
    include_str!("../migrations/0008_case_clocks.sql"),
    include_str!("../migrations/0009_clock_reminders.sql"),
    include_str!("../migrations/0010_attachments.sql"),
    include_str!("../migrations/0011_promise_sides.sql"),
    include_str!("../migrations/0012_recovered_and_clients.sql"),
    include_str!("../migrations/0013_agent_contacts.sql"),
];

/// The schema changes, in order, for the test that shipped ones are never edited.
pub fn migrations() -> &'static [&'static str] {
    MIGRATIONS
}

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a command waits for another one holding the database.
const BUSY_WAIT: Duration = Duration::from_secs(5);

/// Turns on write-ahead logging. Switching a new file to it needs the whole file for a
/// moment, and SQLite answers "busy" at once instead of waiting, so several first commands
/// started together would fail: wait here as for any other lock.
fn use_wal(conn: &Connection) -> Result<()> {
    let until = std::time::Instant::now() + BUSY_WAIT;
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(e) if crate::error::is_busy(&e) && std::time::Instant::now() < until => {
                std::thread::sleep(Duration::from_millis(20));
            }
            done => return Ok(done?),
        }
    }
}

/// The database file's name inside the data folder.
pub const FILE_NAME: &str = "casebook.sqlite3";

/// Casebook's storage: one connection to one SQLite file.
///
/// `Connection` is `Send` but not `Sync`; the desktop shell keeps a `Store` behind a mutex.
pub struct Store {
    pub(crate) conn: Connection,
    /// How the dates and times the user types are read: the system's zone unless set.
    pub(crate) zone: Box<dyn Zone + Send>,
}

impl Store {
    /// Opens (creating if needed) the database in `dir`, and migrates it.
    pub fn open_in(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir)?;
        Self::open_file(&dir.join(FILE_NAME))
    }

    pub fn open_file(path: &Path) -> Result<Store> {
        // A file in use is checked before anything writes to it (switching to WAL, migrating):
        // a damaged one is left exactly as it is, and the user is pointed to a backup.
        let in_use = std::fs::metadata(path)
            .map(|m| m.len() > 0)
            .unwrap_or(false);
        if in_use && crate::damage::is_damaged(path)? {
            return Err(crate::damage::refuse(
                path.parent().unwrap_or(Path::new(".")),
            ));
        }
        Self::open_checked(path)
    }

    /// The data in `dir` for reading only, without the check, so a window can show its first
    /// screen while [`Store::open_in`] checks the file on another thread. Nothing can write
    /// through it (SQLite refuses: the error's code is `read_only`), so a damaged file stays as it
    /// is. None when opening would have to write: no data yet, a file not yet switched to
    /// write-ahead logging, or one at another schema version (an upgrade migrates it, after
    /// the check). A file SQLite cannot even open answers its error: the check will say more.
    pub fn open_for_reading(dir: &Path) -> Result<Option<Store>> {
        let path = dir.join(FILE_NAME);
        let in_use = std::fs::metadata(&path)
            .map(|m| m.len() > 0)
            .unwrap_or(false);
        if !in_use {
            return Ok(None);
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_WAIT)?;
        let journal: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        let store = Store::over(conn);
        if !journal.eq_ignore_ascii_case("wal") || store.schema_version()? != SCHEMA_VERSION {
            return Ok(None);
        }
        Ok(Some(store))
    }

    /// A second connection to the data in `dir`, which this process has just opened with
    /// [`Store::open_in`] (and so checked): the check reads the whole file, and on a large one
    /// takes half a second that a second look would only repeat.
    pub fn open_again_in(dir: &Path) -> Result<Store> {
        Self::open_checked(&dir.join(FILE_NAME))
    }

    fn open_checked(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::prepare(conn, true)
    }

    /// A private database in memory, set up exactly as a file would be. For tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, false)
    }

    fn prepare(conn: Connection, on_disk: bool) -> Result<Store> {
        // Another process (the command line, a second window) may hold the write lock briefly.
        conn.busy_timeout(BUSY_WAIT)?;
        if on_disk {
            // WAL lets the app read while the CLI writes; FULL makes every commit survive power
            // loss, which matters more here than write speed.
            use_wal(&conn)?;
            conn.pragma_update(None, "synchronous", "FULL")?;
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        let mut store = Store::over(conn);
        store.migrate()?;
        Ok(store)
    }

    /// A store over a connection made ready by the caller.
    pub(crate) fn over(conn: Connection) -> Store {
        Store {
            conn,
            zone: Box::new(chrono::Local),
        }
    }

    /// Reads the dates and times the user types in `zone` from now on (tests fix one).
    pub fn set_zone(&mut self, zone: impl Zone + Send + 'static) {
        self.zone = Box::new(zone);
    }

    /// Lets go of the file's pages SQLite holds in memory for this connection. The app idles in
    /// the tray between looks at what is due; what a later question needs is read again, from
    /// the system's own cache of the file.
    pub fn release_memory(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory")?;
        Ok(())
    }

    /// The schema version the file is at.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    pub(crate) fn migrate(&mut self) -> Result<()> {
        let found = self.schema_version()?;
        if found == SCHEMA_VERSION {
            return Ok(());
        }
        // A file in use (not a new one) is copied as it is before anything changes it.
        if found > 0 && found < SCHEMA_VERSION {
            let now = self.zone.now();
            self.back_up_before_migration(found, now)?;
        }
        // Several first commands may start at once on a new folder. Each takes the exclusive
        // lock (waiting its turn) and reads the version again under it, so only the first
        // creates the tables and the others find them made. All steps are one transaction: a
        // crash mid-way leaves the file as it was, never half-changed.
        self.conn.execute_batch("BEGIN EXCLUSIVE")?;
        let done = self
            .migrate_locked()
            .and_then(|()| Ok(self.conn.execute_batch("COMMIT")?));
        if done.is_err() && !self.conn.is_autocommit() {
            self.conn.execute_batch("ROLLBACK")?;
        }
        done
    }

    fn migrate_locked(&self) -> Result<()> {
        let found = self.schema_version()?;
        if found > SCHEMA_VERSION {
            return Err(Error::DatabaseTooNew {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            self.conn.execute_batch(sql)?;
            self.conn
                .pragma_update(None, "user_version", index as i64 + 1)?;
        }
        Ok(())
    }

    /// Runs `f` in one transaction: all of it is saved, or none of it.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.write_then(f, |_, out| Ok(out))
    }

    /// Runs `change` in one transaction, then `read_back` inside it on what was written, and
    /// commits only if both succeed: a row the app could not read again is never saved.
    pub(crate) fn write_then<T, U>(
        &mut self,
        change: impl FnOnce(&Connection) -> Result<T>,
        read_back: impl FnOnce(&Store, T) -> Result<U>,
    ) -> Result<U> {
        // By hand rather than `Connection::transaction`, so `read_back` can use the store's
        // readers (which take `&self`) before the commit.
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let done = change(&self.conn)
            .and_then(|written| read_back(self, written))
            .and_then(|out| Ok(self.conn.execute_batch("COMMIT").map(|()| out)?));
        if done.is_err() && !self.conn.is_autocommit() {
            self.conn.execute_batch("ROLLBACK")?;
        }
        done
    }

    /// The one row `sql` selects for `id`, or `NotFound` naming `entity`.
    pub(crate) fn one<T>(
        &self,
        sql: &str,
        id: i64,
        entity: &'static str,
        from_row: impl FnOnce(&rusqlite::Row) -> rusqlite::Result<T>,
    ) -> Result<T> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row(sql, [id], from_row)
            .optional()?
            .ok_or(Error::NotFound { entity, id })
    }

    /// A consistent copy of the whole database, safe to take while the app runs.
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        self.conn
            .execute("VACUUM INTO ?1", [path.to_string_lossy()])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_that_does_not_read_back_is_not_saved() {
        let mut store = Store::open_in_memory().unwrap();
        let refused: Result<()> = store.write_then(
            |c| {
                c.execute(
                    "INSERT INTO company (name, created_at, updated_at) VALUES ('Acme', ?1, ?1)",
                    ["2026-11-23T00:00:00.000Z"],
                )?;
                Ok(c.last_insert_rowid())
            },
            |_, _| Err(Error::Conflict("the row did not read back".into())),
        );
        assert!(refused.is_err());
        assert!(store.companies().unwrap().is_empty(), "rolled back");
        // The store is usable afterwards: no transaction was left open.
        store
            .create_company(
                &crate::CompanyInput {
                    name: "Beta".into(),
                    ..Default::default()
                },
                chrono::Utc::now(),
            )
            .unwrap();
        assert_eq!(store.companies().unwrap().len(), 1);
    }

    #[test]
    fn a_new_database_is_at_the_current_schema() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn files_use_wal_and_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: bool = store
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert!(fk);
    }

    #[test]
    fn reopening_does_not_migrate_twice() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open_in(dir.path()).unwrap());
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_database_from_a_newer_casebook_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
                .unwrap();
        }
        match Store::open_file(&path) {
            Err(Error::DatabaseTooNew { found, supported }) => {
                assert_eq!(found, 99);
                assert_eq!(supported, SCHEMA_VERSION);
            }
            other => panic!("expected DatabaseTooNew, got {:?}", other.err()),
        }
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, 99, "an older build must not rewrite a newer file");
    }
}
