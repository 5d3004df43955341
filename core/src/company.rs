//! Companies: the organisations a user deals with, their support channels and the user's
//! account identifiers with them.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::check::{Check, Field};
use crate::clocks::Sector;
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql};
use crate::error::{Error, Result, Rule};
use crate::text::{self, NAME_MAX, SHORT_MAX};

/// A labelled value the company will ask for: "Account number: 1234-5678", "Order: A-77".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Identifier {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Company {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub social: Vec<String>,
    pub website: Option<String>,
    pub help_url: Option<String>,
    pub chat_url: Option<String>,
    pub accounts: Vec<Identifier>,
    pub notes: Option<String>,
    /// Where its cases' time limits are looked up, unless a case names its own.
    pub country: Option<String>,
    pub sector: Option<Sector>,
    /// A client the user works for, rather than a company they buy from; screens say
    /// "client". Absent from exports made before clients existed.
    #[serde(default)]
    pub client: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What the user fills in to add or edit a company.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(export)]
pub struct CompanyInput {
    pub name: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub social: Vec<String>,
    pub website: Option<String>,
    pub help_url: Option<String>,
    pub chat_url: Option<String>,
    pub accounts: Vec<Identifier>,
    pub notes: Option<String>,
    /// The country its cases' time limits are looked up by (a code from
    /// [`crate::clocks::COUNTRIES`]); each case may name its own.
    pub country: Option<String>,
    pub sector: Option<Sector>,
    /// A client the user works for (see [`Company::client`]).
    pub client: bool,
}

/// A company with how many of its cases are open, for lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CompanySummary {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    #[ts(type = "number")]
    pub open_cases: i64,
    #[ts(type = "number")]
    pub all_cases: i64,
    pub client: bool,
}

impl From<&Company> for CompanyInput {
    /// The form filled in with a stored company, for editing (or re-checking) it.
    fn from(c: &Company) -> Self {
        CompanyInput {
            name: c.name.clone(),
            phones: c.phones.clone(),
            emails: c.emails.clone(),
            social: c.social.clone(),
            website: c.website.clone(),
            help_url: c.help_url.clone(),
            chat_url: c.chat_url.clone(),
            accounts: c.accounts.clone(),
            notes: c.notes.clone(),
            country: c.country.clone(),
            sector: c.sector,
            client: c.client,
        }
    }
}

#[derive(Default)]
pub(crate) struct ValidCompany {
    name: String,
    phones: String,
    emails: String,
    social: String,
    website: Option<String>,
    help_url: Option<String>,
    chat_url: Option<String>,
    accounts: String,
    notes: Option<String>,
    country: Option<&'static str>,
}

impl CompanyInput {
    /// The company as it will be stored, or every problem with what was typed.
    pub(crate) fn validate(&self) -> Result<ValidCompany> {
        let mut c = Check::new();
        let valid = ValidCompany {
            name: c.take(text::required(Field::Name, &self.name, NAME_MAX)),
            phones: json(&c.take(text::list(Field::Phones, &self.phones))),
            emails: json(&c.take(text::emails(Field::Emails, &self.emails))),
            social: json(&c.take(text::list(Field::Social, &self.social))),
            website: c.take(text::web_address(Field::Website, self.website.as_deref())),
            help_url: c.take(text::web_address(Field::HelpUrl, self.help_url.as_deref())),
            chat_url: c.take(text::web_address(Field::ChatUrl, self.chat_url.as_deref())),
            accounts: json(&c.take(identifiers(Field::Accounts, &self.accounts))),
            notes: c.take(text::long(Field::Notes, self.notes.as_deref())),
            country: c.take(crate::clocks::country_of(self.country.as_deref())),
        };
        c.finish(valid)
    }
}

/// Trims labelled identifiers, dropping rows left wholly blank; a value needs a label.
pub(crate) fn identifiers(field: Field, ids: &[Identifier]) -> Result<Vec<Identifier>> {
    let mut out = Vec::new();
    for id in ids {
        let label = text::optional(field, Some(&id.label), SHORT_MAX)?;
        let value = text::optional(field, Some(&id.value), SHORT_MAX)?;
        match (label, value) {
            (None, None) => {}
            (Some(label), Some(value)) => out.push(Identifier { label, value }),
            _ => return Err(Error::invalid(field, Rule::Incomplete)),
        }
    }
    Ok(out)
}

/// Serializes a validated list of strings or identifiers, which cannot fail.
pub(crate) fn json<T: Serialize>(list: &[T]) -> String {
    serde_json::to_string(list).expect("lists of strings serialize")
}

pub(crate) fn json_column<T: serde::de::DeserializeOwned>(
    row: &Row,
    idx: &str,
) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

