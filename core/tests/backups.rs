//! Copies of the database: consistent while another process writes, made before a migration,
//! once a day, and rotated.
mod common;
use casebook_core::*;
use common::*;

fn count(path: &str, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_copy_made_while_another_connection_writes_is_whole_and_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let db = dir.path().join(db::FILE_NAME);
    // The other writer (the command line, say) adds a company and its case in one
    // transaction, again and again, while the copies are made.
    let writer = std::thread::spawn(move || {
        let mut other = rusqlite::Connection::open(&db).unwrap();
        other
            .busy_timeout(std::time::Duration::from_secs(5))
            .unwrap();
        for n in 0..200 {
            let tx = other.transaction().unwrap();
            tx.execute(
                "INSERT INTO company (name, created_at, updated_at) VALUES (?1, ?2, ?2)",
                (format!("Company {n}"), "2026-11-20T10:00:00.000Z"),
            )
            .unwrap();
            tx.execute(
                "INSERT INTO \"case\" (company_id, title, opened_at, updated_at) \
                 VALUES (last_insert_rowid(), 'Refund', ?1, ?1)",
                ["2026-11-20T10:00:00.000Z"],
            )
            .unwrap();
            tx.commit().unwrap();
        }
    });
    let mut copies = Vec::new();
    for n in 0..5 {
        let made = store
            .back_up_now(now() + chrono::Duration::days(n))
            .unwrap()
            .unwrap();
        copies.push(made.path);
    }
    writer.join().unwrap();
    for path in copies {
        assert_eq!(
            count(
                &path,
                "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"
            ),
            0
        );
        assert_eq!(
            count(&path, "SELECT count(*) FROM company"),
            count(&path, "SELECT count(*) FROM \"case\""),
            "every company with its case, or neither"
        );
    }
}

#[test]
fn once_a_day_is_enough_and_the_list_is_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    open_case(
        &mut store,
        company(&mut Store::open_in(dir.path()).unwrap(), "Acme").id,
        "Refund",
    );
    assert!(store.back_up_if_due(now()).unwrap().is_some());
    assert!(store
        .back_up_if_due(now() + chrono::Duration::hours(5))
        .unwrap()
        .is_none());
    let next = store
        .back_up_if_due(now() + chrono::Duration::hours(25))
        .unwrap()
        .unwrap();
    let list = store.backups().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].name, next.name);
    assert_eq!(list[0].cases, Some(1));
    assert!(list[0].made_at > list[1].made_at);
}

#[test]
fn a_month_of_daily_copies_is_rotated_to_seven_days_and_four_weeks() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    for day in 0..40 {
        store
            .back_up_now(now() + chrono::Duration::days(day))
            .unwrap();
    }
    let kept = store.backups().unwrap();
    assert!(
        kept.len() <= backups::KEEP_DAILY + backups::KEEP_WEEKLY,
        "{}",
        kept.len()
    );
    assert!(kept.len() >= backups::KEEP_DAILY);
    assert_eq!(kept[0].made_at, now() + chrono::Duration::days(39));
}

#[test]
fn a_file_is_copied_as_it_was_before_a_migration_changes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(db::FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(db::migrations()[0]).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO company (id, name, created_at, updated_at)
                  VALUES (1, 'Acme', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');",
        )
        .unwrap();
    }
    Store::open_file(&path).unwrap();
    let copies: Vec<_> = std::fs::read_dir(dir.path().join(backups::FOLDER))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1);
    let name = copies[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("before-version-1-"), "{name}");
    let copy = copies[0].to_string_lossy();
    assert_eq!(
        count(&copy, "PRAGMA user_version"),
        1,
        "the copy is the file as it was"
    );
    assert_eq!(count(&copy, "SELECT count(*) FROM company"), 1);
    // A new file has nothing to copy.
    let fresh = tempfile::tempdir().unwrap();
    Store::open_in(fresh.path()).unwrap();
    assert!(!fresh.path().join(backups::FOLDER).exists());
}

