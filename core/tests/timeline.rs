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
