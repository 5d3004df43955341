//! The Record: every company's scorecard side by side, how busy the last twelve months were,
//! and what came back each year. Pure queries, tested on fixed data.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use serde::Serialize;

use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql, Zone};
use crate::error::Result;
use crate::money::{to_money, Money};
use crate::promise::{PromiseSide, PromiseStatus};
use crate::scorecard::{median, PromiseCounts};

/// How many months the activity chart covers, the current one last.
pub const MONTHS: usize = 12;

/// One month's contacts and promises, in the user's time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct MonthActivity {
    /// "2026-11".
    pub month: String,
    #[ts(type = "number")]
    pub contacts: i64,
    /// Their promises that fell due that month.
    #[ts(type = "number")]
    pub promises: i64,
    /// Of those, the ones they broke.
    #[ts(type = "number")]
    pub broken: i64,
}

/// What came back in one year, per currency (never summed across currencies).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct YearRecovered {
    pub year: i32,
    pub money: Vec<Money>,
}

/// One company's line on the Record: the figures compared side by side. The company's own
/// screen shows its whole [`crate::scorecard::Scorecard`].
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CompanyRow {
    #[ts(type = "number")]
    pub company_id: i64,
    pub company_name: String,
    pub client: bool,
    pub theirs: PromiseCounts,
    pub mine: PromiseCounts,
    /// Their broken promises out of those kept or broken.
    pub broken_rate: Option<f64>,
    /// The median of how many days late their promises kept late were.
    pub median_days_late: Option<f64>,
    #[ts(type = "number")]
    pub cases: i64,
    #[ts(type = "number")]
    pub contacts: i64,
    pub contacts_per_case: Option<f64>,
    #[ts(type = "number")]
    pub hold_total_min: i64,
}

/// Everything the Record screen shows: the user's track record with every company.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TrackRecord {
    /// The worst promise-keepers first (the highest broken rate; those with no promise kept or
    /// broken after), then by name.
    pub companies: Vec<CompanyRow>,
    /// The last [`MONTHS`] months, oldest first, the current month last.
    pub months: Vec<MonthActivity>,
    /// Years with money recovered, oldest first.
    pub recovered_by_year: Vec<YearRecovered>,
}

/// Which of the months `value` falls in, given their [`MONTHS`] + 1 bounds as stored text
/// (which sorts as the moments it names).
fn slot(bounds: &[String], value: &str) -> Option<usize> {
    let after = bounds.partition_point(|b| b.as_str() <= value);
    (1..=MONTHS).contains(&after).then(|| after - 1)
}

/// The first days of the [`MONTHS`] months ending with the one holding `today`, and of the
/// month after them, oldest first.
fn month_starts(today: NaiveDate) -> Vec<NaiveDate> {
    let this_month = today.with_day(1).expect("every month has a first day");
    (0..=MONTHS as u32)
        .map(|i| this_month - Months::new(MONTHS as u32 - 1) + Months::new(i))
        .collect()
}

impl Store {
    /// The Record as of `now`.
    pub fn record(&self, now: DateTime<Utc>) -> Result<TrackRecord> {
        Ok(TrackRecord {
            companies: self.company_rows()?,
            months: self.months(now)?,
            recovered_by_year: self.recovered_by_year()?,
        })
    }

