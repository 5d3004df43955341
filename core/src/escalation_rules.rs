//! Regulators' and laws' time limits for complaints: the table in `data/escalation-rules.json`
//! (each row with its source and a quote from it), shipped inside the app so it works offline,
//! and the one rule for turning a row into a date.
//!
//! Casebook computes a limit from this table only; it never invents one. The table's date
//! (`retrieved`) and a row's source go beside every date computed from it, with a note that
//! the user should check the current rules.

use std::sync::OnceLock;

use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::business_days;

const TABLE: &str = include_str!("../data/escalation-rules.json");

/// How a row counts its days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DayKind {
    Calendar,
    Business,
}

/// One time limit, as the table gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct EscalationRule {
    pub id: String,
    pub jurisdiction: String,
    pub sector: String,
    /// The event the clock starts from, in the table's words.
    pub starts_when: String,
    #[ts(type = "number | null")]
    pub days: Option<u32>,
    pub day_kind: DayKind,
    pub then_what: String,
    pub outer_limit: Option<String>,
    pub source: String,
    pub quote: String,
    /// ISO 8601 duration (`P8W`, `P6M`, `P30D`): exact for weeks, months and years.
    pub period: Option<String>,
    /// Read from a trade, legal or news summary rather than the regulator or the statute.
    pub secondary_source: bool,
}

#[derive(Deserialize)]
struct Table {
    retrieved: String,
    notes: Vec<String>,
    rules: Vec<EscalationRule>,
}

fn table() -> &'static Table {
    static PARSED: OnceLock<Table> = OnceLock::new();
    // The file is part of the build and every row is checked by this module's tests.
    PARSED.get_or_init(|| serde_json::from_str(TABLE).expect("escalation-rules.json parses"))
}

/// Every row of the table, in its order.
pub fn rules() -> &'static [EscalationRule] {
    &table().rules
}

/// The row with this id.
pub fn rule(id: &str) -> Option<&'static EscalationRule> {
    rules().iter().find(|r| r.id == id)
}

/// The day the table was read from its sources.
pub fn retrieved() -> &'static str {
    &table().retrieved
}

/// The table's notes on rules that changed or are easily misread.
pub fn notes() -> &'static [String] {
    &table().notes
}

/// A period as the table writes it: a count and a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

fn parse_period(text: &str) -> Option<Period> {
    let body = text.strip_prefix('P')?;
    let unit = body.chars().last()?;
    let count: u32 = body[..body.len() - unit.len_utf8()].parse().ok()?;
    match unit {
        'D' => Some(Period::Days(count)),
        'W' => Some(Period::Weeks(count)),
        'M' => Some(Period::Months(count)),
        'Y' => Some(Period::Years(count)),
        _ => None,
    }
}

