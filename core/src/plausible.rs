//! Dates that are allowed but probably mistyped: a contact in the future, a promise due before
//! the contact that made it, a year far from this one. The window warns beside the field and
//! still saves: the user may know better (a call booked for tonight, a ten-year warranty).

use chrono::{Datelike, Duration, NaiveDate};

use crate::check::{Field, Problem};
use crate::db::Store;
use crate::due::{read_typed, Typed, Zone};
use crate::error::Rule;
use crate::interaction::InteractionInput;

/// How far ahead a contact's time may be before it looks like a slip: the user may type the
/// call they are on, a little ahead of the clock.
const CONTACT_AHEAD_MINUTES: i64 = 60;
/// A contact this many years back or more, or a promise due this many years ahead or more,
/// is more likely a mistyped year (2062 for 2026) than a real one.
const FAR_YEARS: i32 = 2;

/// The day a typed date falls on in the user's zone.
fn day_of(typed: &Typed, zone: &dyn Zone) -> NaiveDate {
    match typed {
        Typed::Day(day) => *day,
        Typed::Instant(at) => zone.local(*at).date(),
    }
}

fn years_apart(a: NaiveDate, b: NaiveDate) -> i32 {
    let mut years = b.year() - a.year();
    if (b.month(), b.day()) < (a.month(), a.day()) {
        years -= 1;
    }
    years
}

impl Store {
    /// What looks mistyped in a contact form, field by field. Fields that do not read at all
    /// are left to [`Store::check_interaction`].
    pub fn interaction_warnings(&self, input: &InteractionInput) -> Vec<Problem> {
        let zone = &self.reader();
        let now = zone.now();
        let today = zone.local(now).date();
        let mut warnings = Vec::new();
        let contact = read_typed(Field::OccurredAt, &input.occurred_at, zone).ok();
        if let Some(typed) = &contact {
            let day = day_of(typed, zone);
            let future = match typed {
                Typed::Day(day) => *day > today,
                Typed::Instant(at) => *at > now + Duration::minutes(CONTACT_AHEAD_MINUTES),
            };
            if future {
                warnings.push(Problem::new(Field::OccurredAt, Rule::Future));
            } else if years_apart(day, today) >= FAR_YEARS {
                warnings.push(Problem::new(Field::OccurredAt, Rule::FarAway));
            }
        }
        let due = input
            .promise
            .as_ref()
            .filter(|p| !p.due.trim().is_empty())
            .and_then(|p| read_typed(Field::PromiseDue, &p.due, zone).ok());
        if let Some(due) = &due {
            let due_day = day_of(due, zone);
            let contact_day = contact.as_ref().map(|c| day_of(c, zone));
            if contact_day.is_some_and(|c| due_day < c) {
                warnings.push(Problem::new(Field::PromiseDue, Rule::BeforeContact));
            } else if years_apart(today, due_day) >= FAR_YEARS {
                warnings.push(Problem::new(Field::PromiseDue, Rule::FarAway));
            }
        }
        warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interaction::Channel;
    use crate::promise::PromiseInput;
    use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};

    /// Seoul on Monday 23 November 2026 at 15:00.
    struct SeoulMonday;
    impl Zone for SeoulMonday {
        fn instant(&self, local: NaiveDateTime) -> DateTime<Utc> {
            seoul().instant(local)
        }
        fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
            seoul().local(at)
        }
        fn now(&self) -> DateTime<Utc> {
            Utc.with_ymd_and_hms(2026, 11, 23, 6, 0, 0).unwrap()
        }
    }

    fn seoul() -> FixedOffset {
        FixedOffset::east_opt(9 * 3600).unwrap()
    }

    fn store() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store.set_zone(SeoulMonday);
        store
    }

    fn contact(at: &str, due: Option<&str>) -> InteractionInput {
        InteractionInput {
            occurred_at: at.into(),
            channel: Channel::Phone,
            direction: crate::interaction::Direction::Outbound,
            agent: Default::default(),
            reference: None,
            duration_min: None,
            hold_min: None,
            notes: Some("called".into()),
            summary: None,
            promise: due.map(|d| PromiseInput {
                description: "refund".into(),
                due: d.into(),
                made_by: None,
            }),
        }
    }

    fn rules(warnings: Vec<Problem>) -> Vec<(Field, Rule)> {
        warnings.into_iter().map(|w| (w.field, w.rule)).collect()
    }

    #[test]
    fn a_contact_ahead_of_the_clock_is_in_the_future_beyond_an_hour() {
        let s = store();
        assert_eq!(
            rules(s.interaction_warnings(&contact("2026-11-23 15:50", None))),
            vec![]
        );
        assert_eq!(
            rules(s.interaction_warnings(&contact("2026-11-23 16:30", None))),
            vec![(Field::OccurredAt, Rule::Future)]
        );
        assert_eq!(
            rules(s.interaction_warnings(&contact("내일", None))),
            vec![(Field::OccurredAt, Rule::Future)]
        );
        assert_eq!(
            rules(s.interaction_warnings(&contact("오늘", None))),
            vec![]
        );
    }

    #[test]
    fn a_promise_due_before_its_contact_or_years_away_is_flagged() {
        let s = store();
        assert_eq!(
            rules(s.interaction_warnings(&contact("2026.11.20", Some("2026.11.19")))),
            vec![(Field::PromiseDue, Rule::BeforeContact)]
        );
        assert_eq!(
            rules(s.interaction_warnings(&contact("2026.11.20", Some("2026.11.20")))),
            vec![]
        );
        assert_eq!(
            rules(s.interaction_warnings(&contact("2026.11.20", Some("2062.11.30")))),
            vec![(Field::PromiseDue, Rule::FarAway)]
        );
        assert_eq!(
            rules(s.interaction_warnings(&contact("2020.11.20", None))),
            vec![(Field::OccurredAt, Rule::FarAway)]
        );
        assert_eq!(
            rules(s.interaction_warnings(&contact("2025.03.02", None))),
            vec![]
        );
    }

    #[test]
    fn dates_that_do_not_read_are_left_to_the_form_check() {
        let s = store();
        assert_eq!(
            rules(s.interaction_warnings(&contact("next week", Some("soon")))),
            vec![]
        );
    }
}