#[test]
fn a_backup_is_restored_and_the_restore_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let acme = company(&mut store, "Acme");
    open_case(&mut store, acme.id, "Refund");
    let copy = store.back_up_now(now()).unwrap().unwrap();
    open_case(&mut store, acme.id, "Made after the backup");
    let done = store
        .restore_from(std::path::Path::new(&copy.path), now())
        .unwrap();
    assert_eq!(done.cases, 1);
    let titles: Vec<String> = store
        .all_cases(true)
        .unwrap()
        .into_iter()
        .map(|k| k.title)
        .collect();
    assert_eq!(titles, vec!["Refund"]);
    // Searching and writing go on with the restored data.
    assert_eq!(store.search("refund").unwrap().len(), 1);
    open_case(&mut store, acme.id, "After the restore");
    // Undo: the data as it was before the restore comes back.
    // At the same second: the copy being restored is not written over.
    store
        .restore_from(std::path::Path::new(&done.kept_aside), now())
        .unwrap();
    let mut titles: Vec<String> = store
        .all_cases(true)
        .unwrap()
        .into_iter()
        .map(|k| k.title)
        .collect();
    titles.sort();
    assert_eq!(titles, vec!["Made after the backup", "Refund"]);
    // Another connection (the command line) sees it too.
    let other = Store::open_in(dir.path()).unwrap();
    assert_eq!(other.all_cases(true).unwrap().len(), 2);
}

#[test]
fn a_file_that_is_not_a_whole_casebook_database_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let acme = company(&mut store, "Acme");
    open_case(&mut store, acme.id, "Refund");
    let junk = dir.path().join("notes.txt");
    std::fs::write(&junk, "not a database at all ".repeat(400)).unwrap();
    let other = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let newer = dir.path().join("newer.sqlite3");
    let copy = store.back_up_now(now()).unwrap().unwrap();
    std::fs::copy(&copy.path, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let damaged = dir.path().join("damaged.sqlite3");
    let mut bytes = std::fs::read(&copy.path).unwrap();
    // The headers of the b-tree pages after the first: their kind and cell counts.
    for page in 1..bytes.len() / 4096 {
        for b in &mut bytes[page * 4096..page * 4096 + 12] {
            *b ^= 0x5a;
        }
    }
    std::fs::write(&damaged, bytes).unwrap();
    for (file, why) in [
        (junk, "it is not a Casebook database"),
        (other, "it is not a Casebook database"),
        (newer, "it was written by a newer Casebook (data version 99"),
        (damaged, "it is damaged"),
        (dir.path().join("missing.sqlite3"), "there is no such file"),
    ] {
        let e = store.restore_from(&file, now()).unwrap_err();
        assert_eq!(e.code(), "bad_backup", "{file:?}");
        assert!(
            e.message(Language::En).contains(why),
            "{file:?}: {}",
            e.message(Language::En)
        );
        assert_eq!(store.all_cases(true).unwrap().len(), 1, "nothing changed");
    }
}

/// A real database file with one case, closed, and a good backup of it beside it.
fn damaged_copy(flip: impl Fn(&mut [u8])) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let acme = company(&mut store, "Acme");
    open_case(&mut store, acme.id, "Refund");
    let good = store.back_up_now(now()).unwrap().unwrap().path;
    // Closed, as after a quit: the log is folded into the main file and removed.
    drop(store);
    let path = dir.path().join(db::FILE_NAME);
    assert!(!path.with_extension("sqlite3-wal").exists());
    let mut bytes = std::fs::read(&path).unwrap();
    flip(&mut bytes);
    std::fs::write(&path, &bytes).unwrap();
    (dir, path, good)
}

#[test]
fn a_damaged_file_is_never_written_and_the_newest_good_backup_is_named() {
    // The header, and the page headers of the tables.
    let header = |b: &mut [u8]| b[20..40].iter_mut().for_each(|x| *x ^= 0xff);
    for flip in [&header as &dyn Fn(&mut [u8]), &flip_pages] {
        let (_dir, path, good) = damaged_copy(flip);
        let before = std::fs::read(&path).unwrap();
        let e = Store::open_file(&path)
            .err()
            .expect("a damaged file is refused");
        assert_eq!(e.code(), "damaged");
        assert_eq!(
            e.message(Language::En),
            format!(
                "Your data file is damaged, so Casebook has not changed it. Restore the newest \
                 good backup with: casebook restore {good}"
            )
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "not one byte written"
        );
    }
}

/// The header and the page headers of the tables, as a failing disk might leave them.
fn flip_pages(b: &mut [u8]) {
    for page in 1..b.len() / 4096 {
        b[page * 4096..page * 4096 + 12]
            .iter_mut()
            .for_each(|x| *x ^= 0x5a);
    }
}

#[test]
fn restoring_over_a_damaged_file_keeps_it_aside_and_opens_the_backup() {
    let (dir, path, good) = damaged_copy(flip_pages);
    let damaged = std::fs::read(&path).unwrap();
    let Error::Damaged { backup } = Store::open_file(&path).err().unwrap() else {
        panic!("a damaged file is refused")
    };
    let found = damage::describe(dir.path(), backup.as_deref()).unwrap();
    assert_eq!(found.backup.as_ref().unwrap().path, good);
    assert_eq!(found.backup.as_ref().unwrap().cases, Some(1));

    let aside =
        damage::restore_over_damaged(dir.path(), std::path::Path::new(&good), now()).unwrap();
    assert_eq!(
        aside.file_name().unwrap().to_string_lossy(),
        "damaged-20261120-100000.sqlite3"
    );
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        damaged,
        "kept byte for byte"
    );
    let store = Store::open_in(dir.path()).unwrap();
    let cases = store.all_cases(true).unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].title, "Refund");
}

