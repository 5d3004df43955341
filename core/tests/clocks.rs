//! A case's clocks: the time limits of its country and sector, started by events in its
//! history, on fixed dates worked out by hand.
mod common;
use casebook_core::clocks::{Sector, StartEvent};
use casebook_core::*;
use chrono::NaiveDate;
use common::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The clocks as (row, started, due), soonest first.
fn clocks(store: &Store, case_id: i64) -> Vec<(String, Option<NaiveDate>, Option<NaiveDate>)> {
    store
        .clocks(case_id)
        .unwrap()
        .clocks
        .into_iter()
        .map(|c| (c.rule.id, c.started_on, c.due))
        .collect()
}

fn case_opened(store: &mut Store, opened: &str, first_contact: &str) -> i64 {
    store.set_zone(chrono::Utc);
    let acme = company(store, "Acme");
    let mut input = case_input(acme.id, "Refund");
    input.opened_on = Some(opened.into());
    let case = store.open_case(&input, now()).unwrap();
    store
        .log_interaction(case.id, &call(first_contact), now())
        .unwrap();
    case.id
}

#[test]
fn a_uk_financial_case_counts_eight_weeks_from_the_complaint() {
    let mut store = Store::open_in_memory().unwrap();
    let id = case_opened(&mut store, "2026-01-10", "2026-01-12 10:00");
    assert!(
        store.clocks(id).unwrap().clocks.is_empty(),
        "no country, no clocks"
    );
    let set = store
        .set_case_jurisdiction(id, Some("uk"), Some(Sector::Financial), now())
        .unwrap();
    assert_eq!(set.country.as_deref(), Some("GB"));
    assert_eq!(set.retrieved, "2026-11-23");
    assert_eq!(
        clocks(&store, id),
        [
            // 12 Jan + 56 days: 19 to 31 Jan, 28 in Feb, 9 in March.
            (
                "UK-FOS-8W".into(),
                Some(d(2026, 1, 12)),
                Some(d(2026, 3, 9))
            ),
            ("UK-FOS-6M".into(), None, None),
            ("UK-LIMITATION-6Y".into(), None, None),
        ]
    );
    store
        .set_case_date(id, StartEvent::FinalResponse, Some("2026.3.2"), now())
        .unwrap();
    store
        .set_case_date(id, StartEvent::Purchased, Some("2025-12-20"), now())
        .unwrap();
    assert_eq!(
        clocks(&store, id),
        [
            (
                "UK-FOS-8W".into(),
                Some(d(2026, 1, 12)),
                Some(d(2026, 3, 9))
            ),
            ("UK-FOS-6M".into(), Some(d(2026, 3, 2)), Some(d(2026, 9, 2))),
            (
                "UK-LIMITATION-6Y".into(),
                Some(d(2025, 12, 20)),
                Some(d(2031, 12, 20))
            ),
        ]
    );
    let first = &store.clocks(id).unwrap().clocks[0];
    assert!(first.rule.source.contains("FCA Handbook DISP"));
    assert_eq!(first.starts, StartEvent::Complaint);
    // Forgetting a date stops its clock.
    store
        .set_case_date(id, StartEvent::FinalResponse, None, now())
        .unwrap();
    assert_eq!(clocks(&store, id)[2], ("UK-FOS-6M".into(), None, None));
}

