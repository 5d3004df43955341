//! Drafts: what the user has typed into a form and not saved yet.
//!
//! The window saves a form's values as they are typed, so a half-logged call survives moving
//! to another screen, a restart or a crash. Saving the record removes its draft in the same
//! transaction, so a draft never outlives what it became (and is never saved twice).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::choice::choice;
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql};
use crate::error::{Error, Result};

choice!(
    /// Which form a draft belongs to; with the record it is for (its owner), it names one
    /// draft.
    DraftForm {
        /// A new contact in a case (owner: the case).
        Contact = "contact",
        /// A new follow-up in a case (owner: the case).
        FollowUp = "follow_up",
        /// A new case at a company (owner: the company).
        NewCase = "new_case",
        /// Corrections to a case (owner: the case).
        CaseEdit = "case_edit",
        /// Resolving a case (owner: the case).
        Resolve = "resolve",
        /// A new company (owner: 0, there is one such form).
        NewCompany = "new_company",
        /// Corrections to a company (owner: the company).
        CompanyEdit = "company_edit",
        /// A call in progress, its timer included (owner: the case).
        Call = "call",
    }
);

/// The most a draft may hold. Every field of a form has its own limit, far below this; a
/// larger draft is not something the window sends.
pub const DRAFT_MAX_BYTES: usize = 1 << 20;

/// A form's unsaved values, as the window keeps them, and when they were last typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Draft {
    pub form: DraftForm,
    #[ts(type = "number")]
    pub owner_id: i64,
    /// The form's values: the window's own shape, kept as it was sent.
    #[ts(type = "Record<string, unknown>")]
    pub body: Json,
    pub saved_at: DateTime<Utc>,
}

impl Store {
    /// Keeps what was typed into a form, replacing its earlier draft.
    pub fn save_draft(
        &mut self,
        form: DraftForm,
        owner_id: i64,
        body: &Json,
        now: DateTime<Utc>,
    ) -> Result<Draft> {
        if !body.is_object() {
            return Err(Error::Conflict(
                "a draft is a form's values (an object)".into(),
            ));
        }
        let text = body.to_string();
        if text.len() > DRAFT_MAX_BYTES {
            return Err(Error::Conflict(format!(
                "a draft holds at most {DRAFT_MAX_BYTES} bytes"
            )));
        }
        self.write_then(
            |tx| {
                tx.execute(
                    "INSERT INTO draft (form, owner_id, body, saved_at) VALUES (?1, ?2, ?3, ?4) \
                     ON CONFLICT (form, owner_id) DO UPDATE SET body = ?3, saved_at = ?4",
                    params![form, owner_id, text, instant_to_sql(now)],
                )?;
                Ok(())
            },
            |s, ()| {
                s.draft(form, owner_id)?.ok_or(Error::NotFound {
                    entity: "draft",
                    id: owner_id,
                })
            },
        )
    }

    /// The form's draft, if anything typed into it was left unsaved.
    pub fn draft(&self, form: DraftForm, owner_id: i64) -> Result<Option<Draft>> {
        self.conn
            .query_row(
                "SELECT body, saved_at FROM draft WHERE form = ?1 AND owner_id = ?2",
                params![form, owner_id],
                |row| {
                    let body: String = row.get(0)?;
                    let saved_at: String = row.get(1)?;
                    Ok((body, saved_at))
                },
            )
            .optional()?
            .map(|(body, saved_at)| -> Result<Draft> {
                Ok(Draft {
                    form,
                    owner_id,
                    body: serde_json::from_str(&body)
                        .map_err(|e| Error::Conflict(format!("a draft cannot be read: {e}")))?,
                    saved_at: instant_from_sql(&saved_at)?,
                })
            })
            .transpose()
    }

    /// Throws a form's draft away (the user chose to discard what they typed).
    pub fn discard_draft(&mut self, form: DraftForm, owner_id: i64) -> Result<()> {
        self.write(|tx| clear(tx, form, owner_id))
    }
}

/// Removes a draft inside a write: the one that saves what the draft became.
pub(crate) fn clear(tx: &Connection, form: DraftForm, owner_id: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM draft WHERE form = ?1 AND owner_id = ?2",
        params![form, owner_id],
    )?;
    Ok(())
}
