//! When something is due: a plain calendar day, or an exact instant.
//!
//! "Refund within 5 business days" is a day; "technician between 2 and 4 pm" is an instant.
//! Days are stored as `YYYY-MM-DD` with no time zone, instants as UTC, so neither shifts when
//! the user travels or the clocks change.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::check::Field;
use crate::error::{Error, Result, Rule};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Due {
    Date { date: NaiveDate },
    At { at: DateTime<Utc> },
}

/// The user's time zone, for reading the dates and times they type. Any chrono zone is one
/// (`chrono::Local` in the app and the command line, a fixed or named zone in tests).
pub trait Zone {
    /// The instant a local wall-clock time happens; see [`local_to_utc`].
    fn instant(&self, local: NaiveDateTime) -> DateTime<Utc>;
    /// The wall-clock time in this zone at an instant.
    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime;
    /// Now, for reading "today", "내일" or "11/30" (tests fix it).
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
    /// The country whose public holidays "in 3 business days" skips; None skips weekends only.
    fn holidays(&self) -> Option<&'static str> {
        None
    }
}

/// A zone that also knows the user's country, for counting business days.
pub struct Reading<'a> {
    pub zone: &'a dyn Zone,
    pub country: Option<&'static str>,
}

impl Zone for Reading<'_> {
    fn instant(&self, local: NaiveDateTime) -> DateTime<Utc> {
        self.zone.instant(local)
    }
    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        self.zone.local(at)
    }
    fn now(&self) -> DateTime<Utc> {
        self.zone.now()
    }
    fn holidays(&self) -> Option<&'static str> {
        self.country
    }
}

impl<Tz: TimeZone> Zone for Tz {
    fn instant(&self, local: NaiveDateTime) -> DateTime<Utc> {
        local_to_utc(self, local)
    }

    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(self).naive_local()
    }
}

/// The instant a local wall-clock time happens in `tz`. A time that a daylight-saving change
/// skips (02:30 on a spring-forward night) happens as far after the change as it was meant to
/// be after it started: 02:30 becomes 03:30. A time that happens twice (01:30 on a fall-back
/// night) is the first of the two, the earlier reading, so a promise is never judged late by an
/// hour it did not have.
pub fn local_to_utc<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        chrono::LocalResult::None => {
            let later = local + chrono::Duration::hours(1);
            tz.from_local_datetime(&later)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                // No real zone skips two hours; fall back to reading the time as UTC.
                .unwrap_or_else(|| Utc.from_utc_datetime(&local))
        }
    }
}

/// What the user typed for a date, or a date and time, read in their zone: the one reading of
/// dates for the window and the command line alike.
/// - `2026-11-30` is a day;
/// - `2026-11-30 17:00`, `2026-11-30T17:00` (seconds allowed) is that wall-clock time in `zone`;
/// - `2026-11-30T17:00:00+09:00` (RFC 3339, with an offset or `Z`) is that instant.
pub enum Typed {
    Day(NaiveDate),
    Instant(DateTime<Utc>),
}

const LOCAL_FORMATS: [&str; 4] = [
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
];

/// The years a date may fall in. Anything outside is a typing slip (a year 10000, a year
/// -1), and the stored text of such dates neither reads back nor sorts in time order.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// Reads a date or date-time the user typed (see [`Typed`]); `field` names it in the error.
pub fn read_typed(field: Field, text: &str, zone: &dyn Zone) -> Result<Typed> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid(field, Rule::Empty));
    }
    let typed = read_any(field, text, zone)?;
    let years = match &typed {
        Typed::Day(day) => [day.year(), day.year()],
        Typed::Instant(at) => [at.year(), zone.local(*at).year()],
    };
    if years.iter().all(|y| YEARS.contains(y)) {
        Ok(typed)
    } else {
        Err(Error::invalid(field, Rule::OutOfRange))
    }
}

