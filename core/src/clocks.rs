//! A case's clocks: the regulators' and laws' time limits that apply to it (by its country and
//! sector), each started by an event in the case (the first complaint, a delivery, a final
//! response) and computed from the escalation rules table alone.
//!
//! Which rows apply to which sector, and which event starts each, is read from each row's own
//! words (its `sector` and `starts_when`) into [`ROWS`]; a test fails when a row of the table
//! is not placed there.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::check::Field;
use crate::choice::choice;
use crate::db::Store;
use crate::due::{read_typed, Typed, Zone};
use crate::error::{Error, Result, Rule};
use crate::escalation_rules::{self, EscalationRule};

choice!(
    /// What kind of business a case is with, as the rules table groups its limits.
    Sector {
        /// Banks, loans, insurance, investments, pensions.
        Financial = "financial",
        /// Payment services, e-money, transfers, payment apps.
        Payments = "payments",
        CreditCard = "credit_card",
        /// Debit cards, ATM and electronic transfers.
        DebitCard = "debit_card",
        CreditReport = "credit_report",
        Energy = "energy",
        /// Phone, mobile, broadband, pay TV.
        Telecom = "telecom",
        /// Goods bought in a shop.
        Goods = "goods",
        /// Goods or services bought online, by mail or phone.
        OnlineShopping = "online_shopping",
        /// Sales at the door or away from the trader's premises.
        Doorstep = "doorstep",
        /// Any other service.
        Services = "services",
    }
);

choice!(
    /// The event a clock starts from.
    StartEvent {
        /// The company received the complaint: the first contact logged in the case.
        Complaint = "complaint",
        /// The company sent its final response.
        FinalResponse = "final_response",
        /// The goods arrived.
        Delivered = "delivered",
        /// The purchase, sale or card transaction.
        Purchased = "purchased",
        /// The statement showing the error.
        Statement = "statement",
        /// The trader agreed to refund, or was told of the withdrawal, or got the goods back.
        RefundAgreed = "refund_agreed",
        /// The regulator, ombudsman or mediation body received the case.
        Referred = "referred",
        /// A decision or response was received from the regulator or mediation body.
        Decision = "decision",
        /// The user found the problem: the day the case started.
        Noticed = "noticed",
    }
);

impl StartEvent {
    /// Whether the user gives this event's day; the first complaint and the day the problem
    /// was noticed come from the case itself.
    pub fn is_typed(self) -> bool {
        !matches!(self, StartEvent::Complaint | StartEvent::Noticed)
    }
}