    /// Every company's line, from one pass over each table's index rather than a scorecard
    /// each (which for 100 companies with 100,000 contacts took a fifth of a second).
    fn company_rows(&self) -> Result<Vec<CompanyRow>> {
        let mut rows: Vec<CompanyRow> = self
            .conn
            .prepare_cached(
                "SELECT id, name, client FROM company ORDER BY name COLLATE NOCASE, id",
            )?
            .query_map([], |r| {
                Ok(CompanyRow {
                    company_id: r.get(0)?,
                    company_name: r.get(1)?,
                    client: r.get(2)?,
                    theirs: PromiseCounts::default(),
                    mine: PromiseCounts::default(),
                    broken_rate: None,
                    median_days_late: None,
                    cases: 0,
                    contacts: 0,
                    contacts_per_case: None,
                    hold_total_min: 0,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let by_company: HashMap<i64, usize> = rows
            .iter()
            .enumerate()
            .map(|(n, r)| (r.company_id, n))
            .collect();
        // Which line each case adds to.
        let mut line_of: HashMap<i64, usize> = HashMap::new();
        {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT id, company_id FROM \"case\"")?;
            let mut found = stmt.query([])?;
            while let Some(r) = found.next()? {
                if let Some(&n) = by_company.get(&r.get::<_, i64>(1)?) {
                    line_of.insert(r.get(0)?, n);
                    rows[n].cases += 1;
                }
            }
        }
        // Grouped by case, the order of both indexes, so SQLite counts as it reads the index
        // and never sorts; the cases are then added up by company here.
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT case_id, count(*), coalesce(sum(hold_min), 0)
                   FROM interaction GROUP BY case_id",
            )?;
            let mut found = stmt.query([])?;
            while let Some(r) = found.next()? {
                if let Some(&n) = line_of.get(&r.get::<_, i64>(0)?) {
                    rows[n].contacts += r.get::<_, i64>(1)?;
                    rows[n].hold_total_min += r.get::<_, i64>(2)?;
                }
            }
        }
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT case_id, made_by, status, count(*)
                   FROM promise GROUP BY case_id, made_by, status",
            )?;
            let mut found = stmt.query([])?;
            while let Some(r) = found.next()? {
                let Some(&n) = line_of.get(&r.get::<_, i64>(0)?) else {
                    continue;
                };
                let row = &mut rows[n];
                let side = match r.get::<_, PromiseSide>(1)? {
                    PromiseSide::Them => &mut row.theirs,
                    PromiseSide::Me => &mut row.mine,
                };
                let count: i64 = r.get(3)?;
                side.made += count;
                match r.get::<_, PromiseStatus>(2)? {
                    PromiseStatus::Kept => side.kept += count,
                    PromiseStatus::Broken => side.broken += count,
                    PromiseStatus::Withdrawn => side.withdrawn += count,
                    PromiseStatus::Pending => side.pending += count,
                }
            }
        }
        let mut late: HashMap<usize, Vec<f64>> = HashMap::new();
        let zone = self.reader();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT case_id, due_date, due_at, status_at FROM promise
                  WHERE made_by = 'them' AND status = 'kept'",
            )?;
            let mut found = stmt.query([])?;
            while let Some(r) = found.next()? {
                let Some(&n) = line_of.get(&r.get::<_, i64>(0)?) else {
                    continue;
                };
                if let Some(days) = crate::scorecard::days_late(&zone, r, 1)? {
                    late.entry(n).or_default().push(days);
                }
            }
        }
        for (n, row) in rows.iter_mut().enumerate() {
            row.broken_rate = row.theirs.broken_rate();
            row.median_days_late = median(late.remove(&n).unwrap_or_default());
            row.contacts_per_case = (row.cases > 0).then(|| row.contacts as f64 / row.cases as f64);
        }
        crate::scorecard::worst_first(&mut rows, |r| r.broken_rate);
        Ok(rows)
    }

    fn months(&self, now: DateTime<Utc>) -> Result<Vec<MonthActivity>> {
        let zone = self.reader();
        let starts = month_starts(zone.local(now).date());
        // Stored instants sort as text, so each is placed by comparing it with the months'
        // first moments as stored text; nothing is parsed.
        let bounds: Vec<String> = starts
            .iter()
            .map(|d| instant_to_sql(zone.instant(d.and_hms_opt(0, 0, 0).expect("midnight"))))
            .collect();
        let mut counts = vec![[0i64; 3]; MONTHS];
        let (first, last) = (&bounds[0], &bounds[MONTHS]);
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT occurred_at FROM interaction WHERE occurred_at >= ?1 AND occurred_at < ?2",
            )?;
            let mut rows = stmt.query([first, last])?;
            while let Some(r) = rows.next()? {
                let at = r.get_ref(0)?;
                if let Some(month) = slot(&bounds, at.as_str().map_err(rusqlite::Error::from)?) {
                    counts[month][0] += 1;
                }
            }
        }
        // A promise counts in the month it fell due: a day is placed among the months' first
        // days, an instant among their first moments.
        let days: Vec<String> = starts.iter().map(|d| d.to_string()).collect();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT due_date, due_at, status = 'broken' FROM promise
                  WHERE made_by = 'them'
                    AND ((due_date >= ?1 AND due_date < ?2) OR (due_at >= ?3 AND due_at < ?4))",
            )?;
            let mut rows = stmt.query([&days[0], &days[MONTHS], first, last])?;
            while let Some(r) = rows.next()? {
                let (date, at) = (r.get_ref(0)?, r.get_ref(1)?);
                let month = match date.as_str_or_null().map_err(rusqlite::Error::from)? {
                    Some(day) => slot(&days, day),
                    None => slot(&bounds, at.as_str().map_err(rusqlite::Error::from)?),
                };
                if let Some(month) = month {
                    counts[month][1] += 1;
                    if r.get::<_, bool>(2)? {
                        counts[month][2] += 1;
                    }
                }
            }
        }
        Ok(starts
            .iter()
            .zip(counts)
            .map(|(start, [contacts, promises, broken])| MonthActivity {
                month: start.format("%Y-%m").to_string(),
                contacts,
                promises,
                broken,
            })
            .collect())
    }

    /// What came back in resolved cases, by the year they ended, oldest first.
    pub fn recovered_by_year(&self) -> Result<Vec<YearRecovered>> {
        let zone = self.reader();
        let mut years: BTreeMap<i32, BTreeMap<String, i64>> = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT resolved_at, recovered_minor, recovered_currency FROM \"case\"
              WHERE recovered_minor IS NOT NULL AND resolved_at IS NOT NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let year = zone
                .local(instant_from_sql(&r.get::<_, String>(0)?)?)
                .year();
            *years.entry(year).or_default().entry(r.get(2)?).or_default() += r.get::<_, i64>(1)?;
        }
        Ok(years
            .into_iter()
            .map(|(year, sums)| YearRecovered {
                year,
                money: sums.iter().map(|(c, minor)| to_money(*minor, c)).collect(),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_months_end_with_the_current_one() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let starts = month_starts(day(2026, 3, 31));
        assert_eq!(starts.len(), 13);
        assert_eq!(starts[0], day(2025, 4, 1));
        assert_eq!(starts[11], day(2026, 3, 1));
        assert_eq!(starts[12], day(2026, 4, 1));
    }
}
