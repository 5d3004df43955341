//! Cases: one problem with one company, from opening to resolution.

use chrono::{DateTime, Utc};
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};

use crate::agent;
use crate::check::{Check, Field};
use crate::choice::choice;
use crate::company::{identifiers, json, json_column, Identifier};
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql, read_moment, Due, Zone};
use crate::error::{Error, Result};
use crate::money::{self, Money};
use crate::text::{self, NAME_MAX};

choice!(
    /// Whether the user still needs something from the company.
    Status { Open = "open", Resolved = "resolved" }
);

choice!(
    /// How far up the user has had to take the problem.
    Escalation {
        Agent = "agent",
        Supervisor = "supervisor",
        Complaints = "complaints",
        Executive = "executive",
        Regulator = "regulator",
        Public = "public",
        Leaving = "leaving",
    }
);

choice!(
    /// How a resolved case ended.
    Outcome {
        GotIt = "got_it",
        Partial = "partial",
        GaveUp = "gave_up",
        Switched = "switched",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Case {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub company_id: i64,
    pub title: String,
    pub description: Option<String>,
    pub desired_outcome: Option<String>,
    pub money: Option<Money>,
    pub identifiers: Vec<Identifier>,
    pub escalation: Escalation,
    pub status: Status,
    pub opened_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
    pub resolution_note: Option<String>,
    /// What came back, entered on resolving; may differ from the money at stake.
    pub recovered: Option<Money>,
}

/// What the user fills in to open or edit a case. Amount and currency arrive as typed, so a
/// mistake in them comes back as a message on that field.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CaseInput {
    #[ts(type = "number")]
    pub company_id: i64,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub desired_outcome: Option<String>,
    #[serde(default)]
    pub amount: Option<String>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
    #[serde(default = "default_escalation")]
    pub escalation: Escalation,
    /// When the problem started, as typed, for a case entered after the fact; empty means
    /// now for a new case and unchanged for an edited one.
    #[serde(default)]
    pub opened_on: Option<String>,
}

fn default_escalation() -> Escalation {
    Escalation::Agent
}

/// A case as it appears in a company's list: enough to pick the one to open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CaseSummary {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub company_id: i64,
    pub title: String,
    pub status: Status,
    pub escalation: Escalation,
    pub money: Option<Money>,
    pub opened_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
    pub last_contact_at: Option<DateTime<Utc>>,
    #[ts(type = "number")]
    pub interactions: i64,
    #[ts(type = "number")]
    pub pending_promises: i64,
    /// The earliest pending promise or open follow-up.
    pub next_due: Option<Due>,
    /// Whether that due has passed while the case is open: the list says "Overdue since".
    pub overdue: bool,
}

/// Part of a company's case list as its screen draws it: a company may have a thousand cases,
/// and the window asks for the next ones as the user scrolls instead of all of them at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CaseList {
    /// The cases asked for, in [`Store::company_cases`]' order.
    pub cases: Vec<CaseSummary>,
    /// How many are listed in all: the open ones, or every one when resolved ones are shown.
    #[ts(type = "number")]
    pub listed: i64,
    #[ts(type = "number")]
    pub open: i64,
    #[ts(type = "number")]
    pub resolved: i64,
}

impl From<&Case> for CaseInput {
    /// The form filled in with a stored case, for editing (or re-checking) it.
    fn from(k: &Case) -> Self {
        CaseInput {
            company_id: k.company_id,
            title: k.title.clone(),
            description: k.description.clone(),
            desired_outcome: k.desired_outcome.clone(),
            amount: k.money.as_ref().map(|m| m.amount.clone()),
            currency: k.money.as_ref().map(|m| m.currency.clone()),
            identifiers: k.identifiers.clone(),
            escalation: k.escalation,
            opened_on: Some(k.opened_at.to_rfc3339()),
        }
    }
}

#[derive(Default)]
pub(crate) struct ValidCase {
    title: String,
    description: Option<String>,
    desired_outcome: Option<String>,
    money: Option<(i64, String)>,
    identifiers: String,
    opened_at: Option<DateTime<Utc>>,
}