#[test]
fn restoring_a_bad_backup_over_a_damaged_file_changes_nothing() {
    let (dir, path, _good) = damaged_copy(flip_pages);
    let damaged = std::fs::read(&path).unwrap();
    let junk = dir.path().join("notes.txt");
    std::fs::write(&junk, "not a database").unwrap();
    let e = damage::restore_over_damaged(dir.path(), &junk, now()).unwrap_err();
    assert_eq!(
        e.message(Language::En),
        "That file cannot be restored: it is not a Casebook database"
    );
    assert_eq!(std::fs::read(&path).unwrap(), damaged);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.starts_with("damaged")),
        "nothing set aside: {names:?}"
    );
}

/// A change every store that can write accepts: the error of one that cannot.
fn add_another_company(store: &mut Store) -> Error {
    store
        .create_company(
            &CompanyInput {
                name: "Other".into(),
                ..Default::default()
            },
            now(),
        )
        .unwrap_err()
}

#[test]
fn a_read_only_copy_reads_what_it_can_and_refuses_every_change() {
    // Only the page of a table no screen of companies reads (drafts) is hit: the rest reads.
    let (dir, path, _good) = damaged_copy(|_| {});
    let drafts: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'draft'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let page = (drafts as usize - 1) * 4096;
    bytes[page..page + 12].iter_mut().for_each(|x| *x ^= 0x5a);
    std::fs::write(&path, &bytes).unwrap();
    let damaged = std::fs::read(&path).unwrap();
    assert_eq!(Store::open_file(&path).err().unwrap().code(), "damaged");
    let (mut copy, copy_path) = Store::open_damaged_copy(dir.path(), now()).unwrap();
    assert_eq!(
        copy_path
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy(),
        "damaged-copy-20261120-100000"
    );
    let companies = copy.companies().unwrap();
    assert_eq!(companies[0].name, "Acme");
    let e = add_another_company(&mut copy);
    assert_eq!(
        e.message(Language::En),
        "This is a read-only copy of damaged data: nothing can be changed in it. Restore a \
         backup to go on working."
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        damaged,
        "the damaged file untouched"
    );
}

#[test]
fn the_first_screen_reads_before_the_check_and_nothing_can_write_until_it_passes() {
    // A new folder: nothing to read yet, and the file is made by the checked opening.
    let dir = tempfile::tempdir().unwrap();
    assert!(Store::open_for_reading(dir.path()).unwrap().is_none());

    let mut store = Store::open_in(dir.path()).unwrap();
    let acme = company(&mut store, "Acme");
    open_case(&mut store, acme.id, "Refund");
    drop(store);
    let path = dir.path().join(db::FILE_NAME);
    let before = std::fs::read(&path).unwrap();

    let mut reader = Store::open_for_reading(dir.path())
        .unwrap()
        .expect("a file in use at this version is read at once");
    assert_eq!(reader.companies().unwrap()[0].name, "Acme");
    let e = add_another_company(&mut reader);
    assert_eq!(e.code(), "read_only", "refused as read-only: {e:?}");
    drop(reader);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "not one byte written"
    );
    assert_eq!(
        Store::open_in(dir.path())
            .unwrap()
            .companies()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_file_that_opening_would_change_is_not_read_before_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    company(&mut store, "Acme");
    drop(store);
    let path = dir.path().join(db::FILE_NAME);
    let raw = rusqlite::Connection::open(&path).unwrap();
    // From an older release: the upgrade migrates it, after the check.
    raw.pragma_update(None, "user_version", db::SCHEMA_VERSION - 1)
        .unwrap();
    assert!(Store::open_for_reading(dir.path()).unwrap().is_none());
    // Not yet switched to write-ahead logging: switching writes to the file.
    raw.pragma_update(None, "user_version", db::SCHEMA_VERSION)
        .unwrap();
    raw.pragma_update(None, "journal_mode", "DELETE").unwrap();
    assert!(Store::open_for_reading(dir.path()).unwrap().is_none());
    raw.pragma_update(None, "journal_mode", "WAL").unwrap();
    drop(raw);
    assert!(Store::open_for_reading(dir.path()).unwrap().is_some());
}