/// Which sectors a row covers (empty: every sector in its jurisdiction), and what starts it.
const ROWS: &[(&str, &[Sector], StartEvent)] = {
    use Sector::*;
    use StartEvent::*;
    &[
        (
            "UK-FOS-8W",
            &[Financial, Payments, CreditCard, DebitCard],
            Complaint,
        ),
        (
            "UK-FOS-6M",
            &[Financial, Payments, CreditCard, DebitCard],
            FinalResponse,
        ),
        ("UK-FOS-PSD-15BD", &[Payments, DebitCard], Complaint),
        ("UK-ENERGY-8W", &[Energy], Complaint),
        ("UK-COMMS-6W", &[Telecom], Complaint),
        ("UK-CRA-STRR-30D", &[Goods, OnlineShopping], Delivered),
        ("UK-CRA-REFUND-14D", &[Goods, OnlineShopping], RefundAgreed),
        ("UK-CRA-6M-PRESUMPTION", &[Goods, OnlineShopping], Delivered),
        ("UK-CCR-CANCEL-14D", &[OnlineShopping, Doorstep], Delivered),
        ("UK-S75-NOLIMIT", &[CreditCard], Purchased),
        ("UK-LIMITATION-6Y", &[], Purchased),
        (
            "US-CFPB-RESPOND-15D",
            &[Financial, Payments, CreditCard, DebitCard, CreditReport],
            Referred,
        ),
        (
            "US-CFPB-FINAL-60D",
            &[Financial, Payments, CreditCard, DebitCard, CreditReport],
            Referred,
        ),
        (
            "US-CFPB-FEEDBACK-60D",
            &[Financial, Payments, CreditCard, DebitCard, CreditReport],
            Decision,
        ),
        ("US-FCBA-NOTICE-60D", &[CreditCard], Statement),
        ("US-FCBA-ACK-30D", &[CreditCard], Complaint),
        ("US-FCBA-RESOLVE-90D", &[CreditCard], Complaint),
        ("US-REGE-NOTICE-60D", &[DebitCard, Payments], Statement),
        (
            "US-REGE-INVESTIGATE-10BD",
            &[DebitCard, Payments],
            Complaint,
        ),
        ("US-REGE-EXTENDED-45D", &[DebitCard, Payments], Complaint),
        ("US-FCRA-REINVESTIGATE-30D", &[CreditReport], Complaint),
        ("US-FTC-COOLINGOFF-3BD", &[Doorstep], Purchased),
        (
            "KR-KCA-RELIEF-30D",
            &[Goods, OnlineShopping, Doorstep, Services, Telecom, Energy],
            Referred,
        ),
        (
            "KR-CDMC-MEDIATE-30D",
            &[Goods, OnlineShopping, Doorstep, Services, Telecom, Energy],
            Referred,
        ),
        (
            "KR-CDMC-ACCEPT-15D",
            &[Goods, OnlineShopping, Doorstep, Services, Telecom, Energy],
            Decision,
        ),
        ("KR-ECOM-WITHDRAW-7D", &[OnlineShopping], Delivered),
        ("KR-ECOM-MISMATCH-30D-3M", &[OnlineShopping], Noticed),
        ("KR-ECOM-REFUND-3BD", &[OnlineShopping], RefundAgreed),
        ("KR-TELECOM-ADR-60D", &[Telecom], Referred),
        (
            "KR-FSS-ADR-30D",
            &[Financial, Payments, CreditCard, DebitCard],
            Referred,
        ),
        (
            "KR-FSS-ADR-60D",
            &[Financial, Payments, CreditCard, DebitCard],
            Referred,
        ),
        (
            "KR-FIN-IDR-14BD",
            &[Financial, Payments, CreditCard, DebitCard],
            Complaint,
        ),
        (
            "EU-CRD-WITHDRAW-14D",
            &[OnlineShopping, Doorstep],
            Delivered,
        ),
        (
            "EU-CRD-REFUND-14D",
            &[OnlineShopping, Doorstep],
            RefundAgreed,
        ),
        ("EU-LEGAL-GUARANTEE-2Y", &[Goods, OnlineShopping], Delivered),
        ("EU-ADR-90D", &[], Referred),
        (
            "AU-AFCA-IDR-30D",
            &[Financial, Payments, CreditCard, DebitCard],
            Complaint,
        ),
        ("AU-AFCA-IDR-SUPER-45D", &[Financial], Complaint),
        (
            "AU-AFCA-IDR-HARDSHIP-21D",
            &[Financial, CreditCard],
            Complaint,
        ),
        (
            "AU-AFCA-LODGE-2Y",
            &[Financial, Payments, CreditCard, DebitCard],
            FinalResponse,
        ),
        ("AU-TELCO-15WD", &[Telecom], Complaint),
        ("AU-TIO-REFERRAL-10BD", &[Telecom], Referred),
        ("CARD-VISA-13.1-120D", &[CreditCard, DebitCard], Purchased),
        ("CARD-VISA-10.4-120D", &[CreditCard, DebitCard], Purchased),
        (
            "CARD-MC-NOTPROVIDED-120D",
            &[CreditCard, DebitCard],
            Purchased,
        ),
        ("CARD-AMEX-NOTRECEIVED-120D", &[CreditCard], Purchased),
    ]
};

/// Rows whose own words give a second limit from another event, which ends the right when it
/// comes first: 전자상거래법 제17조③ allows 30 days from knowing of the mismatch, and at most 3
/// months from the supply.
const CAPS: &[(&str, StartEvent, u32)] = &[("KR-ECOM-MISMATCH-30D-3M", StartEvent::Delivered, 3)];

/// The countries a case can name for its clocks: those the table has rules for (the EU's
/// members share the EU's).
pub const COUNTRIES: &[&str] = &[
    "KR", "GB", "US", "AU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
    "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Whether a row of the table applies in `country`.
fn applies_in(rule: &EscalationRule, country: &str) -> bool {
    let j = rule.jurisdiction.as_str();
    match country {
        // Card networks' rules are the same wherever the card was issued.
        _ if j.starts_with("Card network") => true,
        "GB" => j.starts_with("UK"),
        "US" | "KR" | "AU" => j.split([' ', '/']).next() == Some(country),
        _ => j.starts_with("EU"),
    }
}

/// One limit that applies to a case: the row, what starts it and when, and the day it falls.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Clock {
    pub rule: EscalationRule,
    pub starts: StartEvent,
    /// Whether the user gives the starting event's day (see [`StartEvent::is_typed`]).
    pub start_typed: bool,
    /// The day the starting event happened, when the case knows it.
    pub started_on: Option<NaiveDate>,
    /// The day the limit falls, once its start is known.
    pub due: Option<NaiveDate>,
}