impl CaseInput {
    /// The case as it will be stored, or every problem with what was typed.
    pub(crate) fn validate(&self, zone: &dyn Zone) -> Result<ValidCase> {
        let mut c = Check::new();
        let desired = text::long(Field::DesiredOutcome, self.desired_outcome.as_deref());
        let valid = ValidCase {
            title: c.take(text::required(Field::Title, &self.title, NAME_MAX)),
            description: c.take(text::long(Field::Description, self.description.as_deref())),
            desired_outcome: c.take(desired),
            money: c.take(money::parse(
                self.amount.as_deref(),
                self.currency.as_deref(),
            )),
            identifiers: json(&c.take(identifiers(Field::Identifiers, &self.identifiers))),
            opened_at: match self.opened_on.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(typed) => Some(c.take(read_moment(Field::OpenedOn, typed, zone))),
            },
        };
        c.finish(valid)
    }
}

const COLUMNS: &str = "id, company_id, title, description, desired_outcome, amount_minor, \
    currency, identifiers, escalation, status, opened_at, resolved_at, outcome, resolution_note, \
    recovered_minor, recovered_currency";

fn money_from_row(row: &Row) -> rusqlite::Result<Option<Money>> {
    let minor: Option<i64> = row.get("amount_minor")?;
    let currency: Option<String> = row.get("currency")?;
    Ok(match (minor, currency) {
        (Some(m), Some(c)) => Some(money::to_money(m, &c)),
        _ => None,
    })
}

fn optional_instant(row: &Row, idx: &str) -> rusqlite::Result<Option<DateTime<Utc>>> {
    row.get::<_, Option<String>>(idx)?
        .map(|t| instant_from_sql(&t))
        .transpose()
}

fn from_row(row: &Row) -> rusqlite::Result<Case> {
    Ok(Case {
        id: row.get("id")?,
        company_id: row.get("company_id")?,
        title: row.get("title")?,
        description: row.get("description")?,
        desired_outcome: row.get("desired_outcome")?,
        money: money_from_row(row)?,
        identifiers: json_column(row, "identifiers")?,
        escalation: row.get("escalation")?,
        status: row.get("status")?,
        opened_at: instant_from_sql(&row.get::<_, String>("opened_at")?)?,
        resolved_at: optional_instant(row, "resolved_at")?,
        outcome: row.get("outcome")?,
        resolution_note: row.get("resolution_note")?,
        recovered: match (
            row.get::<_, Option<i64>>("recovered_minor")?,
            row.get::<_, Option<String>>("recovered_currency")?,
        ) {
            (Some(m), Some(c)) => Some(money::to_money(m, &c)),
            _ => None,
        },
    })
}

impl Store {
    pub fn open_case(&mut self, input: &CaseInput, now: DateTime<Utc>) -> Result<Case> {
        let v = input.validate(&self.reader())?;
        self.company(input.company_id)?;
        let opened = instant_to_sql(v.opened_at.unwrap_or(now));
        let now = instant_to_sql(now);
        let (minor, currency) = v.money.unzip();
        self.write_then(
            |tx| {
                tx.execute(
                    "INSERT INTO \"case\" (company_id, title, description, desired_outcome, \
                 amount_minor, currency, identifiers, escalation, opened_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?9)",
                    params![
                        input.company_id,
                        v.title,
                        v.description,
                        v.desired_outcome,
                        minor,
                        currency,
                        v.identifiers,
                        input.escalation,
                        now,
                        opened
                    ],
                )?;
                crate::draft::clear(tx, crate::draft::DraftForm::NewCase, input.company_id)?;
                Ok(tx.last_insert_rowid())
            },
            |s, id| s.case(id),
        )
    }

