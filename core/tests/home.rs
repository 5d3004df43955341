mod common;
use casebook_core::*;
use common::*;

/// Acme has one case with a promise for each situation the home screen tells apart.
fn scene(s: &mut Store) -> (Case, Case) {
    let c = company(s, "Acme Telecom");
    let k = open_case(s, c.id, "Refund");
    let mut first = call("2026-11-10T09:00:00Z");
    first.agent = AgentInput {
        name: Some("Jane".into()),
        code: Some("4471".into()),
        department: None,
    };
    first.reference = Some("ABC-123".into());
    first.promise = Some(promise("Refund", "2026-11-19"));
    s.log_interaction(k.id, &first, now()).unwrap();
    for (what, due) in [
        ("Callback today", "2026-11-20"),
        ("Technician at 09:00 UTC", "2026-11-20T09:00:00Z"),
        ("Technician at 11:00 UTC", "2026-11-20T11:00:00Z"),
        ("Letter within a week", "2026-11-27"),
        ("Credit next month", "2026-12-20"),
    ] {
        s.add_promise(k.id, &promise(what, due), now()).unwrap();
    }
    let other = company(s, "Beta Bank");
    let closed = open_case(s, other.id, "Double charge");
    s.add_promise(
        closed.id,
        &promise("Reverse the charge", "2026-11-01"),
        now(),
    )
    .unwrap();
    s.resolve_case(closed.id, Outcome::GotIt, None, None, now())
        .unwrap();
    (k, closed)
}

fn texts(items: &[DueItem]) -> Vec<&str> {
    items.iter().map(|i| i.text.as_str()).collect()
}

#[test]
fn overdue_is_a_day_already_passed_or_a_time_already_reached() {
    let mut s = store();
    scene(&mut s);
    let home = s.home(now(), day(2026, 11, 20)).unwrap();
    assert_eq!(
        texts(&home.overdue),
        vec!["Refund", "Technician at 09:00 UTC"]
    );
    assert_eq!(home.overdue_total, 2);
    // The badge and the tray count the same, without the rest of the screen.
    assert_eq!(s.overdue_total(now(), day(2026, 11, 20)).unwrap(), 2);
    let refund = &home.overdue[0];
    assert_eq!(refund.company_name, "Acme Telecom");
    assert_eq!(refund.agent_name.as_deref(), Some("Jane"));
    assert_eq!(refund.agent_code.as_deref(), Some("4471"));
    assert_eq!(
        refund.reference.as_deref(),
        Some("ABC-123"),
        "the ticket number of the call it was made in"
    );
}

#[test]
fn due_soon_is_today_and_the_next_seven_days() {
    let mut s = store();
    scene(&mut s);
    let home = s.home(now(), day(2026, 11, 20)).unwrap();
    assert_eq!(
        texts(&home.due_soon),
        vec![
            "Callback today",
            "Technician at 11:00 UTC",
            "Letter within a week"
        ]
    );
    assert_eq!(home.due_soon_total, 3);
    // How far each is from today, for "Today", "In 7 days", "1 day overdue".
    let days = |items: &[DueItem], what: &str| items.iter().find(|i| i.text == what).unwrap().days;
    assert_eq!(days(&home.due_soon, "Callback today"), 0);
    assert_eq!(days(&home.due_soon, "Letter within a week"), 7);
    assert_eq!(days(&home.overdue, "Refund"), -1);
}

#[test]
fn resolved_cases_and_settled_promises_are_not_listed() {
    let mut s = store();
    let (k, closed) = scene(&mut s);
    let refund = s.promises(k.id).unwrap()[0].id;
    s.set_promise_status(refund, PromiseStatus::Kept, now())
        .unwrap();
    let home = s.home(now(), day(2026, 11, 20)).unwrap();
    assert_eq!(texts(&home.overdue), vec!["Technician at 09:00 UTC"]);

    s.reopen_case(closed.id, now()).unwrap();
    let home = s.home(now(), day(2026, 11, 20)).unwrap();
    assert!(
        texts(&home.overdue).contains(&"Reverse the charge"),
        "reopening a case brings its overdue promise back"
    );
}

