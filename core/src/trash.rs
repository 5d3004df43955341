//! Deleting without losing: a deleted record goes, with every row that hung from it (a case's
//! contacts, promises and follow-ups; a company's cases and agents), to "Recently deleted"
//! for [`KEEP_DAYS`] days. From there it is restored whole, or purged when its time is up.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::Value as Json;

use crate::check::Field;
use crate::choice::choice;
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql};
use crate::error::{Error, Result, Rule};

/// How long a deleted record can be restored.
pub const KEEP_DAYS: i64 = 30;

/// How long the window offers "Undo" after a delete.
pub const UNDO_SECONDS: u32 = 10;

choice!(
    /// What kind of record was deleted or edited.
    RecordKind {
        Company = "company",
        Case = "case",
        Interaction = "interaction",
        Promise = "promise",
        FollowUp = "follow_up",
    }
);

/// One entry of "Recently deleted".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TrashItem {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: RecordKind,
    /// The record's id before it was deleted.
    #[ts(type = "number")]
    pub item_id: i64,
    /// Its title, name or text, to recognise it by.
    pub label: String,
    pub company_name: String,
    /// What went with it (the record itself not counted).
    #[ts(type = "number")]
    pub cases: i64,
    #[ts(type = "number")]
    pub interactions: i64,
    #[ts(type = "number")]
    pub promises: i64,
    #[ts(type = "number")]
    pub follow_ups: i64,
    pub deleted_at: DateTime<Utc>,
    /// After this it is purged.
    pub purge_at: DateTime<Utc>,
}

/// A restored record: its kind and its id now (a new one if its old id was taken meanwhile).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Restored {
    pub kind: RecordKind,
    #[ts(type = "number")]
    pub id: i64,
    /// The case to show afterwards (none for a company).
    #[ts(type = "number | null")]
    pub case_id: Option<i64>,
}

/// The rows of one table that go with a deleted record.
type Rows = Vec<BTreeMap<String, Json>>;

/// Tables in an order where every row's references come before it, with the columns that
/// refer to another table's id.
const TABLES: &[(&str, &[(&str, &str)])] = &[
    ("company", &[]),
    ("agent", &[("company_id", "company")]),
    ("case", &[("company_id", "company")]),
    ("interaction", &[("case_id", "case"), ("agent_id", "agent")]),
    (
        "promise",
        &[
            ("case_id", "case"),
            ("interaction_id", "interaction"),
            ("agent_id", "agent"),
        ],
    ),
    ("follow_up", &[("case_id", "case")]),
    (
        "attachment",
        &[("case_id", "case"), ("interaction_id", "interaction")],
    ),
    ("reminder_fired", &[]),
    ("edit", &[]),
];

impl Store {
    pub fn delete_company(&mut self, id: i64, now: DateTime<Utc>) -> Result<TrashItem> {
        self.delete(RecordKind::Company, id, now)
    }

    pub fn delete_case(&mut self, id: i64, now: DateTime<Utc>) -> Result<TrashItem> {
        self.delete(RecordKind::Case, id, now)
    }

    /// Deletes a logged contact and the promises made in it.
    pub fn delete_interaction(&mut self, id: i64, now: DateTime<Utc>) -> Result<TrashItem> {
        self.delete(RecordKind::Interaction, id, now)
    }

    pub fn delete_promise(&mut self, id: i64, now: DateTime<Utc>) -> Result<TrashItem> {
        self.delete(RecordKind::Promise, id, now)
    }

    pub fn delete_follow_up(&mut self, id: i64, now: DateTime<Utc>) -> Result<TrashItem> {
        self.delete(RecordKind::FollowUp, id, now)
    }

