//! Promises: what the company committed to, by when. Pending until the user says how it went.

use chrono::{DateTime, Utc};
use rusqlite::{params, Row, Transaction};
use serde::{Deserialize, Serialize};

use crate::agent::{self, Agent};
use crate::choice::choice;
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql, Due};
use crate::error::{Error, Result, Rule};
use crate::text::{self, NAME_MAX};

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
    pub status: PromiseStatus,
    pub status_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// "Refund of 30,000 won" due "2026-11-30" (a day) or "2026-11-30T17:00:00+09:00" (a time).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(export)]
pub struct PromiseInput {
    pub description: String,
    pub due: String,
}

pub(crate) struct ValidPromise {
    description: String,
    due: Due,
}

impl PromiseInput {
    pub(crate) fn validate(&self) -> Result<ValidPromise> {
        let description = text::required("promise_description", &self.description, NAME_MAX)?;
        if self.due.trim().is_empty() {
            return Err(Error::invalid("promise_due", Rule::Empty));
        }
        Ok(ValidPromise {
            description,
            due: Due::parse("promise_due", &self.due)?,
        })
    }
}

pub(crate) fn insert(
    tx: &Transaction,
    case_id: i64,
    interaction_id: Option<i64>,
    agent_id: Option<i64>,
    p: &ValidPromise,
    now: DateTime<Utc>,
) -> Result<i64> {
    let (due_date, due_at) = p.due.to_columns();
    tx.execute(
        "INSERT INTO promise (case_id, interaction_id, agent_id, description, due_date, due_at, \
         created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            case_id,
            interaction_id,
            agent_id,
            p.description,
            due_date,
            due_at,
            instant_to_sql(now)
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

const COLUMNS: &str = "p.id, p.case_id, p.interaction_id, p.description, p.due_date, p.due_at, \
    p.status, p.status_at, p.created_at";

fn from_row(row: &Row) -> rusqlite::Result<Promise> {
    let agent = agent::joined(row)?;
    Ok(Promise {
        id: row.get("id")?,
        case_id: row.get("case_id")?,
        interaction_id: row.get("interaction_id")?,
        agent,
        description: row.get("description")?,
        due: Due::from_columns(row.get("due_date")?, row.get("due_at")?)?,
        status: row.get("status")?,
        status_at: row
            .get::<_, Option<String>>("status_at")?
            .map(|t| instant_from_sql(&t))
            .transpose()?,
        created_at: instant_from_sql(&row.get::<_, String>("created_at")?)?,
    })
}

impl Store {
    /// Records a promise outside any logged contact (one found in a letter, say).
    pub fn add_promise(
        &mut self,
        case_id: i64,
        input: &PromiseInput,
        now: DateTime<Utc>,
    ) -> Result<Promise> {
        let p = input.validate()?;
        self.case(case_id)?;
        let id = self.write(|tx| insert(tx, case_id, None, None, &p, now))?;
        self.promise(id)
    }

    /// Says how a promise went. Back to `Pending` undoes a mistaken mark.
    pub fn set_promise_status(
        &mut self,
        id: i64,
        status: PromiseStatus,
        now: DateTime<Utc>,
    ) -> Result<Promise> {
        let at = (status != PromiseStatus::Pending).then(|| instant_to_sql(now));
        self.write(|tx| {
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
        })?;
        self.promise(id)
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