#[test]
fn follow_ups_and_deadlines_are_listed_beside_promises() {
    let mut s = store();
    let c = company(&mut s, "Shop");
    let k = open_case(&mut s, c.id, "Kettle");
    for (kind, note, due) in [
        (FollowUpKind::FollowUp, "Call again", "2026-11-18"),
        (FollowUpKind::Deadline, "Return window closes", "2026-11-22"),
    ] {
        s.add_follow_up(
            k.id,
            &FollowUpInput {
                kind,
                note: note.into(),
                due: due.into(),
            },
            now(),
        )
        .unwrap();
    }
    let home = s.home(now(), day(2026, 11, 20)).unwrap();
    assert_eq!(home.overdue[0].kind, DueKind::FollowUp);
    assert_eq!(home.due_soon[0].kind, DueKind::Deadline);
    let done = s.follow_ups(k.id).unwrap()[0].id;
    s.set_follow_up_done(done, true, now()).unwrap();
    assert!(s.home(now(), day(2026, 11, 20)).unwrap().overdue.is_empty());
}

#[test]
fn open_cases_are_grouped_by_company_newest_first() {
    let mut s = store();
    let (k, _) = scene(&mut s);
    let c = s.case(k.id).unwrap().company_id;
    let newer = s
        .open_case(&case_input(c, "Newer"), at(2026, 11, 21, 9))
        .unwrap();
    let home = s.home(now(), day(2026, 11, 20)).unwrap();
    assert_eq!(home.companies.len(), 1, "Beta Bank has no open case");
    let acme = &home.companies[0];
    assert_eq!(
        (acme.company_name.as_str(), acme.open_cases),
        ("Acme Telecom", 2)
    );
    assert_eq!(acme.cases[0].id, newer.id);
    assert_eq!(home.company_count, 2);
}

#[test]
fn a_new_user_sees_an_empty_home() {
    let s = store();
    let home = s.home(now(), day(2026, 11, 20)).unwrap();
    assert_eq!(home.company_count, 0);
    assert!(home.overdue.is_empty() && home.due_soon.is_empty() && home.companies.is_empty());
}

#[test]
fn a_long_backlog_lists_the_oldest_and_counts_them_all() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Many promises");
    for n in 0..(home::LIST_LIMIT + 5) {
        let due = day(2025, 1, 1) + chrono::Duration::days(n);
        s.add_promise(k.id, &promise(&format!("P{n}"), &due.to_string()), now())
            .unwrap();
    }
    let home = s.home(now(), day(2026, 11, 20)).unwrap();
    assert_eq!(home.overdue.len() as i64, home::LIST_LIMIT);
    assert_eq!(home.overdue_total, home::LIST_LIMIT + 5);
    assert_eq!(
        s.overdue_total(now(), day(2026, 11, 20)).unwrap(),
        home::LIST_LIMIT + 5
    );
    assert_eq!(home.overdue[0].text, "P0", "oldest first");
}

#[test]
fn every_overdue_item_is_reachable_page_by_page_with_its_snooze() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Many promises");
    let count = home::PAGE_SIZE * 2;
    for n in 0..count {
        let due = day(2024, 1, 1) + chrono::Duration::days(n);
        s.add_promise(k.id, &promise(&format!("P{n}"), &due.to_string()), now())
            .unwrap();
    }
    let mut seen = Vec::new();
    let mut pages = 0;
    let mut offset = Some(0);
    while let Some(from) = offset {
        pages += 1;
        let page = s.overdue_page(now(), day(2026, 11, 20), from).unwrap();
        assert_eq!(page.total, count);
        seen.extend(page.items.into_iter().map(|i| i.text));
        offset = page.next_offset;
    }
    let expected: Vec<String> = (0..count).map(|n| format!("P{n}")).collect();
    assert_eq!(seen, expected, "every item once, oldest first");
    assert_eq!(
        pages, 2,
        "a full last page is the last: no empty page after it"
    );

    // A snoozed item says when it reminds again, while that is ahead.
    let first = s.overdue_page(now(), day(2026, 11, 20), 0).unwrap().items[0].clone();
    let until = s
        .snooze_until(first.kind, first.id, &SnoozeUntil::Hour, now())
        .unwrap();
    let again = s.overdue_page(now(), day(2026, 11, 20), 0).unwrap().items[0].clone();
    assert_eq!(again.snoozed_until, Some(until));
    let later = s.overdue_page(until, day(2026, 11, 20), 0).unwrap().items[0].clone();
    assert_eq!(later.snoozed_until, None);
}
