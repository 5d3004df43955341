mod common;
use casebook_core::*;
use common::*;

#[test]
fn a_promise_can_be_recorded_on_its_own_with_a_time() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Technician");
    let p = s
        .add_promise(
            k.id,
            &promise("Technician visit", "2026-11-25T14:00:00+09:00"),
            now(),
        )
        .unwrap();
    assert_eq!(
        p.due,
        Due::At {
            at: at(2026, 11, 25, 5)
        }
    );
    assert_eq!(p.interaction_id, None);
    assert_eq!(p.agent, None);
}

#[test]
fn marking_a_promise_records_when_and_pending_undoes_it() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    let p = s
        .add_promise(k.id, &promise("Refund", "2026-11-20"), now())
        .unwrap();
    for status in [
        PromiseStatus::Kept,
        PromiseStatus::Broken,
        PromiseStatus::Withdrawn,
    ] {
        let marked = s
            .set_promise_status(p.id, status, at(2026, 11, 21, 9))
            .unwrap();
        assert_eq!(marked.status, status);
        assert_eq!(marked.status_at, Some(at(2026, 11, 21, 9)));
    }
    let undone = s
        .set_promise_status(p.id, PromiseStatus::Pending, now())
        .unwrap();
    assert_eq!(
        (undone.status, undone.status_at),
        (PromiseStatus::Pending, None)
    );
}

#[test]
fn marking_a_missing_promise_says_so() {
    let mut s = store();
    assert!(matches!(
        s.set_promise_status(8, PromiseStatus::Kept, now()),
        Err(Error::NotFound {
            entity: "promise",
            id: 8
        })
    ));
}

#[test]
fn follow_ups_and_deadlines_are_kept_in_due_order_and_can_be_done() {
    let mut s = store();
    let c = company(&mut s, "Shop");
    let k = open_case(&mut s, c.id, "Broken kettle");
    let deadline = s
        .add_follow_up(
            k.id,
            &FollowUpInput {
                kind: FollowUpKind::Deadline,
                note: "Return window closes".into(),
                due: "2026-12-01".into(),
            },
            now(),
        )
        .unwrap();
    let call_back = s
        .add_follow_up(
            k.id,
            &FollowUpInput {
                kind: FollowUpKind::FollowUp,
                note: "Call again if nothing happened".into(),
                due: "2026-11-23T09:00:00+09:00".into(),
            },
            now(),
        )
        .unwrap();
    let ids: Vec<_> = s.follow_ups(k.id).unwrap().iter().map(|f| f.id).collect();
    assert_eq!(ids, vec![call_back.id, deadline.id]);

    let done = s.set_follow_up_done(call_back.id, true, now()).unwrap();
    assert_eq!(done.done_at, Some(now()));
    let undone = s.set_follow_up_done(call_back.id, false, now()).unwrap();
    assert_eq!(undone.done_at, None);
}

#[test]
fn a_follow_up_needs_a_note_and_a_real_date() {
    let mut s = store();
    let c = company(&mut s, "Shop");
    let k = open_case(&mut s, c.id, "Kettle");
    let input = |note: &str, due: &str| FollowUpInput {
        kind: FollowUpKind::FollowUp,
        note: note.into(),
        due: due.into(),
    };
    assert_eq!(
        invalid(s.add_follow_up(k.id, &input(" ", "2026-11-30"), now())),
        ("follow_up_note", Rule::Empty)
    );
    assert_eq!(
        invalid(s.add_follow_up(k.id, &input("Call", "Monday"), now())),
        ("follow_up_due", Rule::NotADate)
    );
    assert!(s.follow_ups(k.id).unwrap().is_empty());
}

#[test]
fn settings_keep_the_chosen_language_and_refuse_others() {
    let mut s = store();
    assert_eq!(
        s.settings().unwrap().language,
        None,
        "follows the system at first"
    );
    assert_eq!(
        s.set_language(Some("ko")).unwrap().language.as_deref(),
        Some("ko")
    );
    assert_eq!(
        invalid(s.set_language(Some("fr"))),
        ("language", Rule::NotAllowed)
    );
    assert_eq!(s.settings().unwrap().language.as_deref(), Some("ko"));
    assert_eq!(s.set_language(None).unwrap().language, None);
}

#[test]
fn every_pending_promise_is_listed_however_many_and_however_far_ahead() {
    let mut s = store();
    let acme = company(&mut s, "Acme");
    let beta = company(&mut s, "Beta");
    let k = open_case(&mut s, acme.id, "Refund");
    let other = open_case(&mut s, beta.id, "Outage");
    // 250 overdue (past the home screen's 200) and one due in three months.
    for n in 0..250 {
        s.add_promise(
            k.id,
            &promise(&format!("Call back {n}"), "2026-11-01"),
            now(),
        )
        .unwrap();
    }
    s.add_promise(k.id, &promise("Refund", "2027-02-20"), now())
        .unwrap();
    s.add_promise(
        other.id,
        &promise("Technician", "2026-11-20T09:00:00Z"),
        now(),
    )
    .unwrap();
    let kept = s
        .add_promise(other.id, &promise("Credit", "2026-11-02"), now())
        .unwrap();
    s.set_promise_status(kept.id, PromiseStatus::Kept, now())
        .unwrap();

    let all = s
        .pending_promises(&PendingFilter::default(), now(), &chrono::Utc)
        .unwrap();
    assert_eq!(all.len(), 252);
    assert_eq!(all.last().unwrap().promise.text, "Refund", "due order");
    assert!(!all.last().unwrap().overdue);

    let overdue = PendingFilter {
        overdue_only: true,
        ..Default::default()
    };
    let list = s.pending_promises(&overdue, now(), &chrono::Utc).unwrap();
    assert_eq!(
        list.len(),
        251,
        "the 250 by day and the technician at 09:00 today"
    );

    let beta_only = PendingFilter {
        company_id: Some(beta.id),
        ..Default::default()
    };
    let list = s.pending_promises(&beta_only, now(), &chrono::Utc).unwrap();
    assert_eq!(
        list.iter()
            .map(|p| p.promise.text.as_str())
            .collect::<Vec<_>>(),
        vec!["Technician"]
    );

    let before = PendingFilter {
        due_before: Some(day(2027, 1, 1)),
        ..Default::default()
    };
    assert_eq!(
        s.pending_promises(&before, now(), &chrono::Utc)
            .unwrap()
            .len(),
        251
    );
}
