mod common;
use casebook_core::*;
use chrono::{Duration, FixedOffset, NaiveTime, TimeZone, Utc};
use chrono_tz::America::New_York;
use common::*;

/// Seoul: UTC+9, no daylight saving.
fn seoul() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

fn kst(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
    seoul()
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// A case at Acme with a promise due as given, made by Jane 4471 in a call with ref ABC-123.
fn promised(s: &mut Store, due: &str) -> (Case, Promise) {
    let c = company(s, "Acme Telecom");
    let k = open_case(s, c.id, "Refund");
    let mut i = call("2026-11-18T10:00:00+09:00");
    i.agent = AgentInput {
        name: Some("Jane".into()),
        code: Some("4471".into()),
        department: None,
    };
    i.reference = Some("ABC-123".into());
    i.promise = Some(promise("Refund", due));
    s.log_interaction(k.id, &i, now()).unwrap();
    let p = s.promises(k.id).unwrap().remove(0);
    (k, p)
}

#[test]
fn a_day_only_promise_fires_at_the_reminder_time_the_day_after() {
    let mut s = store();
    promised(&mut s, "2026-11-20");
    assert!(
        s.due_reminders(kst(2026, 11, 20, 23, 59), &seoul())
            .unwrap()
            .is_empty(),
        "the company has all of its day"
    );
    assert!(s
        .due_reminders(kst(2026, 11, 21, 8, 59), &seoul())
        .unwrap()
        .is_empty());
    let due = s.due_reminders(kst(2026, 11, 21, 9, 0), &seoul()).unwrap();
    assert_eq!(due.len(), 1);
    let r = &due[0];
    assert_eq!(r.fire_at, kst(2026, 11, 21, 9, 0));
    assert_eq!(
        (r.company_name.as_str(), r.text.as_str()),
        ("Acme Telecom", "Refund")
    );
    assert_eq!(
        (r.agent_name.as_deref(), r.agent_code.as_deref()),
        (Some("Jane"), Some("4471"))
    );
    assert_eq!(r.reference.as_deref(), Some("ABC-123"));
}

#[test]
fn the_reminder_time_is_a_setting() {
    let mut s = store();
    promised(&mut s, "2026-11-20");
    assert_eq!(
        s.reminder_time().unwrap(),
        NaiveTime::from_hms_opt(9, 0, 0).unwrap()
    );
    s.set_reminder_time("07:30").unwrap();
    assert_eq!(
        s.due_reminders(kst(2026, 11, 21, 7, 30), &seoul())
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        invalid(s.set_reminder_time("7 am")),
        ("reminder_time", Rule::NotADate)
    );
    assert_eq!(
        s.reminder_time().unwrap(),
        NaiveTime::from_hms_opt(7, 30, 0).unwrap()
    );
}

#[test]
fn a_timed_promise_fires_at_its_time() {
    let mut s = store();
    promised(&mut s, "2026-11-20T14:00:00+09:00");
    assert!(s
        .due_reminders(kst(2026, 11, 20, 13, 59), &seoul())
        .unwrap()
        .is_empty());
    assert_eq!(
        s.due_reminders(kst(2026, 11, 20, 14, 0), &seoul())
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        s.next_reminder_at(kst(2026, 11, 20, 10, 0), &seoul())
            .unwrap(),
        Some(kst(2026, 11, 20, 14, 0))
    );
}

#[test]
fn each_due_event_fires_once_even_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let at = kst(2026, 11, 21, 9, 5);
    {
        let mut s = Store::open_in(dir.path()).unwrap();
        promised(&mut s, "2026-11-20");
        let due = s.due_reminders(at, &seoul()).unwrap();
        assert_eq!(due.len(), 1);
        s.mark_fired(&due, at).unwrap();
        assert!(s.due_reminders(at, &seoul()).unwrap().is_empty());
    }
    let s = Store::open_in(dir.path()).unwrap();
    assert!(
        s.due_reminders(at + Duration::days(3), &seoul())
            .unwrap()
            .is_empty(),
        "a restart does not repeat it"
    );
    assert_eq!(
        s.next_reminder_at(at, &seoul()).unwrap(),
        None,
        "nothing left to wait for"
    );
}

