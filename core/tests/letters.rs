//! Letters written from a case, in both languages, every part filled and the user's text kept
//! as written.
mod common;
use casebook_core::letters::{Letter, LetterKind};
use casebook_core::*;
use chrono::FixedOffset;
use common::*;

const HOSTILE: &str = "<script>alert(1)</script> {{ company }} {% if x %}";

fn seoul() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

/// A case with a description, an identifier, two contacts and a broken promise.
fn case_with_history(store: &mut Store, notes: &str) -> i64 {
    store.set_zone(seoul());
    let acme = company(store, "Acme Telecom");
    let mut input = case_input(acme.id, "Refund never came");
    input.description = Some("Charged twice for October".into());
    input.desired_outcome = Some("Refund 30,000 won to my card".into());
    input.amount = Some("30000".into());
    input.currency = Some("KRW".into());
    input.identifiers = vec![Identifier {
        label: "Account".into(),
        value: "1234-5678".into(),
    }];
    input.opened_on = Some("2026-11-02".into());
    let case = store.open_case(&input, now()).unwrap();
    let mut first = call("2026-11-05 10:00");
    first.agent.name = Some("Jane".into());
    first.agent.code = Some("4471".into());
    first.reference = Some("ABC-123".into());
    first.notes = Some(notes.into());
    first.promise = Some(promise("Refund 30,000 won", "2026-11-10"));
    store.log_interaction(case.id, &first, now()).unwrap();
    let p = store.case_file(case.id).unwrap().promises[0].id;
    store
        .set_promise_status(p, PromiseStatus::Broken, now())
        .unwrap();
    store
        .log_interaction(case.id, &call("2026-11-12 15:30"), now())
        .unwrap();
    case.id
}

fn write(store: &Store, id: i64, kind: LetterKind, lang: Language) -> Letter {
    store.letter(id, kind, lang, now(), &seoul()).unwrap()
}

#[test]
fn every_letter_in_both_languages_has_every_part_filled() {
    let mut store = Store::open_in_memory().unwrap();
    let id = case_with_history(&mut store, "Said the refund was sent");
    for kind in LetterKind::ALL {
        for lang in [Language::En, Language::Ko] {
            let letter = write(&store, id, *kind, lang);
            let all = format!("{}\n{}", letter.subject, letter.body);
            assert!(!letter.subject.is_empty(), "{kind:?} {lang:?}");
            for gap in ["{{", "{%", "by .", "due ,", "()", "None", "none", " ,"] {
                assert!(!all.contains(gap), "{kind:?} {lang:?} has {gap:?}:\n{all}");
            }
            assert!(all.contains("Refund never came"), "{kind:?} {lang:?}");
        }
    }
    let complaint = write(&store, id, LetterKind::Complaint, Language::En);
    assert_eq!(complaint.subject, "Formal complaint: Refund never came");
    assert_eq!(
        complaint.body,
        "To the complaints team at Acme Telecom,\n\
         \n\
         I am making a formal complaint about: Refund never came.\n\
         \n\
         Charged twice for October\n\
         \n\
         My details:\n\
         - Account: 1234-5678\n\
         \n\
         I have been in touch 2 times since 5 Nov 2026:\n\
         - 5 Nov 2026, Phone, Jane (ID 4471), reference ABC-123: Said the refund was sent\n\
         - 12 Nov 2026, Phone: Called\n\
         \n\
         These promises were not kept:\n\
         - Refund 30,000 won, due 10 Nov\n\
         \n\
         What I want: Refund 30,000 won to my card (30000 KRW).\n\
         \n\
         Please send me your final response in writing. If this is not resolved, I will take it \
         further.\n\
         \n\
         20 Nov 2026\n"
    );
    let ko = write(&store, id, LetterKind::Escalate, Language::Ko);
    assert_eq!(ko.subject, "상급자 이관 요청: Refund never came");
    assert!(ko
        .body
        .contains("이 문제를 2번 문의했지만 아직 해결되지 않았습니다."));
    assert!(ko
        .body
        .contains("- Refund 30,000 won (기한 11월 10일), Jane"));
    assert!(ko
        .body
        .contains("마지막으로 받은 접수번호는 ABC-123입니다."));
    assert!(ko.body.ends_with("2026년 11월 20일\n"));
    let referral = write(&store, id, LetterKind::Referral, Language::En);
    assert!(referral.body.contains("Where it stands: Agent\n"));
    assert!(referral
        .body
        .contains("- Refund 30,000 won, due 10 Nov: Broken\n"));
    let confirmation = write(&store, id, LetterKind::Confirmation, Language::En);
    assert_eq!(confirmation.subject, "As discussed: Refund never came");
    assert!(confirmation
        .body
        .starts_with("As discussed on 12 Nov at 15:30."));
}

#[test]
fn a_case_with_little_in_it_leaves_out_what_it_does_not_have() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_zone(seoul());
    let acme = company(&mut store, "Acme");
    let case = open_case(&mut store, acme.id, "Router never arrived");
    let letter = write(&store, case.id, LetterKind::Complaint, Language::En);
    assert!(!letter.body.contains("My details"));
    assert!(!letter.body.contains("in touch"));
    assert!(letter
        .body
        .contains("What I want: this problem put right.\n"));
    let e = store
        .letter(
            case.id,
            LetterKind::Confirmation,
            Language::Ko,
            now(),
            &seoul(),
        )
        .unwrap_err();
    assert_eq!(
        e.message(Language::Ko),
        "처리할 수 없습니다: 이 사건에는 아직 확인할 연락이 없습니다."
    );
}

#[test]
fn what_the_user_typed_stays_their_text() {
    let mut store = Store::open_in_memory().unwrap();
    let id = case_with_history(&mut store, HOSTILE);
    for lang in [Language::En, Language::Ko] {
        let letter = write(&store, id, LetterKind::Referral, lang);
        assert!(letter.body.contains(HOSTILE), "{}", letter.body);
    }
}

#[test]
fn the_users_own_template_is_used_and_a_mistake_in_it_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let id = case_with_history(&mut store, "Said the refund was sent");
    let own = dir.path().join("templates").join("en");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::write(
        own.join("complaint.txt"),
        "Complaint to {{ company }}\nDear {{ company }}, about {{ case.title }}.\n",
    )
    .unwrap();
    let letter = write(&store, id, LetterKind::Complaint, Language::En);
    assert_eq!(letter.subject, "Complaint to Acme Telecom");
    assert_eq!(letter.body, "Dear Acme Telecom, about Refund never came.\n");
    assert_eq!(
        letter.template.as_deref(),
        Some(own.join("complaint.txt").to_str().unwrap())
    );
    // Korean still uses Casebook's own.
    assert!(write(&store, id, LetterKind::Complaint, Language::Ko)
        .template
        .is_none());
    std::fs::write(own.join("complaint.txt"), "Hi {{ nobody }}\n").unwrap();
    let e = store
        .letter(id, LetterKind::Complaint, Language::En, now(), &seoul())
        .unwrap_err();
    assert!(
        e.message(Language::En).starts_with(&format!(
            "That could not be done: the template {} has a mistake:",
            own.join("complaint.txt").display()
        )),
        "{}",
        e.message(Language::En)
    );
}
