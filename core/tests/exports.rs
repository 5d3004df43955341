//! The spreadsheet and calendar exports, read back the way a spreadsheet or a calendar would.
mod common;
use casebook_core::*;
use chrono::FixedOffset;
use common::*;

fn seoul() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

/// A Korean case with money at stake, a call with an agent and a promise, an email whose note
/// is a formula, and a second company's case with nothing logged yet.
fn history(s: &mut Store) -> (i64, i64) {
    s.set_zone(seoul());
    let kt = company(s, "KT 고객센터");
    let mut input = case_input(kt.id, "환불이 안 됨, \"두 번\" 청구");
    input.amount = Some("30000".into());
    input.currency = Some("KRW".into());
    input.desired_outcome = Some("=HYPERLINK(\"http://evil\")".into());
    let case = s.open_case(&input, now()).unwrap();
    let mut phone = call("2026-11-18 14:30");
    phone.agent = AgentInput {
        name: Some("김민지".into()),
        code: Some("4471".into()),
        department: None,
    };
    phone.reference = Some("ABC-123".into());
    phone.duration_min = Some("25".into());
    phone.hold_min = Some("12".into());
    phone.notes = Some("환불 승인했다고 함\n두 줄".into());
    phone.promise = Some(promise("30,000원 환불", "2026-11-30"));
    s.log_interaction(case.id, &phone, now()).unwrap();
    let mut email = call("2026-11-19 09:00");
    email.channel = Channel::Email;
    email.notes = Some("+1 555 0100; @admin -2".into());
    s.log_interaction(case.id, &email, now()).unwrap();
    let beta = company(s, "Beta Bank");
    let other = open_case(s, beta.id, "Card fee");
    (case.id, other.id)
}

fn read(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "{} starts with a byte-order mark",
        path.display()
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn cell<'a>(header: &[String], row: &'a [String], column: &str) -> &'a str {
    let i = header.iter().position(|h| h == column).unwrap();
    &row[i]
}

#[test]
fn the_spreadsheet_has_every_row_joined_by_ids_with_hangul_and_no_formulas() {
    let mut s = store();
    let (case_id, other_id) = history(&mut s);
    let dir = tempfile::tempdir().unwrap();
    let done = s.export_spreadsheet(&dir.path().join("sheet")).unwrap();
    assert_eq!(
        (done.cases, done.interactions, done.promises),
        (2, 2, 1),
        "two cases, two contacts, one promise"
    );

    let (h, cases) = read(&dir.path().join("sheet/cases.csv"));
    assert_eq!(cases.len(), 2);
    let kt = cases
        .iter()
        .find(|r| cell(&h, r, "case_id") == case_id.to_string())
        .unwrap();
    assert_eq!(cell(&h, kt, "company"), "KT 고객센터");
    assert_eq!(cell(&h, kt, "title"), "환불이 안 됨, \"두 번\" 청구");
    assert_eq!(cell(&h, kt, "amount"), "30000");
    assert_eq!(cell(&h, kt, "currency"), "KRW");
    assert_eq!(
        cell(&h, kt, "desired_outcome"),
        "'=HYPERLINK(\"http://evil\")",
        "a formula stays text"
    );
    assert_eq!(cell(&h, kt, "status"), "open");
    assert!(cases
        .iter()
        .any(|r| cell(&h, r, "case_id") == other_id.to_string()
            && cell(&h, r, "company") == "Beta Bank"));

    let (h, contacts) = read(&dir.path().join("sheet/interactions.csv"));
    assert_eq!(contacts.len(), 2);
    let first = &contacts[0];
    assert_eq!(cell(&h, first, "case_id"), case_id.to_string());
    assert_eq!(cell(&h, first, "occurred_at"), "2026-11-18T14:30:00+09:00");
    assert_eq!(cell(&h, first, "channel"), "phone");
    assert_eq!(cell(&h, first, "agent_name"), "김민지");
    assert_eq!(cell(&h, first, "agent_id"), "4471");
    assert_eq!(cell(&h, first, "reference"), "ABC-123");
    assert_eq!(
        (cell(&h, first, "duration_min"), cell(&h, first, "hold_min")),
        ("25", "12")
    );
    assert_eq!(cell(&h, first, "notes"), "환불 승인했다고 함\n두 줄");
    assert_eq!(cell(&h, &contacts[1], "notes"), "'+1 555 0100; @admin -2");

    let (h, promises) = read(&dir.path().join("sheet/promises.csv"));
    assert_eq!(promises.len(), 1);
    let p = &promises[0];
    assert_eq!(cell(&h, p, "description"), "30,000원 환불");
    assert_eq!(cell(&h, p, "due"), "2026-11-30");
    assert_eq!(cell(&h, p, "status"), "pending");
    assert_eq!(cell(&h, p, "agent_name"), "김민지");
    assert_eq!(
        cell(&h, p, "interaction_id"),
        cell(
            &read(&dir.path().join("sheet/interactions.csv")).0,
            first,
            "interaction_id"
        ),
        "a promise names the contact it was made in"
    );
}

