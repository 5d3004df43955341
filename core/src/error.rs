//! One error type for everything core can refuse or fail at.
//!
//! Each variant carries a stable `code` the UI maps to a translated message, so wording can
//! change without breaking callers, and one failure can be told from another.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::check::{Field, Problem};
use crate::language::Language;

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
    /// A date outside the years Casebook keeps ([`crate::due::YEARS`]).
    OutOfRange,
    /// A warning, not a refusal: a contact dated in the future.
    Future,
    /// A warning: a promise due before the contact that made it.
    BeforeContact,
    /// A warning: a year far from this one (2062 typed for 2026).
    FarAway,
}

#[derive(Debug)]
pub enum Error {
    /// Input refused, with every field's problem (never empty).
    Invalid(Vec<Problem>),
    NotFound {
        entity: &'static str,
        id: i64,
    },
    /// Nothing has the name the user gave (the command line names companies this way).
    NotFoundNamed {
        entity: &'static str,
        name: String,
    },
    Conflict(String),
    DatabaseTooNew {
        found: i64,
        supported: i64,
    },
    BadImport(String),
    /// A file offered to restore from that is not a whole Casebook database this build reads.
    BadBackup(String),
    /// The database file fails its check; nothing was written to it. `backup` is the newest
    /// backup that passes its own check, if any.
    Damaged {
        backup: Option<String>,
    },
    /// A file over [`crate::attachment::MAX_BYTES`], refused before anything was copied.
    TooLarge {
        name: String,
        bytes: u64,
    },
    Storage(rusqlite::Error),
    Io(std::io::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Storage(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

/// In English, for logs; people are told [`Error::message`] in their language.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Storage(e) => Some(e),
            Error::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl Rule {
    /// The rule's name as the window receives it and as its message is keyed: `too_long`.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Empty => "empty",
            Rule::TooLong => "too_long",
            Rule::NotADate => "not_a_date",
            Rule::NotANumber => "not_a_number",
            Rule::Negative => "negative",
            Rule::TooPrecise => "too_precise",
            Rule::UnknownCurrency => "unknown_currency",
            Rule::Incomplete => "incomplete",
            Rule::Duplicate => "duplicate",
            Rule::NotAllowed => "not_allowed",
            Rule::Past => "past",
            Rule::OutOfRange => "out_of_range",
            Rule::Future => "future",
            Rule::BeforeContact => "before_contact",
            Rule::FarAway => "far_away",
        }
    }
}

impl Problem {
    /// The catalogue's message for this problem. Most rules say the same of every field; a few
    /// fields say it their own way ("give both an amount and a currency").
    pub fn message_key(&self) -> String {
        use Field::*;
        let special = match (self.rule, self.field) {
            (Rule::Incomplete, Amount | Currency) => Some("rule.money.incomplete"),
            (Rule::Incomplete, Accounts | Identifiers) => Some("rule.labelled.incomplete"),
            (Rule::Incomplete, Notes) => Some("rule.contact.incomplete"),
            (Rule::Empty, OccurredAt) => Some("rule.occurred_at.empty"),
            (Rule::NotAllowed, Emails) => Some("rule.email"),
            (Rule::NotAllowed, Website | HelpUrl | ChatUrl) => Some("rule.url"),
            (Rule::Duplicate, Name) => Some("rule.name.duplicate"),
            (Rule::NotAllowed, Recovered) => Some("rule.recovered.currency"),
            (Rule::Incomplete, Recovered) => Some("rule.recovered.incomplete"),
            (Rule::NotANumber, DurationMin | HoldMin) => Some("rule.minutes.not_a_number"),
            (Rule::Past, Until) => Some("snooze.past"),
            (Rule::NotADate, Until) => Some("snooze.notADate"),
            (Rule::NotADate, ReminderTime) => Some("rule.time.not_a_date"),
            // "At most 0 decimal places" is a riddle; won and yen are whole numbers.
            (Rule::TooPrecise, _) if self.limit == Some(0) => Some("rule.too_precise.whole"),
            _ => None,
        };
        special.map_or_else(|| format!("rule.{}", self.rule.as_str()), str::to_string)
    }

