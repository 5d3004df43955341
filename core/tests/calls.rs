//! A call from preparation to confirmation: the checklist before it, promises due "in 3
//! business days", the read-back before hanging up, the message that confirms it in writing,
//! and the draft that keeps a call through a crash.
mod common;
use casebook_core::call::{PrepItem, ReadBackItem};
use casebook_core::due::Zone;
use casebook_core::*;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use common::*;

/// Seoul's clock, stopped at a chosen moment.
struct Seoul(DateTime<Utc>);

impl Zone for Seoul {
    fn instant(&self, local: NaiveDateTime) -> DateTime<Utc> {
        FixedOffset::east_opt(9 * 3600)
            .unwrap()
            .from_local_datetime(&local)
            .unwrap()
            .with_timezone(&Utc)
    }
    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&FixedOffset::east_opt(9 * 3600).unwrap())
            .naive_local()
    }
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

fn seoul() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

/// A store whose "today" is `day` in Seoul (at 10:00), counting `country`'s holidays.
fn store_on(day: NaiveDate, country: &str) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let at = seoul()
        .from_local_datetime(&day.and_hms_opt(10, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    store.set_zone(Seoul(at));
    store.set_holiday_country(Some(country)).unwrap();
    store
}

fn due_of(store: &mut Store, typed: &str) -> Due {
    let acme = company(store, "Acme");
    let case = open_case(store, acme.id, "Refund");
    let mut input = call("2026-09-23 10:00");
    input.promise = Some(promise("Refund", typed));
    let logged = store.log_interaction(case.id, &input, now()).unwrap();
    store
        .case_file(case.id)
        .unwrap()
        .promises
        .into_iter()
        .find(|p| p.interaction_id == Some(logged.id))
        .unwrap()
        .due
}

fn date(y: i32, m: u32, d: u32) -> Due {
    Due::Date {
        date: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
    }
}

#[test]
fn a_promise_in_business_days_skips_weekends_and_the_countrys_holidays() {
    // Wednesday 23 September 2026, the day before 추석 (24–26 Sep).
    let wed = day(2026, 9, 23);
    for (typed, due) in [
        ("영업일 기준 3일", date(2026, 9, 30)),
        ("영업일 3일 이내", date(2026, 9, 30)),
        ("3영업일", date(2026, 9, 30)),
        ("in 3 business days", date(2026, 9, 30)),
        ("within 1 working day", date(2026, 9, 28)),
        ("3일 후", date(2026, 9, 26)),
        ("in 3 days", date(2026, 9, 26)),
        (
            "3 days 17:00",
            Due::At {
                at: seoul()
                    .with_ymd_and_hms(2026, 9, 26, 17, 0, 0)
                    .unwrap()
                    .with_timezone(&Utc),
            },
        ),
    ] {
        let mut store = store_on(wed, "KR");
        assert_eq!(due_of(&mut store, typed), due, "{typed}");
    }
    // The same words in the United States: 추석 is a working day there.
    let mut us = store_on(wed, "US");
    assert_eq!(due_of(&mut us, "in 3 business days"), date(2026, 9, 28));
    // Thanksgiving, Thursday 26 November 2026, in the US only.
    let mut us = store_on(day(2026, 11, 24), "US");
    assert_eq!(due_of(&mut us, "in 3 business days"), date(2026, 11, 30));
    let mut kr = store_on(day(2026, 11, 24), "KR");
    assert_eq!(due_of(&mut kr, "영업일 기준 3일"), date(2026, 11, 27));
    // Boxing Day on a Saturday moves to Monday 28 December in the UK; the year turns.
    let mut gb = store_on(day(2026, 12, 24), "GB");
    assert_eq!(due_of(&mut gb, "in 3 business days"), date(2026, 12, 31));
    let mut gb = store_on(day(2026, 12, 24), "GB");
    assert_eq!(due_of(&mut gb, "in 4 business days"), date(2027, 1, 4));
}

#[test]
fn words_that_are_not_a_count_of_days_are_refused() {
    let mut store = store_on(day(2026, 9, 23), "KR");
    let acme = company(&mut store, "Acme");
    let case = open_case(&mut store, acme.id, "Refund");
    for typed in [
        "in three days",
        "3 business",
        "in 3 weeks",
        "영업일",
        "in 3 4 days",
        "in 9999 days",
    ] {
        let mut input = call("2026-09-23 10:00");
        input.promise = Some(promise("Refund", typed));
        assert_eq!(
            invalid(store.log_interaction(case.id, &input, now())),
            ("promise_due", Rule::NotADate),
            "{typed}"
        );
    }
}

#[test]
fn the_holiday_country_is_one_casebook_knows() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(
        invalid(store.set_holiday_country(Some("XX"))),
        ("holiday_country", Rule::NotAllowed)
    );
    assert_eq!(
        store
            .set_holiday_country(Some("de"))
            .unwrap()
            .holiday_country,
        "DE"
    );
    let back = store.set_holiday_country(None).unwrap().holiday_country;
    assert!(business_days::COUNTRIES.contains(&back.as_str()));
}

