mod common;
use casebook_core::*;
use common::*;

fn jane() -> AgentInput {
    AgentInput {
        name: Some("Jane".into()),
        code: Some("4471".into()),
        department: Some("Billing".into()),
    }
}

#[test]
fn a_phone_call_is_logged_with_its_agent_reference_and_promise() {
    let mut s = store();
    let c = company(&mut s, "Acme Telecom");
    let k = open_case(&mut s, c.id, "Refund");
    let mut input = call("2026-11-18T14:30:00+09:00");
    input.agent = jane();
    input.reference = Some(" ABC-123 ".into());
    input.duration_min = Some("25".into());
    input.hold_min = Some("12".into());
    input.notes = Some("Said the refund was approved.".into());
    input.summary = Some("Refund of 30,000 won by 20 Nov, ref ABC-123".into());
    input.promise = Some(promise("Refund 30,000 won", "2026-11-20"));
    let i = s.log_interaction(k.id, &input, now()).unwrap();

    assert_eq!(
        i.occurred_at,
        at(2026, 11, 18, 5) + chrono::Duration::minutes(30)
    );
    assert_eq!(i.reference.as_deref(), Some("ABC-123"));
    assert_eq!((i.duration_min, i.hold_min), (Some(25), Some(12)));
    let agent = i.agent.clone().unwrap();
    assert_eq!(
        (agent.name.as_str(), agent.code.as_deref()),
        ("Jane", Some("4471"))
    );

    let file = s.case_file(k.id).unwrap();
    assert_eq!(file.interactions, vec![i.clone()]);
    assert_eq!(file.promises.len(), 1);
    let p = &file.promises[0];
    assert_eq!(p.description, "Refund 30,000 won");
    assert_eq!(
        p.due,
        Due::Date {
            date: day(2026, 11, 20)
        }
    );
    assert_eq!(p.interaction_id, Some(i.id));
    assert_eq!(
        p.agent.as_ref().unwrap().id,
        agent.id,
        "the promise is the agent's"
    );
    assert_eq!(p.status, PromiseStatus::Pending);
}

#[test]
fn a_bad_promise_saves_neither_the_promise_nor_the_interaction() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    for (p, expected) in [
        (
            promise("Refund", "next week"),
            ("promise_due", Rule::NotADate),
        ),
        (
            promise("Refund", "2026-13-01"),
            ("promise_due", Rule::NotADate),
        ),
        (promise("Refund", " "), ("promise_due", Rule::Empty)),
        (
            promise("  ", "2026-11-30"),
            ("promise_description", Rule::Empty),
        ),
    ] {
        let mut input = call("2026-11-18T14:30:00+09:00");
        input.agent = jane();
        input.promise = Some(p);
        assert_eq!(invalid(s.log_interaction(k.id, &input, now())), expected);
    }
    let file = s.case_file(k.id).unwrap();
    assert!(file.interactions.is_empty() && file.promises.is_empty());
    assert!(
        s.agents(c.id).unwrap().is_empty(),
        "no agent is half-saved either"
    );
}

#[test]
fn other_bad_contact_fields_are_refused() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    let mut input = call("last Tuesday");
    assert_eq!(
        invalid(s.log_interaction(k.id, &input, now())),
        ("occurred_at", Rule::NotADate)
    );
    input = call("2026-11-18T14:30:00Z");
    input.duration_min = Some("half an hour".into());
    assert_eq!(
        invalid(s.log_interaction(k.id, &input, now())),
        ("duration_min", Rule::NotANumber)
    );
    input.duration_min = Some("-3".into());
    assert_eq!(
        invalid(s.log_interaction(k.id, &input, now())),
        ("duration_min", Rule::Negative)
    );
    input.duration_min = None;
    input.reference = Some("R".repeat(201));
    assert_eq!(
        invalid(s.log_interaction(k.id, &input, now())),
        ("reference", Rule::TooLong)
    );
}

#[test]
fn notes_are_stored_as_typed_not_as_markup() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    let mut input = call("2026-11-18T14:30:00Z");
    input.notes = Some("<img src=x onerror=alert(1)> 상담원이 환불 약속 🙏".into());
    let i = s.log_interaction(k.id, &input, now()).unwrap();
    assert_eq!(
        s.interaction(i.id).unwrap().notes.as_deref(),
        Some("<img src=x onerror=alert(1)> 상담원이 환불 약속 🙏")
    );
}

