//! The home screen: what is overdue, what is due soon, and the open cases by company.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::db::Store;
use crate::due::{instant_to_sql, Due, Zone};
use crate::error::Result;
use rusqlite::params;

/// How many days ahead "due soon" looks.
pub const DUE_SOON_DAYS: i64 = 7;
/// The most items one list of the home screen carries: a glance, a few Tab presses long. The
/// counts say how many there are, and the full list shows them all, page by page.
pub const LIST_LIMIT: i64 = 10;
/// How many items one page of the full overdue list carries.
pub const PAGE_SIZE: i64 = 100;
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
    /// Days from today to the due's day in the user's zone: 0 today, 1 tomorrow, -3 for three
    /// days overdue. The lists say it in words beside the date.
    #[ts(type = "number")]
    pub days: i64,
    /// When a snoozed item reminds again, while that is still ahead.
    pub snoozed_until: Option<DateTime<Utc>>,
    /// A promise the user made ("You promised"), not the company ("They promised").
    pub mine: bool,
}

/// One page of a full list of due items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct DuePage {
    pub items: Vec<DueItem>,
    /// How many there are in all, up to [`COUNT_CAP`].
    #[ts(type = "number")]
    pub total: i64,
    /// Where the next page starts, or None on the last page.
    #[ts(type = "number | null")]
    pub next_offset: Option<i64>,
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

/// The most a list's total counts to; past it the screen says "1,000+". Counting every row of
/// a years-old backlog would cost more than the number is worth.
pub const COUNT_CAP: i64 = 1_000;

/// One branch per table, each walking its due-order index from the earliest due and stopping at
/// `limit`; the two are then merged. CROSS JOIN keeps SQLite from starting at the open cases
/// instead, which reads every pending item of every open case to sort them. `?1`/`?2` bound the due key, `?3`..`?6` the precise rule.
fn due_items_sql(rule: &str, limit: i64) -> String {
    format!(
        "SELECT * FROM (
           SELECT 'promise' AS kind, p.id, p.case_id, p.description AS text, p.due_date, p.due_at,
                  p.snoozed_until, coalesce(p.due_date, p.due_at) AS due_key
             FROM promise p CROSS JOIN \"case\" k ON k.id = p.case_id AND k.status = 'open'
            WHERE p.status = 'pending'
              AND coalesce(p.due_date, p.due_at) >= ?1 AND coalesce(p.due_date, p.due_at) <= ?2
              AND ({rule})
            ORDER BY coalesce(p.due_date, p.due_at) LIMIT {limit})
         UNION ALL
         SELECT * FROM (
           SELECT f.kind, f.id, f.case_id, f.note, f.due_date, f.due_at, f.snoozed_until,
                  coalesce(f.due_date, f.due_at)
             FROM follow_up f CROSS JOIN \"case\" k ON k.id = f.case_id AND k.status = 'open'
            WHERE f.done_at IS NULL
              AND coalesce(f.due_date, f.due_at) >= ?1 AND coalesce(f.due_date, f.due_at) <= ?2
              AND ({rule})
            ORDER BY coalesce(f.due_date, f.due_at) LIMIT {limit})"
    )
}

/// Overdue: a day already passed (before `?3`, today), or an instant already reached (`?4`, now).
const OVERDUE: &str = "due_date < ?3 OR due_at <= ?4";
/// Due soon: from today to `?5`, or from now to `?6`.
const DUE_SOON: &str = "(due_date >= ?3 AND due_date <= ?5) OR (due_at > ?4 AND due_at <= ?6)";

/// Days from `today` to the day `due` falls on in `zone`: negative when it has passed.
pub(crate) fn days_until(due: Due, today: NaiveDate, zone: &dyn Zone) -> i64 {
    let day = match due {
        Due::Date { date } => date,
        Due::At { at } => zone.local(at).date(),
    };
    (day - today).num_days()
}

impl Store {
    /// The home screen at `now`, where `today` is the user's local calendar day. A day-only
    /// due is overdue once its day has passed; a timed one once its instant has.
    pub fn home(&self, now: DateTime<Utc>, today: NaiveDate) -> Result<Home> {
        let now_sql = instant_to_sql(now);
        let today_sql = today.to_string();
        let soon_date = (today + Duration::days(DUE_SOON_DAYS)).to_string();
        let soon_at = instant_to_sql(now + Duration::days(DUE_SOON_DAYS));
        // Key ranges for the index walk; the rule then decides exactly. Text order is time
        // order for both kinds of key.
        let overdue_range = (String::new(), now_sql.clone().max(today_sql.clone()));
        let soon_range = (
            now_sql.clone().min(today_sql.clone()),
            soon_at.clone().max(soon_date.clone() + "T99"),
        );
        let args = |range: &(String, String)| {
            [
                range.0.clone(),
                range.1.clone(),
                today_sql.clone(),
                now_sql.clone(),
                soon_date.clone(),
                soon_at.clone(),
            ]
        };

        let (overdue, overdue_total) =
            self.due_list(OVERDUE, &args(&overdue_range), now, today, 0, LIST_LIMIT)?;
        let (due_soon, due_soon_total) =
            self.due_list(DUE_SOON, &args(&soon_range), now, today, 0, LIST_LIMIT)?;
        Ok(Home {
            overdue,
            overdue_total,
            due_soon,
            due_soon_total,
            companies: self.open_cases_by_company()?,
            company_count: self
                .conn
                .query_row("SELECT count(*) FROM company", [], |r| r.get(0))?,
        })
    }