#[test]
fn the_checklist_before_a_call_points_out_what_is_missing() {
    let mut store = Store::open_in_memory().unwrap();
    let acme = company(&mut store, "Acme");
    let case = open_case(&mut store, acme.id, "Refund");
    let prep = store.call_prep(case.id).unwrap();
    let missing: Vec<PrepItem> = prep
        .checklist
        .iter()
        .filter(|c| !c.ready)
        .map(|c| c.item)
        .collect();
    assert_eq!(
        missing,
        [
            PrepItem::Identifiers,
            PrepItem::Outcome,
            PrepItem::Problem,
            PrepItem::Phone
        ]
    );
    assert_eq!(prep.contacts, 0);
    assert!(prep.last_contact.is_none());

    let mut input = case_input(acme.id, "Refund");
    input.desired_outcome = Some("Refund 30,000 won to my card".into());
    input.description = Some("Charged twice for October".into());
    input.identifiers = vec![Identifier {
        label: "Order".into(),
        value: "A-1001".into(),
    }];
    store.update_case(case.id, &input, now()).unwrap();
    let mut first = call("2026-11-18 14:05");
    first.agent.name = Some("Jane".into());
    first.agent.code = Some("4471".into());
    first.reference = Some("ABC-123".into());
    first.promise = Some(promise("Refund 30,000 won", "2026-11-19"));
    store.log_interaction(case.id, &first, now()).unwrap();
    let p = store.case_file(case.id).unwrap().promises[0].id;
    store
        .set_promise_status(p, PromiseStatus::Broken, now())
        .unwrap();

    let prep = store.call_prep(case.id).unwrap();
    let ready: Vec<(PrepItem, bool)> = prep.checklist.iter().map(|c| (c.item, c.ready)).collect();
    assert_eq!(
        ready,
        [
            (PrepItem::Identifiers, true),
            (PrepItem::Outcome, true),
            (PrepItem::Problem, true),
            (PrepItem::Phone, false)
        ]
    );
    assert_eq!(prep.identifiers[0].value, "A-1001");
    assert_eq!(
        prep.desired_outcome.as_deref(),
        Some("Refund 30,000 won to my card")
    );
    assert_eq!((prep.contacts, prep.broken_promises), (1, 1));
    let last = prep.last_contact.unwrap();
    assert_eq!(last.agent.unwrap().name, "Jane");
    assert_eq!(last.reference.as_deref(), Some("ABC-123"));
    assert_eq!(prep.last_promise.unwrap().status, PromiseStatus::Broken);
}

#[test]
fn the_read_back_names_what_is_missing_and_reads_the_due() {
    let store = store_on(day(2026, 9, 23), "KR");
    let mut input = call("2026-09-23 10:00");
    input.agent.name = Some("Jane".into());
    input.reference = Some("  ".into());
    input.promise = Some(promise("Refund", "영업일 기준 3일"));
    let lines: Vec<(ReadBackItem, Option<String>)> = store
        .read_back(&input)
        .into_iter()
        .map(|l| (l.item, l.noted))
        .collect();
    assert_eq!(
        lines,
        [
            (ReadBackItem::AgentName, Some("Jane".into())),
            (ReadBackItem::AgentId, None),
            (ReadBackItem::Reference, None),
            (ReadBackItem::Promise, Some("Refund".into())),
            (ReadBackItem::Due, Some("영업일 기준 3일".into())),
            (ReadBackItem::IfNotDone, None),
        ]
    );
    assert_eq!(store.read_back(&input)[4].due, Some(date(2026, 9, 30)));
    // A due that cannot be read is missing.
    input.promise = Some(promise("Refund", "soon"));
    assert_eq!(store.read_back(&input)[4].noted, None);
}

