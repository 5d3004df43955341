mod common;
use casebook_core::*;
use common::*;

#[test]
fn a_case_is_opened_with_its_outcome_money_and_identifiers() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let mut input = case_input(c.id, "  환불이 안 됨 — refund never came 💸 ");
    input.desired_outcome = Some("Refund of 30,000 won to my card".into());
    input.amount = Some("30,000".into());
    input.currency = Some("krw".into());
    input.identifiers = vec![Identifier {
        label: "Order".into(),
        value: "A-77".into(),
    }];
    let k = s.open_case(&input, now()).unwrap();
    assert_eq!(k.title, "환불이 안 됨 — refund never came 💸");
    assert_eq!(
        k.money,
        Some(Money {
            amount: "30000".into(),
            currency: "KRW".into()
        })
    );
    assert_eq!(k.status, Status::Open);
    assert_eq!(k.opened_at, now());
    assert_eq!(s.case(k.id).unwrap(), k);
}

#[test]
fn bad_case_input_is_refused_with_the_field_to_fix_and_nothing_saved() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let with = |f: &dyn Fn(&mut CaseInput)| {
        let mut i = case_input(c.id, "Refund");
        f(&mut i);
        i
    };
    let cases: Vec<(CaseInput, (&str, Rule))> = vec![
        (with(&|i| i.title = " ".into()), ("title", Rule::Empty)),
        (
            with(&|i| i.title = "t".repeat(100_000)),
            ("title", Rule::TooLong),
        ),
        (
            with(&|i| {
                i.amount = Some("twelve".into());
                i.currency = Some("USD".into())
            }),
            ("amount", Rule::NotANumber),
        ),
        (
            with(&|i| {
                i.amount = Some("-12".into());
                i.currency = Some("USD".into())
            }),
            ("amount", Rule::Negative),
        ),
        (
            with(&|i| {
                i.amount = Some("12".into());
                i.currency = Some("DOLLARS".into())
            }),
            ("currency", Rule::UnknownCurrency),
        ),
        (
            with(&|i| i.amount = Some("12".into())),
            ("currency", Rule::Incomplete),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(invalid(s.open_case(&input, now())), expected);
    }
    assert!(s.company_cases(c.id).unwrap().is_empty());
}

#[test]
fn a_case_needs_an_existing_company() {
    let mut s = store();
    let r = s.open_case(&case_input(99, "Refund"), now());
    assert!(matches!(
        r,
        Err(Error::NotFound {
            entity: "company",
            ..
        })
    ));
}

#[test]
fn a_long_pasted_description_is_kept_exactly() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let mut input = case_input(c.id, "Refund");
    let pasted = "> Dear customer,\n>   we are sorry 😔\n".repeat(3_000);
    input.description = Some(pasted.clone());
    let k = s.open_case(&input, now()).unwrap();
    assert!(pasted.chars().count() >= 100_000);
    assert_eq!(s.case(k.id).unwrap().description.unwrap(), pasted);
}

#[test]
fn resolving_records_the_outcome_and_reopening_clears_it() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    let resolved = s
        .resolve_case(
            k.id,
            Outcome::Partial,
            Some("Got half back"),
            Some("12,000원"),
            at(2026, 11, 25, 9),
        )
        .unwrap();
    assert_eq!(resolved.status, Status::Resolved);
    assert_eq!(resolved.outcome, Some(Outcome::Partial));
    assert_eq!(resolved.resolved_at, Some(at(2026, 11, 25, 9)));
    assert_eq!(resolved.resolution_note.as_deref(), Some("Got half back"));
    assert_eq!(
        resolved.recovered,
        Some(Money {
            amount: "12000".into(),
            currency: "KRW".into()
        }),
        "with no money at stake, the mark gives the currency"
    );

    let reopened = s.reopen_case(k.id, at(2026, 11, 26, 9)).unwrap();
    assert_eq!(reopened.status, Status::Open);
    assert_eq!(reopened.outcome, None);
    assert_eq!(reopened.resolved_at, None);
}

#[test]
fn resolving_or_reopening_a_missing_case_says_so() {
    let mut s = store();
    assert!(matches!(
        s.resolve_case(5, Outcome::GotIt, None, None, now()),
        Err(Error::NotFound {
            entity: "case",
            id: 5
        })
    ));
    assert!(matches!(
        s.reopen_case(5, now()),
        Err(Error::NotFound {
            entity: "case",
            id: 5
        })
    ));
}