#[test]
fn a_korean_online_purchase_counts_business_days_over_chuseok() {
    let mut store = Store::open_in_memory().unwrap();
    let id = case_opened(&mut store, "2026-09-20", "2026-09-21 10:00");
    store
        .set_case_jurisdiction(id, Some("KR"), Some(Sector::OnlineShopping), now())
        .unwrap();
    store
        .set_case_date(id, StartEvent::Delivered, Some("2026-09-18"), now())
        .unwrap();
    store
        .set_case_date(id, StartEvent::RefundAgreed, Some("2026-09-23"), now())
        .unwrap();
    assert_eq!(
        clocks(&store, id),
        [
            // 7 calendar days from the delivery.
            (
                "KR-ECOM-WITHDRAW-7D".into(),
                Some(d(2026, 9, 18)),
                Some(d(2026, 9, 25))
            ),
            // 3 business days: 추석 (24–26) and the weekend skipped.
            (
                "KR-ECOM-REFUND-3BD".into(),
                Some(d(2026, 9, 23)),
                Some(d(2026, 9, 30))
            ),
            // 30 days from the day the problem was noticed (the case's start).
            (
                "KR-ECOM-MISMATCH-30D-3M".into(),
                Some(d(2026, 9, 20)),
                Some(d(2026, 10, 20))
            ),
            ("KR-KCA-RELIEF-30D".into(), None, None),
            ("KR-CDMC-MEDIATE-30D".into(), None, None),
            ("KR-CDMC-ACCEPT-15D".into(), None, None),
        ]
    );
    // Found three months after the delivery: the 3-month limit from the supply ends first.
    store
        .set_case_date(id, StartEvent::Delivered, Some("2026-07-01"), now())
        .unwrap();
    let mismatch = store
        .clocks(id)
        .unwrap()
        .clocks
        .into_iter()
        .find(|c| c.rule.id == "KR-ECOM-MISMATCH-30D-3M")
        .unwrap();
    assert_eq!(mismatch.due, Some(d(2026, 10, 1)));
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let id = case_opened(&mut store, "2026-01-10", "2026-01-12 10:00");
    assert_eq!(
        invalid(store.set_case_jurisdiction(id, Some("XX"), Some(Sector::Energy), now())),
        ("clock_country", Rule::NotAllowed)
    );
    assert_eq!(store.clocks(id).unwrap().country, None);
    assert_eq!(
        invalid(store.set_case_date(id, StartEvent::Delivered, Some("someday"), now())),
        ("clock_start", Rule::NotADate)
    );
    // The complaint's day is the first contact's: it is not typed.
    assert_eq!(
        invalid(store.set_case_date(id, StartEvent::Complaint, Some("2026-01-01"), now())),
        ("clock_start", Rule::NotAllowed)
    );
    assert_eq!(
        store
            .set_case_jurisdiction(99, Some("GB"), None, now())
            .unwrap_err()
            .code(),
        "not_found"
    );
}

#[test]
fn a_clock_reminds_as_a_deadline_on_its_day() {
    let mut store = Store::open_in_memory().unwrap();
    let id = case_opened(&mut store, "2026-01-10", "2026-01-12 10:00");
    store
        .set_case_jurisdiction(id, Some("GB"), Some(Sector::Financial), now())
        .unwrap();
    let deadline = store.remind_clock(id, "UK-FOS-8W", now()).unwrap();
    assert_eq!(deadline.kind, FollowUpKind::Deadline);
    assert_eq!(
        deadline.due,
        Due::Date {
            date: d(2026, 3, 9)
        }
    );
    assert!(deadline
        .note
        .starts_with("UK-FOS-8W — If no final response after 8 weeks"));
    assert_eq!(
        store
            .remind_clock(id, "UK-FOS-6M", now())
            .unwrap_err()
            .message(Language::En),
        "That could not be done: UK-FOS-6M has no day until its start is known"
    );
}

#[test]
fn a_company_gives_its_cases_a_country_and_sector_unless_a_case_names_its_own() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_zone(chrono::Utc);
    let bank = store
        .create_company(
            &CompanyInput {
                name: "Acme Bank".into(),
                country: Some("uk".into()),
                sector: Some(Sector::Financial),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    assert_eq!(bank.country.as_deref(), Some("GB"));
    let case = open_case(&mut store, bank.id, "Charged twice");
    let shown = store.clocks(case.id).unwrap();
    assert_eq!(
        (shown.country.as_deref(), shown.sector),
        (Some("GB"), Some(Sector::Financial))
    );
    assert_eq!(shown.clocks[0].rule.id, "UK-FOS-8W");
    // This case is about the bank's card: its own sector wins.
    store
        .set_case_jurisdiction(case.id, Some("GB"), Some(Sector::CreditCard), now())
        .unwrap();
    assert!(store
        .clocks(case.id)
        .unwrap()
        .clocks
        .iter()
        .any(|c| c.rule.id == "UK-S75-NOLIMIT"));
    // An unknown country on the company is refused with nothing saved.
    let mut input = CompanyInput::from(&bank);
    input.country = Some("Atlantis".into());
    assert_eq!(
        invalid(store.update_company(bank.id, &input, now())),
        ("clock_country", Rule::NotAllowed)
    );
    assert_eq!(
        store.company(bank.id).unwrap().country.as_deref(),
        Some("GB")
    );
}