const COLUMNS: &str = "id, name, phones, emails, social, website, help_url, chat_url, accounts, \
                       notes, country, sector, client, created_at, updated_at";

fn from_row(row: &Row) -> rusqlite::Result<Company> {
    Ok(Company {
        id: row.get("id")?,
        name: row.get("name")?,
        phones: json_column(row, "phones")?,
        emails: json_column(row, "emails")?,
        social: json_column(row, "social")?,
        website: row.get("website")?,
        help_url: row.get("help_url")?,
        chat_url: row.get("chat_url")?,
        accounts: json_column(row, "accounts")?,
        notes: row.get("notes")?,
        country: row.get("country")?,
        sector: row.get("sector")?,
        client: row.get("client")?,
        created_at: instant_from_sql(&row.get::<_, String>("created_at")?)?,
        updated_at: instant_from_sql(&row.get::<_, String>("updated_at")?)?,
    })
}

fn name_taken(e: rusqlite::Error) -> Error {
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE {
            return Error::invalid(Field::Name, Rule::Duplicate);
        }
    }
    e.into()
}

impl Store {
    pub fn create_company(&mut self, input: &CompanyInput, now: DateTime<Utc>) -> Result<Company> {
        let v = input.validate()?;
        let now = instant_to_sql(now);
        self.write_then(
            |tx| {
                tx.execute(
                "INSERT INTO company (name, phones, emails, social, website, help_url, chat_url, \
                 accounts, notes, created_at, updated_at, country, sector, client) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?13)",
                params![
                    v.name, v.phones, v.emails, v.social, v.website, v.help_url, v.chat_url,
                    v.accounts, v.notes, now, v.country, input.sector, input.client
                ],
            )
            .map_err(name_taken)?;
                crate::draft::clear(tx, crate::draft::DraftForm::NewCompany, 0)?;
                Ok(tx.last_insert_rowid())
            },
            |s, id| s.company(id),
        )
    }

    pub fn update_company(
        &mut self,
        id: i64,
        input: &CompanyInput,
        now: DateTime<Utc>,
    ) -> Result<Company> {
        let v = input.validate()?;
        let now = instant_to_sql(now);
        self.write_then(
            |tx| {
                let changed = tx
                    .execute(
                        "UPDATE company SET name = ?2, phones = ?3, emails = ?4, social = ?5, \
                     website = ?6, help_url = ?7, chat_url = ?8, accounts = ?9, notes = ?10, \
                     updated_at = ?11, country = ?12, sector = ?13, client = ?14 WHERE id = ?1",
                        params![
                            id,
                            v.name,
                            v.phones,
                            v.emails,
                            v.social,
                            v.website,
                            v.help_url,
                            v.chat_url,
                            v.accounts,
                            v.notes,
                            now,
                            v.country,
                            input.sector,
                            input.client
                        ],
                    )
                    .map_err(name_taken)?;
                if changed == 0 {
                    return Err(Error::NotFound {
                        entity: "company",
                        id,
                    });
                }
                crate::draft::clear(tx, crate::draft::DraftForm::CompanyEdit, id)?;
                Ok(())
            },
            |s, ()| s.company(id),
        )
    }

    pub fn company(&self, id: i64) -> Result<Company> {
        self.one(
            &format!("SELECT {COLUMNS} FROM company WHERE id = ?1"),
            id,
            "company",
            from_row,
        )
    }

    /// Finds a company by its exact name, ignoring case (how the command line names one).
    pub fn company_by_name(&self, name: &str) -> Result<Option<Company>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM company WHERE name = ?1 COLLATE NOCASE"),
                [name.trim()],
                from_row,
            )
            .optional()?)
    }

    /// The company the user means by `key`: its id when `key` is all digits and such a company
    /// exists, else its name (ignoring case). A company literally named "3" is still found by
    /// name when no company has id 3.
    pub fn find_company(&self, key: &str) -> Result<Company> {
        let key = key.trim();
        if let Ok(id) = key.parse::<i64>() {
            match self.company(id) {
                Err(Error::NotFound { .. }) => {}
                found => return found,
            }
        }
        self.company_by_name(key)?
            .ok_or_else(|| Error::NotFoundNamed {
                entity: "company",
                name: key.to_string(),
            })
    }

    /// Every company, by name, with its case counts.
    pub fn companies(&self) -> Result<Vec<CompanySummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.name, \
                    (SELECT count(*) FROM \"case\" k WHERE k.company_id = c.id AND k.status = 'open'), \
                    (SELECT count(*) FROM \"case\" k WHERE k.company_id = c.id), c.client \
             FROM company c ORDER BY c.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CompanySummary {
                id: r.get(0)?,
                name: r.get(1)?,
                open_cases: r.get(2)?,
                all_cases: r.get(3)?,
                client: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
