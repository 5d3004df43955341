//! When something is due: a plain calendar day, or an exact instant.
//!
//! "Refund within 5 business days" is a day; "technician between 2 and 4 pm" is an instant.
//! Days are stored as `YYYY-MM-DD` with no time zone, instants as UTC, so neither shifts when
//! the user travels or the clocks change.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, Rule};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Due {
    Date { date: NaiveDate },
    At { at: DateTime<Utc> },
}

impl Due {
    /// Reads `2026-11-30` as a day, or an RFC 3339 date-time with an offset
    /// (`2026-11-30T17:00:00+09:00`) as an instant. Callers that know the user's time zone add
    /// the offset to a bare local time before calling this.
    pub fn parse(field: &'static str, text: &str) -> Result<Due> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Ok(Due::Date { date });
        }
        parse_instant(field, text).map(|at| Due::At { at })
    }

    pub(crate) fn to_columns(self) -> (Option<String>, Option<String>) {
        match self {
            Due::Date { date } => (Some(date.to_string()), None),
            Due::At { at } => (None, Some(instant_to_sql(at))),
        }
    }

    pub(crate) fn from_columns(date: Option<String>, at: Option<String>) -> rusqlite::Result<Due> {
        match (date, at) {
            (Some(d), _) => NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map(|date| Due::Date { date })
                .map_err(|e| conversion(Box::new(e))),
            (None, Some(a)) => instant_from_sql(&a).map(|at| Due::At { at }),
            (None, None) => Err(conversion("a due row with neither date nor time".into())),
        }
    }

    /// Reads the text of either due column. A day (`YYYY-MM-DD`) sorts before any instant on
    /// the same day, so `min(coalesce(due_date, due_at))` finds the earliest due in SQL.
    pub(crate) fn from_sort_key(text: &str) -> rusqlite::Result<Due> {
        if text.len() == 10 {
            Due::from_columns(Some(text.to_string()), None)
        } else {
            Due::from_columns(None, Some(text.to_string()))
        }
    }

    /// The calendar day this is due on, in the given time zone.
    pub fn day_in<Tz: chrono::TimeZone>(&self, tz: &Tz) -> NaiveDate {
        match self {
            Due::Date { date } => *date,
            Due::At { at } => at.with_timezone(tz).date_naive(),
        }
    }
}

/// Parses an RFC 3339 instant, with a validation error naming `field` when it is not one.
pub fn parse_instant(field: &'static str, text: &str) -> Result<DateTime<Utc>> {
    DateTime::<FixedOffset>::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::invalid(field, Rule::NotADate))
}

/// Instants are stored as fixed-width UTC text so that SQL string order is time order.
pub(crate) fn instant_to_sql(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

pub(crate) fn instant_from_sql(text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| conversion(Box::new(e)))
}

fn conversion(e: Box<dyn std::error::Error + Send + Sync>) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_bare_date_is_a_day() {
        assert_eq!(
            Due::parse("due", "2026-11-30").unwrap(),
            Due::Date {
                date: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
            }
        );
    }

    #[test]
    fn a_date_time_with_offset_is_an_instant_in_utc() {
        assert_eq!(
            Due::parse("due", "2026-11-30T17:00:00+09:00").unwrap(),
            Due::At {
                at: Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
            }
        );
    }

    #[test]
    fn anything_else_is_not_a_date() {
        for text in [
            "",
            "tomorrow",
            "2026-02-30",
            "30/11/2026",
            "2026-11-30T17:00",
        ] {
            assert!(
                matches!(
                    Due::parse("due", text),
                    Err(Error::Invalid {
                        rule: Rule::NotADate,
                        ..
                    })
                ),
                "{text:?} should be refused"
            );
        }
    }

    #[test]
    fn stored_instants_sort_as_text_in_time_order() {
        let early = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        let late = Utc.with_ymd_and_hms(2026, 10, 2, 3, 4, 5).unwrap();
        assert!(instant_to_sql(early) < instant_to_sql(late));
        assert_eq!(instant_from_sql(&instant_to_sql(early)).unwrap(), early);
    }
}
