//! Promises: what the company committed to, or the user did, by when. Pending until the user
//! says how it went.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};

use crate::agent::{self, Agent};
use crate::check::{Check, Field};
use crate::choice::choice;
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql, Due, Zone};
use crate::error::{Error, Result};
use crate::home::{DueItem, DueKind};
use crate::text::{self, NAME_MAX};

choice!(
    /// Who made a promise: the company or client, or the user.
    PromiseSide {
        Them = "them",
        Me = "me",
    }
);

impl Default for PromiseSide {
    /// Most promises in a case file are the company's.
    fn default() -> Self {
        PromiseSide::Them
    }
}

choice!(
    PromiseStatus {
        Pending = "pending",
        Kept = "kept",
        Broken = "broken",
        Withdrawn = "withdrawn",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Promise {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub case_id: i64,
    #[ts(type = "number | null")]
    pub interaction_id: Option<i64>,
    pub agent: Option<Agent>,
    pub description: String,
    pub due: Due,
    pub made_by: PromiseSide,
    pub status: PromiseStatus,
    pub status_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// "Refund of 30,000 won" due "2026-11-30" (a day) or "2026-11-30 17:00" (a time in the user's
/// zone), as typed; see [`crate::due::read_typed`].
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(export)]
pub struct PromiseInput {
    pub description: String,
    pub due: String,
    /// Them unless said otherwise.
    #[ts(optional)]
    pub made_by: Option<PromiseSide>,
}

pub(crate) struct ValidPromise {
    description: String,
    due: Due,
    made_by: PromiseSide,
}

impl From<&Promise> for PromiseInput {
    fn from(p: &Promise) -> Self {
        PromiseInput {
            description: p.description.clone(),
            due: p.due.as_typed(),
            made_by: Some(p.made_by),
        }
    }
}

impl PromiseInput {
    /// Nothing of it filled in: the contact form's promise fields left alone.
    pub fn is_blank(&self) -> bool {
        self.description.trim().is_empty() && self.due.trim().is_empty()
    }

    pub(crate) fn validate(&self, zone: &dyn Zone) -> Result<ValidPromise> {
        let mut c = Check::new();
        let description = c.take(text::required(
            Field::PromiseDescription,
            &self.description,
            NAME_MAX,
        ));
        let due = c.take(Due::read(Field::PromiseDue, &self.due, zone).map(Some));
        c.finish(())?;
        Ok(ValidPromise {
            description,
            due: due.expect("a due that was refused stops at finish"),
            made_by: self.made_by.unwrap_or_default(),
        })
    }
}

/// Forgets what fired and was snoozed for an item whose due moved, so it reminds again.
pub(crate) fn reschedule(tx: &Connection, kind: &str, id: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM reminder_fired WHERE kind = ?1 AND item_id = ?2",
        params![kind, id],
    )?;
    tx.execute(
        &format!("UPDATE \"{kind}\" SET snoozed_until = NULL WHERE id = ?1"),
        [id],
    )?;
    Ok(())
}

pub(crate) fn insert(
    tx: &Connection,
    case_id: i64,
    interaction_id: Option<i64>,
    agent_id: Option<i64>,
    p: &ValidPromise,
    now: DateTime<Utc>,
) -> Result<i64> {
    let (due_date, due_at) = p.due.to_columns();
    tx.execute(
        "INSERT INTO promise (case_id, interaction_id, agent_id, description, due_date, due_at, \
         created_at, made_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            case_id,
            interaction_id,
            // The user's own promise was not made by the agent on the line.
            agent_id.filter(|_| p.made_by == PromiseSide::Them),
            p.description,
            due_date,
            due_at,
            instant_to_sql(now),
            p.made_by
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

const COLUMNS: &str = "p.id, p.case_id, p.interaction_id, p.description, p.due_date, p.due_at, \
    p.made_by, p.status, p.status_at, p.created_at";

fn from_row(row: &Row) -> rusqlite::Result<Promise> {
    let agent = agent::joined(row)?;
    Ok(Promise {
        id: row.get("id")?,
        case_id: row.get("case_id")?,
        interaction_id: row.get("interaction_id")?,
        agent,
        description: row.get("description")?,
        due: Due::from_columns(row.get("due_date")?, row.get("due_at")?)?,
        made_by: row.get("made_by")?,
        status: row.get("status")?,
        status_at: row
            .get::<_, Option<String>>("status_at")?
            .map(|t| instant_from_sql(&t))
            .transpose()?,
        created_at: instant_from_sql(&row.get::<_, String>("created_at")?)?,
    })
}

impl Store {
    /// Corrects what was promised or by when. A new due reminds afresh: what fired or was
    /// snoozed for the old one no longer counts. The change is recorded.
    pub fn update_promise(
        &mut self,
        id: i64,
        input: &PromiseInput,
        now: DateTime<Utc>,
    ) -> Result<Promise> {
        let p = input.validate(&self.reader())?;
        let before = self.promise(id)?;
        let (due_date, due_at) = p.due.to_columns();
        // A correction that does not name the side keeps it.
        let made_by = input.made_by.unwrap_or(before.made_by);
        self.write_then(
            |tx| {
                tx.execute(
                    "UPDATE promise SET description = ?2, due_date = ?3, due_at = ?4, made_by = ?5 \
                     WHERE id = ?1",
                    params![id, p.description, due_date, due_at, made_by],
                )?;
                if p.due != before.due {
                    reschedule(tx, "promise", id)?;
                }
                Ok(())
            },
            |s, ()| {
                s.noted(
                    crate::trash::RecordKind::Promise,
                    id,
                    &before,
                    now,
                    Store::promise,
                )
            },
        )
    }

    /// Records a promise outside any logged contact (one found in a letter, say).
    pub fn add_promise(
        &mut self,
        case_id: i64,
        input: &PromiseInput,
        now: DateTime<Utc>,
    ) -> Result<Promise> {
        let p = input.validate(&self.reader())?;
        self.case(case_id)?;
        self.write_then(
            |tx| insert(tx, case_id, None, None, &p, now),
            |s, id| s.promise(id),
        )
    }

    /// Says how a promise went. Back to `Pending` undoes a mistaken mark.
    pub fn set_promise_status(
        &mut self,
        id: i64,
        status: PromiseStatus,
        now: DateTime<Utc>,
    ) -> Result<Promise> {
        let at = (status != PromiseStatus::Pending).then(|| instant_to_sql(now));
        self.write_then(
            |tx| {
                let changed = tx.execute(
                    "UPDATE promise SET status = ?2, status_at = ?3 WHERE id = ?1",
                    params![id, status, at],
                )?;
                if changed == 0 {
                    return Err(Error::NotFound {
                        entity: "promise",
                        id,
                    });
                }
                Ok(())
            },
            |s, ()| s.promise(id),
        )
    }

    pub fn promise(&self, id: i64) -> Result<Promise> {
        self.one(
            &format!(
                "SELECT {COLUMNS}, {} FROM promise p LEFT JOIN agent a ON a.id = p.agent_id \
                 WHERE p.id = ?1",
                agent::JOINED_COLUMNS
            ),
            id,
            "promise",
            from_row,
        )
    }

    /// The promise made in a logged contact, if one was.
    pub fn promise_made_in(&self, interaction_id: i64) -> Result<Option<Promise>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS}, {} FROM promise p LEFT JOIN agent a ON a.id = p.agent_id \
                     WHERE p.interaction_id = ?1 ORDER BY p.id LIMIT 1",
                    agent::JOINED_COLUMNS
                ),
                [interaction_id],
                from_row,
            )
            .optional()?)
    }

    /// A case's promises in the order they were made.
    pub fn promises(&self, case_id: i64) -> Result<Vec<Promise>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS}, {} FROM promise p LEFT JOIN agent a ON a.id = p.agent_id \
             WHERE p.case_id = ?1 ORDER BY p.created_at, p.id",
            agent::JOINED_COLUMNS
        ))?;
        let rows = stmt.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Which pending promises `casebook promise list` asks for.