#[test]
fn everything_missed_while_closed_is_caught_up_at_once() {
    let mut s = store();
    let (k, _) = promised(&mut s, "2026-11-10");
    s.add_promise(
        k.id,
        &promise("Callback", "2026-11-12T15:00:00+09:00"),
        now(),
    )
    .unwrap();
    s.add_follow_up(
        k.id,
        &FollowUpInput {
            kind: FollowUpKind::FollowUp,
            note: "Call again".into(),
            due: "2026-11-14".into(),
        },
        now(),
    )
    .unwrap();
    let due = s.due_reminders(kst(2026, 11, 20, 8, 0), &seoul()).unwrap();
    assert_eq!(
        due.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(),
        vec!["Refund", "Callback", "Call again"],
        "oldest first"
    );
}

#[test]
fn snoozing_fires_again_at_the_new_time() {
    let mut s = store();
    let (_, p) = promised(&mut s, "2026-11-20");
    let first = kst(2026, 11, 21, 9, 0);
    let due = s.due_reminders(first, &seoul()).unwrap();
    s.mark_fired(&due, first).unwrap();
    let later = first + Duration::hours(1);
    s.snooze(DueKind::Promise, p.id, later).unwrap();
    assert!(s
        .due_reminders(later - Duration::minutes(1), &seoul())
        .unwrap()
        .is_empty());
    assert_eq!(s.next_reminder_at(first, &seoul()).unwrap(), Some(later));
    let again = s.due_reminders(later, &seoul()).unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].fire_at, later);
    assert!(matches!(
        s.snooze(DueKind::Promise, 999, later),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn a_settled_promise_or_a_resolved_case_fires_nothing() {
    let mut s = store();
    let (k, p) = promised(&mut s, "2026-11-20");
    let at = kst(2026, 11, 22, 9, 0);
    for status in [
        PromiseStatus::Kept,
        PromiseStatus::Broken,
        PromiseStatus::Withdrawn,
    ] {
        s.set_promise_status(p.id, status, now()).unwrap();
        assert!(
            s.due_reminders(at, &seoul()).unwrap().is_empty(),
            "{status:?} stops it"
        );
    }
    s.set_promise_status(p.id, PromiseStatus::Pending, now())
        .unwrap();
    s.resolve_case(k.id, Outcome::GotIt, None, None, now())
        .unwrap();
    assert!(s.due_reminders(at, &seoul()).unwrap().is_empty());
    assert_eq!(
        s.next_reminder_at(kst(2026, 11, 20, 0, 0), &seoul())
            .unwrap(),
        None
    );
}

#[test]
fn reopening_a_case_brings_its_reminders_back() {
    let mut s = store();
    let (k, _) = promised(&mut s, "2026-11-20");
    let at = kst(2026, 11, 21, 9, 0);
    let due = s.due_reminders(at, &seoul()).unwrap();
    s.mark_fired(&due, at).unwrap();
    s.resolve_case(k.id, Outcome::GaveUp, None, None, now())
        .unwrap();
    s.reopen_case(k.id, now()).unwrap();
    assert_eq!(
        s.due_reminders(at + Duration::minutes(1), &seoul())
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_deadline_gives_a_heads_up_the_day_before() {
    let mut s = store();
    let c = company(&mut s, "Shop");
    let k = open_case(&mut s, c.id, "Kettle");
    s.add_follow_up(
        k.id,
        &FollowUpInput {
            kind: FollowUpKind::Deadline,
            note: "Return window closes".into(),
            due: "2026-12-01".into(),
        },
        now(),
    )
    .unwrap();
    assert!(s
        .due_reminders(kst(2026, 11, 30, 8, 59), &seoul())
        .unwrap()
        .is_empty());
    let due = s.due_reminders(kst(2026, 11, 30, 9, 0), &seoul()).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].kind, DueKind::Deadline);
}

#[test]
fn the_reminder_time_follows_the_wall_clock_across_a_daylight_saving_change() {
    let mut s = store();
    // Clocks in New York go forward at 02:00 on 8 March 2026.
    promised(&mut s, "2026-03-07");
    let nine_edt = Utc.with_ymd_and_hms(2026, 3, 8, 13, 0, 0).unwrap();
    assert!(s
        .due_reminders(nine_edt - Duration::seconds(1), &New_York)
        .unwrap()
        .is_empty());
    assert_eq!(
        s.due_reminders(nine_edt, &New_York).unwrap()[0].fire_at,
        nine_edt,
        "09:00 local, not 09:00 of the old offset"
    );

    // A reminder time the change skips (02:30 does not exist that day) fires an hour later.
    s.set_reminder_time("02:30").unwrap();
    let three_thirty_edt = Utc.with_ymd_and_hms(2026, 3, 8, 7, 30, 0).unwrap();
    assert_eq!(
        s.next_reminder_at(
            Utc.with_ymd_and_hms(2026, 3, 8, 0, 0, 0).unwrap(),
            &New_York
        )
        .unwrap(),
        Some(three_thirty_edt)
    );
}

#[test]
fn a_clock_set_back_does_not_repeat_what_fired() {
    let mut s = store();
    promised(&mut s, "2026-11-20");
    let fired_at = kst(2026, 11, 21, 9, 0);
    let due = s.due_reminders(fired_at, &seoul()).unwrap();
    s.mark_fired(&due, fired_at).unwrap();
    // The clock goes back two days, then forward past the due time again.
    let back = kst(2026, 11, 19, 12, 0);
    assert!(s.due_reminders(back, &seoul()).unwrap().is_empty());
    assert_eq!(
        s.next_reminder_at(back, &seoul()).unwrap(),
        None,
        "no wake-up for what already fired"
    );
    assert!(s
        .due_reminders(fired_at + Duration::hours(1), &seoul())
        .unwrap()
        .is_empty());
}

#[test]
fn changing_the_due_date_makes_a_new_event() {
    let mut s = store();
    let (k, p) = promised(&mut s, "2026-11-20");
    let at = kst(2026, 11, 21, 9, 0);
    let due = s.due_reminders(at, &seoul()).unwrap();
    s.mark_fired(&due, at).unwrap();
    s.set_promise_status(p.id, PromiseStatus::Broken, now())
        .unwrap();
    // The company promises again, for later.
    s.add_promise(k.id, &promise("Refund, second try", "2026-11-25"), now())
        .unwrap();
    assert_eq!(
        s.next_reminder_at(at, &seoul()).unwrap(),
        Some(kst(2026, 11, 26, 9, 0))
    );
}

#[test]
fn snoozing_reads_the_choice_in_the_users_zone() {
    let mut s = store();
    s.set_zone(seoul());
    s.set_reminder_time("08:30").unwrap();
    let now = kst(2026, 11, 30, 23, 10) + chrono::Duration::seconds(42);
    let time = |until: SnoozeUntil| s.snooze_time(&until, now);
    assert_eq!(time(SnoozeUntil::Hour).unwrap(), kst(2026, 12, 1, 0, 10));
    // Tomorrow is the user's tomorrow: in Seoul it is already 30 November at 23:10.
    assert_eq!(
        time(SnoozeUntil::Tomorrow).unwrap(),
        kst(2026, 12, 1, 8, 30)
    );
    let typed = |text: &str| SnoozeUntil::Typed { text: text.into() };
    assert_eq!(time(typed("2026-12-03")).unwrap(), kst(2026, 12, 3, 8, 30));
    assert_eq!(
        time(typed(" 2026-12-03 17:45 ")).unwrap(),
        kst(2026, 12, 3, 17, 45)
    );
    assert_eq!(
        invalid(time(typed("2026-11-30 23:00"))),
        ("until", Rule::Past)
    );
    assert_eq!(invalid(time(typed("next week"))), ("until", Rule::NotADate));
    assert_eq!(invalid(time(typed(""))), ("until", Rule::Empty));
}

#[test]
fn snoozing_an_item_moves_its_reminder_and_says_when() {
    let mut s = store();
    s.set_zone(seoul());
    let (_, p) = promised(&mut s, "2026-11-20");
    let now = kst(2026, 11, 25, 10, 0);
    let until = SnoozeUntil::Typed {
        text: "2026-11-26 14:00".into(),
    };
    let at = s.snooze_until(DueKind::Promise, p.id, &until, now).unwrap();
    assert_eq!(at, kst(2026, 11, 26, 14, 0));
    assert!(s
        .due_reminders(kst(2026, 11, 26, 13, 59), &seoul())
        .unwrap()
        .is_empty());
    assert_eq!(
        s.due_reminders(kst(2026, 11, 26, 14, 0), &seoul()).unwrap()[0].item_id,
        p.id
    );
    let gone = s.snooze_until(DueKind::Promise, 999, &until, now);
    assert!(matches!(gone, Err(Error::NotFound { .. })));
}

/// A UK bank case whose first contact was on 12 January 2026: the Financial Ombudsman's
/// 8 weeks end on 9 March (worked out by hand in `clocks.rs`).
fn uk_bank_case(s: &mut Store) -> Case {
    s.set_zone(Utc);
    let bank = company(s, "Beta Bank");
    let mut input = case_input(bank.id, "Charge");
    input.opened_on = Some("2026-01-10".into());
    let case = s.open_case(&input, now()).unwrap();
    s.log_interaction(case.id, &call("2026-01-12 10:00"), now())
        .unwrap();
    s.set_case_jurisdiction(case.id, Some("GB"), Some(clocks::Sector::Financial), now())
        .unwrap();
    case
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// What fired, as (rule, ahead, day).
fn clock_alerts(due: &[Reminder]) -> Vec<(String, bool, String)> {
    due.iter()
        .map(|r| {
            let alert = r.clock.as_ref().expect("a time limit's reminder");
            let Due::Date { date } = r.due else {
                panic!("a time limit falls on a day")
            };
            (alert.rule_id.clone(), alert.ahead, date.to_string())
        })
        .collect()
}

#[test]
fn a_time_limit_warns_three_days_before_and_on_its_day() {
    let mut s = store();
    let case = uk_bank_case(&mut s);
    assert_eq!(
        s.next_reminder_at(utc(2026, 3, 1, 0, 0), &Utc).unwrap(),
        Some(utc(2026, 3, 6, 9, 0)),
        "the heads-up comes {CLOCK_HEADS_UP_DAYS} days before 9 March, at the reminder time"
    );
    assert!(s
        .due_reminders(utc(2026, 3, 6, 8, 59), &Utc)
        .unwrap()
        .is_empty());
    let ahead = s.due_reminders(utc(2026, 3, 6, 9, 0), &Utc).unwrap();
    assert_eq!(
        clock_alerts(&ahead),
        [("UK-FOS-8W".into(), true, "2026-03-09".into())]
    );
    assert_eq!(
        (ahead[0].case_id, ahead[0].company_name.as_str()),
        (case.id, "Beta Bank")
    );
    assert!(ahead[0]
        .text
        .starts_with("If no final response after 8 weeks"));
    s.mark_fired(&ahead, utc(2026, 3, 6, 9, 0)).unwrap();
    assert!(s
        .due_reminders(utc(2026, 3, 8, 12, 0), &Utc)
        .unwrap()
        .is_empty());
    assert_eq!(
        s.next_reminder_at(utc(2026, 3, 6, 9, 0), &Utc).unwrap(),
        Some(utc(2026, 3, 9, 9, 0))
    );
    let on_day = s.due_reminders(utc(2026, 3, 9, 9, 0), &Utc).unwrap();
    assert_eq!(
        clock_alerts(&on_day),
        [("UK-FOS-8W".into(), false, "2026-03-09".into())]
    );
    s.mark_fired(&on_day, utc(2026, 3, 9, 9, 0)).unwrap();
    assert!(s
        .due_reminders(utc(2026, 3, 9, 20, 0), &Utc)
        .unwrap()
        .is_empty());
    assert_eq!(
        s.next_reminder_at(utc(2026, 3, 9, 9, 0), &Utc).unwrap(),
        None
    );
}

#[test]
fn a_time_limit_missed_while_closed_says_it_once_and_a_passed_one_stays_quiet() {
    let mut s = store();
    uk_bank_case(&mut s);
    // Off from 1 to 9 March: the day's reminder alone, the heads-up never after it.
    let due = s.due_reminders(utc(2026, 3, 9, 15, 0), &Utc).unwrap();
    assert_eq!(
        clock_alerts(&due),
        [("UK-FOS-8W".into(), false, "2026-03-09".into())]
    );
    // Back a day late: a limit whose day has passed is shown on the case, not notified.
    assert!(s
        .due_reminders(utc(2026, 3, 10, 9, 0), &Utc)
        .unwrap()
        .is_empty());
}

#[test]
fn a_time_limit_that_moves_warns_again_and_a_resolved_case_is_quiet() {
    let mut s = store();
    let case = uk_bank_case(&mut s);
    let fired = s.due_reminders(utc(2026, 3, 6, 9, 0), &Utc).unwrap();
    s.mark_fired(&fired, utc(2026, 3, 6, 9, 0)).unwrap();
    // A final response on 1 March starts the six months to go to the ombudsman: 1 September.
    s.set_case_date(
        case.id,
        clocks::StartEvent::FinalResponse,
        Some("2026-03-01"),
        now(),
    )
    .unwrap();
    let due = s.due_reminders(utc(2026, 8, 29, 9, 0), &Utc).unwrap();
    assert_eq!(
        clock_alerts(&due),
        [("UK-FOS-6M".into(), true, "2026-09-01".into())]
    );
    s.resolve_case(case.id, Outcome::GotIt, None, None, now())
        .unwrap();
    assert!(s
        .due_reminders(utc(2026, 8, 29, 9, 0), &Utc)
        .unwrap()
        .is_empty());
    assert_eq!(
        s.next_reminder_at(utc(2026, 3, 1, 0, 0), &Utc).unwrap(),
        None
    );
}

#[test]
fn my_own_promise_gives_a_heads_up_the_day_before_then_says_it_is_late() {
    let mut s = store();
    let client = company(&mut s, "Client Co");
    let k = open_case(&mut s, client.id, "Invoice dispute");
    let mut i = call("2026-11-18T10:00:00+09:00");
    i.agent = AgentInput {
        name: Some("Jane".into()),
        code: None,
        department: None,
    };
    i.promise = Some(PromiseInput {
        made_by: Some(PromiseSide::Me),
        ..promise("Send the corrected invoice", "2026-11-20")
    });
    s.log_interaction(k.id, &i, now()).unwrap();
    let p = s.promises(k.id).unwrap().remove(0);
    assert_eq!(p.made_by, PromiseSide::Me);
    assert_eq!(
        p.agent, None,
        "the agent on the line did not make the user's promise"
    );

    assert_eq!(
        s.next_reminder_at(kst(2026, 11, 18, 12, 0), &seoul())
            .unwrap(),
        Some(kst(2026, 11, 19, 9, 0)),
        "a heads-up at the reminder time the day before"
    );
    let ahead = s.due_reminders(kst(2026, 11, 19, 9, 0), &seoul()).unwrap();
    assert_eq!(ahead.len(), 1);
    assert!(ahead[0].mine && ahead[0].ahead);
    s.mark_fired(&ahead, kst(2026, 11, 19, 9, 0)).unwrap();
    assert!(s
        .due_reminders(kst(2026, 11, 20, 23, 0), &seoul())
        .unwrap()
        .is_empty());
    let late = s.due_reminders(kst(2026, 11, 21, 9, 0), &seoul()).unwrap();
    assert_eq!(late.len(), 1);
    assert!(late[0].mine && !late[0].ahead);

    // Back after both came due: only that it is late.
    let mut t = store();
    let client = company(&mut t, "Client Co");
    let k = open_case(&mut t, client.id, "Invoice dispute");
    let mut i = call("2026-11-18T10:00:00+09:00");
    i.promise = Some(PromiseInput {
        made_by: Some(PromiseSide::Me),
        ..promise("Ship the replacement", "2026-11-20 17:00")
    });
    t.log_interaction(k.id, &i, now()).unwrap();
    let due = t.due_reminders(kst(2026, 11, 22, 9, 0), &seoul()).unwrap();
    assert_eq!(due.len(), 1);
    assert!(!due[0].ahead);
    // And a company's promise has no heads-up.
    let (_, theirs) = promised(&mut t, "2026-11-25");
    assert_eq!(theirs.made_by, PromiseSide::Them);
    assert!(t
        .due_reminders(kst(2026, 11, 24, 9, 0), &seoul())
        .unwrap()
        .iter()
        .all(|r| r.item_id != theirs.id));
}
