//! Every mistake can be fixed: records are edited (and the edit is noted), deleted to "Recently
//! deleted" with everything that hung from them, restored whole, and purged after 30 days.
mod common;
use casebook_core::*;
use chrono::{Duration, Utc};
use common::*;

/// Acme with a case holding a call (with a promise made in it), a follow-up and a fired reminder.
fn a_full_case(s: &mut Store) -> (Company, Case, Interaction) {
    let c = company(s, "Acme");
    let k = open_case(s, c.id, "Refund never came");
    let i = s
        .log_interaction(
            k.id,
            &InteractionInput {
                agent: AgentInput {
                    name: Some("Jane".into()),
                    code: Some("4471".into()),
                    department: None,
                },
                promise: Some(promise("Refund 30,000 won", "2026-11-18")),
                ..call("2026-11-17 10:00")
            },
            now(),
        )
        .unwrap();
    s.add_follow_up(
        k.id,
        &FollowUpInput {
            kind: FollowUpKind::FollowUp,
            note: "Call again".into(),
            due: "2026-11-19".into(),
        },
        now(),
    )
    .unwrap();
    let due = s.due_reminders(now(), &Utc).unwrap();
    assert_eq!(due.len(), 2, "the promise and the follow-up are overdue");
    s.mark_fired(&due, now()).unwrap();
    (c, k, i)
}

#[test]
fn a_promise_due_corrected_reminds_again_and_the_change_is_noted() {
    let mut s = store();
    let (_, k, _) = a_full_case(&mut s);
    let p = s.case_file(k.id).unwrap().promises[0].clone();
    let later = now() + Duration::days(1);
    let changed = s
        .update_promise(p.id, &promise("Refund 30,000 won", "2026-11-19"), later)
        .unwrap();
    assert_eq!(
        changed.due,
        Due::Date {
            date: day(2026, 11, 19)
        }
    );
    // Fired for the old due; the new one reminds afresh.
    let due = s.due_reminders(later, &Utc).unwrap();
    assert_eq!(
        due.iter().map(|r| r.kind).collect::<Vec<_>>(),
        vec![DueKind::Promise]
    );
    let edits = s.case_edits(k.id).unwrap();
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0].kind, RecordKind::Promise);
    assert_eq!(edits[0].field, "due");
    assert_eq!(edits[0].old_value["date"], "2026-11-18");
    assert_eq!(edits[0].new_value["date"], "2026-11-19");
    assert_eq!(edits[0].edited_at, later);
    // A bad correction is refused whole and changes nothing.
    assert_eq!(
        invalid(s.update_promise(p.id, &promise("Refund", "2199-13-01"), later)),
        ("promise_due", Rule::NotADate)
    );
    assert_eq!(s.promise(p.id).unwrap().due, changed.due);
}

#[test]
fn a_logged_contact_is_corrected_in_every_field() {
    let mut s = store();
    let (_, k, i) = a_full_case(&mut s);
    let fixed = s
        .update_interaction(
            i.id,
            &InteractionInput {
                channel: Channel::Chat,
                reference: Some("ABC-123".into()),
                notes: Some("Said approved".into()),
                agent: AgentInput {
                    name: Some("Janet".into()),
                    code: Some("4471".into()),
                    department: Some("Billing".into()),
                },
                ..call("2026-11-17 11:00")
            },
            now(),
        )
        .unwrap();
    assert_eq!(fixed.channel, Channel::Chat);
    assert_eq!(fixed.reference.as_deref(), Some("ABC-123"));
    assert_eq!(fixed.agent.as_ref().unwrap().name, "Janet");
    assert_eq!(
        s.case_file(k.id).unwrap().promises.len(),
        1,
        "its promise stays"
    );
    let fields: Vec<String> = s
        .case_edits(k.id)
        .unwrap()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        ["agent", "channel", "notes", "occurred_at", "reference"]
    );
}

#[test]
fn an_agent_is_renamed_and_two_agents_that_are_one_person_are_merged() {
    let mut s = store();
    let (c, k, i) = a_full_case(&mut s);
    let jane = i.agent.unwrap();
    let other = s
        .log_interaction(
            k.id,
            &InteractionInput {
                agent: AgentInput {
                    name: Some("jane d.".into()),
                    ..Default::default()
                },
                ..call("2026-11-18 09:00")
            },
            now(),
        )
        .unwrap()
        .agent
        .unwrap();
    assert_eq!(s.agents(c.id).unwrap().len(), 2);
    let renamed = s
        .rename_agent(
            jane.id,
            &AgentInput {
                name: Some("Jane Kim".into()),
                code: Some("4471".into()),
                department: None,
            },
        )
        .unwrap();
    assert_eq!(renamed.name, "Jane Kim");
    s.merge_agents(jane.id, other.id).unwrap();
    assert_eq!(s.agents(c.id).unwrap().len(), 1);
    let file = s.case_file(k.id).unwrap();
    assert!(file
        .interactions
        .iter()
        .all(|i| i.agent.as_ref().unwrap().name == "Jane Kim"));
    assert!(matches!(
        s.merge_agents(jane.id, jane.id),
        Err(Error::Conflict(_))
    ));
}