    /// Changes what the user wrote about a case. Its company may change too, for a case filed
    /// under the wrong one.
    pub fn update_case(&mut self, id: i64, input: &CaseInput, now: DateTime<Utc>) -> Result<Case> {
        let v = input.validate(&self.reader())?;
        self.company(input.company_id)?;
        let before = self.case(id)?;
        let opened = instant_to_sql(v.opened_at.unwrap_or(before.opened_at));
        let (minor, currency) = v.money.unzip();
        self.write_then(
            |tx| {
                if before.company_id != input.company_id {
                    agent::move_case_agents(tx, id, input.company_id, now)?;
                }
                let changed = tx.execute(
                    "UPDATE \"case\" SET company_id = ?2, title = ?3, description = ?4, \
                 desired_outcome = ?5, amount_minor = ?6, currency = ?7, identifiers = ?8, \
                 escalation = ?9, updated_at = ?10, opened_at = ?11 WHERE id = ?1",
                    params![
                        id,
                        input.company_id,
                        v.title,
                        v.description,
                        v.desired_outcome,
                        minor,
                        currency,
                        v.identifiers,
                        input.escalation,
                        instant_to_sql(now),
                        opened
                    ],
                )?;
                not_found_if_zero(changed, id)?;
                crate::draft::clear(tx, crate::draft::DraftForm::CaseEdit, id)
            },
            |s, ()| {
                s.noted(
                    crate::trash::RecordKind::Case,
                    id,
                    &before,
                    now,
                    Store::case,
                )
            },
        )
    }

    /// Marks the case resolved, with what came back (`recovered`, as typed, in the case's
    /// currency). A resolved case fires no reminders.
    pub fn resolve_case(
        &mut self,
        id: i64,
        outcome: Outcome,
        note: Option<&str>,
        recovered: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let case = self.case(id)?;
        let mut c = Check::new();
        let note = c.take(text::long(Field::ResolutionNote, note));
        let recovered = c.take(money::parse_recovered(
            recovered,
            case.money.as_ref().map(|m| m.currency.as_str()),
        ));
        let (note, recovered) = c.finish((note, recovered))?;
        let (recovered_minor, recovered_currency) = recovered.unzip();
        let now = instant_to_sql(now);
        self.write_then(
            |tx| {
                let changed = tx.execute(
                    "UPDATE \"case\" SET status = 'resolved', resolved_at = ?2, outcome = ?3, \
                 resolution_note = ?4, recovered_minor = ?5, recovered_currency = ?6, \
                 updated_at = ?2 WHERE id = ?1",
                    params![id, now, outcome, note, recovered_minor, recovered_currency],
                )?;
                not_found_if_zero(changed, id)?;
                crate::draft::clear(tx, crate::draft::DraftForm::Resolve, id)
            },
            |s, ()| s.case(id),
        )
    }

    /// Opens a resolved case again; its pending promises and follow-ups count again, and
    /// their reminders fire again: the user reopened it because it is not fixed.
    pub fn reopen_case(&mut self, id: i64, now: DateTime<Utc>) -> Result<Case> {
        self.write_then(|tx| {
            let changed = tx.execute(
                "UPDATE \"case\" SET status = 'open', resolved_at = NULL, outcome = NULL, \
                 resolution_note = NULL, recovered_minor = NULL, recovered_currency = NULL, \
                 updated_at = ?2 WHERE id = ?1",
                params![id, instant_to_sql(now)],
            )?;
            not_found_if_zero(changed, id)?;
            tx.execute(
                "DELETE FROM reminder_fired WHERE \
                   (kind = 'promise' AND item_id IN (SELECT id FROM promise WHERE case_id = ?1)) \
                   OR (kind <> 'promise' AND item_id IN (SELECT id FROM follow_up WHERE case_id = ?1))",
                [id],
            )?;
            Ok(())
        }, |s, ()| s.case(id))
    }

    pub fn case(&self, id: i64) -> Result<Case> {
        self.one(
            &format!("SELECT {COLUMNS} FROM \"case\" WHERE id = ?1"),
            id,
            "case",
            from_row,
        )
    }

