//! Shared set-up: every test works on a database built by the real migrations.
#![allow(dead_code)]

use casebook_core::*;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};

pub fn store() -> Store {
    Store::open_in_memory().expect("the real migrations run on a new database")
}

/// A fixed moment, so nothing depends on when the tests run.
pub fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn now() -> DateTime<Utc> {
    at(2026, 11, 20, 10)
}

pub fn company(store: &mut Store, name: &str) -> Company {
    store
        .create_company(
            &CompanyInput {
                name: name.into(),
                ..Default::default()
            },
            now(),
        )
        .unwrap()
}

pub fn case_input(company_id: i64, title: &str) -> CaseInput {
    CaseInput {
        company_id,
        title: title.into(),
        description: None,
        desired_outcome: None,
        amount: None,
        currency: None,
        identifiers: vec![],
        escalation: Escalation::Agent,
        opened_on: None,
    }
}

pub fn open_case(store: &mut Store, company_id: i64, title: &str) -> Case {
    store
        .open_case(&case_input(company_id, title), now())
        .unwrap()
}

pub fn call(at: &str) -> InteractionInput {
    InteractionInput {
        occurred_at: at.into(),
        channel: Channel::Phone,
        direction: Direction::Outbound,
        agent: AgentInput::default(),
        reference: None,
        duration_min: None,
        hold_min: None,
        // A contact says something; one with nothing at all is refused.
        notes: Some("Called".into()),
        summary: None,
        promise: None,
    }
}

pub fn promise(description: &str, due: &str) -> PromiseInput {
    PromiseInput {
        description: description.into(),
        due: due.into(),
        made_by: None,
    }
}

/// The validation rule and field of an error's first problem, or a panic saying what came
/// instead.
pub fn invalid<T: std::fmt::Debug>(r: Result<T>) -> (&'static str, Rule) {
    problems(r)[0]
}

/// Every field and rule an input was refused for, in the form's order.
pub fn problems<T: std::fmt::Debug>(r: Result<T>) -> Vec<(&'static str, Rule)> {
    match r {
        Err(Error::Invalid(problems)) => problems
            .iter()
            .map(|p| (p.field.as_str(), p.rule))
            .collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}
