//! A complete JSON copy of the database, and restoring one into an empty database.
//!
//! Every table is written row by row with its ids, so an import gives back exactly what was
//! exported. An import runs in one transaction and checks every reference before committing:
//! a truncated, malformed or foreign file changes nothing.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::agent::AgentInput;
use crate::case::CaseInput;
use crate::check::Field;
use crate::company::CompanyInput;
use crate::db::{Store, SCHEMA_VERSION};
use crate::error::{Error, Result, Rule};
use crate::text::{self, NAME_MAX, SHORT_MAX};

crate::choice::choice!(
    /// What `casebook export` writes: the whole data as JSON (to import again), the open
    /// promises and follow-ups as a calendar, or the history as spreadsheet files.
    ExportFormat {
        Json = "json",
        /// The JSON and the attachment files, in one tar file.
        Archive = "archive",
        Ics = "ics",
        Csv = "csv",
    }
);

/// Names the file as ours, so a random JSON file is refused with a clear reason.
pub const FORMAT: &str = "casebook-export";

/// The tables in an order where every row's references come before it.
const TABLES: &[&str] = &[
    "setting",
    "company",
    "agent",
    "case",
    "interaction",
    "promise",
    "follow_up",
    "attachment",
    "reminder_fired",
    "trash",
    "edit",
    "draft",
];

#[derive(Debug, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub schema_version: i64,
    pub exported_at: String,
    /// Table name to rows; each row maps column name to value.
    pub tables: BTreeMap<String, Vec<BTreeMap<String, Json>>>,
}

impl Store {
    pub fn export(&self, now: chrono::DateTime<chrono::Utc>) -> Result<Export> {
        let mut tables = BTreeMap::new();
        // One read transaction, so the copy is consistent even while the app writes.
        let tx = self.conn.unchecked_transaction()?;
        for table in TABLES {
            let sql = format!("SELECT * FROM \"{table}\" ORDER BY 1");
            tables.insert(table.to_string(), rows_of(&tx, &sql, [])?);
        }
        tx.commit()?;
        Ok(Export {
            format: FORMAT.into(),
            schema_version: SCHEMA_VERSION,
            exported_at: crate::due::instant_to_sql(now),
            tables,
        })
    }

