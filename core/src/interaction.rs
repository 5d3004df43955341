//! Interactions: each call, chat, email, letter or visit logged in a case.

use chrono::{DateTime, Utc};
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};

use crate::agent::{self, Agent, AgentInput};
use crate::check::{Check, Field};
use crate::choice::choice;
use crate::db::Store;
use crate::draft::DraftForm;
use crate::due::{instant_from_sql, instant_to_sql, read_moment, Zone};
use crate::error::{Error, Result, Rule};
use crate::promise::{self, PromiseInput, ValidPromise};
use crate::text::{self, SHORT_MAX};

choice!(
    /// How the contact happened.
    Channel {
        Phone = "phone",
        Email = "email",
        Chat = "chat",
        Social = "social",
        Letter = "letter",
        InPerson = "in_person",
        Sms = "sms",
        Web = "web",
    }
);

choice!(
    /// Who reached out.
    Direction {
        /// I contacted them.
        Outbound = "outbound",
        /// They contacted me.
        Inbound = "inbound",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Interaction {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub case_id: i64,
    pub occurred_at: DateTime<Utc>,
    pub channel: Channel,
    pub direction: Direction,
    pub agent: Option<Agent>,
    /// The ticket or reference number the company gave.
    pub reference: Option<String>,
    #[ts(type = "number | null")]
    pub duration_min: Option<i64>,
    #[ts(type = "number | null")]
    pub hold_min: Option<i64>,
    pub notes: Option<String>,
    /// What was read back and agreed before hanging up.
    pub summary: Option<String>,
}

/// The contact form. `occurred_at` is as typed (a day, a local date and time, or RFC 3339); the
/// promise, if any, is saved with the interaction or not at all.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct InteractionInput {
    pub occurred_at: String,
    pub channel: Channel,
    #[serde(default = "default_direction")]
    pub direction: Direction,
    #[serde(default)]
    pub agent: AgentInput,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub duration_min: Option<String>,
    #[serde(default)]
    pub hold_min: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub promise: Option<PromiseInput>,
}

fn default_direction() -> Direction {
    Direction::Outbound
}

#[derive(Default)]
pub(crate) struct ValidInteraction {
    occurred_at: DateTime<Utc>,
    reference: Option<String>,
    duration: Option<i64>,
    hold: Option<i64>,
    notes: Option<String>,
    summary: Option<String>,
    promise: Option<ValidPromise>,
}

impl InteractionInput {
    /// The contact as it will be stored, or every problem with what was typed, the agent's and
    /// the promise's included. A promise left wholly blank is no promise.
    pub(crate) fn validate(&self, zone: &dyn Zone) -> Result<ValidInteraction> {
        let mut c = Check::new();
        c.take(self.agent.validate());
        let promise = match &self.promise {
            Some(p) if !p.is_blank() => c.take(p.validate(zone).map(Some)),
            _ => None,
        };
        let valid = ValidInteraction {
            occurred_at: c.take(read_moment(Field::OccurredAt, &self.occurred_at, zone)),
            reference: c.take(text::optional(
                Field::Reference,
                self.reference.as_deref(),
                SHORT_MAX,
            )),
            duration: c.take(minutes(Field::DurationMin, self.duration_min.as_deref())),
            hold: c.take(minutes(Field::HoldMin, self.hold_min.as_deref())),
            notes: c.take(text::long(Field::Notes, self.notes.as_deref())),
            summary: c.take(text::long(Field::Summary, self.summary.as_deref())),
            promise,
        };
        c.finish(valid)
    }
}

/// Minutes as typed (`12`), or as a call's timer shows them (`12:05`, minutes and seconds):
/// a minute begun counts, so a call of 12:05 took 13 minutes.
fn minutes(field: Field, text: Option<&str>) -> Result<Option<i64>> {
    let not_a_number = || Error::invalid(field, Rule::NotANumber);
    match text.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(t) if t.starts_with('-') => Err(Error::invalid(field, Rule::Negative)),
        Some(t) => match t.split_once(':') {
            Some((m, s)) => {
                let m: u32 = m.parse().map_err(|_| not_a_number())?;
                let s: u32 = s.parse().map_err(|_| not_a_number())?;
                if s >= 60 {
                    return Err(not_a_number());
                }
                Ok(Some(i64::from(m) + i64::from(s > 0)))
            }
            None => t
                .parse::<u32>()
                .map(|m| Some(i64::from(m)))
                .map_err(|_| not_a_number()),
        },
    }
}

const COLUMNS: &str = "i.id, i.case_id, i.occurred_at, i.channel, i.direction, \
    i.reference, i.duration_min, i.hold_min, i.notes, i.summary";

fn from_row(row: &Row) -> rusqlite::Result<Interaction> {
    let agent = agent::joined(row)?;
    Ok(Interaction {
        id: row.get("id")?,
        case_id: row.get("case_id")?,
        occurred_at: instant_from_sql(&row.get::<_, String>("occurred_at")?)?,
        channel: row.get("channel")?,
        direction: row.get("direction")?,
        agent,
        reference: row.get("reference")?,
        duration_min: row.get("duration_min")?,
        hold_min: row.get("hold_min")?,
        notes: row.get("notes")?,
        summary: row.get("summary")?,
    })
}