#[test]
fn editing_a_case_changes_its_fields_and_can_move_it_to_another_company() {
    let mut s = store();
    let a = company(&mut s, "Acme");
    let b = company(&mut s, "Beta");
    let k = open_case(&mut s, a.id, "Refund");
    let mut input = case_input(b.id, "Refund for order A-77");
    input.escalation = Escalation::Supervisor;
    let edited = s.update_case(k.id, &input, now()).unwrap();
    assert_eq!(edited.company_id, b.id);
    assert_eq!(edited.escalation, Escalation::Supervisor);
    assert!(s.company_cases(a.id).unwrap().is_empty());
    assert_eq!(
        s.company_cases(b.id).unwrap()[0].title,
        "Refund for order A-77"
    );
}

#[test]
fn a_company_case_list_puts_open_cases_first_with_their_next_due() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let old = s
        .open_case(&case_input(c.id, "Old"), at(2026, 1, 1, 9))
        .unwrap();
    let done = s
        .open_case(&case_input(c.id, "Done"), at(2026, 6, 1, 9))
        .unwrap();
    s.resolve_case(done.id, Outcome::GotIt, None, None, now())
        .unwrap();
    let mut call_in = call("2026-11-18T10:00:00+09:00");
    call_in.promise = Some(promise("Refund", "2026-11-30"));
    s.log_interaction(old.id, &call_in, now()).unwrap();
    s.add_follow_up(
        old.id,
        &FollowUpInput {
            kind: FollowUpKind::FollowUp,
            note: "Call again".into(),
            due: "2026-11-24".into(),
        },
        now(),
    )
    .unwrap();

    let list = s.company_cases(c.id).unwrap();
    assert_eq!(
        list.iter().map(|k| k.title.as_str()).collect::<Vec<_>>(),
        vec!["Old", "Done"],
        "open before resolved"
    );
    let old = &list[0];
    assert_eq!(old.interactions, 1);
    assert_eq!(old.pending_promises, 1);
    assert_eq!(
        old.next_due,
        Some(Due::Date {
            date: day(2026, 11, 24)
        }),
        "the earliest of promise and follow-up"
    );
    assert_eq!(old.last_contact_at, Some(at(2026, 11, 18, 1)));
}

#[test]
fn moving_a_case_moves_its_agents_with_it() {
    let mut s = store();
    let wrong = company(&mut s, "Acme");
    let right = company(&mut s, "Beta Bank");
    let k = open_case(&mut s, wrong.id, "Refund");
    let mut c = call("2026-11-18T10:00:00+09:00");
    c.agent = AgentInput {
        name: Some("Jane".into()),
        code: Some("4471".into()),
        department: Some("Billing".into()),
    };
    c.promise = Some(promise("Refund", "2026-11-30"));
    s.log_interaction(k.id, &c, now()).unwrap();

    s.update_case(k.id, &case_input(right.id, "Refund"), now())
        .unwrap();

    let file = s.case_file(k.id).unwrap();
    let agent = file.interactions[0].agent.clone().unwrap();
    assert_eq!(agent.company_id, right.id, "Jane now works for Beta Bank");
    assert_eq!(
        (
            agent.name.as_str(),
            agent.code.as_deref(),
            agent.department.as_deref()
        ),
        ("Jane", Some("4471"), Some("Billing"))
    );
    assert_eq!(file.promises[0].agent.as_ref().unwrap().id, agent.id);
    assert_eq!(s.agents(right.id).unwrap().len(), 1);
    // Acme keeps its record of Jane for any other case that names her.
    assert_eq!(s.agents(wrong.id).unwrap().len(), 1);
}

#[test]
fn a_company_is_found_by_id_or_by_name_and_a_missing_one_is_not_found() {
    let mut s = store();
    let acme = company(&mut s, "Acme Telecom");
    let three = company(&mut s, "3");
    assert_eq!(s.find_company("acme telecom").unwrap().id, acme.id);
    assert_eq!(s.find_company(&acme.id.to_string()).unwrap().id, acme.id);
    assert_eq!(
        s.find_company("3").unwrap().id,
        three.id,
        "no company has id 3"
    );
    let e = s.find_company("Nobody").unwrap_err();
    assert_eq!(e.code(), "not_found");
    assert_eq!(e.to_string(), "No company named “Nobody”");
}