#[derive(Debug, Clone, Default)]
pub struct PendingFilter {
    /// Only those already overdue.
    pub overdue_only: bool,
    pub company_id: Option<i64>,
    /// Only those due on a day before this one (in the user's zone).
    pub due_before: Option<NaiveDate>,
}

/// A pending promise of an open case, and whether it is overdue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PendingPromise {
    pub overdue: bool,
    pub promise: DueItem,
}

impl Store {
    /// Every pending promise of every open case, in due order: no cap and no horizon, unlike
    /// the home screen's short lists. Overdue as on the home screen: a day once it has passed
    /// in `tz`, a time once reached.
    pub fn pending_promises<Tz: TimeZone>(
        &self,
        filter: &PendingFilter,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Vec<PendingPromise>> {
        let today = now.with_timezone(tz).date_naive();
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.case_id, p.description, p.due_date, p.due_at, k.title, k.company_id,
                    c.name, ag.name, ag.code, i.reference, p.made_by = 'me'
               FROM promise p
               JOIN \"case\" k ON k.id = p.case_id AND k.status = 'open'
               JOIN company c ON c.id = k.company_id
               LEFT JOIN agent ag ON ag.id = p.agent_id
               LEFT JOIN interaction i ON i.id = p.interaction_id
              WHERE p.status = 'pending' AND (?1 IS NULL OR k.company_id = ?1)
              ORDER BY coalesce(p.due_date, p.due_at), p.id",
        )?;
        let rows = stmt.query_map([filter.company_id], |r| {
            Ok(DueItem {
                kind: DueKind::Promise,
                id: r.get(0)?,
                case_id: r.get(1)?,
                text: r.get(2)?,
                due: Due::from_columns(r.get(3)?, r.get(4)?)?,
                case_title: r.get(5)?,
                company_id: r.get(6)?,
                company_name: r.get(7)?,
                agent_name: r.get(8)?,
                agent_code: r.get(9)?,
                reference: r.get(10)?,
                days: 0,
                // The command line's list of promises shows no snoozes.
                snoozed_until: None,
                mine: r.get(11)?,
            })
        })?;
        let mut out = Vec::new();
        for item in rows {
            let mut item = item?;
            item.days = (item.due.day_in(tz) - today).num_days();
            let overdue = match item.due {
                Due::Date { date } => date < today,
                Due::At { at } => at <= now,
            };
            let in_range = filter.due_before.is_none_or(|d| item.due.day_in(tz) < d);
            if in_range && (overdue || !filter.overdue_only) {
                out.push(PendingPromise {
                    overdue,
                    promise: item,
                });
            }
        }
        Ok(out)
    }
}