    /// Whether the database holds no companies (and so no cases): the only kind an import
    /// may fill.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT NOT EXISTS (SELECT 1 FROM company)", [], |r| {
                r.get(0)
            })?)
    }

    /// Restores an export into this database, which must be empty.
    ///
    /// Every row goes through the same rules as typing it in, and every record is read back
    /// through the same code the screens use before anything is committed: a file edited by
    /// hand into something the app cannot show is refused whole, and changes nothing.
    pub fn import(&mut self, text: &str) -> Result<ImportSummary> {
        let export = parse(text)?;
        if !self.is_empty()? {
            return Err(Error::Conflict(
                "this data folder already has companies and cases; import into an empty one \
                 (use --data-dir with a new folder)"
                    .into(),
            ));
        }
        // A transaction by hand rather than `write`, so the readers (which take `&self`) can
        // check the rows before the commit.
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let restored = self
            .insert_rows(&export)
            .and_then(|summary| self.check_imported().map(|()| summary))
            .and_then(|summary| Ok(self.conn.execute_batch("COMMIT").map(|()| summary)?));
        if restored.is_err() && !self.conn.is_autocommit() {
            self.conn.execute_batch("ROLLBACK")?;
        }
        restored
    }

    fn insert_rows(&self, export: &Export) -> Result<ImportSummary> {
        let mut summary = ImportSummary::default();
        for table in TABLES {
            let Some(rows) = export.tables.get(*table) else {
                continue;
            };
            let columns: Vec<String> = self
                .conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            // Settings may exist already (a language chosen before importing).
            let verb = if *table == "setting" {
                "INSERT OR REPLACE"
            } else {
                "INSERT"
            };
            for (n, row) in rows.iter().enumerate() {
                if let Some(unknown) = row.keys().find(|k| !columns.contains(k)) {
                    return Err(Error::BadImport(format!(
                        "{table} row {} has a field this version does not know: {unknown}",
                        n + 1
                    )));
                }
                insert_row(&self.conn, verb, table, row).map_err(|e| {
                    Error::BadImport(format!(
                        "{table} row {} cannot be restored: {}",
                        n + 1,
                        e.detail()
                    ))
                })?;
            }
            summary.count(table, rows.len());
        }
        let broken: Option<String> = self
            .conn
            .query_row(
                "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(table) = broken {
            return Err(Error::BadImport(format!(
                "a {table} row refers to something the file does not contain"
            )));
        }
        Ok(summary)
    }

    /// Reads every imported record the way the screens do, and checks it against the rules
    /// for typing it in.
    fn check_imported(&self) -> Result<()> {
        let ids = |table: &str| -> Result<Vec<i64>> {
            Ok(self
                .conn
                .prepare(&format!("SELECT id FROM \"{table}\" ORDER BY id"))?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?)
        };
        for id in ids("company")? {
            let company = self.company(id).map_err(refused("company", id))?;
            CompanyInput::from(&company)
                .validate()
                .or_else(older_contact_details)
                .map_err(refused("company", id))?;
            for agent in self.agents(id).map_err(refused("company", id))? {
                text::required(Field::AgentName, &agent.name, NAME_MAX)
                    .and(AgentInput::from(&agent).validate().map(|_| String::new()))
                    .map_err(refused("agent", agent.id))?;
            }
        }
        for id in ids("case")? {
            let file = self.case_file(id).map_err(refused("case", id))?;
            CaseInput::from(&file.case)
                .validate(&self.reader())
                .map_err(refused("case", id))?;
            text::long(Field::ResolutionNote, file.case.resolution_note.as_deref())
                .map_err(refused("case", id))?;
            for i in &file.interactions {
                text::optional(Field::Reference, i.reference.as_deref(), SHORT_MAX)
                    .and(text::long(Field::Notes, i.notes.as_deref()))
                    .and(text::long(Field::Summary, i.summary.as_deref()))
                    .map_err(refused("interaction", i.id))?;
            }
            for p in &file.promises {
                text::required(Field::PromiseDescription, &p.description, NAME_MAX)
                    .map_err(refused("promise", p.id))?;
            }
            for f in &file.follow_ups {
                text::required(Field::FollowUpNote, &f.note, NAME_MAX)
                    .map_err(refused("follow_up", f.id))?;
            }
        }
        Ok(())
    }
}

/// Turns a record's problem into the reason an import is refused, naming the record.
fn refused(table: &'static str, id: i64) -> impl Fn(Error) -> Error {
    move |e| match e {
        Error::Storage(rusqlite::Error::FromSqlConversionFailure(_, _, cause)) => Error::BadImport(
            format!("{table} {id} has a value the app cannot read: {cause}"),
        ),
        Error::Storage(rusqlite::Error::InvalidColumnType(_, column, kind)) => Error::BadImport(
            format!("{table} {id} has {kind} where {column} needs another kind of value"),
        ),
        Error::Invalid(_) => Error::BadImport(format!("{table} {id}: {e}")),
        other => Error::BadImport(format!("{table} {id} cannot be read: {other}")),
    }
}

/// What an import restored.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub companies: usize,
    pub cases: usize,
    pub interactions: usize,
    pub promises: usize,
    pub follow_ups: usize,
}

impl ImportSummary {
    fn count(&mut self, table: &str, n: usize) {
        match table {
            "company" => self.companies = n,
            "case" => self.cases = n,
            "interaction" => self.interactions = n,
            "promise" => self.promises = n,
            "follow_up" => self.follow_ups = n,
            _ => {}
        }
    }
}