#[test]
fn a_deleted_case_goes_with_everything_in_it_and_comes_back_whole() {
    let mut s = store();
    let (c, k, _) = a_full_case(&mut s);
    let before = s.case_file(k.id).unwrap();
    let gone = s.delete_case(k.id, now()).unwrap();
    assert_eq!(
        (gone.kind, gone.label.as_str(), gone.company_name.as_str()),
        (RecordKind::Case, "Refund never came", "Acme")
    );
    assert_eq!(
        (
            gone.cases,
            gone.interactions,
            gone.promises,
            gone.follow_ups
        ),
        (0, 1, 1, 1)
    );
    assert_eq!(gone.purge_at, now() + Duration::days(30));
    assert!(matches!(s.case(k.id), Err(Error::NotFound { .. })));
    assert!(s.due_reminders(now(), &Utc).unwrap().is_empty());
    assert_eq!(s.company_cases(c.id).unwrap().len(), 0);
    assert_eq!(s.trash(now()).unwrap(), vec![gone.clone()]);

    let back = s.restore(gone.id).unwrap();
    assert_eq!(back.case_id, Some(k.id));
    let after = s.case_file(k.id).unwrap();
    assert_eq!(after.promises, before.promises);
    assert_eq!(after.interactions, before.interactions);
    assert_eq!(after.follow_ups, before.follow_ups);
    assert!(
        s.due_reminders(now(), &Utc).unwrap().is_empty(),
        "what had fired stays fired"
    );
    assert!(s.trash(now()).unwrap().is_empty());
}

#[test]
fn a_deleted_company_says_how_many_cases_went_and_restores_with_its_agents() {
    let mut s = store();
    let (c, k, _) = a_full_case(&mut s);
    open_case(&mut s, c.id, "Second problem");
    let gone = s.delete_company(c.id, now()).unwrap();
    assert_eq!((gone.cases, gone.interactions), (2, 1));
    assert!(s.companies().unwrap().is_empty());
    s.restore(gone.id).unwrap();
    assert_eq!(s.agents(c.id).unwrap().len(), 1);
    assert_eq!(s.case_file(k.id).unwrap().interactions.len(), 1);
}

#[test]
fn a_restored_record_whose_id_was_taken_gets_a_new_one() {
    let mut s = store();
    let (_, k, _) = a_full_case(&mut s);
    let p = s.case_file(k.id).unwrap().promises[0].clone();
    let gone = s.delete_promise(p.id, now()).unwrap();
    // The freed id goes to the next promise.
    let next = s
        .add_promise(k.id, &promise("Call back", "2026-11-30"), now())
        .unwrap();
    assert_eq!(next.id, p.id);
    let back = s.restore(gone.id).unwrap();
    assert_ne!(back.id, p.id);
    assert_eq!(s.promise(back.id).unwrap().description, "Refund 30,000 won");
    assert_eq!(s.promise(next.id).unwrap().description, "Call back");
}

#[test]
fn a_deleted_contact_takes_the_promise_made_in_it_and_a_case_in_the_trash_blocks_its_restore() {
    let mut s = store();
    let (_, k, i) = a_full_case(&mut s);
    let contact = s.delete_interaction(i.id, now()).unwrap();
    assert_eq!((contact.interactions, contact.promises), (0, 1));
    assert!(s.case_file(k.id).unwrap().promises.is_empty());
    let case = s.delete_case(k.id, now()).unwrap();
    assert!(matches!(
        s.restore(contact.id),
        Err(Error::NotFound { entity: "case", .. })
    ));
    s.restore(case.id).unwrap();
    s.restore(contact.id).unwrap();
    let file = s.case_file(k.id).unwrap();
    assert_eq!((file.interactions.len(), file.promises.len()), (1, 1));
}

#[test]
fn recently_deleted_is_kept_30_days_then_purged() {
    let mut s = store();
    let (_, k, _) = a_full_case(&mut s);
    let gone = s.delete_case(k.id, now()).unwrap();
    let day29 = now() + Duration::days(29);
    let day31 = now() + Duration::days(31);
    assert_eq!(s.trash(day29).unwrap().len(), 1);
    assert_eq!(s.purge_trash(day29).unwrap(), 0);
    assert!(
        s.trash(day31).unwrap().is_empty(),
        "past its time it is not listed"
    );
    assert_eq!(s.purge_trash(day31).unwrap(), 1);
    assert!(matches!(s.restore(gone.id), Err(Error::NotFound { .. })));
    // Emptying it by hand removes the rest at once.
    let c = company(&mut s, "Beta");
    s.delete_company(c.id, now()).unwrap();
    assert_eq!(s.empty_trash().unwrap(), 1);
}

#[test]
fn what_was_deleted_is_in_a_backup() {
    let mut s = store();
    let (_, k, _) = a_full_case(&mut s);
    s.delete_case(k.id, now()).unwrap();
    let text = serde_json::to_string(&s.export(now()).unwrap()).unwrap();
    let mut copy = store();
    copy.import(&text).unwrap();
    let listed = copy.trash(now()).unwrap();
    assert_eq!(listed.len(), 1);
    copy.restore(listed[0].id).unwrap();
    assert_eq!(copy.case(k.id).unwrap().title, "Refund never came");
}
