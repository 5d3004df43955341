//! Scorecards on a fixed data set, every figure worked out by hand.
mod common;
use casebook_core::scorecard::{ChannelShare, OutcomeCount, Scorecard};
use casebook_core::*;
use common::*;

fn logged(
    s: &mut Store,
    case_id: i64,
    at: &str,
    channel: Channel,
    agent: &str,
    hold: Option<&str>,
    promise: Option<PromiseInput>,
) -> Option<Promise> {
    let mut i = call(at);
    i.channel = channel;
    i.agent = AgentInput {
        name: Some(agent.into()),
        code: (agent == "Jane").then(|| "4471".into()),
        department: None,
    };
    i.hold_min = hold.map(String::from);
    i.promise = promise;
    s.log_interaction(case_id, &i, now()).unwrap();
    s.promises(case_id).unwrap().into_iter().last()
}

/// Acme: three cases (one open with 30,000 won at stake, one given up with $12.50, one partly
/// paid back: 4,000 of 5,000 won),
/// four contacts, five of their promises and one of the user's. Empty Co: nothing.
fn fixed() -> (Store, i64, i64) {
    let mut s = store();
    s.set_zone(chrono::Utc);
    let acme = company(&mut s, "Acme");
    let empty = company(&mut s, "Empty Co");

    let mut a = case_input(acme.id, "Double charge");
    a.opened_on = Some("2026-01-01".into());
    a.amount = Some("30000".into());
    a.currency = Some("KRW".into());
    let a = s.open_case(&a, now()).unwrap();
    // Due 10 Jan, kept on 13 Jan: 3 days late.
    let p1 = logged(
        &mut s,
        a.id,
        "2026-01-02 10:00",
        Channel::Phone,
        "Jane",
        Some("10"),
        Some(promise("Refund", "2026-01-10")),
    )
    .unwrap();
    s.set_promise_status(p1.id, PromiseStatus::Kept, at(2026, 1, 13, 12))
        .unwrap();
    let p2 = logged(
        &mut s,
        a.id,
        "2026-01-05 10:00",
        Channel::Phone,
        "Jane",
        Some("20"),
        Some(promise("Call back", "2026-01-20")),
    )
    .unwrap();
    s.set_promise_status(p2.id, PromiseStatus::Broken, at(2026, 1, 21, 12))
        .unwrap();
    // Timed, kept the same day an hour late: not a day late.
    let p3 = logged(
        &mut s,
        a.id,
        "2026-01-06 10:00",
        Channel::Email,
        "Tom",
        None,
        Some(promise("Email the invoice", "2026-01-25 17:00")),
    )
    .unwrap();
    s.set_promise_status(p3.id, PromiseStatus::Kept, at(2026, 1, 25, 18))
        .unwrap();
    let m1 = s
        .add_promise(
            a.id,
            &PromiseInput {
                made_by: Some(PromiseSide::Me),
                ..promise("Send the bank statement", "2026-01-08")
            },
            now(),
        )
        .unwrap();
    s.set_promise_status(m1.id, PromiseStatus::Kept, at(2026, 1, 7, 12))
        .unwrap();

    let mut b = case_input(acme.id, "Broken router");
    b.opened_on = Some("2026-02-01".into());
    b.amount = Some("12.50".into());
    b.currency = Some("USD".into());
    let b = s.open_case(&b, now()).unwrap();
    // Due 5 Feb, kept on 10 Feb: 5 days late.
    let p4 = logged(
        &mut s,
        b.id,
        "2026-02-02 10:00",
        Channel::Chat,
        "Tom",
        Some("40"),
        Some(promise("Replace it", "2026-02-05")),
    )
    .unwrap();
    s.set_promise_status(p4.id, PromiseStatus::Kept, at(2026, 2, 10, 12))
        .unwrap();
    let p5 = s
        .add_promise(b.id, &promise("Waive the fee", "2026-02-06"), now())
        .unwrap();
    s.set_promise_status(p5.id, PromiseStatus::Withdrawn, at(2026, 2, 6, 12))
        .unwrap();
    s.resolve_case(b.id, Outcome::GaveUp, None, None, at(2026, 2, 11, 9))
        .unwrap();

    let mut c = case_input(acme.id, "Late delivery");
    c.opened_on = Some("2026-03-01".into());
    c.amount = Some("5000".into());
    c.currency = Some("KRW".into());
    let c = s.open_case(&c, now()).unwrap();
    // Partly paid back, the amount written with the case's own currency mark.
    s.resolve_case(
        c.id,
        Outcome::Partial,
        None,
        Some("4,000원"),
        at(2026, 3, 4, 9),
    )
    .unwrap();
    (s, acme.id, empty.id)
}