#[test]
fn every_problem_with_a_case_is_reported_at_once_and_nothing_is_saved() {
    let mut s = store();
    let c = company(&mut s, "Acme Telecom");
    let mut input = case_input(c.id, "  ");
    input.amount = Some("lots".into());
    input.currency = Some("XYZ".into());
    input.identifiers = vec![Identifier {
        label: "Order".into(),
        value: " ".into(),
    }];
    assert_eq!(
        problems(s.open_case(&input, now())),
        vec![
            ("title", Rule::Empty),
            ("currency", Rule::UnknownCurrency),
            ("amount", Rule::NotANumber),
            ("identifiers", Rule::Incomplete),
        ]
    );
    assert!(s.company_cases(c.id).unwrap().is_empty());
    // Checking without saving gives the same problems.
    let checked = s.check_case(&input).unwrap();
    assert_eq!(checked.len(), 4);
    assert_eq!(checked[0], Problem::new(Field::Title, Rule::Empty));
    assert!(s
        .check_case(&case_input(c.id, "Refund"))
        .unwrap()
        .is_empty());
}

#[test]
fn a_case_entered_after_the_fact_starts_on_the_day_typed_and_an_edit_keeps_it() {
    let mut s = store();
    s.set_zone(chrono::Utc);
    let c = company(&mut s, "Acme");
    let mut input = case_input(c.id, "Double charge");
    input.opened_on = Some("2026.9.14".into());
    let k = s.open_case(&input, now()).unwrap();
    assert_eq!(k.opened_at, at(2026, 9, 14, 0));

    // The edit form sends the case back as it was: nothing moves.
    let mut edit = CaseInput::from(&k);
    edit.title = "Double charge in September".into();
    assert_eq!(
        s.update_case(k.id, &edit, now()).unwrap().opened_at,
        at(2026, 9, 14, 0)
    );
    // Emptied, the date stays; a new one moves it.
    edit.opened_on = Some(" ".into());
    assert_eq!(
        s.update_case(k.id, &edit, now()).unwrap().opened_at,
        at(2026, 9, 14, 0)
    );
    edit.opened_on = Some("2026-09-01".into());
    assert_eq!(
        s.update_case(k.id, &edit, now()).unwrap().opened_at,
        at(2026, 9, 1, 0)
    );

    edit.opened_on = Some("last autumn".into());
    assert_eq!(
        invalid(s.update_case(k.id, &edit, now())),
        ("opened_on", Rule::NotADate)
    );
    assert_eq!(s.case(k.id).unwrap().opened_at, at(2026, 9, 1, 0));
}

#[test]
fn a_draft_lives_until_what_it_became_is_saved() {
    let mut s = store();
    s.set_zone(chrono::Utc);
    let c = company(&mut s, "Acme");
    let one = open_case(&mut s, c.id, "One");
    let two = open_case(&mut s, c.id, "Two");
    let typed = serde_json::json!({"notes": "Agent said the refund left on Friday", "agent_name": "김민지"});
    s.save_draft(DraftForm::Contact, one.id, &typed, now())
        .unwrap();
    s.save_draft(
        DraftForm::Contact,
        two.id,
        &serde_json::json!({"notes": "two"}),
        now(),
    )
    .unwrap();
    let more = serde_json::json!({"notes": "Agent said the refund left on Friday, ref 88"});
    s.save_draft(DraftForm::Contact, one.id, &more, at(2026, 11, 20, 11))
        .unwrap();
    let kept = s.draft(DraftForm::Contact, one.id).unwrap().unwrap();
    assert_eq!(kept.body, more);
    assert_eq!(kept.saved_at, at(2026, 11, 20, 11));
    assert_eq!(s.draft(DraftForm::FollowUp, one.id).unwrap(), None);

    // A refused contact keeps the draft; a logged one takes it away, and only its own.
    let mut empty = call("2026-11-20");
    empty.notes = None;
    assert!(s.log_interaction(one.id, &empty, now()).is_err());
    assert!(s.draft(DraftForm::Contact, one.id).unwrap().is_some());
    s.log_interaction(one.id, &call("2026-11-20"), now())
        .unwrap();
    assert_eq!(s.draft(DraftForm::Contact, one.id).unwrap(), None);
    assert!(s.draft(DraftForm::Contact, two.id).unwrap().is_some());

    s.discard_draft(DraftForm::Contact, two.id).unwrap();
    assert_eq!(s.draft(DraftForm::Contact, two.id).unwrap(), None);

    assert!(matches!(
        s.save_draft(
            DraftForm::Contact,
            one.id,
            &serde_json::json!("text"),
            now()
        ),
        Err(Error::Conflict(_))
    ));
}

