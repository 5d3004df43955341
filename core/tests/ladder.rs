//! The escalation ladder: the next step a case's history suggests, and why.
mod common;
use casebook_core::*;
use common::*;

fn broken_promise(store: &mut Store, case_id: i64, at: &str) {
    let mut input = call(at);
    input.promise = Some(promise("Refund", "2026-11-01"));
    store.log_interaction(case_id, &input, now()).unwrap();
    let p = store
        .case_file(case_id)
        .unwrap()
        .promises
        .last()
        .unwrap()
        .id;
    store
        .set_promise_status(p, PromiseStatus::Broken, now())
        .unwrap();
}

#[test]
fn broken_promises_and_contacts_suggest_the_next_level_and_say_why() {
    let mut store = Store::open_in_memory().unwrap();
    let acme = store
        .create_company(
            &CompanyInput {
                name: "Acme".into(),
                emails: vec!["help@acme.example".into()],
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    let case = open_case(&mut store, acme.id, "Refund");
    let first = store.next_step(case.id, Language::En, now()).unwrap();
    assert_eq!(first.suggested, None);
    assert_eq!(
        first.advice,
        ["Nothing suggests going higher yet: hold them to their dates."]
    );

    broken_promise(&mut store, case.id, "2026-11-05 10:00");
    broken_promise(&mut store, case.id, "2026-11-12 10:00");
    store
        .log_interaction(case.id, &call("2026-11-18 10:00"), now())
        .unwrap();
    let step = store.next_step(case.id, Language::En, now()).unwrap();
    assert_eq!(step.current, Escalation::Agent);
    assert_eq!(step.suggested, Some(Escalation::Supervisor));
    assert_eq!(
        step.advice,
        [
            "2 promises broken, 3 contacts in 21 days: ask for a supervisor, or write to the \
             complaints department.",
            "Phone 3 times without a kept promise: try another way, like help@acme.example, a \
             letter."
        ]
    );
    let ko = store.next_step(case.id, Language::Ko, now()).unwrap();
    assert_eq!(
        ko.advice,
        [
            "지키지 않은 약속 2건, 21일 동안 연락 3번: 상급자(팀장)를 바꿔 달라고 하거나 \
             고객불만 담당 부서에 서면으로 보내세요.",
            "전화로 3번 연락했지만 지켜진 약속이 없습니다. 다른 방법을 써 보세요: \
             help@acme.example, 서면(편지)."
        ]
    );

    // A step up is kept, and the next suggestion is the level after it.
    store
        .escalate(case.id, Escalation::Supervisor, now())
        .unwrap();
    let step = store.next_step(case.id, Language::En, now()).unwrap();
    assert_eq!(step.current, Escalation::Supervisor);
    // The move is on the timeline, last, at the time it was made.
    let file = store.case_file(case.id).unwrap();
    let last = file.timeline.last().unwrap();
    assert_eq!(
        (last.kind, last.id, last.at),
        (TimelineKind::Escalation, 0, now())
    );
    let moved = file.escalations().next().unwrap();
    assert_eq!(
        (moved.old_value.as_str(), moved.new_value.as_str()),
        (Some("agent"), Some("supervisor"))
    );
    assert_eq!(step.suggested, Some(Escalation::Complaints));
    // Three weeks later the contacts are old, but the broken promises still count.
    let later = now() + chrono::Duration::days(30);
    assert_eq!(
        store
            .next_step(case.id, Language::En, later)
            .unwrap()
            .advice[0],
        "2 promises broken: write to the complaints department."
    );
}

#[test]
fn the_top_of_the_ladder_suggests_nothing_higher() {
    let mut store = Store::open_in_memory().unwrap();
    let acme = company(&mut store, "Acme");
    let case = open_case(&mut store, acme.id, "Refund");
    store.escalate(case.id, Escalation::Leaving, now()).unwrap();
    broken_promise(&mut store, case.id, "2026-11-05 10:00");
    broken_promise(&mut store, case.id, "2026-11-12 10:00");
    let step = store.next_step(case.id, Language::En, now()).unwrap();
    assert_eq!(step.suggested, None);
}