    /// What is wrong, in `lang`: "Title is too long (at most 200 characters)".
    pub fn message(&self, lang: Language) -> String {
        let field = lang.text(&format!("field.{}", self.field));
        let limit = self.limit.map(|l| l.to_string()).unwrap_or_default();
        let years = crate::due::YEARS;
        lang.fill(
            &self.message_key(),
            &[
                ("field", &field),
                ("limit", &limit),
                ("first", years.start()),
                ("last", years.end()),
            ],
        )
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

    /// What went wrong, in `lang`, as one sentence.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Error::Invalid(problems) => {
                let each: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
                each.join("; ")
            }
            Error::NotFound { entity, id } => lang.fill(
                "error.not_found.id",
                &[
                    ("entity", &lang.text(&format!("entity.{entity}"))),
                    ("id", id),
                ],
            ),
            Error::NotFoundNamed { entity, name } => lang.fill(
                "error.not_found.named",
                &[
                    ("entity", &lang.text(&format!("entity.{entity}"))),
                    ("name", &crate::text::shown(name)),
                ],
            ),
            Error::DatabaseTooNew { .. } => lang.text("error.database_too_new"),
            Error::Damaged { backup: Some(path) } => lang.fill(
                "error.damaged",
                &[("backup", &crate::text::printable(path, false))],
            ),
            Error::Damaged { backup: None } => lang.text("error.damaged.noBackup"),
            Error::TooLarge { name, bytes } => lang.fill(
                "error.too_large",
                &[
                    ("name", &crate::text::shown(name)),
                    ("size", &crate::attachment::megabytes(*bytes)),
                    (
                        "limit",
                        &crate::attachment::megabytes(crate::attachment::MAX_BYTES),
                    ),
                ],
            ),
            Error::Storage(e) if is_busy(e) => lang.text("error.busy"),
            Error::Storage(e) if is_read_only(e) => lang.text("error.read_only"),
            other => lang.fill(
                &format!("error.{}", other.code()),
                &[("message", &other.detail())],
            ),
        }
    }

    /// The part of the message that is not the catalogue's: the reason a file was refused,
    /// the system's word for a failed read. The window puts it in its own sentence.
    pub fn detail(&self) -> String {
        match self {
            Error::Conflict(why) | Error::BadImport(why) | Error::BadBackup(why) => {
                crate::text::printable(why, false)
            }
            Error::Storage(e) => crate::text::printable(&e.to_string(), false),
            // The window words it itself, in its language, around the file's name.
            Error::TooLarge { name, .. } => crate::text::shown(name),
            Error::Io(e) => crate::text::printable(&e.to_string(), false),
            other => other.message(Language::En),
        }
    }

    /// Every [`code`](Self::code), for callers that check what they were sent.
    pub const CODES: [&'static str; 12] = [
        "invalid",
        "not_found",
        "conflict",
        "database_too_new",
        "bad_import",
        "bad_backup",
        "damaged",
        "too_large",
        "busy",
        "read_only",
        "storage",
        "io",
    ];

    /// The stable code a caller can branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NotFound { .. } | Error::NotFoundNamed { .. } => "not_found",
            Error::Conflict(_) => "conflict",
            Error::DatabaseTooNew { .. } => "database_too_new",
            Error::BadImport(_) => "bad_import",
            Error::BadBackup(_) => "bad_backup",
            Error::Damaged { .. } => "damaged",
            Error::TooLarge { .. } => "too_large",
            Error::Storage(e) if is_busy(e) => "busy",
            Error::Storage(e) if is_read_only(e) => "read_only",
            Error::Storage(_) => "storage",
            Error::Io(_) => "io",
        }
    }
}

/// A write refused because the database is open only to read (a copy of a damaged file, or the
/// data while its check runs at start).
fn is_read_only(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::ReadOnly))
}

pub(crate) fn is_busy(e: &rusqlite::Error) -> bool {
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
        s.serialize_field("message", &self.detail())?;
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
    problems: Option<Vec<crate::check::ProblemShape>>,
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
                {"field": "title", "rule": "too_long", "limit": 200, "key": "rule.too_long"},
                {"field": "currency", "rule": "unknown_currency", "limit": null,
                 "key": "rule.unknown_currency"},
            ])
        );
        assert_eq!(
            json["message"],
            "Title is too long (at most 200 characters); \
             Currency must be a currency code like KRW, USD or EUR"
        );
        assert_eq!(
            e.message(Language::Ko),
            "제목이 너무 깁니다 (최대 200자); 통화는 KRW, USD, EUR 같은 통화 코드로 입력하세요"
        );
    }

    #[test]
    fn every_code_is_listed_for_the_window() {
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        let each = [
            Error::invalid(Field::Title, Rule::Empty),
            Error::NotFound {
                entity: "case",
                id: 1,
            },
            Error::Conflict(String::new()),
            Error::DatabaseTooNew {
                found: 9,
                supported: 1,
            },
            Error::BadImport(String::new()),
            Error::BadBackup(String::new()),
            Error::Damaged { backup: None },
            Error::TooLarge {
                name: String::new(),
                bytes: 0,
            },
            Error::Storage(busy),
            Error::Storage(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
                None,
            )),
            Error::Storage(rusqlite::Error::InvalidQuery),
            Error::Io(std::io::Error::other("disk")),
        ];
        let codes: Vec<&str> = each.iter().map(Error::code).collect();
        assert_eq!(codes, Error::CODES);
    }

    #[test]
    fn other_errors_serialize_code_and_message_only() {
        let e = Error::NotFound {
            entity: "case",
            id: 7,
        };
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["message"], "No case with ID 7");
        assert_eq!(e.message(Language::Ko), "ID 7인 사건이 없습니다");
        assert!(json.get("problems").is_none());
    }

    #[test]
    fn some_fields_say_a_rule_their_own_way() {
        let money = Problem::new(Field::Currency, Rule::Incomplete);
        assert_eq!(money.message_key(), "rule.money.incomplete");
        assert_eq!(
            money.message(Language::En),
            "Give both an amount and a currency, or neither"
        );
        let past = Problem::new(Field::Until, Rule::Past);
        assert_eq!(
            past.message(Language::Ko),
            "아직 지나지 않은 시각을 고르세요"
        );
        let refused = Error::Conflict("the file is locked".into());
        assert_eq!(
            refused.message(Language::Ko),
            "처리할 수 없습니다: the file is locked"
        );
        let named = Error::NotFoundNamed {
            entity: "company",
            name: "Nobody".into(),
        };
        assert_eq!(named.message(Language::En), "No company named “Nobody”");
        assert_eq!(named.message(Language::Ko), "“Nobody”라는 회사가 없습니다");
    }

    #[test]
    fn a_newer_database_says_to_update() {
        let e = Error::DatabaseTooNew {
            found: 9,
            supported: 1,
        };
        assert_eq!(e.code(), "database_too_new");
        assert_eq!(
            e.message(Language::En),
            "Your data was saved by a newer version of Casebook. Update Casebook to open it; \
             nothing was changed."
        );
    }
}