#[test]
fn a_companys_record_from_its_cases_worked_out_by_hand() {
    let (s, acme, _) = fixed();
    let card = s.scorecard(acme).unwrap();
    assert_eq!(
        (
            card.theirs.made,
            card.theirs.kept,
            card.theirs.broken,
            card.theirs.withdrawn,
            card.theirs.pending
        ),
        (5, 3, 1, 1, 0)
    );
    assert_eq!((card.mine.made, card.mine.kept), (1, 1));
    assert_eq!(card.broken_rate, Some(0.25), "1 broken of 4 kept or broken");
    assert_eq!(card.median_days_late, Some(4.0), "kept 3 and 5 days late");
    assert_eq!((card.cases, card.contacts), (3, 4));
    assert_eq!(card.contacts_per_case, Some(4.0 / 3.0));
    assert_eq!(
        card.channels,
        vec![
            ChannelShare {
                channel: Channel::Phone,
                contacts: 2,
                share: 0.5
            },
            ChannelShare {
                channel: Channel::Email,
                contacts: 1,
                share: 0.25
            },
            ChannelShare {
                channel: Channel::Chat,
                contacts: 1,
                share: 0.25
            },
        ]
    );
    assert_eq!(
        (card.hold_total_min, card.hold_median_min),
        (70, Some(20.0))
    );
    assert_eq!(card.median_days_to_resolve, Some(6.5), "10 and 3 days");
    assert_eq!(
        card.outcomes,
        vec![
            OutcomeCount {
                outcome: Outcome::Partial,
                cases: 1
            },
            OutcomeCount {
                outcome: Outcome::GaveUp,
                cases: 1
            },
        ]
    );
    assert_eq!(
        money_lines(&card),
        vec![
            ("KRW".into(), "30000".into(), "4000".into(), "0".into()),
            ("USD".into(), "0.00".into(), "0.00".into(), "12.50".into()),
        ],
        "per currency, never summed"
    );
    let agents: Vec<(String, i64, i64)> = card
        .agents
        .iter()
        .map(|a| (a.name.clone(), a.made, a.kept))
        .collect();
    assert_eq!(agents, vec![("Jane".into(), 2, 1), ("Tom".into(), 2, 2)]);
}

/// Each currency's line: at stake, recovered, given up.
fn money_lines(card: &Scorecard) -> Vec<(String, String, String, String)> {
    card.money
        .iter()
        .map(|m| {
            (
                m.currency.clone(),
                m.at_stake.amount.clone(),
                m.recovered.amount.clone(),
                m.given_up.amount.clone(),
            )
        })
        .collect()
}

#[test]
fn a_company_with_only_resolved_cases() {
    let (mut s, _, _) = fixed();
    let done = company(&mut s, "Done Ltd");
    let mut k = case_input(done.id, "Deposit back");
    k.opened_on = Some("2026-05-01".into());
    let k = s.open_case(&k, now()).unwrap();
    // No money was named on the case: the mark gives the currency.
    s.resolve_case(k.id, Outcome::GotIt, None, Some("$20"), at(2026, 5, 3, 9))
        .unwrap();
    let card = s.scorecard(done.id).unwrap();
    assert_eq!(card.cases, 1);
    assert_eq!(card.median_days_to_resolve, Some(2.0));
    assert_eq!(
        money_lines(&card),
        vec![("USD".into(), "0.00".into(), "20.00".into(), "0.00".into())]
    );
    assert_eq!(card.broken_rate, None);
}

#[test]
fn the_amount_recovered_is_in_the_cases_currency() {
    let (mut s, acme, _) = fixed();
    let mut k = case_input(acme, "Overcharge");
    k.amount = Some("10".into());
    k.currency = Some("EUR".into());
    let k = s.open_case(&k, now()).unwrap();
    let refused = |s: &mut Store, typed: &str| {
        let e = s
            .resolve_case(k.id, Outcome::GotIt, None, Some(typed), now())
            .unwrap_err();
        (e.message(Language::En), e.message(Language::Ko))
    };
    assert_eq!(
        refused(&mut s, "£5"),
        (
            "Give the amount recovered in the case's currency".into(),
            "돌려받은 금액은 사건의 통화로 적어 주세요".into()
        )
    );
    assert_eq!(
        refused(&mut s, "five").0,
        "Amount recovered is not a number"
    );
    assert_eq!(
        refused(&mut s, "5.123").0,
        "Amount recovered has too many decimal places for its currency (at most 2)"
    );
    assert_eq!(
        s.case(k.id).unwrap().status,
        Status::Open,
        "nothing changed"
    );

    let no_money = open_case(&mut s, acme, "No amount named");
    let e = s
        .resolve_case(no_money.id, Outcome::GotIt, None, Some("20"), now())
        .unwrap_err();
    assert_eq!(
        e.message(Language::En),
        "Write the amount recovered with its currency, like $20 or 30,000원: this case names no amount"
    );

    let done = s
        .resolve_case(k.id, Outcome::GotIt, None, Some("7.5"), now())
        .unwrap();
    assert_eq!(
        done.recovered.as_ref().map(|m| m.amount.as_str()),
        Some("7.50")
    );
    let reopened = s.reopen_case(k.id, now()).unwrap();
    assert_eq!(reopened.recovered, None, "reopening forgets what came back");
}