fn read_any(field: Field, text: &str, zone: &dyn Zone) -> Result<Typed> {
    if let Some(typed) = read_spoken(field, text, zone) {
        return Ok(typed);
    }
    // chrono reads "+10000-01-01" and "-0001-01-01" as dates; only plain four-digit years
    // are what people type.
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(Error::invalid(field, Rule::NotADate));
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(Typed::Day(date));
    }
    for format in LOCAL_FORMATS {
        if let Ok(local) = NaiveDateTime::parse_from_str(text, format) {
            return Ok(Typed::Instant(zone.instant(local)));
        }
    }
    parse_instant(field, text).map(Typed::Instant)
}

/// Days as people write them besides ISO 8601, with or without a time after them ("HH:MM"):
/// `2026.11.20` and `2026. 11. 20.` (the Korean way), `2026/11/20`, a month and day alone
/// (`11/30`, `11.30`), `today`, `tomorrow`, `yesterday`, `오늘`, `내일`, `모레`, `어제`, and a
/// count of days from today (see [`days_from_today`]).
/// A month and day alone is the nearest such day ahead for a due, and the nearest one not
/// after today for when a contact happened.
fn read_spoken(field: Field, text: &str, zone: &dyn Zone) -> Option<Typed> {
    let (day_text, time) = match text.rsplit_once([' ', 'T']) {
        Some((day, time)) => match NaiveTime::parse_from_str(time, "%H:%M") {
            Ok(time) => (day.trim(), Some(time)),
            Err(_) => (text, None),
        },
        None => (text, None),
    };
    let today = zone.local(zone.now()).date();
    let day = match day_text.to_lowercase().as_str() {
        "today" | "오늘" => Some(today),
        "tomorrow" | "내일" => today.succ_opt(),
        "모레" => today.succ_opt().and_then(|d| d.succ_opt()),
        "yesterday" | "어제" => today.pred_opt(),
        words => days_from_today(words, today, zone.holidays())
            .or_else(|| numeric_day(day_text, today, field == Field::OccurredAt)),
    }?;
    Some(match time {
        Some(time) => Typed::Instant(zone.instant(day.and_time(time))),
        None => Typed::Day(day),
    })
}

/// A count of days from today, as promises are made: `in 3 days`, `3 days`, `3일 후`, `3일
/// 이내`, and business days, which skip weekends and the public holidays of `country`:
/// `in 3 business days`, `within 3 working days`, `3 business days`, `영업일 기준 3일`,
/// `영업일 3일 이내`, `3영업일`. Today does not count. `text` is lowercased.
pub fn days_from_today(text: &str, today: NaiveDate, country: Option<&str>) -> Option<NaiveDate> {
    // "3영업일" and "3일" are a number and a word written together.
    let mut spaced = String::with_capacity(text.len() + 4);
    let mut last_digit = None;
    for c in text.chars() {
        let digit = c.is_ascii_digit();
        if last_digit.is_some_and(|d| d != digit) {
            spaced.push(' ');
        }
        spaced.push(c);
        last_digit = Some(digit).filter(|_| !c.is_whitespace());
    }
    let mut count = None;
    let (mut unit, mut business, mut counted) = (false, false, false);
    for word in spaced.split_whitespace() {
        match word {
            w if w.chars().all(|c| c.is_ascii_digit()) => {
                if count.is_some() {
                    return None;
                }
                count = Some(w.parse::<u32>().ok()?);
            }
            "day" | "days" => (unit, counted) = (true, true),
            // "15일" alone is the 15th of a month; a count of days says 후, 이내 or 영업일.
            "일" => unit = true,
            "business" | "working" => business = true,
            "영업일" => (unit, business, counted) = (true, true, true),
            "in" | "within" | "후" | "뒤" | "이내" | "내" | "기준" | "안에" => {
                counted = true
            }
            _ => return None,
        }
    }
    let count = count.filter(|n| *n <= crate::business_days::MAX_DAYS)?;
    if !unit || !counted {
        return None;
    }
    Some(if business {
        crate::business_days::add_business_days(today, count, country)
    } else {
        today + chrono::Duration::days(i64::from(count))
    })
}

