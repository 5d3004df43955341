//! The home screen: what is overdue, what is due soon, and the open cases by company.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::db::Store;
use crate::due::{instant_to_sql, Due};
use crate::error::Result;

/// How many days ahead "due soon" looks.
pub const DUE_SOON_DAYS: i64 = 7;
/// The most items one list of the home screen carries; the counts say how many there are.
pub const LIST_LIMIT: i64 = 200;
/// How many open cases each company shows on the home screen.
pub const CASES_PER_COMPANY: i64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DueKind {
    Promise,
    FollowUp,
    Deadline,
}

/// One promise or follow-up on the home screen, with what is needed to act on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct DueItem {
    pub kind: DueKind,
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub case_id: i64,
    pub case_title: String,
    #[ts(type = "number")]
    pub company_id: i64,
    pub company_name: String,
    /// What was promised, or the follow-up's note.
    pub text: String,
    pub due: Due,
    pub agent_name: Option<String>,
    pub agent_code: Option<String>,
    pub reference: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CaseBrief {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CompanyOpenCases {
    #[ts(type = "number")]
    pub company_id: i64,
    pub company_name: String,
    #[ts(type = "number")]
    pub open_cases: i64,
    /// The newest few open cases.
    pub cases: Vec<CaseBrief>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Home {
    pub overdue: Vec<DueItem>,
    #[ts(type = "number")]
    pub overdue_total: i64,
    pub due_soon: Vec<DueItem>,
    #[ts(type = "number")]
    pub due_soon_total: i64,
    pub companies: Vec<CompanyOpenCases>,
    /// Whether any company exists, so the screen can tell a new user where to start.
    #[ts(type = "number")]
    pub company_count: i64,
}

/// Pending promises and open follow-ups of open cases, as one list with one sort key.
const DUE_ITEMS: &str = "
    SELECT 'promise' AS kind, p.id, p.case_id, p.description AS text, p.due_date, p.due_at,
           ag.name AS agent_name, ag.code AS agent_code, i.reference
      FROM promise p
      LEFT JOIN agent ag ON ag.id = p.agent_id
      LEFT JOIN interaction i ON i.id = p.interaction_id
     WHERE p.status = 'pending'
    UNION ALL
    SELECT f.kind, f.id, f.case_id, f.note, f.due_date, f.due_at, NULL, NULL, NULL
      FROM follow_up f
     WHERE f.done_at IS NULL";

impl Store {
    /// The home screen at `now`, where `today` is the user's local calendar day. A day-only
    /// due is overdue once its day has passed; a timed one once its instant has.
    pub fn home(&self, now: DateTime<Utc>, today: NaiveDate) -> Result<Home> {
        let now_sql = instant_to_sql(now);
        let today_sql = today.to_string();
        let soon_date = (today + Duration::days(DUE_SOON_DAYS)).to_string();
        let soon_at = instant_to_sql(now + Duration::days(DUE_SOON_DAYS));

        let overdue_filter = "(d.due_date < ?1 OR d.due_at <= ?2)";
        let soon_filter =
            "((d.due_date >= ?1 AND d.due_date <= ?3) OR (d.due_at > ?2 AND d.due_at <= ?4))";
        let overdue_args = params![today_sql, now_sql];
        let soon_args = params![today_sql, now_sql, soon_date, soon_at];

        Ok(Home {
            overdue: self.due_items(overdue_filter, overdue_args)?,
            overdue_total: self.count_due(overdue_filter, overdue_args)?,
            due_soon: self.due_items(soon_filter, soon_args)?,
            due_soon_total: self.count_due(soon_filter, soon_args)?,
            companies: self.open_cases_by_company()?,
            company_count: self
                .conn
                .query_row("SELECT count(*) FROM company", [], |r| r.get(0))?,
        })
    }

    fn due_items(&self, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<DueItem>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT d.*, k.title AS case_title, k.company_id, c.name AS company_name
               FROM ({DUE_ITEMS}) d
               JOIN \"case\" k ON k.id = d.case_id AND k.status = 'open'
               JOIN company c ON c.id = k.company_id
              WHERE {filter}
              ORDER BY coalesce(d.due_date, d.due_at), d.id
              LIMIT {LIST_LIMIT}"
        ))?;
        let rows = stmt.query_map(args, |row| {
            let kind = match row.get::<_, String>("kind")?.as_str() {
                "promise" => DueKind::Promise,
                "deadline" => DueKind::Deadline,
                _ => DueKind::FollowUp,
            };
            Ok(DueItem {
                kind,
                id: row.get("id")?,
                case_id: row.get("case_id")?,
                case_title: row.get("case_title")?,
                company_id: row.get("company_id")?,
                company_name: row.get("company_name")?,
                text: row.get("text")?,
                due: Due::from_columns(row.get("due_date")?, row.get("due_at")?)?,
                agent_name: row.get("agent_name")?,
                agent_code: row.get("agent_code")?,
                reference: row.get("reference")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn count_due(&self, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<i64> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT count(*) FROM ({DUE_ITEMS}) d
               JOIN \"case\" k ON k.id = d.case_id AND k.status = 'open'
              WHERE {filter}"
        ))?;
        Ok(stmt.query_row(args, |r| r.get(0))?)
    }

    fn open_cases_by_company(&self) -> Result<Vec<CompanyOpenCases>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT company_id, company_name, open_cases, id, title FROM (
                 SELECT k.company_id, c.name AS company_name, k.id, k.title,
                        count(*) OVER (PARTITION BY k.company_id) AS open_cases,
                        row_number() OVER (PARTITION BY k.company_id
                                           ORDER BY k.opened_at DESC, k.id DESC) AS n
                   FROM \"case\" k JOIN company c ON c.id = k.company_id
                  WHERE k.status = 'open')
              WHERE n <= {CASES_PER_COMPANY}
              ORDER BY company_name COLLATE NOCASE, company_id, n"
        ))?;
        let mut out: Vec<CompanyOpenCases> = Vec::new();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let company_id: i64 = row.get(0)?;
            if out.last().is_none_or(|c| c.company_id != company_id) {
                out.push(CompanyOpenCases {
                    company_id,
                    company_name: row.get(1)?,
                    open_cases: row.get(2)?,
                    cases: Vec::new(),
                });
            }
            let group = out.last_mut().expect("pushed above");
            group.cases.push(CaseBrief {
                id: row.get(3)?,
                title: row.get(4)?,
            });
        }
        Ok(out)
    }
}
