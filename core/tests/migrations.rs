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

/// Copies of each migration as it shipped. A database in a user's hands was built by exactly
/// these; editing one instead of adding the next would leave theirs different from a new one.
const SHIPPED: &[&str] = &[
    include_str!("frozen/0001_case_files.sql"),
    include_str!("frozen/0002_reminders.sql"),
    include_str!("frozen/0003_value_checks.sql"),
    include_str!("frozen/0004_trash_and_edits.sql"),
    include_str!("frozen/0005_drafts.sql"),
    include_str!("frozen/0006_search.sql"),
    include_str!("frozen/0007_call_drafts.sql"),
    include_str!("frozen/0008_case_clocks.sql"),
    include_str!("frozen/0009_clock_reminders.sql"),
    include_str!("frozen/0010_attachments.sql"),
    include_str!("frozen/0011_promise_sides.sql"),
    include_str!("frozen/0012_recovered_and_clients.sql"),
    include_str!("frozen/0013_agent_contacts.sql"),
];

#[test]
fn shipped_migrations_are_never_edited() {
    for (n, frozen) in SHIPPED.iter().enumerate() {
        assert_eq!(
            db::migrations()[n],
            *frozen,
            "migration {} changed after it shipped; add a new one instead",
            n + 1
        );
    }
}

#[test]
fn a_version_2_database_is_upgraded_and_its_rows_stay_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = version_1_file(dir.path());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(SHIPPED[1]).unwrap();
        conn.execute_batch("PRAGMA user_version = 2;").unwrap();
    }
    let mut s = Store::open_file(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), db::SCHEMA_VERSION);
    assert_eq!(s.case_file(1).unwrap().promises[0].description, "Refund");
    // The search index is built from what the old file held.
    let found = s.search("환불").unwrap();
    assert_eq!(found.iter().map(|h| h.case_id).collect::<Vec<_>>(), vec![1]);
    assert_eq!(
        s.search("refund").unwrap().len(),
        1,
        "the promise is in the index too"
    );
    // The value checks added since hold for new writes.
    let e = s
        .add_promise(1, &promise("  ", "2026-11-30"), now())
        .unwrap_err();
    assert_eq!(e.code(), "invalid");
}

#[test]
fn the_database_itself_refuses_a_value_the_app_could_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(db::FILE_NAME);
    let mut s = Store::open_file(&path).unwrap();
    let c = company(&mut s, "Acme");
    open_case(&mut s, c.id, "Refund");
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        "UPDATE \"case\" SET escalation = 'ceo'",
        "UPDATE \"case\" SET opened_at = 'yesterday'",
        "UPDATE \"case\" SET amount_minor = 'lots', currency = 'KRW'",
        "UPDATE company SET phones = 'not json'",
        "INSERT INTO promise (case_id, description, due_date, created_at) \
         VALUES (1, 'Refund', '2026-02-30', '2026-11-01T00:00:00.000Z')",
        "INSERT INTO interaction (case_id, occurred_at, channel, direction, created_at) \
         VALUES (1, '2026-11-01T00:00:00.000Z', 'telepathy', 'outbound', '2026-11-01T00:00:00.000Z')",
    ] {
        let e = conn.execute(sql, []).unwrap_err();
        assert!(
            e.to_string().contains("the app cannot read")
                || e.to_string().contains("JSON lists"),
            "{sql}: {e}"
        );
    }
    drop(conn);
    let s = Store::open_file(&path).unwrap();
    assert_eq!(
        s.case_file(1).unwrap().case.title,
        "Refund",
        "still readable"
    );
}

/// The previous release's schema (before amounts recovered and clients), with a user's data:
/// the new version opens it, copies it into the backups folder first, and reads every row.
#[test]
fn the_previous_releases_database_is_backed_up_then_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(db::FILE_NAME);
    let previous = SHIPPED.len() - 1;
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in &SHIPPED[..previous] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", previous as i64)
            .unwrap();
        conn.execute_batch(
            "INSERT INTO company (id, name, created_at, updated_at)
                  VALUES (1, 'Studio Lee', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
             INSERT INTO \"case\" (id, company_id, title, amount_minor, currency, status,
                                   opened_at, resolved_at, outcome, updated_at)
                  VALUES (1, 1, 'Unpaid invoice', 50000, 'KRW', 'resolved',
                          '2026-11-01T00:00:00.000Z', '2026-11-10T00:00:00.000Z', 'got_it',
                          '2026-11-10T00:00:00.000Z');
             INSERT INTO promise (case_id, description, due_date, created_at, made_by)
                  VALUES (1, 'Send the corrected invoice', '2026-11-05',
                          '2026-11-01T00:00:00.000Z', 'me');",
        )
        .unwrap();
    }
    let s = Store::open_file(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), db::SCHEMA_VERSION);
    let copies: Vec<std::path::PathBuf> = std::fs::read_dir(s.backup_folder().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(&format!("before-version-{previous}-")) && !name.ends_with("-wal")
        })
        .collect();
    assert_eq!(copies.len(), 1, "a copy as it was, before the upgrade");
    let copy = rusqlite::Connection::open(&copies[0]).unwrap();
    let (version, title): (i64, String) = (
        copy.pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap(),
        copy.query_row("SELECT title FROM \"case\"", [], |r| r.get(0))
            .unwrap(),
    );
    assert_eq!(
        (version, title.as_str()),
        (previous as i64, "Unpaid invoice")
    );
    let company = s.company(1).unwrap();
    assert!(
        !company.client,
        "an existing company is not a client until marked"
    );
    let file = s.case_file(1).unwrap();
    assert_eq!(file.case.title, "Unpaid invoice");
    assert_eq!(
        file.case.recovered, None,
        "nothing was entered as recovered"
    );
    assert_eq!(file.promises[0].made_by, PromiseSide::Me);
    let card = s.scorecard(1).unwrap();
    assert_eq!((card.mine.made, card.cases), (1, 1));
}