/// `2026.11.20`, `2026. 11. 20.`, `2026/11/20`, or a month and day alone (`11/30`, `11.30`).
fn numeric_day(text: &str, today: NaiveDate, past: bool) -> Option<NaiveDate> {
    let parts: Vec<&str> = text
        .trim_end_matches('.')
        .split(['.', '/'])
        .map(str::trim)
        .collect();
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    match numbers[..] {
        [year, month, day] if parts[0].len() == 4 => {
            NaiveDate::from_ymd_opt(year as i32, month, day)
        }
        [month, day] => {
            let this_year = NaiveDate::from_ymd_opt(today.year(), month, day);
            let other_year = |delta: i32| NaiveDate::from_ymd_opt(today.year() + delta, month, day);
            match (this_year, past) {
                (Some(d), false) if d >= today => Some(d),
                (Some(d), true) if d <= today => Some(d),
                (_, false) => other_year(1),
                (_, true) => other_year(-1),
            }
        }
        _ => None,
    }
}

/// When something happened, as the user typed it: a bare day means the start of that day in
/// their zone ("I called on the 18th", time not noted).
pub fn read_moment(field: Field, text: &str, zone: &dyn Zone) -> Result<DateTime<Utc>> {
    Ok(match read_typed(field, text, zone)? {
        Typed::Day(day) => zone.instant(day.and_time(chrono::NaiveTime::MIN)),
        Typed::Instant(at) => at,
    })
}

impl Due {
    /// Reads a due the user typed: a day stays a day, a time becomes an instant.
    pub fn read(field: Field, text: &str, zone: &dyn Zone) -> Result<Due> {
        Ok(match read_typed(field, text, zone)? {
            Typed::Day(date) => Due::Date { date },
            Typed::Instant(at) => Due::At { at },
        })
    }