    /// How many promises and follow-ups are overdue (up to [`COUNT_CAP`]), as the home screen
    /// counts them: for the badge beside Home and the tray's line, which need nothing else of
    /// the home screen.
    pub fn overdue_total(&self, now: DateTime<Utc>, today: NaiveDate) -> Result<i64> {
        let now_sql = instant_to_sql(now);
        let today_sql = today.to_string();
        let upto = now_sql.clone().max(today_sql.clone());
        let mut count = self.conn.prepare_cached(&format!(
            "SELECT count(*) FROM ({})",
            due_items_sql(OVERDUE, COUNT_CAP)
        ))?;
        let total: i64 = count
            .query_row(params![String::new(), upto, today_sql, now_sql], |r| {
                r.get(0)
            })?;
        Ok(total.min(COUNT_CAP))
    }

    /// Every overdue item, a page of [`PAGE_SIZE`] at a time from `offset`, in due order.
    pub fn overdue_page(
        &self,
        now: DateTime<Utc>,
        today: NaiveDate,
        offset: i64,
    ) -> Result<DuePage> {
        let now_sql = instant_to_sql(now);
        let today_sql = today.to_string();
        let args = [
            String::new(),
            now_sql.clone().max(today_sql.clone()),
            today_sql,
            now_sql,
        ];
        let offset = offset.max(0);
        // One more than a page says whether there is a next one.
        let (mut items, total) =
            self.due_list(OVERDUE, &args, now, today, offset, PAGE_SIZE + 1)?;
        let more = items.len() as i64 > PAGE_SIZE;
        items.truncate(PAGE_SIZE as usize);
        let next = offset + items.len() as i64;
        let next_offset = more.then_some(next);
        Ok(DuePage {
            items,
            total: total.max(next.min(COUNT_CAP)),
            next_offset,
        })
    }

    /// `limit` items matching `rule` from `offset`, in due order, and how many match (up to
    /// [`COUNT_CAP`]).
    fn due_list(
        &self,
        rule: &str,
        args: &[String],
        now: DateTime<Utc>,
        today: NaiveDate,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<DueItem>, i64)> {
        // SQLite counts parameters up to the highest number a statement names, so pass only
        // as many as the rule uses.
        let args = &args[..if rule.contains("?6") { 6 } else { 4 }];
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT d.kind, d.id, d.case_id, d.text, d.due_date, d.due_at,
                    k.title AS case_title, k.company_id, c.name AS company_name,
                    ag.name AS agent_name, ag.code AS agent_code, i.reference, d.snoozed_until,
                    coalesce(p.made_by = 'me', 0) AS mine
               FROM ({items}) d
               JOIN \"case\" k ON k.id = d.case_id
               JOIN company c ON c.id = k.company_id
               LEFT JOIN promise p ON d.kind = 'promise' AND p.id = d.id
               LEFT JOIN agent ag ON ag.id = p.agent_id
               LEFT JOIN interaction i ON i.id = p.interaction_id
              ORDER BY d.due_key, d.id
              LIMIT {limit} OFFSET {offset}",
            items = due_items_sql(rule, offset + limit)
        ))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |row| {
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
                days: 0,
                snoozed_until: row
                    .get::<_, Option<String>>("snoozed_until")?
                    .map(|t| crate::due::instant_from_sql(&t))
                    .transpose()?
                    .filter(|until| *until > now),
                mine: row.get("mine")?,
            })
        })?;
        let mut items: Vec<DueItem> = rows.collect::<rusqlite::Result<_>>()?;
        for item in &mut items {
            item.days = days_until(item.due, today, self.zone.as_ref());
        }
        let total = if offset == 0 && (items.len() as i64) < limit {
            items.len() as i64
        } else {
            let mut count = self.conn.prepare_cached(&format!(
                "SELECT count(*) FROM ({})",
                due_items_sql(rule, COUNT_CAP)
            ))?;
            count
                .query_row(rusqlite::params_from_iter(args.iter()), |r| {
                    r.get::<_, i64>(0)
                })?
                .min(COUNT_CAP)
        };
        Ok((items, total))
    }

    /// Each company with open cases: how many, and the newest few. One small index walk per
    /// company instead of ranking every open case.
    fn open_cases_by_company(&self) -> Result<Vec<CompanyOpenCases>> {
        let mut companies = self.conn.prepare_cached(
            "SELECT c.id, c.name, (SELECT count(*) FROM \"case\" k
                                    WHERE k.company_id = c.id AND k.status = 'open') AS open
               FROM company c WHERE open > 0 ORDER BY c.name COLLATE NOCASE, c.id",
        )?;
        let mut newest = self.conn.prepare_cached(&format!(
            "SELECT id, title FROM \"case\" WHERE company_id = ?1 AND status = 'open'
              ORDER BY opened_at DESC, id DESC LIMIT {CASES_PER_COMPANY}"
        ))?;
        let groups = companies
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<Vec<(i64, String, i64)>>>()?;
        let mut out = Vec::with_capacity(groups.len());
        for (company_id, company_name, open_cases) in groups {
            let cases = newest
                .query_map([company_id], |r| {
                    Ok(CaseBrief {
                        id: r.get(0)?,
                        title: r.get(1)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            out.push(CompanyOpenCases {
                company_id,
                company_name,
                open_cases,
                cases,
            });
        }
        Ok(out)
    }
}
