//! One timeline for a case, told the same way by the window and the command line.
mod common;
use casebook_core::*;
use common::*;

#[test]
fn contacts_then_their_promises_then_follow_ups_in_time_order() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let k = open_case(&mut s, c.id, "Refund");
    // Logged out of order: the later call first.
    let mut later = call("2026-11-18T10:00:00Z");
    later.promise = Some(promise("Refund by Friday", "2026-11-20"));
    let later = s
        .log_interaction(k.id, &later, at(2026, 11, 19, 9))
        .unwrap();
    let earlier = s
        .log_interaction(k.id, &call("2026-11-10T10:00:00Z"), at(2026, 11, 19, 9))
        .unwrap();
    // A promise from a letter, recorded on the 15th, outside any logged contact.
    let letter = s
        .add_promise(
            k.id,
            &promise("Written apology", "2026-11-30"),
            at(2026, 11, 15, 9),
        )
        .unwrap();
    let follow_up = s
        .add_follow_up(
            k.id,
            &FollowUpInput {
                kind: FollowUpKind::FollowUp,
                note: "Call again".into(),
                due: "2026-11-25".into(),
            },
            at(2026, 11, 18, 10),
        )
        .unwrap();

    let file = s.case_file(k.id).unwrap();
    let made_in_call = file
        .promises
        .iter()
        .find(|p| p.interaction_id == Some(later.id))
        .unwrap();
    let order: Vec<(TimelineKind, i64)> = file.timeline.iter().map(|e| (e.kind, e.id)).collect();
    assert_eq!(
        order,
        vec![
            (TimelineKind::Interaction, earlier.id),
            (TimelineKind::Promise, letter.id),
            (TimelineKind::Interaction, later.id),
            // Made in the call of the 18th at 10:00, so it sits right after it, before the
            // follow-up set at the same minute.
            (TimelineKind::Promise, made_in_call.id),
            (TimelineKind::FollowUp, follow_up.id),
        ]
    );
    assert_eq!(
        file.timeline,
        file.timeline(),
        "the stored order is the method's"
    );
}

/// A case with `n` calls a day apart from 1 November, each promising something.
fn case_with_calls(s: &mut Store, n: u32) -> (Case, Vec<Interaction>) {
    let c = company(s, "Acme");
    let k = open_case(s, c.id, "Internet down");
    let calls = (0..n)
        .map(|d| {
            let mut input = call(&format!("2026-11-{:02}T10:00:00Z", d + 1));
            input.promise = Some(promise(&format!("Fix {}", d + 1), "2026-12-31"));
            s.log_interaction(k.id, &input, at(2026, 11, 20, 9))
                .unwrap()
        })
        .collect();
    (k, calls)
}

#[test]
fn the_case_screen_is_sent_a_page_of_the_timeline_in_the_order_asked() {
    let mut s = store();
    let (k, calls) = case_with_calls(&mut s, 10);
    let whole = s.case_file(k.id).unwrap();
    assert_eq!((whole.timeline.len(), whole.timeline_total), (20, 20));

    let page = |shown, newest_first, reach_contact| TimelinePage {
        from: 0,
        shown,
        newest_first,
        reach_contact,
    };
    let oldest = s.case_file_page(k.id, &page(3, false, None)).unwrap();
    assert_eq!(oldest.timeline, whole.timeline[..3]);
    assert_eq!(oldest.timeline_total, 20);
    // Only the contacts the page tells are sent; the promises all come, for the case's counts.
    let sent: Vec<i64> = oldest.interactions.iter().map(|i| i.id).collect();
    assert_eq!(sent, vec![calls[0].id, calls[1].id]);
    assert_eq!(oldest.promises.len(), 10);

    let newest = s.case_file_page(k.id, &page(3, true, None)).unwrap();
    let told: Vec<(TimelineKind, i64)> = newest.timeline.iter().map(|e| (e.kind, e.id)).collect();
    assert_eq!(
        told,
        vec![
            (TimelineKind::Promise, whole.timeline[19].id),
            (TimelineKind::Interaction, calls[9].id),
            (TimelineKind::Promise, whole.timeline[17].id),
        ]
    );
    assert_eq!(newest.interactions.len(), 1);

    // A contact just logged at the far end: the page grows to hold it.
    let reached = s
        .case_file_page(k.id, &page(3, false, Some(calls[7].id)))
        .unwrap();
    assert_eq!(reached.timeline.len(), 15);
    assert_eq!(reached.interactions.last().unwrap().id, calls[7].id);
    // The next page goes on where the first ended, in the order asked for.
    let next = s
        .case_file_page(
            k.id,
            &TimelinePage {
                from: 3,
                ..page(3, true, None)
            },
        )
        .unwrap();
    assert_eq!(
        next.timeline,
        whole.timeline[14..17]
            .iter()
            .rev()
            .copied()
            .collect::<Vec<_>>()
    );
    let sent: Vec<i64> = next.interactions.iter().map(|i| i.id).collect();
    assert_eq!(sent, vec![calls[7].id, calls[8].id]);
    // A page longer than the timeline is the whole of it.
    assert_eq!(
        s.case_file_page(k.id, &page(50, false, None)).unwrap(),
        whole
    );
    assert!(matches!(
        s.case_file_page(999, &page(50, false, None)),
        Err(Error::NotFound { .. })
    ));
}