    fn delete(&mut self, kind: RecordKind, id: i64, now: DateTime<Utc>) -> Result<TrashItem> {
        self.write_then(
            |c| {
                let (label, company_name) = describe(c, kind, id)?;
                let rows = snapshot(c, kind, id)?;
                let count = |t: &str| {
                    let all = rows.get(t).map_or(0, |r| r.len() as i64);
                    all - i64::from(t == table_of(kind))
                };
                c.execute(
                    "INSERT INTO trash (kind, item_id, label, company_name, cases, interactions, \
                     promises, follow_ups, deleted_at, rows) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        kind,
                        id,
                        label,
                        company_name,
                        count("case"),
                        count("interaction"),
                        count("promise"),
                        count("follow_up"),
                        instant_to_sql(now),
                        serde_json::to_string(&rows).expect("rows serialize"),
                    ],
                )?;
                let trash_id = c.last_insert_rowid();
                remove(c, &rows)?;
                Ok(trash_id)
            },
            |s, trash_id| s.trash_item(trash_id),
        )
    }

    /// "Recently deleted", newest first; what is past its time is not listed.
    pub fn trash(&self, now: DateTime<Utc>) -> Result<Vec<TrashItem>> {
        let oldest = instant_to_sql(now - Duration::days(KEEP_DAYS));
        let mut stmt = self.conn.prepare(
            "SELECT * FROM trash WHERE deleted_at > ?1 ORDER BY deleted_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([oldest], trash_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn trash_item(&self, id: i64) -> Result<TrashItem> {
        self.one(
            "SELECT * FROM trash WHERE id = ?1",
            id,
            "trash",
            trash_from_row,
        )
    }

    /// Puts a deleted record back with everything that went with it. A record whose old id was
    /// taken meanwhile gets a new one; one whose company or case is itself deleted cannot come
    /// back before it.
    pub fn restore(&mut self, trash_id: i64) -> Result<Restored> {
        let item = self.trash_item(trash_id)?;
        let text: String =
            self.conn
                .query_row("SELECT rows FROM trash WHERE id = ?1", [trash_id], |r| {
                    r.get(0)
                })?;
        let rows: BTreeMap<String, Rows> = serde_json::from_str(&text)
            .map_err(|e| Error::Conflict(format!("the deleted rows cannot be read ({e})")))?;
        self.write(|c| {
            let ids = put_back(c, &rows)?;
            c.execute("DELETE FROM trash WHERE id = ?1", [trash_id])?;
            let id = ids
                .get(&(table_of(item.kind), item.item_id))
                .copied()
                .unwrap_or(item.item_id);
            let case_id = match item.kind {
                RecordKind::Company => None,
                RecordKind::Case => Some(id),
                other => Some(c.query_row(
                    &format!("SELECT case_id FROM \"{}\" WHERE id = ?1", table_of(other)),
                    [id],
                    |r| r.get(0),
                )?),
            };
            Ok(Restored {
                kind: item.kind,
                id,
                case_id,
            })
        })
    }

    /// Empties "Recently deleted" now; returns how many entries went.
    pub fn empty_trash(&mut self) -> Result<usize> {
        let emptied = self.write(|c| Ok(c.execute("DELETE FROM trash", [])?))?;
        self.prune_attachment_files()?;
        Ok(emptied)
    }

    /// Removes for good what was deleted more than [`KEEP_DAYS`] days before `now`.
    pub fn purge_trash(&mut self, now: DateTime<Utc>) -> Result<usize> {
        let oldest = instant_to_sql(now - Duration::days(KEEP_DAYS));
        // Looked at first, so the usual case (nothing due) writes nothing: the scheduler calls
        // this every time it looks, and a write would wake it again.
        let due: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM trash WHERE deleted_at <= ?1)",
            [&oldest],
            |r| r.get(0),
        )?;
        if !due {
            return Ok(0);
        }
        let purged =
            self.write(|c| Ok(c.execute("DELETE FROM trash WHERE deleted_at <= ?1", [oldest])?))?;
        // The files of attachments deleted for good go with them.
        self.prune_attachment_files()?;
        Ok(purged)
    }
}

fn table_of(kind: RecordKind) -> &'static str {
    kind.as_str()
}

fn trash_from_row(row: &rusqlite::Row) -> rusqlite::Result<TrashItem> {
    let deleted_at = instant_from_sql(&row.get::<_, String>("deleted_at")?)?;
    Ok(TrashItem {
        id: row.get("id")?,
        kind: row.get("kind")?,
        item_id: row.get("item_id")?,
        label: row.get("label")?,
        company_name: row.get("company_name")?,
        cases: row.get("cases")?,
        interactions: row.get("interactions")?,
        promises: row.get("promises")?,
        follow_ups: row.get("follow_ups")?,
        deleted_at,
        purge_at: deleted_at + Duration::days(KEEP_DAYS),
    })
}

