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