impl EscalationRule {
    /// The country whose holidays this row's business days skip, when Casebook knows them.
    pub fn holiday_country(&self) -> Option<&'static str> {
        let code = self
            .jurisdiction
            .split([' ', '/'])
            .next()
            .unwrap_or_default();
        business_days::country(if code == "UK" { "GB" } else { code })
    }

    /// The day this limit falls on for a clock started on `start`: business days skip the
    /// jurisdiction's weekends and holidays; weeks, months and years are calendar periods (a
    /// month from 31 January is the last day of February). None for a row with no figure.
    pub fn due_from(&self, start: NaiveDate) -> Option<NaiveDate> {
        if self.day_kind == DayKind::Business {
            let days = self.days?;
            let country = self.holiday_country();
            // The FTC's Cooling-Off Rule (16 CFR 429.0, this row's source) counts every day
            // but Sundays and federal holidays: a Saturday is a business day there.
            let saturdays = self.id.starts_with("US-FTC-COOLINGOFF");
            return Some(business_days::add_days_counting(start, days, |day| {
                let weekend = match day.weekday() {
                    chrono::Weekday::Sun => true,
                    chrono::Weekday::Sat => !saturdays,
                    _ => false,
                };
                !weekend && !business_days::is_holiday(day, country)
            }));
        }
        let period = match self.period.as_deref().and_then(parse_period) {
            Some(period) => period,
            None => Period::Days(self.days?),
        };
        match period {
            Period::Days(n) => start.checked_add_signed(Duration::days(i64::from(n))),
            Period::Weeks(n) => start.checked_add_signed(Duration::weeks(i64::from(n))),
            Period::Months(n) => start.checked_add_months(Months::new(n)),
            Period::Years(n) => start.checked_add_months(Months::new(n * 12)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Every row, from a clock started on Saturday 31 January 2026, with its date worked out by
    /// hand: calendar days and weeks counted on a calendar, months and years to the same day
    /// (the last of a shorter month), business days skipping weekends and the jurisdiction's
    /// holidays (Korea's 설날 is 16–18 February 2026; no UK or US holiday falls before 20
    /// February but Presidents' Day on the 16th). A new row fails here until it is worked out.
    #[test]
    fn every_row_computes_its_date_from_a_fixed_start() {
        let start = day(2026, 1, 31);
        let expected: &[(&str, NaiveDate)] = &[
            ("UK-FOS-8W", day(2026, 3, 28)),
            ("UK-FOS-6M", day(2026, 7, 31)),
            ("UK-FOS-PSD-15BD", day(2026, 2, 20)),
            ("UK-ENERGY-8W", day(2026, 3, 28)),
            ("UK-COMMS-6W", day(2026, 3, 14)),
            ("UK-CRA-STRR-30D", day(2026, 3, 2)),
            ("UK-CRA-REFUND-14D", day(2026, 2, 14)),
            ("UK-CRA-6M-PRESUMPTION", day(2026, 7, 31)),
            ("UK-CCR-CANCEL-14D", day(2026, 2, 14)),
            ("UK-S75-NOLIMIT", day(2032, 1, 31)),
            ("UK-LIMITATION-6Y", day(2032, 1, 31)),
            ("US-CFPB-RESPOND-15D", day(2026, 2, 15)),
            ("US-CFPB-FINAL-60D", day(2026, 4, 1)),
            ("US-CFPB-FEEDBACK-60D", day(2026, 4, 1)),
            ("US-FCBA-NOTICE-60D", day(2026, 4, 1)),
            ("US-FCBA-ACK-30D", day(2026, 3, 2)),
            ("US-FCBA-RESOLVE-90D", day(2026, 5, 1)),
            ("US-REGE-NOTICE-60D", day(2026, 4, 1)),
            ("US-REGE-INVESTIGATE-10BD", day(2026, 2, 13)),
            ("US-REGE-EXTENDED-45D", day(2026, 3, 17)),
            ("US-FCRA-REINVESTIGATE-30D", day(2026, 3, 2)),
            ("US-FTC-COOLINGOFF-3BD", day(2026, 2, 4)),
            ("KR-KCA-RELIEF-30D", day(2026, 3, 2)),
            ("KR-CDMC-MEDIATE-30D", day(2026, 3, 2)),
            ("KR-CDMC-ACCEPT-15D", day(2026, 2, 15)),
            ("KR-ECOM-WITHDRAW-7D", day(2026, 2, 7)),
            ("KR-ECOM-MISMATCH-30D-3M", day(2026, 3, 2)),
            ("KR-ECOM-REFUND-3BD", day(2026, 2, 4)),
            ("KR-TELECOM-ADR-60D", day(2026, 4, 1)),
            ("KR-FSS-ADR-30D", day(2026, 3, 2)),
            ("KR-FSS-ADR-60D", day(2026, 4, 1)),
            // 2–6 Feb (5), 9–13 (10), 설날 16–18 skipped, 19–20 (12), 23–24 (14).
            ("KR-FIN-IDR-14BD", day(2026, 2, 24)),
            ("EU-CRD-WITHDRAW-14D", day(2026, 2, 14)),
            ("EU-CRD-REFUND-14D", day(2026, 2, 14)),
            ("EU-LEGAL-GUARANTEE-2Y", day(2028, 1, 31)),
            ("EU-ADR-90D", day(2026, 5, 1)),
            ("AU-AFCA-IDR-30D", day(2026, 3, 2)),
            ("AU-AFCA-IDR-SUPER-45D", day(2026, 3, 17)),
            ("AU-AFCA-IDR-HARDSHIP-21D", day(2026, 2, 21)),
            ("AU-AFCA-LODGE-2Y", day(2028, 1, 31)),
            ("AU-TELCO-15WD", day(2026, 2, 20)),
            ("AU-TIO-REFERRAL-10BD", day(2026, 2, 13)),
            ("CARD-VISA-13.1-120D", day(2026, 5, 31)),
            ("CARD-VISA-10.4-120D", day(2026, 5, 31)),
            ("CARD-MC-NOTPROVIDED-120D", day(2026, 5, 31)),
            ("CARD-AMEX-NOTRECEIVED-120D", day(2026, 5, 31)),
        ];
        assert_eq!(
            rules().iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            expected.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            "every row of the table, in its order"
        );
        for (id, due) in expected {
            assert_eq!(rule(id).unwrap().due_from(start), Some(*due), "{id}");
        }
    }

    #[test]
    fn the_table_holds_what_every_computed_date_is_shown_with() {
        assert_eq!(retrieved(), "2026-11-23");
        assert!(!notes().is_empty());
        for r in rules() {
            assert!(!r.source.is_empty() && !r.quote.is_empty(), "{}", r.id);
            // A figure in days and a period must agree where both are given in days.
            if let (Some(days), Some(Period::Days(n))) =
                (r.days, r.period.as_deref().and_then(parse_period))
            {
                assert_eq!(days, n, "{}", r.id);
            }
            assert!(
                r.days.is_some() || r.period.is_some(),
                "{} has a figure",
                r.id
            );
        }
    }

    #[test]
    fn business_days_use_the_jurisdictions_holidays() {
        assert_eq!(
            rule("KR-FIN-IDR-14BD").unwrap().holiday_country(),
            Some("KR")
        );
        assert_eq!(
            rule("UK-FOS-PSD-15BD").unwrap().holiday_country(),
            Some("GB")
        );
        assert_eq!(
            rule("US-FTC-COOLINGOFF-3BD").unwrap().holiday_country(),
            Some("US")
        );
        // A sale on Thursday 5 November 2026 can be cancelled until Monday the 9th: the FTC
        // counts Saturday.
        assert_eq!(
            rule("US-FTC-COOLINGOFF-3BD")
                .unwrap()
                .due_from(day(2026, 11, 5)),
            Some(day(2026, 11, 9))
        );
        // No holiday list for Australia: weekends only.
        assert_eq!(rule("AU-TELCO-15WD").unwrap().holiday_country(), None);
        // Three Korean business days from Wednesday 23 September 2026 skip 추석.
        assert_eq!(
            rule("KR-ECOM-REFUND-3BD")
                .unwrap()
                .due_from(day(2026, 9, 23)),
            Some(day(2026, 9, 30))
        );
    }
}