/// The record's label and its company's name, or `NotFound`.
fn describe(c: &Connection, kind: RecordKind, id: i64) -> Result<(String, String)> {
    let sql = match kind {
        RecordKind::Company => "SELECT name, name FROM company WHERE id = ?1",
        RecordKind::Case => {
            "SELECT k.title, co.name FROM \"case\" k JOIN company co ON co.id = k.company_id \
             WHERE k.id = ?1"
        }
        RecordKind::Interaction => {
            "SELECT substr(i.occurred_at, 1, 10) || ' · ' || i.channel \
                 || coalesce(' · ' || a.name, '') || coalesce(' · ' || i.reference, ''), co.name \
             FROM interaction i JOIN \"case\" k ON k.id = i.case_id \
             LEFT JOIN agent a ON a.id = i.agent_id \
             JOIN company co ON co.id = k.company_id WHERE i.id = ?1"
        }
        RecordKind::Promise => {
            "SELECT p.description, co.name FROM promise p JOIN \"case\" k ON k.id = p.case_id \
             JOIN company co ON co.id = k.company_id WHERE p.id = ?1"
        }
        RecordKind::FollowUp => {
            "SELECT f.note, co.name FROM follow_up f JOIN \"case\" k ON k.id = f.case_id \
             JOIN company co ON co.id = k.company_id WHERE f.id = ?1"
        }
    };
    c.query_row(sql, [id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or(Error::NotFound {
            entity: kind.as_str(),
            id,
        })
}

/// Every row that goes with the record, by table.
fn snapshot(c: &Connection, kind: RecordKind, id: i64) -> Result<BTreeMap<String, Rows>> {
    // Each table's rows as a condition on its columns, for this kind of record.
    let cases = "(SELECT id FROM \"case\" WHERE company_id = ?1)";
    let wheres: &[(&str, String)] = &match kind {
        RecordKind::Company => [
            ("company", "id = ?1".to_string()),
            ("agent", "company_id = ?1".to_string()),
            ("case", "company_id = ?1".to_string()),
            ("interaction", format!("case_id IN {cases}")),
            ("promise", format!("case_id IN {cases}")),
            ("follow_up", format!("case_id IN {cases}")),
            ("attachment", format!("case_id IN {cases}")),
        ]
        .to_vec(),
        RecordKind::Case => [
            ("case", "id = ?1".to_string()),
            ("interaction", "case_id = ?1".to_string()),
            ("promise", "case_id = ?1".to_string()),
            ("follow_up", "case_id = ?1".to_string()),
            ("attachment", "case_id = ?1".to_string()),
        ]
        .to_vec(),
        RecordKind::Interaction => [
            ("interaction", "id = ?1".to_string()),
            ("promise", "interaction_id = ?1".to_string()),
            ("attachment", "interaction_id = ?1".to_string()),
        ]
        .to_vec(),
        RecordKind::Promise => [("promise", "id = ?1".to_string())].to_vec(),
        RecordKind::FollowUp => [("follow_up", "id = ?1".to_string())].to_vec(),
    };
    let mut out = BTreeMap::new();
    for (table, condition) in wheres {
        out.insert(
            table.to_string(),
            select(
                c,
                &format!("SELECT * FROM \"{table}\" WHERE {condition}"),
                id,
            )?,
        );
    }
    // What has fired for the promises and follow-ups that go, so a restored one does not
    // remind again for a due already told.
    let mut fired = Rows::new();
    for (table, kind) in [("promise", "promise"), ("follow_up", "follow_up")] {
        for row in out.get(table).into_iter().flatten() {
            let item = row.get("id").and_then(Json::as_i64).unwrap_or_default();
            let sql =
                format!("SELECT * FROM reminder_fired WHERE kind = '{kind}' AND item_id = ?1");
            fired.extend(select(c, &sql, item)?);
        }
    }
    out.insert("reminder_fired".into(), fired);
    // The record's edits go and come back with it, and never attach to a later record that
    // is given the same id.
    let mut edits = Rows::new();
    for (table, rows) in &out {
        if RecordKind::parse(table).is_none() {
            continue;
        }
        for row in rows {
            let item = row.get("id").and_then(Json::as_i64).unwrap_or_default();
            let sql = format!("SELECT * FROM edit WHERE kind = '{table}' AND item_id = ?1");
            edits.extend(select(c, &sql, item)?);
        }
    }
    out.insert("edit".into(), edits);
    Ok(out)
}

fn select(c: &Connection, sql: &str, id: i64) -> Result<Rows> {
    crate::backup::rows_of(c, sql, [id])
}

/// Deletes the snapshot's rows, children first.
fn remove(c: &Connection, rows: &BTreeMap<String, Rows>) -> Result<()> {
    for (table, _) in TABLES.iter().rev() {
        for row in rows.get(*table).into_iter().flatten() {
            if *table == "reminder_fired" {
                c.execute(
                    "DELETE FROM reminder_fired WHERE kind = ?1 AND item_id = ?2 AND fire_at = ?3",
                    params![
                        row.get("kind").and_then(Json::as_str),
                        row.get("item_id").and_then(Json::as_i64),
                        row.get("fire_at").and_then(Json::as_str)
                    ],
                )?;
            } else {
                let id = row.get("id").and_then(Json::as_i64);
                c.execute(&format!("DELETE FROM \"{table}\" WHERE id = ?1"), [id])?;
            }
        }
    }
    Ok(())
}

/// Inserts the snapshot's rows, parents first, giving a new id to any row whose id is taken
/// and pointing its children at it. Returns the ids that changed, by (table, old id).
fn put_back(
    c: &Connection,
    rows: &BTreeMap<String, Rows>,
) -> Result<HashMap<(&'static str, i64), i64>> {
    let mut moved: HashMap<(&'static str, i64), i64> = HashMap::new();
    for (table, references) in TABLES {
        for row in rows.get(*table).into_iter().flatten() {
            let mut row = row.clone();
            for (column, target) in *references {
                if let Some(old) = row.get(*column).and_then(Json::as_i64) {
                    let new = moved.get(&(*target, old)).copied().unwrap_or(old);
                    row.insert(column.to_string(), Json::from(new));
                    let exists: bool = c.query_row(
                        &format!("SELECT EXISTS (SELECT 1 FROM \"{target}\" WHERE id = ?1)"),
                        [new],
                        |r| r.get(0),
                    )?;
                    if !exists {
                        return Err(Error::NotFound {
                            entity: target,
                            id: new,
                        });
                    }
                }
            }
            if *table == "reminder_fired" || *table == "edit" {
                let kind = row.get("kind").and_then(Json::as_str).unwrap_or_default();
                let target = RecordKind::parse(kind).map_or("promise", table_of);
                if let Some(old) = row.get("item_id").and_then(Json::as_i64) {
                    let new = moved.get(&(target, old)).copied().unwrap_or(old);
                    row.insert("item_id".into(), Json::from(new));
                }
            }
            if *table == "edit" {
                // An edit's own id matters to no one; a fresh one cannot collide.
                row.remove("id");
            }
            let old_id = row.get("id").and_then(Json::as_i64);
            if let Some(old) = old_id {
                let taken: bool = c.query_row(
                    &format!("SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE id = ?1)"),
                    [old],
                    |r| r.get(0),
                )?;
                if taken {
                    row.remove("id");
                }
            }
            insert(c, table, &row)?;
            if let Some(old) = old_id {
                let new = c.last_insert_rowid();
                if new != old {
                    moved.insert((*table, old), new);
                }
            }
        }
    }
    Ok(moved)
}

fn insert(c: &Connection, table: &str, row: &BTreeMap<String, Json>) -> Result<()> {
    // A reminder already recorded as fired again is the same fact.
    let verb = if table == "reminder_fired" {
        "INSERT OR IGNORE"
    } else {
        "INSERT"
    };
    match crate::backup::insert_row(c, verb, table, row) {
        // Another company took the name meanwhile.
        Err(Error::Storage(e)) if table == "company" && is_constraint(&e) => {
            Err(Error::invalid(Field::Name, Rule::Duplicate))
        }
        done => done,
    }
}

fn is_constraint(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
}
