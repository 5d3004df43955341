//! A database written by each earlier version opens in this one with all its data.
mod common;
use casebook_core::*;
use common::*;

/// Builds a file exactly as version 1 of the schema left it, with a case in it.
fn version_1_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join(db::FILE_NAME);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(include_str!("../migrations/0001_case_files.sql"))
        .unwrap();
    conn.execute_batch(
        "PRAGMA user_version = 1;
         INSERT INTO company (id, name, created_at, updated_at)
              VALUES (1, 'Acme', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
         INSERT INTO \"case\" (id, company_id, title, opened_at, updated_at)
              VALUES (1, 1, '환불', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
         INSERT INTO promise (case_id, description, due_date, created_at)
              VALUES (1, 'Refund', '2026-11-20', '2026-11-01T00:00:00.000Z');",
    )
    .unwrap();
    path
}

#[test]
fn a_version_1_database_is_upgraded_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = version_1_file(dir.path());
    let mut s = Store::open_file(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), db::SCHEMA_VERSION);
    let file = s.case_file(1).unwrap();
    assert_eq!(file.case.title, "환불");
    assert_eq!(file.promises[0].description, "Refund");
    // The new reminder columns work on the old rows.
    s.snooze(DueKind::Promise, file.promises[0].id, now())
        .unwrap();
}
