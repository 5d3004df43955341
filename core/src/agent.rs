//! Agents: the people at a company the user spoke to, kept so they autocomplete next time.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::check::{Check, Field};
use crate::db::Store;
use crate::due::instant_to_sql;
use crate::error::{Error, Result, Rule};
use crate::text::{self, NAME_MAX, SHORT_MAX};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Agent {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub company_id: i64,
    pub name: String,
    /// The ID the agent gave ("4471").
    pub code: Option<String>,
    pub department: Option<String>,
}

/// The agent fields of the contact form. All empty means no agent was named.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(export)]
pub struct AgentInput {
    pub name: Option<String>,
    pub code: Option<String>,
    pub department: Option<String>,
}

impl From<&Agent> for AgentInput {
    /// The agent as the contact form would name them, for re-checking a stored one.
    fn from(a: &Agent) -> Self {
        AgentInput {
            name: Some(a.name.clone()),
            code: a.code.clone(),
            department: a.department.clone(),
        }
    }
}

impl AgentInput {
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.code, &self.department]
            .iter()
            .all(|v| v.as_deref().is_none_or(|s| s.trim().is_empty()))
    }

    /// Name, ID and department as stored, or every problem; `None` when nothing was given.
    /// An ID with no name still identifies someone, so the ID stands in as the name to show.
    pub(crate) fn validate(&self) -> Result<Option<ValidAgent>> {
        if self.is_empty() {
            return Ok(None);
        }
        let mut c = Check::new();
        let name = c.take(text::optional(
            Field::AgentName,
            self.name.as_deref(),
            NAME_MAX,
        ));
        let code = c.take(text::optional(
            Field::AgentCode,
            self.code.as_deref(),
            SHORT_MAX,
        ));
        let department = c.take(text::optional(
            Field::AgentDepartment,
            self.department.as_deref(),
            SHORT_MAX,
        ));
        c.finish(Some(ValidAgent {
            name: name.or_else(|| code.clone()).unwrap_or_default(),
            code,
            department,
        }))
    }
}

pub(crate) struct ValidAgent {
    name: String,
    code: Option<String>,
    department: Option<String>,
}

/// Finds the company's agent with this name and ID, or records a new one, inside the caller's
/// transaction. The same name with a different ID is a different person ("Jane" 4471 and
/// "Jane" 5120 both exist in large call centres). A department given later fills in a blank.
pub(crate) fn find_or_add(
    tx: &Connection,
    company_id: i64,
    input: &AgentInput,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    let Some(ValidAgent {
        name,
        code,
        department,
    }) = input.validate()?
    else {
        return Ok(None);
    };
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM agent WHERE company_id = ?1 AND name = ?2 COLLATE NOCASE \
             AND coalesce(code, '') = coalesce(?3, '')",
            params![company_id, name, code],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        if department.is_some() {
            tx.execute(
                "UPDATE agent SET department = ?2 WHERE id = ?1 AND department IS NULL",
                params![id, department],
            )?;
        }
        return Ok(Some(id));
    }
    tx.execute(
        "INSERT INTO agent (company_id, name, code, department, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![company_id, name, code, department, instant_to_sql(now)],
    )?;
    Ok(Some(tx.last_insert_rowid()))
}

/// Re-points a case's interactions and promises at the same people in the company the case moved
/// to (found by name and ID, or added there), so an agent never appears under a company they do
/// not work for. The old company keeps its agents: its other cases may name them.
pub(crate) fn move_case_agents(
    tx: &Connection,
    case_id: i64,
    new_company_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let people: Vec<(i64, String, Option<String>, Option<String>)> = tx
        .prepare(
            "SELECT a.id, a.name, a.code, a.department FROM agent a WHERE a.id IN ( \
               SELECT agent_id FROM interaction WHERE case_id = ?1 \
               UNION SELECT agent_id FROM promise WHERE case_id = ?1)",
        )?
        .query_map([case_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (old_id, name, code, department) in people {
        let input = AgentInput {
            name: Some(name),
            code,
            department,
        };
        let new_id = find_or_add(tx, new_company_id, &input, now)?;
        for table in ["interaction", "promise"] {
            tx.execute(
                &format!("UPDATE {table} SET agent_id = ?3 WHERE case_id = ?1 AND agent_id = ?2"),
                params![case_id, old_id, new_id],
            )?;
        }
    }
    Ok(())
}

/// The columns that [`joined`] reads, for a query that `LEFT JOIN agent a`.
pub(crate) const JOINED_COLUMNS: &str = "a.id AS agent_id, a.company_id AS agent_company, \
    a.name AS agent_name, a.code AS agent_code, a.department AS agent_department";

/// The agent of a row that joined one, if it had one.
pub(crate) fn joined(row: &rusqlite::Row) -> rusqlite::Result<Option<Agent>> {
    let Some(id) = row.get::<_, Option<i64>>("agent_id")? else {
        return Ok(None);
    };
    Ok(Some(Agent {
        id,
        company_id: row.get("agent_company")?,
        name: row.get("agent_name")?,
        code: row.get("agent_code")?,
        department: row.get("agent_department")?,
    }))
}

/// An agent from `id, company_id, name, code, department`.
fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Agent> {
    Ok(Agent {
        id: r.get(0)?,
        company_id: r.get(1)?,
        name: r.get(2)?,
        code: r.get(3)?,
        department: r.get(4)?,
    })
}

impl Store {
    /// The company's agents, most recently spoken to first, for the form's autocomplete.
    pub fn agents(&self, company_id: i64) -> Result<Vec<Agent>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.company_id, a.name, a.code, a.department FROM agent a \
             WHERE a.company_id = ?1 \
             ORDER BY (SELECT max(i.occurred_at) FROM interaction i WHERE i.agent_id = a.id) DESC, \
                      a.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([company_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn agent(&self, id: i64) -> Result<Agent> {
        self.one(
            "SELECT id, company_id, name, code, department FROM agent WHERE id = ?1",
            id,
            "agent",
            from_row,
        )
    }

    /// Corrects an agent's name, ID or department, everywhere they appear.
    pub fn rename_agent(&mut self, id: i64, input: &AgentInput) -> Result<Agent> {
        let Some(v) = input.validate()? else {
            return Err(Error::invalid(Field::AgentName, Rule::Empty));
        };
        self.agent(id)?;
        self.write_then(
            |tx| {
                tx.execute(
                    "UPDATE agent SET name = ?2, code = ?3, department = ?4 WHERE id = ?1",
                    params![id, v.name, v.code, v.department],
                )?;
                Ok(())
            },
            |s, ()| s.agent(id),
        )
    }

    /// Makes `other` the same person as `keep` (both of one company): every contact and
    /// promise with `other` now names `keep`, and `other` is gone.
    pub fn merge_agents(&mut self, keep: i64, other: i64) -> Result<Agent> {
        let (kept, gone) = (self.agent(keep)?, self.agent(other)?);
        if kept.company_id != gone.company_id || keep == other {
            return Err(Error::Conflict(
                "only two different agents of the same company can be merged".into(),
            ));
        }
        self.write_then(
            |tx| {
                for table in ["interaction", "promise"] {
                    tx.execute(
                        &format!("UPDATE {table} SET agent_id = ?1 WHERE agent_id = ?2"),
                        params![keep, other],
                    )?;
                }
                tx.execute("DELETE FROM agent WHERE id = ?1", [other])?;
                Ok(())
            },
            |s, ()| s.agent(keep),
        )
    }
}
