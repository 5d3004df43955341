//! Whatever is typed into any field, the store either keeps it and gives it back exactly, or
//! refuses it with a field error: never a storage error, never a panic, and everything still
//! lists afterwards.
mod common;
use casebook_core::*;
use common::*;
use proptest::prelude::*;

/// Text a person might paste: anything, including control characters and stray surrogates'
/// replacements, plus white space at the ends.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ \t\u{3000}\u{feff}]{0,2}[a-zA-Z가-힣0-9 ]{0,20}[ \u{85}\u{a0}]{0,2}",
        "\\PC{190,210}",
    ]
}

/// Text shaped like a date or a date and time, in and out of range.
fn date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[+-]?[0-9]{1,6}-[0-9]{1,2}-[0-9]{1,2}",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2})?",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})",
        any::<String>(),
    ]
}

fn amount_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[-+]?[0-9,._]{0,25}",
        "[0-9]{1,20}(\\.[0-9]{0,4})?",
        any::<String>()
    ]
}

/// The store still shows everything it holds.
fn lists_everything(s: &Store, case_id: i64) {
    s.companies().expect("companies list");
    s.case_file(case_id).expect("the case file reads");
    s.all_cases(true).expect("cases list");
    s.home(now(), day(2026, 11, 20)).expect("home reads");
}

fn refused_for_a_field<T: std::fmt::Debug>(r: &Result<T>) -> bool {
    matches!(r, Err(Error::Invalid(problems)) if !problems.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_company_name_and_notes(name in any_text(), notes in any_text()) {
        let mut s = store();
        let input = CompanyInput { name: name.clone(), notes: Some(notes.clone()), ..Default::default() };
        match s.create_company(&input, now()) {
            Ok(c) => {
                prop_assert_eq!(&s.company(c.id).unwrap().name, &c.name);
                prop_assert_eq!(c.name.as_str(), name.trim());
                if let Some(kept) = &c.notes {
                    prop_assert_eq!(kept, &notes);
                }
            }
            r => prop_assert!(refused_for_a_field(&r), "{:?}", r),
        }
        prop_assert!(s.companies().is_ok());
    }

    #[test]
    fn a_case_title_and_money(title in any_text(), amount in amount_text(), currency in "[A-Za-z]{0,4}|\\PC{0,5}") {
        let mut s = store();
        let c = company(&mut s, "Acme");
        let kept = open_case(&mut s, c.id, "Kept");
        let input = CaseInput {
            amount: Some(amount),
            currency: Some(currency),
            ..case_input(c.id, &title)
        };
        match s.open_case(&input, now()) {
            Ok(k) => {
                let again = s.case(k.id).unwrap();
                prop_assert_eq!(&again.title, &k.title);
                prop_assert_eq!(&again.money, &k.money);
            }
            r => prop_assert!(refused_for_a_field(&r), "{:?}", r),
        }
        lists_everything(&s, kept.id);
    }

    #[test]
    fn a_contact_time_and_a_promise_due(at in date_text(), due in date_text(), notes in any_text()) {
        let mut s = store();
        let c = company(&mut s, "Acme");
        let k = open_case(&mut s, c.id, "Refund");
        let input = InteractionInput {
            notes: Some(notes),
            promise: Some(promise("Refund", &due)),
            ..call(&at)
        };
        match s.log_interaction(k.id, &input, now()) {
            Ok(i) => {
                prop_assert_eq!(s.interaction(i.id).unwrap().occurred_at, i.occurred_at);
                let file = s.case_file(k.id).unwrap();
                prop_assert_eq!(file.promises.len(), 1);
            }
            r => prop_assert!(refused_for_a_field(&r), "{:?}", r),
        }
        lists_everything(&s, k.id);
        s.pending_promises(&PendingFilter::default(), now(), &chrono::Utc).expect("promises list");
    }

    #[test]
    fn a_follow_up_date(due in date_text(), note in any_text()) {
        let mut s = store();
        let c = company(&mut s, "Acme");
        let k = open_case(&mut s, c.id, "Refund");
        let input = FollowUpInput { kind: FollowUpKind::FollowUp, note, due };
        match s.add_follow_up(k.id, &input, now()) {
            Ok(f) => prop_assert_eq!(s.follow_up(f.id).unwrap().due, f.due),
            r => prop_assert!(refused_for_a_field(&r), "{:?}", r),
        }
        lists_everything(&s, k.id);
    }
}