/// Writes `bytes` to `path` whole or not at all: into a new file in the same folder, created
/// under a fresh name (so nothing planted there is followed or overwritten), synced, renamed
/// over `path`, and the folder synced so the rename survives a power cut. On any failure the
/// new file is removed and `path` is as it was.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    if path.is_dir() {
        return Err(Error::Conflict(format!(
            "{} is a folder; give the backup a file name inside it, like {}",
            text::shown(&path.display().to_string()),
            text::shown(&path.join("casebook-backup.json").display().to_string())
        )));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".casebook-")
        .suffix(".partial")
        .tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| Error::Io(e.error))?;
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    Ok(())
}

fn parse(text: &str) -> Result<Export> {
    // Windows editors save UTF-8 with a byte-order mark; it is not part of the data.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json: Json = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            Error::BadImport("the file ends too early; it may be truncated".into())
        } else {
            Error::BadImport(format!("the file is not valid JSON ({e})"))
        }
    })?;
    if json.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(Error::BadImport(
            "it has no \"format\": \"casebook-export\" field; it was not made by casebook export"
                .into(),
        ));
    }
    let export: Export = serde_json::from_value(json)
        .map_err(|e| Error::BadImport(format!("its layout is wrong ({e})")))?;
    if export.schema_version > SCHEMA_VERSION {
        return Err(Error::BadImport(format!(
            "it was written by a newer Casebook (data version {}, this one knows up to {}); \
             update Casebook to import it",
            export.schema_version, SCHEMA_VERSION
        )));
    }
    if let Some(unknown) = export.tables.keys().find(|t| !TABLES.contains(&t.as_str())) {
        return Err(Error::BadImport(format!(
            "it has an unknown table: {unknown}"
        )));
    }
    Ok(export)
}

/// Email addresses and web addresses were taken as typed before they were checked; a backup
/// from then still restores (the app shows them as text), and the company's form asks for a
/// fix the next time it is edited. Every other problem still refuses the file.
fn older_contact_details(e: Error) -> Result<crate::company::ValidCompany> {
    match &e {
        Error::Invalid(problems)
            if problems.iter().all(|p| {
                p.rule == Rule::NotAllowed
                    && matches!(
                        p.field,
                        Field::Emails | Field::Website | Field::HelpUrl | Field::ChatUrl
                    )
            }) =>
        {
            Ok(crate::company::ValidCompany::default())
        }
        _ => Err(e),
    }
}

/// The rows `sql` selects, each as column name to value: the shape of an export's rows and of
/// what Recently deleted keeps.
pub(crate) fn rows_of(
    c: &rusqlite::Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<BTreeMap<String, Json>>> {
    let mut stmt = c.prepare(sql)?;
    let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let rows = stmt.query_map(params, |row| {
        let mut out = BTreeMap::new();
        for (i, name) in names.iter().enumerate() {
            out.insert(name.clone(), to_json(row.get::<_, Value>(i)?));
        }
        Ok(out)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Inserts one row given as column name to value, with `verb` ("INSERT", "INSERT OR IGNORE").
pub(crate) fn insert_row(
    c: &rusqlite::Connection,
    verb: &str,
    table: &str,
    row: &BTreeMap<String, Json>,
) -> Result<()> {
    let names: Vec<String> = row.keys().map(|k| format!("\"{k}\"")).collect();
    let sql = format!(
        "{verb} INTO \"{table}\" ({}) VALUES ({})",
        names.join(", "),
        vec!["?"; names.len()].join(", ")
    );
    let values: Vec<Value> = row.values().map(from_json).collect::<Result<_>>()?;
    c.execute(&sql, rusqlite::params_from_iter(values))?;
    Ok(())
}

fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Integer(i) => Json::from(i),
        Value::Real(f) => Json::from(f),
        Value::Text(t) => Json::String(t),
        // No column holds blobs; keep any as an array of bytes rather than lose it.
        Value::Blob(b) => Json::from(b),
    }
}

fn from_json(v: &Json) -> Result<Value> {
    Ok(match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or_default()),
        },
        Json::String(s) => Value::Text(s.clone()),
        Json::Array(_) | Json::Object(_) => {
            return Err(Error::BadImport(format!(
                "a field holds {v}, not a plain value"
            )))
        }
    })
}
