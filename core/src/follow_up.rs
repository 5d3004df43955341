//! Follow-ups: the user's own dates to check back ("call again Monday"), and their own
//! deadlines (return window, warranty end).

use chrono::{DateTime, Utc};
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};

use crate::check::{Check, Field};
use crate::choice::choice;
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql, Due, Zone};
use crate::error::{Error, Result};
use crate::text::{self, NAME_MAX};

choice!(
    FollowUpKind {
        /// A date to check back.
        FollowUp = "follow_up",
        /// A date after which the user loses a right (return window, warranty end).
        Deadline = "deadline",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct FollowUp {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub case_id: i64,
    pub kind: FollowUpKind,
    pub note: String,
    pub due: Due,
    pub done_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct FollowUpInput {
    #[serde(default = "default_kind")]
    pub kind: FollowUpKind,
    pub note: String,
    pub due: String,
}

impl FollowUpInput {
    /// The note and due as they will be stored, or every problem with what was typed.
    pub(crate) fn validate(&self, zone: &dyn Zone) -> Result<(String, Due)> {
        let mut c = Check::new();
        let note = c.take(text::required(Field::FollowUpNote, &self.note, NAME_MAX));
        let due = c.take(Due::read(Field::FollowUpDue, &self.due, zone).map(Some));
        c.finish(())?;
        Ok((note, due.expect("a due that was refused stops at finish")))
    }
}

fn default_kind() -> FollowUpKind {
    FollowUpKind::FollowUp
}

const COLUMNS: &str = "id, case_id, kind, note, due_date, due_at, done_at, created_at";

fn from_row(row: &Row) -> rusqlite::Result<FollowUp> {
    Ok(FollowUp {
        id: row.get("id")?,
        case_id: row.get("case_id")?,
        kind: row.get("kind")?,
        note: row.get("note")?,
        due: Due::from_columns(row.get("due_date")?, row.get("due_at")?)?,
        done_at: row
            .get::<_, Option<String>>("done_at")?
            .map(|t| instant_from_sql(&t))
            .transpose()?,
        created_at: instant_from_sql(&row.get::<_, String>("created_at")?)?,
    })
}

impl From<&FollowUp> for FollowUpInput {
    fn from(f: &FollowUp) -> Self {
        FollowUpInput {
            kind: f.kind,
            note: f.note.clone(),
            due: f.due.as_typed(),
        }
    }
}

impl Store {
    pub fn add_follow_up(
        &mut self,
        case_id: i64,
        input: &FollowUpInput,
        now: DateTime<Utc>,
    ) -> Result<FollowUp> {
        let (note, due) = input.validate(&self.reader())?;
        self.case(case_id)?;
        let (due_date, due_at) = due.to_columns();
        self.write_then(
            |tx| {
                tx.execute(
                    "INSERT INTO follow_up (case_id, kind, note, due_date, due_at, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        case_id,
                        input.kind,
                        note,
                        due_date,
                        due_at,
                        instant_to_sql(now)
                    ],
                )?;
                crate::draft::clear(tx, crate::draft::DraftForm::FollowUp, case_id)?;
                Ok(tx.last_insert_rowid())
            },
            |s, id| s.follow_up(id),
        )
    }

    /// Corrects a follow-up's note or date; a new date reminds afresh. The change is recorded.
    pub fn update_follow_up(
        &mut self,
        id: i64,
        input: &FollowUpInput,
        now: DateTime<Utc>,
    ) -> Result<FollowUp> {
        let (note, due) = input.validate(&self.reader())?;
        let before = self.follow_up(id)?;
        let (due_date, due_at) = due.to_columns();
        self.write_then(
            |tx| {
                tx.execute(
                    "UPDATE follow_up SET kind = ?2, note = ?3, due_date = ?4, due_at = ?5 \
                     WHERE id = ?1",
                    params![id, input.kind, note, due_date, due_at],
                )?;
                if due != before.due {
                    crate::promise::reschedule(tx, "follow_up", id)?;
                }
                Ok(())
            },
            |s, ()| {
                s.noted(
                    crate::trash::RecordKind::FollowUp,
                    id,
                    &before,
                    now,
                    Store::follow_up,
                )
            },
        )
    }

    /// Marks a follow-up done (or not done again), which stops or restores its reminder.
    pub fn set_follow_up_done(
        &mut self,
        id: i64,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<FollowUp> {
        let at = done.then(|| instant_to_sql(now));
        self.write_then(
            |tx| {
                let changed = tx.execute(
                    "UPDATE follow_up SET done_at = ?2 WHERE id = ?1",
                    params![id, at],
                )?;
                if changed == 0 {
                    return Err(Error::NotFound {
                        entity: "follow_up",
                        id,
                    });
                }
                Ok(())
            },
            |s, ()| s.follow_up(id),
        )
    }

    pub fn follow_up(&self, id: i64) -> Result<FollowUp> {
        self.one(
            &format!("SELECT {COLUMNS} FROM follow_up WHERE id = ?1"),
            id,
            "follow_up",
            from_row,
        )
    }

    pub fn follow_ups(&self, case_id: i64) -> Result<Vec<FollowUp>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM follow_up WHERE case_id = ?1 \
             ORDER BY coalesce(due_date, due_at), id"
        ))?;
        let rows = stmt.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