    /// A company's cases in the order to deal with them: open ones with something overdue
    /// first (the longest overdue on top), then the other open ones, then the resolved ones;
    /// newest first within each.
    pub fn company_cases(&self, company_id: i64) -> Result<Vec<CaseSummary>> {
        self.company(company_id)?;
        let mut cases = self.case_summaries("WHERE k.company_id = ?1", [company_id])?;
        // A stable sort keeps the newest-first order within each group.
        cases.sort_by_key(|k| {
            let group = match (k.status, k.overdue) {
                (Status::Open, true) => 0,
                (Status::Open, false) => 1,
                (Status::Resolved, _) => 2,
            };
            let since = if k.overdue {
                k.next_due.map(|d| d.as_typed())
            } else {
                None
            };
            (group, since)
        });
        Ok(cases)
    }

    /// `count` of a company's cases from the `from`th (0 the first) in [`Store::company_cases`]'
    /// order, the resolved ones only if `include_resolved`, with how many there are.
    pub fn company_case_list(
        &self,
        company_id: i64,
        include_resolved: bool,
        from: usize,
        count: usize,
    ) -> Result<CaseList> {
        let all = self.company_cases(company_id)?;
        let resolved = all.iter().filter(|k| k.status == Status::Resolved).count();
        let open = all.len() - resolved;
        let listed = if include_resolved { all.len() } else { open };
        // The open cases come first in that order, so the listed ones are its start.
        let cases = all
            .into_iter()
            .take(listed)
            .skip(from)
            .take(count)
            .collect();
        Ok(CaseList {
            cases,
            listed: listed as i64,
            open: open as i64,
            resolved: resolved as i64,
        })
    }

    /// Every case, or only the open ones, across companies.
    pub fn all_cases(&self, include_resolved: bool) -> Result<Vec<CaseSummary>> {
        if include_resolved {
            self.case_summaries("", [])
        } else {
            self.case_summaries("WHERE k.status = 'open'", [])
        }
    }

    fn case_summaries<P: rusqlite::Params>(&self, filter: &str, p: P) -> Result<Vec<CaseSummary>> {
        let zone = &self.reader();
        let now = zone.now();
        let today = zone.local(now).date();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT k.id, k.company_id, k.title, k.status, k.escalation, k.amount_minor, \
                    k.currency, k.opened_at, k.resolved_at, k.outcome, \
                    (SELECT max(occurred_at) FROM interaction i WHERE i.case_id = k.id) AS last_contact, \
                    (SELECT count(*) FROM interaction i WHERE i.case_id = k.id) AS interactions, \
                    (SELECT count(*) FROM promise p WHERE p.case_id = k.id AND p.status = 'pending') AS pending, \
                    (SELECT min(d) FROM (\
                        SELECT coalesce(due_date, due_at) AS d FROM promise p \
                            WHERE p.case_id = k.id AND p.status = 'pending' \
                        UNION ALL \
                        SELECT coalesce(due_date, due_at) FROM follow_up f \
                            WHERE f.case_id = k.id AND f.done_at IS NULL)) AS next_due \
             FROM \"case\" k {filter} \
             ORDER BY k.status = 'resolved', k.opened_at DESC, k.id DESC"
        ))?;
        let rows = stmt.query_map(p, |row| {
            let next_due = row
                .get::<_, Option<String>>("next_due")?
                .map(|t| Due::from_sort_key(&t))
                .transpose()?;
            let status: Status = row.get("status")?;
            let overdue = status == Status::Open
                && next_due.is_some_and(|due| match due {
                    Due::Date { date } => date < today,
                    Due::At { at } => at <= now,
                });
            Ok(CaseSummary {
                id: row.get("id")?,
                company_id: row.get("company_id")?,
                title: row.get("title")?,
                status,
                escalation: row.get("escalation")?,
                money: money_from_row(row)?,
                opened_at: instant_from_sql(&row.get::<_, String>("opened_at")?)?,
                resolved_at: optional_instant(row, "resolved_at")?,
                outcome: row.get("outcome")?,
                last_contact_at: optional_instant(row, "last_contact")?,
                interactions: row.get("interactions")?,
                pending_promises: row.get("pending")?,
                next_due,
                overdue,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn not_found_if_zero(changed: usize, id: i64) -> Result<()> {
    if changed == 0 {
        Err(Error::NotFound { entity: "case", id })
    } else {
        Ok(())
    }
}