/// A logged contact as its form would hold it, to correct some fields and keep the rest.
impl From<&Interaction> for InteractionInput {
    fn from(i: &Interaction) -> Self {
        InteractionInput {
            occurred_at: i.occurred_at.to_rfc3339(),
            channel: i.channel,
            direction: i.direction,
            agent: i.agent.as_ref().map(AgentInput::from).unwrap_or_default(),
            reference: i.reference.clone(),
            duration_min: i.duration_min.map(|m| m.to_string()),
            hold_min: i.hold_min.map(|m| m.to_string()),
            notes: i.notes.clone(),
            summary: i.summary.clone(),
            promise: None,
        }
    }
}

impl Store {
    /// Logs a contact in a case, with the agent (found or added) and the promise made in it,
    /// all in one transaction.
    pub fn log_interaction(
        &mut self,
        case_id: i64,
        input: &InteractionInput,
        now: DateTime<Utc>,
    ) -> Result<Interaction> {
        self.log_from(DraftForm::Contact, case_id, input, now)
    }

    /// Logs a call made in call mode, like any contact; its call-mode draft goes with it.
    pub fn log_call(
        &mut self,
        case_id: i64,
        input: &InteractionInput,
        now: DateTime<Utc>,
    ) -> Result<Interaction> {
        self.log_from(DraftForm::Call, case_id, input, now)
    }

    fn log_from(
        &mut self,
        form: DraftForm,
        case_id: i64,
        input: &InteractionInput,
        now: DateTime<Utc>,
    ) -> Result<Interaction> {
        let ValidInteraction {
            occurred_at,
            reference,
            duration,
            hold,
            notes,
            summary,
            promise,
        } = input.validate(&self.reader())?;
        let case = self.case(case_id)?;
        // A contact with nothing about it (no agent, reference, notes, summary or promise) is
        // an empty entry saved by a stray click, not a record.
        if input.agent.is_empty()
            && [&reference, &notes, &summary].iter().all(|v| v.is_none())
            && promise.is_none()
        {
            return Err(Error::invalid(Field::Notes, Rule::Incomplete));
        }
        // Logging in a resolved case is allowed: companies call back after the fact.
        self.write_then(
            |tx| {
                let agent_id = agent::find_or_add(tx, case.company_id, &input.agent, now)?;
                tx.execute(
                    "INSERT INTO interaction (case_id, occurred_at, channel, direction, agent_id, \
                 reference, duration_min, hold_min, notes, summary, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    params![
                        case_id,
                        instant_to_sql(occurred_at),
                        input.channel,
                        input.direction,
                        agent_id,
                        reference,
                        duration,
                        hold,
                        notes,
                        summary,
                        instant_to_sql(now)
                    ],
                )?;
                let id = tx.last_insert_rowid();
                if let Some(p) = &promise {
                    promise::insert(tx, case_id, Some(id), agent_id, p, now)?;
                }
                crate::draft::clear(tx, form, case_id)?;
                Ok(id)
            },
            |s, id| s.interaction(id),
        )
    }

    /// Corrects a logged contact: every field, the agent included (found or added as when
    /// logging). A promise in `input` is ignored here; promises are corrected on their own.
    /// The change is recorded.
    pub fn update_interaction(
        &mut self,
        id: i64,
        input: &InteractionInput,
        now: DateTime<Utc>,
    ) -> Result<Interaction> {
        let without_promise = InteractionInput {
            promise: None,
            ..input.clone()
        };
        let v = without_promise.validate(&self.reader())?;
        let before = self.interaction(id)?;
        let case = self.case(before.case_id)?;
        self.write_then(
            |tx| {
                let agent_id = agent::find_or_add(tx, case.company_id, &input.agent, now)?;
                tx.execute(
                    "UPDATE interaction SET occurred_at = ?2, channel = ?3, direction = ?4, \
                     agent_id = ?5, reference = ?6, duration_min = ?7, hold_min = ?8, \
                     notes = ?9, summary = ?10 WHERE id = ?1",
                    params![
                        id,
                        instant_to_sql(v.occurred_at),
                        input.channel,
                        input.direction,
                        agent_id,
                        v.reference,
                        v.duration,
                        v.hold,
                        v.notes,
                        v.summary,
                    ],
                )?;
                Ok(())
            },
            |s, ()| {
                s.noted(
                    crate::trash::RecordKind::Interaction,
                    id,
                    &before,
                    now,
                    Store::interaction,
                )
            },
        )
    }

    pub fn interaction(&self, id: i64) -> Result<Interaction> {
        self.one(
            &format!(
                "SELECT {COLUMNS}, {} FROM interaction i LEFT JOIN agent a ON a.id = i.agent_id \
                 WHERE i.id = ?1",
                agent::JOINED_COLUMNS
            ),
            id,
            "interaction",
            from_row,
        )
    }

    /// When each of a case's contacts happened, oldest first: all the timeline needs of them,
    /// read from the index alone.
    pub(crate) fn contact_times(&self, case_id: i64) -> Result<Vec<(i64, DateTime<Utc>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, occurred_at FROM interaction WHERE case_id = ?1 ORDER BY occurred_at, id",
        )?;
        let rows = stmt.query_map([case_id], |r| {
            Ok((r.get(0)?, instant_from_sql(&r.get::<_, String>(1)?)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A case's interactions, oldest first, as the timeline reads.
    pub fn interactions(&self, case_id: i64) -> Result<Vec<Interaction>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS}, {} FROM interaction i LEFT JOIN agent a ON a.id = i.agent_id \
             WHERE i.case_id = ?1 ORDER BY i.occurred_at, i.id",
            agent::JOINED_COLUMNS
        ))?;
        let rows = stmt.query_map([case_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