#[test]
fn resolving_and_editing_a_case_take_their_drafts_away() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "One");
    let body = serde_json::json!({"note": "partly"});
    for form in [DraftForm::CaseEdit, DraftForm::Resolve, DraftForm::FollowUp] {
        s.save_draft(form, k.id, &body, now()).unwrap();
    }
    s.save_draft(DraftForm::NewCase, c.id, &body, now())
        .unwrap();
    s.update_case(k.id, &CaseInput::from(&k), now()).unwrap();
    assert_eq!(s.draft(DraftForm::CaseEdit, k.id).unwrap(), None);
    s.resolve_case(k.id, Outcome::GotIt, None, None, now())
        .unwrap();
    assert_eq!(s.draft(DraftForm::Resolve, k.id).unwrap(), None);
    s.add_follow_up(
        k.id,
        &FollowUpInput {
            kind: FollowUpKind::FollowUp,
            note: "call".into(),
            due: "2026-11-30".into(),
        },
        now(),
    )
    .unwrap();
    assert_eq!(s.draft(DraftForm::FollowUp, k.id).unwrap(), None);
    open_case(&mut s, c.id, "Two");
    assert_eq!(s.draft(DraftForm::NewCase, c.id).unwrap(), None);
}

#[test]
fn a_companys_cases_put_the_longest_overdue_first_then_open_then_resolved() {
    let mut s = store();
    s.set_zone(chrono::Utc);
    let c = company(&mut s, "Acme");
    let resolved = open_case(&mut s, c.id, "Resolved");
    s.resolve_case(resolved.id, Outcome::GotIt, None, None, now())
        .unwrap();
    let quiet = open_case(&mut s, c.id, "Nothing due");
    let late = open_case(&mut s, c.id, "Late since 2020");
    s.add_promise(late.id, &promise("Refund", "2020-01-05"), now())
        .unwrap();
    let later = open_case(&mut s, c.id, "Late since 2021");
    s.add_promise(later.id, &promise("Visit", "2021-03-01"), now())
        .unwrap();
    let ahead = open_case(&mut s, c.id, "Due in 2099");
    s.add_promise(ahead.id, &promise("Call", "2099-01-01"), now())
        .unwrap();
    let list = s.company_cases(c.id).unwrap();
    let titles: Vec<(&str, bool)> = list.iter().map(|k| (k.title.as_str(), k.overdue)).collect();
    assert_eq!(
        titles,
        vec![
            ("Late since 2020", true),
            ("Late since 2021", true),
            ("Due in 2099", false),
            ("Nothing due", false),
            ("Resolved", false),
        ]
    );
    let _ = quiet;
}

#[test]
fn the_company_screen_is_sent_the_start_of_its_case_list_with_the_counts() {
    let mut s = store();
    s.set_zone(chrono::Utc);
    let c = company(&mut s, "Acme");
    for n in 0..5 {
        open_case(&mut s, c.id, &format!("Open {n}"));
    }
    for n in 0..3 {
        let k = open_case(&mut s, c.id, &format!("Resolved {n}"));
        s.resolve_case(k.id, Outcome::GotIt, None, None, now())
            .unwrap();
    }
    let whole = s.company_cases(c.id).unwrap();
    let open = s.company_case_list(c.id, false, 0, 2).unwrap();
    assert_eq!((open.listed, open.open, open.resolved), (5, 5, 3));
    assert_eq!(open.cases, whole[..2]);
    // The next page goes on from there and stops at the open ones: resolved ones are not
    // listed unless asked for.
    let next = s.company_case_list(c.id, false, 2, 50).unwrap();
    assert_eq!(next.cases, whole[2..5]);
    let everything = s.company_case_list(c.id, true, 0, 50).unwrap();
    assert_eq!((everything.listed, everything.cases), (8, whole.clone()));
    assert_eq!(
        s.company_case_list(c.id, true, 8, 50).unwrap().cases,
        vec![]
    );
    assert!(matches!(
        s.company_case_list(999, true, 0, 50),
        Err(Error::NotFound { .. })
    ));
}