    /// The due as a person would type it again: a day, or the instant in RFC 3339.
    pub fn as_typed(self) -> String {
        match self {
            Due::Date { date } => date.to_string(),
            Due::At { at } => at.to_rfc3339(),
        }
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
pub fn parse_instant(field: Field, text: &str) -> Result<DateTime<Utc>> {
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
    use crate::check::Problem;
    use chrono::TimeZone;

    #[test]
    fn a_bare_date_is_a_day() {
        assert_eq!(
            Due::read(Field::PromiseDue, "2026-11-30", &Utc).unwrap(),
            Due::Date {
                date: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
            }
        );
    }

    #[test]
    fn a_date_time_with_offset_is_an_instant_in_utc() {
        assert_eq!(
            Due::read(Field::PromiseDue, "2026-11-30T17:00:00+09:00", &Utc).unwrap(),
            Due::At {
                at: Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
            }
        );
    }

    #[test]
    fn a_local_time_is_read_in_the_users_zone() {
        let seoul = FixedOffset::east_opt(9 * 3600).unwrap();
        for text in [
            "2026-11-30 17:00",
            "2026-11-30T17:00",
            "2026-11-30T17:00:00",
        ] {
            assert_eq!(
                Due::read(Field::PromiseDue, text, &seoul).unwrap(),
                Due::At {
                    at: Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
                },
                "{text}"
            );
        }
    }

    #[test]
    fn a_bare_day_as_a_moment_is_the_start_of_that_local_day() {
        let seoul = FixedOffset::east_opt(9 * 3600).unwrap();
        assert_eq!(
            read_moment(Field::OccurredAt, "2026-11-30", &seoul).unwrap(),
            Utc.with_ymd_and_hms(2026, 11, 29, 15, 0, 0).unwrap()
        );
    }

    /// UTC, on a fixed day: Friday 2026-11-20 at 10:00.
    struct OnFriday;
    impl Zone for OnFriday {
        fn instant(&self, local: NaiveDateTime) -> DateTime<Utc> {
            Utc.from_utc_datetime(&local)
        }
        fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
            at.naive_utc()
        }
        fn now(&self) -> DateTime<Utc> {
            Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap()
        }
    }

    fn day(y: i32, m: u32, d: u32) -> Due {
        Due::Date {
            date: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
        }
    }

    #[test]
    fn days_are_read_as_people_write_them() {
        let due = |text: &str| Due::read(Field::PromiseDue, text, &OnFriday).unwrap();
        assert_eq!(due("2026.11.30"), day(2026, 11, 30));
        assert_eq!(due("2026. 11. 30."), day(2026, 11, 30));
        assert_eq!(due("2026/11/30"), day(2026, 11, 30));
        assert_eq!(due("today"), day(2026, 11, 20));
        assert_eq!(due("오늘"), day(2026, 11, 20));
        assert_eq!(due("Tomorrow"), day(2026, 11, 21));
        assert_eq!(due("내일"), day(2026, 11, 21));
        assert_eq!(due("모레"), day(2026, 11, 22));
        // A month and day alone is the nearest one ahead for a due...
        assert_eq!(due("11/30"), day(2026, 11, 30));
        assert_eq!(due("1.5"), day(2027, 1, 5));
        assert_eq!(due("11/20"), day(2026, 11, 20));
        // ...and the nearest one not after today for when a contact happened.
        let at = |text: &str| read_moment(Field::OccurredAt, text, &OnFriday).unwrap();
        assert_eq!(
            at("11/18 14:30"),
            Utc.with_ymd_and_hms(2026, 11, 18, 14, 30, 0).unwrap()
        );
        assert_eq!(
            at("12/24"),
            Utc.with_ymd_and_hms(2025, 12, 24, 0, 0, 0).unwrap()
        );
        assert_eq!(
            at("어제"),
            Utc.with_ymd_and_hms(2026, 11, 19, 0, 0, 0).unwrap()
        );
        assert_eq!(
            due("내일 17:00"),
            Due::At {
                at: Utc.with_ymd_and_hms(2026, 11, 21, 17, 0, 0).unwrap()
            }
        );
        // Not days: a day that does not exist, words it does not know.
        for text in ["2026.02.30", "13/01", "next week", "11/30/2026", "2026.11"] {
            assert!(
                Due::read(Field::PromiseDue, text, &OnFriday).is_err(),
                "{text:?} should be refused"
            );
        }
    }

    #[test]
    fn dates_outside_the_years_kept_are_refused() {
        let rule = |text: &str| match Due::read(Field::PromiseDue, text, &Utc) {
            Err(Error::Invalid(p)) => Some(p[0].rule),
            _ => None,
        };
        assert_eq!(rule("+10000-01-01"), Some(Rule::NotADate));
        assert_eq!(rule("-0001-01-01"), Some(Rule::NotADate));
        assert_eq!(rule("10000-01-01"), Some(Rule::NotADate));
        assert_eq!(rule("1899-12-31"), Some(Rule::OutOfRange));
        assert_eq!(rule("2200-01-01"), Some(Rule::OutOfRange));
        // In the year 9999 where it was typed, but 10000 in UTC.
        assert_eq!(rule("9999-12-31T23:30:00-01:00"), Some(Rule::OutOfRange));
        assert_eq!(rule("2199-12-31T23:30:00+09:00"), None);
        assert_eq!(rule("1900-01-01"), None);
        assert_eq!(rule("2199-12-31 23:59"), None);
        assert_eq!(
            Problem::new(Field::PromiseDue, Rule::OutOfRange).message(crate::Language::En),
            "Promise due date must be a date between the years 1900 and 2199"
        );
    }

    #[test]
    fn anything_else_is_not_a_date() {
        for text in [
            "the day after",
            "2026-02-30",
            "30/11/2026",
            "2026-11-30T25:00",
            "2026-11-30 17",
        ] {
            assert!(
                matches!(
                    Due::read(Field::PromiseDue, text, &Utc),
                    Err(Error::Invalid(p)) if p[0].rule == Rule::NotADate
                ),
                "{text:?} should be refused"
            );
        }
        assert!(matches!(
            Due::read(Field::PromiseDue, "  ", &Utc),
            Err(Error::Invalid(p)) if p[0].rule == Rule::Empty
        ));
    }

    #[test]
    fn stored_instants_sort_as_text_in_time_order() {
        let early = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        let late = Utc.with_ymd_and_hms(2026, 10, 2, 3, 4, 5).unwrap();
        assert!(instant_to_sql(early) < instant_to_sql(late));
        assert_eq!(instant_from_sql(&instant_to_sql(early)).unwrap(), early);
    }
}