/// A case's clocks, with the table's date to show beside them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CaseClocks {
    #[ts(type = "number")]
    pub case_id: i64,
    pub country: Option<String>,
    pub sector: Option<Sector>,
    /// The day the rules table was read from its sources.
    pub retrieved: String,
    pub clocks: Vec<Clock>,
}

/// A country as typed (blank for none), or the problem with it.
pub(crate) fn country_of(typed: Option<&str>) -> Result<Option<&'static str>> {
    match typed.map(str::trim).filter(|c| !c.is_empty()) {
        Some(code) => clock_country(code)
            .map(Some)
            .ok_or_else(|| Error::invalid(Field::ClockCountry, Rule::NotAllowed)),
        None => Ok(None),
    }
}

/// The case's country as a clock country: `UK` and lower case are read too.
fn clock_country(code: &str) -> Option<&'static str> {
    let code = code.trim().to_ascii_uppercase();
    let code = if code == "UK" { "GB".to_string() } else { code };
    COUNTRIES.iter().copied().find(|c| *c == code)
}

impl Store {
    /// Names the country and sector a case's limits are looked up by; None clears one.
    pub fn set_case_jurisdiction(
        &mut self,
        case_id: i64,
        country: Option<&str>,
        sector: Option<Sector>,
        now: DateTime<Utc>,
    ) -> Result<CaseClocks> {
        let country = country_of(country)?;
        self.case(case_id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE \"case\" SET country = ?2, sector = ?3, updated_at = ?4 WHERE id = ?1",
                params![case_id, country, sector, crate::due::instant_to_sql(now)],
            )?;
            Ok(())
        })?;
        self.clocks(case_id)
    }

    /// Records the day an event that starts a clock happened in a case (a delivery, a final
    /// response), as typed; None or an empty text forgets it. The first complaint and the day
    /// the problem was noticed come from the case itself.
    pub fn set_case_date(
        &mut self,
        case_id: i64,
        event: StartEvent,
        day: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<CaseClocks> {
        if !event.is_typed() {
            return Err(Error::invalid(Field::ClockStart, Rule::NotAllowed));
        }
        let day = match day.map(str::trim).filter(|d| !d.is_empty()) {
            Some(typed) => Some(
                match read_typed(Field::ClockStart, typed, &self.reader())? {
                    Typed::Day(day) => day,
                    Typed::Instant(at) => self.reader().local(at).date(),
                },
            ),
            None => None,
        };
        self.case(case_id)?;
        // One statement reads and writes the dates, so a change made elsewhere at the same
        // moment is never written over.
        let path = format!("$.{}", event.as_str());
        self.write(|tx| {
            match day {
                Some(day) => tx.execute(
                    "UPDATE \"case\" SET clock_dates = json_set(clock_dates, ?2, ?3), \
                     updated_at = ?4 WHERE id = ?1",
                    params![
                        case_id,
                        path,
                        day.to_string(),
                        crate::due::instant_to_sql(now)
                    ],
                )?,
                None => tx.execute(
                    "UPDATE \"case\" SET clock_dates = json_remove(clock_dates, ?2), \
                     updated_at = ?3 WHERE id = ?1",
                    params![case_id, path, crate::due::instant_to_sql(now)],
                )?,
            };
            Ok(())
        })?;
        self.clocks(case_id)
    }

    fn case_dates(&self, case_id: i64) -> Result<BTreeMap<StartEvent, NaiveDate>> {
        let text: String = self.one(
            "SELECT clock_dates FROM \"case\" WHERE id = ?1",
            case_id,
            "case",
            |r| r.get(0),
        )?;
        serde_json::from_str(&text).map_err(|e| {
            Error::Storage(rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                Box::new(e),
            ))
        })
    }

    /// Adds a clock to the user's deadlines: a deadline on its day, named for its rule, which
    /// lists on the home screen and warns the day before like any deadline (the clock's own
    /// reminders still come). A clock whose start is not known yet cannot.
    pub fn remind_clock(
        &mut self,
        case_id: i64,
        rule_id: &str,
        now: DateTime<Utc>,
    ) -> Result<crate::follow_up::FollowUp> {
        let shown = self.clocks(case_id)?;
        let clock = shown
            .clocks
            .iter()
            .find(|c| c.rule.id == rule_id)
            .ok_or(Error::NotFound {
                entity: "time limit",
                id: case_id,
            })?;
        let due = clock.due.ok_or_else(|| {
            Error::Conflict(format!("{rule_id} has no day until its start is known"))
        })?;
        let note = crate::text::shortened(
            &format!("{} — {}", clock.rule.id, clock.rule.then_what),
            crate::text::NAME_MAX,
        );
        self.add_follow_up(
            case_id,
            &crate::follow_up::FollowUpInput {
                kind: crate::follow_up::FollowUpKind::Deadline,
                note,
                due: due.to_string(),
            },
            now,
        )
    }

    /// The limits that apply to a case, each with its start and its day when known, soonest
    /// first; those whose start is not known yet come last.
    pub fn clocks(&self, case_id: i64) -> Result<CaseClocks> {
        // The case's own, else its company's.
        let (country, sector): (Option<String>, Option<Sector>) = self.one(
            "SELECT coalesce(k.country, c.country), coalesce(k.sector, c.sector) \
             FROM \"case\" k JOIN company c ON c.id = k.company_id WHERE k.id = ?1",
            case_id,
            "case",
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut dates = self.case_dates(case_id)?;
        let zone = self.reader();
        let case = self.case(case_id)?;
        dates.insert(StartEvent::Noticed, zone.local(case.opened_at).date());
        let first_contact: Option<String> = self.conn.query_row(
            "SELECT min(occurred_at) FROM interaction WHERE case_id = ?1",
            [case_id],
            |r| r.get(0),
        )?;
        if let Some(at) = first_contact {
            let at = crate::due::instant_from_sql(&at)?;
            dates.insert(StartEvent::Complaint, zone.local(at).date());
        }
        let mut clocks: Vec<Clock> = match (&country, sector) {
            (Some(country), Some(sector)) => escalation_rules::rules()
                .iter()
                .filter(|rule| applies_in(rule, country))
                .filter_map(|rule| {
                    let (_, sectors, starts) = ROWS.iter().find(|(id, _, _)| *id == rule.id)?;
                    (sectors.is_empty() || sectors.contains(&sector)).then(|| {
                        let started_on = dates.get(starts).copied();
                        let mut due = started_on.and_then(|d| rule.due_from(d));
                        // A second limit from another event, whichever ends first.
                        if let Some((_, event, months)) =
                            CAPS.iter().find(|(id, _, _)| *id == rule.id)
                        {
                            let cap = dates
                                .get(event)
                                .and_then(|d| d.checked_add_months(chrono::Months::new(*months)));
                            due = match (due, cap) {
                                (Some(due), Some(cap)) => Some(due.min(cap)),
                                (due, _) => due,
                            };
                        }
                        Clock {
                            rule: rule.clone(),
                            starts: *starts,
                            start_typed: starts.is_typed(),
                            started_on,
                            due,
                        }
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
        clocks.sort_by_key(|c| (c.due.is_none(), c.due));
        Ok(CaseClocks {
            case_id,
            country,
            sector,
            retrieved: escalation_rules::retrieved().to_string(),
            clocks,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_table_is_placed_once() {
        let ids: Vec<&str> = ROWS.iter().map(|(id, _, _)| *id).collect();
        let table: Vec<&str> = escalation_rules::rules()
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, table);
    }

    #[test]
    fn a_row_applies_in_its_own_jurisdiction() {
        let rule = |id| escalation_rules::rule(id).unwrap();
        assert!(applies_in(rule("UK-FOS-8W"), "GB"));
        assert!(!applies_in(rule("UK-FOS-8W"), "US"));
        assert!(applies_in(rule("EU-ADR-90D"), "DE"));
        assert!(!applies_in(rule("EU-ADR-90D"), "KR"));
        assert!(applies_in(rule("KR-ECOM-WITHDRAW-7D"), "KR"));
        assert!(applies_in(rule("CARD-VISA-13.1-120D"), "KR"));
        assert_eq!(clock_country("uk"), Some("GB"));
        assert_eq!(clock_country("XX"), None);
    }
}