#[test]
fn a_folder_that_cannot_be_made_is_an_error_and_writes_nothing() {
    let mut s = store();
    history(&mut s);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a file");
    std::fs::write(&file, "not a folder").unwrap();
    assert!(s.export_spreadsheet(&file).is_err());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder");
}

#[test]
fn the_calendar_has_one_event_per_open_item_with_stable_uids() {
    let mut s = store();
    let (case_id, other_id) = history(&mut s);
    s.add_follow_up(
        other_id,
        &FollowUpInput {
            kind: FollowUpKind::FollowUp,
            note: "Call again; ask for a supervisor".into(),
            due: "2026-12-01 17:00".into(),
        },
        now(),
    )
    .unwrap();
    let (first, events) = s.calendar(now(), &seoul()).unwrap();
    assert_eq!(events, 2);
    assert!(first.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(first.ends_with("END:VCALENDAR\r\n"));
    assert!(!first.replace("\r\n", "").contains('\n'), "CRLF only");
    for line in first.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
    }
    let unfolded = first.replace("\r\n ", "");
    assert!(unfolded.contains("SUMMARY:KT 고객센터 promised: 30\\,000원 환불\r\n"));
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201\r\n"));
    // A day-only promise reminds the next day at 09:00 in Seoul: 00:00 UTC.
    assert!(unfolded.contains("TRIGGER;VALUE=DATE-TIME:20261201T000000Z\r\n"));
    assert!(unfolded
        .contains("DESCRIPTION:Case: 환불이 안 됨\\, \"두 번\" 청구\\nCompany: KT 고객센터\\nAgent: 김민지 (ID 4471)\\nReference: ABC-123\r\n"));
    assert!(unfolded
        .contains("SUMMARY:Follow up with Beta Bank: Call again\\; ask for a supervisor\r\n"));
    assert!(unfolded.contains("DTSTART:20261201T080000Z\r\nDTEND:20261201T083000Z\r\n"));

    // Exported again later: the same UIDs, so a calendar updates its events.
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(String::from)
            .collect()
    };
    let (again, _) = s
        .calendar(now() + chrono::Duration::days(1), &seoul())
        .unwrap();
    assert_eq!(uids(&first), uids(&again));
    assert_eq!(uids(&first).len(), 2);

    // A resolved case's promise leaves the calendar.
    s.resolve_case(case_id, Outcome::GotIt, None, None, now())
        .unwrap();
    let (_, events) = s.calendar(now(), &seoul()).unwrap();
    assert_eq!(events, 1);
}

#[test]
fn the_calendar_speaks_korean() {
    let mut s = store();
    history(&mut s);
    s.set_language(Some("ko")).unwrap();
    let (text, _) = s.calendar(now(), &seoul()).unwrap();
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("SUMMARY:KT 고객센터 약속: 30\\,000원 환불\r\n"));
    assert!(unfolded.contains("\\n상담원: 김민지 (ID 4471)\\n접수번호: ABC-123\r\n"));
}
