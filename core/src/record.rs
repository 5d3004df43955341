//! The Record: every company's scorecard side by side, how busy the last twelve months were,
//! and what came back each year. Pure queries, tested on fixed data.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use serde::Serialize;

use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql, Zone};
use crate::error::Result;
use crate::money::{to_money, Money};
use crate::scorecard::Scorecard;

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
    /// Promises companies made that month (by the day of the contact that made them).
    #[ts(type = "number")]
    pub promises: i64,
    /// Their promises marked broken that month.
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

/// Everything the Record screen shows: the user's track record with every company.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TrackRecord {
    /// The worst promise-keepers first (see [`Store::report`]).
    pub companies: Vec<Scorecard>,
    /// The last [`MONTHS`] months, oldest first, the current month last.
    pub months: Vec<MonthActivity>,
    /// Years with money recovered, oldest first.
    pub recovered_by_year: Vec<YearRecovered>,
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
            companies: self.report()?,
            months: self.months(now)?,
            recovered_by_year: self.recovered_by_year()?,
        })
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
        let slot = |at: &str| -> Option<usize> {
            let after = bounds.partition_point(|b| b.as_str() <= at);
            (1..=MONTHS).contains(&after).then(|| after - 1)
        };
        let mut counts = vec![[0i64; 3]; MONTHS];
        let (first, last) = (&bounds[0], &bounds[MONTHS]);
        let queries = [
            "SELECT occurred_at FROM interaction WHERE occurred_at >= ?1 AND occurred_at < ?2",
            "SELECT coalesce(i.occurred_at, p.created_at) AS made FROM promise p
               LEFT JOIN interaction i ON i.id = p.interaction_id
              WHERE p.made_by = 'them' AND made >= ?1 AND made < ?2",
            "SELECT status_at FROM promise
              WHERE made_by = 'them' AND status = 'broken' AND status_at >= ?1 AND status_at < ?2",
        ];
        for (column, sql) in queries.iter().enumerate() {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let mut rows = stmt.query([first, last])?;
            while let Some(r) = rows.next()? {
                let at = r.get_ref(0)?;
                let at = at.as_str().map_err(rusqlite::Error::from)?;
                if let Some(month) = slot(at) {
                    counts[month][column] += 1;
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

    fn recovered_by_year(&self) -> Result<Vec<YearRecovered>> {
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
