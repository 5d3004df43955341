//! One error type for everything core can refuse or fail at.
//!
//! Each variant carries a stable `code` the UI maps to a translated message, so wording can
//! change without breaking callers, and one failure can be told from another.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::check::{Field, Problem};

pub type Result<T> = std::result::Result<T, Error>;

/// What was wrong with a value the user gave. Serialized as a stable snake_case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Rule {
    /// Required and empty, or only white space.
    Empty,
    /// Longer than the field allows.
    TooLong,
    /// Not a calendar date or date-time in ISO 8601.
    NotADate,
    /// Not a decimal number.
    NotANumber,
    /// A negative amount of money.
    Negative,
    /// More decimal places than the currency has.
    TooPrecise,
    /// Not an ISO 4217 currency code.
    UnknownCurrency,
    /// An amount without a currency, or a currency without an amount.
    Incomplete,
    /// Another record already has this value (a company's name).
    Duplicate,
    /// A value outside the allowed choices.
    NotAllowed,
    /// A time that has already passed where a later one is needed (a snooze).
    Past,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input refused, with every field's problem (never empty).
    #[error("{}", problems_message(.0))]
    Invalid(Vec<Problem>),
    #[error("no {entity} with id {id}")]
    NotFound { entity: &'static str, id: i64 },
    /// Nothing has the name the user gave (the command line names companies this way).
    #[error("no {entity} named {name:?}")]
    NotFoundNamed { entity: &'static str, name: String },
    #[error("{0}")]
    Conflict(String),
    #[error(
        "this data folder was written by a newer Casebook (data version {found}, this one knows up to {supported}); update Casebook to open it"
    )]
    DatabaseTooNew { found: i64, supported: i64 },
    #[error("cannot import: {0}")]
    BadImport(String),
    #[error("storage error: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

fn problems_message(problems: &[Problem]) -> String {
    let each: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", p.field, p.rule_message()))
        .collect();
    each.join("; ")
}

impl Problem {
    /// What is wrong, after the field's name: "is too long (at most 200 characters)".
    pub fn rule_message(&self) -> String {
        rule_message(self.rule, self.limit)
    }
}

fn rule_message(rule: Rule, limit: Option<usize>) -> String {
    match rule {
        Rule::Empty => "must not be empty".into(),
        Rule::TooLong => format!("is too long (at most {} characters)", limit.unwrap_or(0)),
        Rule::NotADate => "is not a date (use 2026-11-30 or 2026-11-30T17:00)".into(),
        Rule::NotANumber => "is not a number (use digits, like 12.50)".into(),
        Rule::Negative => "must not be negative".into(),
        Rule::TooPrecise => format!(
            "has too many decimal places for its currency (at most {})",
            limit.unwrap_or(0)
        ),
        Rule::UnknownCurrency => "is not an ISO 4217 currency code (like KRW, USD, EUR)".into(),
        Rule::Incomplete => "needs both an amount and a currency".into(),
        Rule::Duplicate => "is already used".into(),
        Rule::NotAllowed => "is not one of the allowed values".into(),
        Rule::Past => "has already passed (give a later time)".into(),
    }
}

impl Error {
    pub fn invalid(field: Field, rule: Rule) -> Self {
        Error::Invalid(vec![Problem::new(field, rule)])
    }

    /// A value over a limit: too many characters or decimal places.
    pub fn over(field: Field, rule: Rule, limit: usize) -> Self {
        Error::Invalid(vec![Problem {
            field,
            rule,
            limit: Some(limit),
        }])
    }

    /// The stable code a caller can branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NotFound { .. } | Error::NotFoundNamed { .. } => "not_found",
            Error::Conflict(_) => "conflict",
            Error::DatabaseTooNew { .. } => "database_too_new",
            Error::BadImport(_) => "bad_import",
            Error::Storage(e) if is_busy(e) => "busy",
            Error::Storage(_) => "storage",
            Error::Io(_) => "io",
        }
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// The shape the UI receives: `{code, message}` plus, for invalid input, each field's problem.
impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Error", 3)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("message", &self.to_string())?;
        match self {
            Error::Invalid(problems) => s.serialize_field("problems", problems)?,
            _ => s.skip_field("problems")?,
        }
        s.end()
    }
}

/// The TypeScript side of [`Error`]'s hand-written serialization.
#[derive(ts_rs::TS)]
#[ts(export, rename = "AppError")]
#[allow(dead_code)]
pub struct AppErrorShape {
    code: String,
    message: String,
    #[ts(optional)]
    problems: Option<Vec<Problem>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_input_serializes_with_field_and_rule_for_the_form() {
        let e = Error::Invalid(vec![
            Problem {
                field: Field::Title,
                rule: Rule::TooLong,
                limit: Some(200),
            },
            Problem::new(Field::Currency, Rule::UnknownCurrency),
        ]);
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "invalid");
        assert_eq!(
            json["problems"],
            serde_json::json!([
                {"field": "title", "rule": "too_long", "limit": 200},
                {"field": "currency", "rule": "unknown_currency", "limit": null},
            ])
        );
        assert_eq!(
            json["message"],
            "title: is too long (at most 200 characters); \
             currency: is not an ISO 4217 currency code (like KRW, USD, EUR)"
        );
    }

    #[test]
    fn other_errors_serialize_code_and_message_only() {
        let e = Error::NotFound {
            entity: "case",
            id: 7,
        };
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["message"], "no case with id 7");
        assert!(json.get("problems").is_none());
    }

    #[test]
    fn a_newer_database_says_to_update() {
        let e = Error::DatabaseTooNew {
            found: 9,
            supported: 1,
        };
        assert_eq!(e.code(), "database_too_new");
        assert!(e.to_string().contains("update Casebook"));
    }
}
