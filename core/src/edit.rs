//! What was changed after the fact: each edit of a record notes which fields changed, from
//! what to what, and when, so a case file can show that a promise's date moved.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql};
use crate::error::Result;
use crate::trash::RecordKind;

/// One field of one record, changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Edit {
    pub kind: RecordKind,
    #[ts(type = "number")]
    pub item_id: i64,
    /// The field's name as the record is serialized (`due`, `description`, `occurred_at`).
    pub field: String,
    /// The value before and after, as JSON.
    #[ts(type = "unknown")]
    pub old_value: Json,
    #[ts(type = "unknown")]
    pub new_value: Json,
    pub edited_at: DateTime<Utc>,
}

/// Notes each top-level field that differs between `before` and `after` (a record as it is
/// serialized). Bookkeeping fields are not the user's edits.
pub(crate) fn record<T: Serialize>(
    c: &Connection,
    kind: RecordKind,
    item_id: i64,
    before: &T,
    after: &T,
    now: DateTime<Utc>,
) -> Result<()> {
    let (Json::Object(old), Json::Object(new)) = (
        serde_json::to_value(before).expect("records serialize"),
        serde_json::to_value(after).expect("records serialize"),
    ) else {
        return Ok(());
    };
    for (field, new_value) in &new {
        if matches!(field.as_str(), "updated_at" | "created_at" | "id") {
            continue;
        }
        let old_value = old.get(field).cloned().unwrap_or(Json::Null);
        if &old_value != new_value {
            c.execute(
                "INSERT INTO edit (kind, item_id, field, old_value, new_value, edited_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    kind,
                    item_id,
                    field,
                    old_value.to_string(),
                    new_value.to_string(),
                    instant_to_sql(now)
                ],
            )?;
        }
    }
    Ok(())
}

impl Store {
    /// Reads a record back after an update (inside its transaction) and notes which of its
    /// fields changed from `before`.
    pub(crate) fn noted<T: Serialize>(
        &self,
        kind: RecordKind,
        id: i64,
        before: &T,
        now: DateTime<Utc>,
        read: impl FnOnce(&Store, i64) -> Result<T>,
    ) -> Result<T> {
        let after = read(self, id)?;
        record(&self.conn, kind, id, before, &after, now)?;
        Ok(after)
    }

    /// The edits of a case and of everything in it, oldest first.
    pub fn case_edits(&self, case_id: i64) -> Result<Vec<Edit>> {
        let mut stmt = self.conn.prepare(
            "SELECT kind, item_id, field, old_value, new_value, edited_at FROM edit \
             WHERE (kind = 'case' AND item_id = ?1) \
                OR (kind = 'interaction' AND item_id IN (SELECT id FROM interaction WHERE case_id = ?1)) \
                OR (kind = 'promise' AND item_id IN (SELECT id FROM promise WHERE case_id = ?1)) \
                OR (kind = 'follow_up' AND item_id IN (SELECT id FROM follow_up WHERE case_id = ?1)) \
             ORDER BY edited_at, id",
        )?;
        let rows = stmt.query_map([case_id], |r| {
            let json = |text: String| serde_json::from_str(&text).unwrap_or(Json::String(text));
            Ok(Edit {
                kind: r.get(0)?,
                item_id: r.get(1)?,
                field: r.get(2)?,
                old_value: json(r.get(3)?),
                new_value: json(r.get(4)?),
                edited_at: instant_from_sql(&r.get::<_, String>(5)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
