mod common;
use casebook_core::*;
use common::*;

fn full(s: &mut Store) {
    let c = company(s, "Acme Telecom");
    let mut input = case_input(c.id, "환불 — refund 💸");
    input.amount = Some("30000".into());
    input.currency = Some("KRW".into());
    let k = s.open_case(&input, now()).unwrap();
    let mut i = call("2026-11-18T14:30:00+09:00");
    i.agent = AgentInput {
        name: Some("Jane".into()),
        code: Some("4471".into()),
        department: None,
    };
    i.reference = Some("ABC-123".into());
    i.notes = Some("<img src=x onerror=alert(1)>\nline two".into());
    i.promise = Some(promise("Refund", "2026-11-20"));
    s.log_interaction(k.id, &i, now()).unwrap();
    s.add_follow_up(
        k.id,
        &FollowUpInput {
            kind: FollowUpKind::Deadline,
            note: "Return window".into(),
            due: "2026-12-01".into(),
        },
        now(),
    )
    .unwrap();
    s.set_language(Some("ko")).unwrap();
    let due = s.due_reminders(at(2026, 11, 22, 9), &chrono::Utc).unwrap();
    s.mark_fired(&due, at(2026, 11, 22, 9)).unwrap();
}

fn json(s: &Store) -> serde_json::Value {
    let mut v = serde_json::to_value(s.export(now()).unwrap()).unwrap();
    v.as_object_mut().unwrap().remove("exported_at");
    v
}

#[test]
fn export_then_import_into_a_fresh_folder_gives_identical_data() {
    let mut original = store();
    full(&mut original);
    let text = serde_json::to_string(&original.export(now()).unwrap()).unwrap();
    let mut copy = store();
    let summary = copy.import(&text).unwrap();
    assert_eq!(
        (
            summary.companies,
            summary.cases,
            summary.interactions,
            summary.promises,
            summary.follow_ups
        ),
        (1, 1, 1, 1, 1)
    );
    assert_eq!(json(&copy), json(&original));
    let file = copy.case_file(1).unwrap();
    assert_eq!(file.case.title, "환불 — refund 💸");
    assert_eq!(copy.settings().unwrap().language.as_deref(), Some("ko"));
    assert!(
        copy.due_reminders(at(2026, 11, 23, 9), &chrono::Utc)
            .unwrap()
            .is_empty(),
        "fired reminders stay fired"
    );
}

fn refused(text: &str) -> String {
    let mut s = store();
    let e = s.import(text).unwrap_err();
    assert!(s.is_empty().unwrap(), "a failed import changes nothing");
    assert_eq!(e.code(), "bad_import", "{e}");
    e.to_string()
}

#[test]
fn a_truncated_file_is_refused_and_changes_nothing() {
    let mut original = store();
    full(&mut original);
    let text = serde_json::to_string(&original.export(now()).unwrap()).unwrap();
    assert!(refused(&text[..text.len() / 2]).contains("truncated"));
}

#[test]
fn malformed_and_foreign_files_are_refused_with_the_reason() {
    assert!(refused("{ not json").contains("not valid JSON"));
    assert!(refused(r#"{"name": "something else"}"#).contains("casebook export"));
    assert!(refused(r#"[1, 2, 3]"#).contains("casebook export"));
    assert!(refused(
        r#"{"format": "casebook-export", "schema_version": 99, "exported_at": "", "tables": {}}"#
    )
    .contains("newer Casebook"));
    assert!(refused(r#"{"format": "casebook-export", "schema_version": 1, "exported_at": "", "tables": {"users": []}}"#).contains("unknown table"));
}

#[test]
fn a_file_with_a_broken_reference_restores_nothing() {
    let text = r#"{"format": "casebook-export", "schema_version": 2, "exported_at": "",
        "tables": {
          "company": [{"id": 1, "name": "Acme", "created_at": "2026-11-01T00:00:00.000Z", "updated_at": "2026-11-01T00:00:00.000Z"}],
          "case": [{"id": 1, "company_id": 9, "title": "Orphan", "opened_at": "2026-11-01T00:00:00.000Z", "updated_at": "2026-11-01T00:00:00.000Z"}]
        }}"#;
    let message = refused(text);
    assert!(message.contains("case"), "{message}");
}

#[test]
fn importing_into_a_folder_with_data_is_refused() {
    let mut original = store();
    full(&mut original);
    let text = serde_json::to_string(&original.export(now()).unwrap()).unwrap();
    let mut busy = store();
    company(&mut busy, "Mine");
    let e = busy.import(&text).unwrap_err();
    assert_eq!(e.code(), "conflict");
    assert_eq!(busy.companies().unwrap().len(), 1);
}

/// An export of `full` with one field of one table's first row replaced.
fn edited(table: &str, field: &str, value: serde_json::Value) -> String {
    let mut original = store();
    full(&mut original);
    let mut v = serde_json::to_value(original.export(now()).unwrap()).unwrap();
    v["tables"][table][0][field] = value;
    v.to_string()
}

#[test]
fn an_export_edited_into_something_the_app_cannot_show_is_refused_and_changes_nothing() {
    use serde_json::json;
    let cases = [
        ("case", "escalation", json!("ceo"), "case row 1 cannot be restored: case: escalation, outcome, opened_at"),
        ("interaction", "channel", json!("telepathy"), "interaction row 1 cannot be restored: interaction: channel, direction"),
        ("interaction", "duration_min", json!("abc"), "interaction row 1 cannot be restored"),
        ("case", "amount_minor", json!("lots"), "case row 1 cannot be restored"),
        ("case", "opened_at", json!("yesterday"), "case row 1 cannot be restored"),
        ("company", "phones", json!("not json"), "company row 1 cannot be restored: company: name must be 1 to 200 characters, and phones"),
        ("promise", "due_date", json!("2026-02-30"), "promise row 1 cannot be restored: promise: due_date, due_at or description"),
        ("case", "title", json!(""), "case row 1 cannot be restored"),
        ("case", "title", json!("x".repeat(1000)), "case row 1 cannot be restored"),
        // What the schema does not check, the rules for typing it in do.
        ("case", "title", json!(" \u{3000} "), "case 1: Title must not be empty"),
        ("case", "currency", json!("XYZ"), "case 1: Currency must be a currency code like KRW"),
        ("agent", "name", json!("x".repeat(300)), "agent 1: Agent name is too long (at most 200 characters)"),
        ("interaction", "reference", json!("r".repeat(300)), "interaction 1: Reference number is too long"),
    ];
    for (table, field, value, expected) in cases {
        let text = edited(table, field, value.clone());
        let mut s = store();
        let e = s.import(&text).unwrap_err();
        assert_eq!(e.code(), "bad_import", "{table}.{field} = {value}");
        assert!(
            e.to_string().contains(expected),
            "{table}.{field} = {value}: {e}"
        );
        assert!(
            s.is_empty().unwrap(),
            "nothing was committed for {table}.{field}"
        );
        assert!(s.companies().unwrap().is_empty());
        // The folder still takes a good import afterwards.
        let mut original = store();
        full(&mut original);
        s.import(&serde_json::to_string(&original.export(now()).unwrap()).unwrap())
            .unwrap();
    }
}

#[test]
fn a_backup_from_before_addresses_were_checked_still_restores() {
    let text = edited("company", "website", serde_json::json!("our shop"));
    let mut s = store();
    let summary = s.import(&text).unwrap();
    assert_eq!(summary.companies, 1);
    assert_eq!(s.companies().unwrap()[0].name, "Acme Telecom");
}