#[test]
fn the_record_counts_the_last_twelve_months_and_recovered_money_by_year() {
    let (mut s, _, _) = fixed();
    let done = company(&mut s, "Done Ltd");
    for (opened, resolved, typed) in [
        ("2025-06-01", at(2025, 6, 20, 9), "$20"),
        ("2026-05-01", at(2026, 5, 3, 9), "$5.50"),
        ("2026-06-01", at(2026, 6, 3, 9), "10,000원"),
    ] {
        let mut k = case_input(done.id, "Deposit back");
        k.opened_on = Some(opened.into());
        let k = s.open_case(&k, now()).unwrap();
        s.resolve_case(k.id, Outcome::GotIt, None, Some(typed), resolved)
            .unwrap();
    }
    // now() is 20 November 2026: the months are December 2025 to November 2026.
    let record = s.record(now()).unwrap();
    assert_eq!(record.companies.len(), 3);
    let months: Vec<&str> = record.months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months.first(), Some(&"2025-12"));
    assert_eq!(months.last(), Some(&"2026-11"));
    assert_eq!(months.len(), 12);
    let counts: Vec<(&str, i64, i64, i64)> = record
        .months
        .iter()
        .filter(|m| m.contacts + m.promises + m.broken > 0)
        .map(|m| (m.month.as_str(), m.contacts, m.promises, m.broken))
        .collect();
    // January: 3 contacts; their promises due on the 10th, the 20th (broken) and the 25th at
    // 17:00; the user's own promise is not theirs. February: 1 contact; promises due on the
    // 5th and the 6th (withdrawn).
    assert_eq!(counts, vec![("2026-01", 3, 3, 1), ("2026-02", 1, 2, 0)]);
    let years: Vec<(i32, Vec<(String, String)>)> = record
        .recovered_by_year
        .iter()
        .map(|y| {
            (
                y.year,
                y.money
                    .iter()
                    .map(|m| (m.currency.clone(), m.amount.clone()))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        years,
        vec![
            (2025, vec![("USD".into(), "20.00".into())]),
            (
                2026,
                vec![
                    ("KRW".into(), "14000".into()),
                    ("USD".into(), "5.50".into())
                ]
            ),
        ]
    );
}

#[test]
fn an_empty_company_has_zeros_and_no_rates() {
    let (s, _, empty) = fixed();
    let card: Scorecard = s.scorecard(empty).unwrap();
    assert_eq!((card.cases, card.contacts, card.theirs.made), (0, 0, 0));
    assert_eq!(card.broken_rate, None);
    assert_eq!(card.contacts_per_case, None);
    assert_eq!(card.hold_median_min, None);
    assert_eq!(card.median_days_to_resolve, None);
    assert!(card.channels.is_empty() && card.money.is_empty() && card.agents.is_empty());
}

/// The fixed data and Beta Bank, which broke its only promise (after 15 minutes on hold): a
/// rate of 1, worse than Acme's 0.25.
fn fixed_with_beta() -> Store {
    let (mut s, _, _) = fixed();
    let beta = company(&mut s, "Beta Bank");
    let k = open_case(&mut s, beta.id, "Fee");
    let p = logged(
        &mut s,
        k.id,
        "2026-04-01 10:00",
        Channel::Phone,
        "Kim",
        Some("15"),
        Some(promise("Refund the fee", "2026-04-05")),
    )
    .unwrap();
    s.set_promise_status(p.id, PromiseStatus::Broken, now())
        .unwrap();
    s
}

#[test]
fn the_report_puts_the_worst_promise_keepers_first() {
    let s = fixed_with_beta();
    let names: Vec<String> = s
        .report()
        .unwrap()
        .into_iter()
        .map(|c| c.company_name)
        .collect();
    assert_eq!(names, ["Beta Bank", "Acme", "Empty Co"]);
}

#[test]
fn each_line_of_the_record_says_what_the_companys_own_scorecard_says() {
    let s = fixed_with_beta();
    let rows = s.record(now()).unwrap().companies;
    let names: Vec<&str> = rows.iter().map(|r| r.company_name.as_str()).collect();
    assert_eq!(names, ["Beta Bank", "Acme", "Empty Co"], "worst first");
    for row in rows {
        let card = s.scorecard(row.company_id).unwrap();
        assert_eq!(
            (
                &row.theirs,
                &row.mine,
                row.broken_rate,
                row.median_days_late,
                row.cases,
                row.contacts,
                row.contacts_per_case,
                row.hold_total_min,
            ),
            (
                &card.theirs,
                &card.mine,
                card.broken_rate,
                card.median_days_late,
                card.cases,
                card.contacts,
                card.contacts_per_case,
                card.hold_total_min,
            ),
            "{}",
            row.company_name
        );
    }
}