#[test]
fn the_same_agent_is_reused_and_autocompletes_most_recent_first() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    let mut first = call("2026-11-10T09:00:00Z");
    first.agent = AgentInput {
        name: Some("Jane".into()),
        code: Some("4471".into()),
        department: None,
    };
    s.log_interaction(k.id, &first, now()).unwrap();
    let mut second = call("2026-11-12T09:00:00Z");
    second.agent = AgentInput {
        name: Some("Min-jun".into()),
        ..Default::default()
    };
    s.log_interaction(k.id, &second, now()).unwrap();
    let mut third = call("2026-11-11T09:00:00Z");
    third.agent = AgentInput {
        name: Some("jane".into()),
        code: Some("4471".into()),
        department: Some("Billing".into()),
    };
    s.log_interaction(k.id, &third, now()).unwrap();

    let agents = s.agents(c.id).unwrap();
    assert_eq!(
        agents.len(),
        2,
        "Jane 4471 is one person, however her name is typed"
    );
    assert_eq!(agents[0].name, "Min-jun", "most recently spoken to first");
    assert_eq!(
        agents[1].department.as_deref(),
        Some("Billing"),
        "a later department fills the blank"
    );
}

#[test]
fn the_same_name_with_another_id_is_another_agent() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    for code in ["4471", "5120"] {
        let mut i = call("2026-11-10T09:00:00Z");
        i.agent = AgentInput {
            name: Some("Jane".into()),
            code: Some(code.into()),
            department: None,
        };
        s.log_interaction(k.id, &i, now()).unwrap();
    }
    assert_eq!(s.agents(c.id).unwrap().len(), 2);
}

#[test]
fn agents_belong_to_their_company() {
    let mut s = store();
    let a = company(&mut s, "Acme");
    let b = company(&mut s, "Beta");
    let k = open_case(&mut s, a.id, "Refund");
    let mut i = call("2026-11-10T09:00:00Z");
    i.agent = jane();
    s.log_interaction(k.id, &i, now()).unwrap();
    assert!(s.agents(b.id).unwrap().is_empty());
}

#[test]
fn the_timeline_is_in_time_order_whatever_order_it_was_logged_in() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    s.log_interaction(k.id, &call("2026-11-15T09:00:00Z"), now())
        .unwrap();
    s.log_interaction(k.id, &call("2026-11-01T09:00:00Z"), now())
        .unwrap();
    let times: Vec<_> = s
        .interactions(k.id)
        .unwrap()
        .iter()
        .map(|i| i.occurred_at)
        .collect();
    assert_eq!(times, vec![at(2026, 11, 1, 9), at(2026, 11, 15, 9)]);
}

#[test]
fn logging_in_a_missing_case_says_so() {
    let mut s = store();
    assert!(matches!(
        s.log_interaction(3, &call("2026-11-15T09:00:00Z"), now()),
        Err(Error::NotFound {
            entity: "case",
            id: 3
        })
    ));
}

#[test]
fn every_problem_with_a_contact_is_reported_at_once() {
    let mut s = store();
    let c = company(&mut s, "Acme Telecom");
    let k = open_case(&mut s, c.id, "Refund");
    let mut input = call("last Tuesday");
    input.agent.code = Some("x".repeat(201));
    input.duration_min = Some("-5".into());
    input.hold_min = Some("ten".into());
    input.promise = Some(promise("Refund", "2026-02-30"));
    assert_eq!(
        problems(s.log_interaction(k.id, &input, now())),
        vec![
            ("agent_code", Rule::TooLong),
            ("promise_due", Rule::NotADate),
            ("occurred_at", Rule::NotADate),
            ("duration_min", Rule::Negative),
            ("hold_min", Rule::NotANumber),
        ]
    );
    assert!(s.case_file(k.id).unwrap().interactions.is_empty());
    assert_eq!(s.check_interaction(&input).unwrap().len(), 5);
}

#[test]
fn a_promise_left_wholly_blank_is_no_promise() {
    let mut s = store();
    let c = company(&mut s, "Acme Telecom");
    let k = open_case(&mut s, c.id, "Refund");
    let mut input = call("2026-11-18 10:00");
    input.notes = Some("No answer".into());
    input.promise = Some(promise(" ", "\u{3000}"));
    s.log_interaction(k.id, &input, now()).unwrap();
    assert!(s.promises(k.id).unwrap().is_empty());
    input.promise = Some(promise("", "2026-11-30"));
    assert_eq!(
        invalid(s.log_interaction(k.id, &input, now())),
        ("promise_description", Rule::Empty)
    );
}

#[test]
fn a_contact_with_nothing_about_it_is_not_saved() {
    let mut s = store();
    let c = company(&mut s, "Acme Telecom");
    let k = open_case(&mut s, c.id, "Refund");
    let empty = InteractionInput {
        notes: None,
        ..call("2026-11-18 10:00")
    };
    let refused = s.log_interaction(k.id, &empty, now());
    assert_eq!(invalid(refused), ("notes", Rule::Incomplete));
    assert_eq!(
        Problem::new(Field::Notes, Rule::Incomplete).message(Language::Ko),
        "상담원, 접수번호, 메모, 약속 중 하나는 적어 주세요"
    );
    assert!(s.case_file(k.id).unwrap().interactions.is_empty());
}