/// A logged call with everything noted, at 14:05 Seoul time on 20 November 2026.
fn full_call(store: &mut Store, notes: &str) -> i64 {
    let acme = company(store, "Acme");
    let case = open_case(store, acme.id, "Refund");
    let mut input = call("2026-11-20T14:05:00+09:00");
    input.agent.name = Some("Jane".into());
    input.agent.code = Some("4471".into());
    input.reference = Some("ABC-123".into());
    input.summary = Some(notes.into());
    input.duration_min = Some("12:05".into());
    input.hold_min = Some("3:00".into());
    input.promise = Some(promise("Refund 30,000 won", "2026-11-30"));
    store.log_call(case.id, &input, now()).unwrap().id
}

#[test]
fn the_confirmation_says_when_who_what_and_by_when_in_both_languages() {
    let mut store = Store::open_in_memory().unwrap();
    let id = full_call(&mut store, "a 5,000 won credit");
    let same_day = seoul()
        .with_ymd_and_hms(2026, 11, 20, 15, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    assert_eq!(
        store
            .confirmation(id, Language::En, same_day, &seoul())
            .unwrap(),
        "As discussed today at 14:05 with Jane (ID 4471), reference ABC-123. You promised: \
         refund 30,000 won, by 30 Nov. If it is not done: a 5,000 won credit. Please reply if \
         any of this is not what we agreed."
    );
    assert_eq!(
        store
            .confirmation(id, Language::Ko, same_day, &seoul())
            .unwrap(),
        "오늘 14:05에 Jane(ID 4471) 상담원과 통화한 내용을 확인드립니다 (접수번호 ABC-123). \
         약속하신 내용: Refund 30,000 won (기한: 11월 30일). 이행되지 않으면: a 5,000 won \
         credit. 다른 점이 있으면 회신 부탁드립니다."
    );
    let next_day = same_day + chrono::Duration::days(1);
    assert!(store
        .confirmation(id, Language::En, next_day, &seoul())
        .unwrap()
        .starts_with("As discussed on 20 Nov at 14:05 with Jane (ID 4471)"));
    let logged = store.interaction(id).unwrap();
    assert_eq!((logged.duration_min, logged.hold_min), (Some(13), Some(3)));
}

#[test]
fn the_confirmation_of_a_call_with_little_noted_has_no_empty_parts() {
    let mut store = Store::open_in_memory().unwrap();
    let acme = company(&mut store, "Acme");
    let case = open_case(&mut store, acme.id, "Refund");
    let bare = store
        .log_call(case.id, &call("2026-11-20T14:05:00+09:00"), now())
        .unwrap();
    let later = now() + chrono::Duration::days(3);
    let en = store
        .confirmation(bare.id, Language::En, later, &seoul())
        .unwrap();
    assert_eq!(
        en,
        "As discussed on 20 Nov at 14:05. Please reply if any of this is not what we agreed."
    );
    let ko = store
        .confirmation(bare.id, Language::Ko, later, &seoul())
        .unwrap();
    assert_eq!(
        ko,
        "11월 20일 14:05에 통화한 내용을 확인드립니다. 다른 점이 있으면 회신 부탁드립니다."
    );
    for text in [en, ko] {
        assert!(!text.contains('{') && !text.contains(" by .") && !text.contains("()"));
    }
}

#[test]
fn what_the_user_typed_stays_their_text_in_the_confirmation() {
    let mut store = Store::open_in_memory().unwrap();
    let id = full_call(&mut store, "<script>alert(1)</script> {{due}} {when}");
    let text = store
        .confirmation(id, Language::En, now(), &seoul())
        .unwrap();
    assert!(
        text.contains("If it is not done: <script>alert(1)</script> {{due}} {when}."),
        "{text}"
    );
}

#[test]
fn a_call_in_progress_survives_a_reopened_store_and_goes_with_the_saved_call() {
    let dir = tempfile::tempdir().unwrap();
    let (case_id, body) = {
        let mut store = Store::open_in(dir.path()).unwrap();
        let acme = company(&mut store, "Acme");
        let case = open_case(&mut store, acme.id, "Refund");
        let body = serde_json::json!({
            "startedAt": "2026-11-20T05:05:00.000Z",
            "heldMs": 65000,
            "agentName": "Jane",
            "notes": "Said the refund was sent on the 12th",
        });
        store
            .save_draft(DraftForm::Call, case.id, &body, now())
            .unwrap();
        // Dropped without closing anything, as a killed app leaves it.
        std::mem::forget(store);
        (case.id, body)
    };
    let mut store = Store::open_in(dir.path()).unwrap();
    let kept = store.draft(DraftForm::Call, case_id).unwrap().unwrap();
    assert_eq!(kept.body, body);
    store
        .log_call(case_id, &call("2026-11-20 14:05"), now())
        .unwrap();
    assert_eq!(store.draft(DraftForm::Call, case_id).unwrap(), None);
}
