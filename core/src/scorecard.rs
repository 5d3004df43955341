//! Scorecards: the user's own evidence about each company — who keeps their word, how many
//! contacts a case takes, how long on hold, how cases end, and what money is at stake.
//!
//! Pure queries over the case files; every figure is tested on fixed data with answers worked
//! out by hand. Money is given per currency and never summed across currencies.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;

use crate::case::Outcome;
use crate::db::Store;
use crate::due::{instant_from_sql, Due, Zone};
use crate::error::Result;
use crate::interaction::Channel;
use crate::money::{to_money, Money};
use crate::promise::{PromiseSide, PromiseStatus};

/// How one side's promises went.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PromiseCounts {
    #[ts(type = "number")]
    pub made: i64,
    #[ts(type = "number")]
    pub kept: i64,
    #[ts(type = "number")]
    pub broken: i64,
    #[ts(type = "number")]
    pub withdrawn: i64,
    #[ts(type = "number")]
    pub pending: i64,
}

impl PromiseCounts {
    /// Broken out of those whose outcome is known (kept or broken), as a share from 0 to 1;
    /// None until one is known. A withdrawn or pending promise says nothing yet.
    pub fn broken_rate(&self) -> Option<f64> {
        let decided = self.kept + self.broken;
        (decided > 0).then(|| self.broken as f64 / decided as f64)
    }
}

/// One currency's money in a company's cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct MoneyLine {
    pub currency: String,
    /// At stake in cases still open.
    pub at_stake: Money,
    /// What came back in resolved cases, as entered on resolving.
    pub recovered: Money,
    /// In cases the user gave up on.
    pub given_up: Money,
}

/// How many promises an agent made, and kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct AgentRecord {
    pub name: String,
    pub code: Option<String>,
    #[ts(type = "number")]
    pub made: i64,
    #[ts(type = "number")]
    pub kept: i64,
}

/// A company's record.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Scorecard {
    #[ts(type = "number")]
    pub company_id: i64,
    pub company_name: String,
    /// Their promises (the company's or client's).
    pub theirs: PromiseCounts,
    /// The user's own.
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
    /// Contacts by channel, most used first.
    pub channels: Vec<ChannelShare>,
    #[ts(type = "number")]
    pub hold_total_min: i64,
    pub hold_median_min: Option<f64>,
    /// The median of days from opening a case to resolving it, over resolved cases.
    pub median_days_to_resolve: Option<f64>,
    /// How resolved cases ended, in the order of [`Outcome::ALL`].
    pub outcomes: Vec<OutcomeCount>,
    pub money: Vec<MoneyLine>,
    /// Their agents, by promises made.
    pub agents: Vec<AgentRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ChannelShare {
    pub channel: Channel,
    #[ts(type = "number")]
    pub contacts: i64,
    /// Of all the company's contacts, from 0 to 1.
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct OutcomeCount {
    pub outcome: Outcome,
    #[ts(type = "number")]
    pub cases: i64,
}

/// How many whole days after its due day a kept promise was kept, when it was late: read from
/// the row's due date, due instant and status time, in that order from column `first`.
pub(crate) fn days_late(
    zone: &dyn crate::due::Zone,
    r: &rusqlite::Row,
    first: usize,
) -> Result<Option<f64>> {
    let day = |at: DateTime<Utc>| zone.local(at).date();
    let due_day = match Due::from_columns(r.get(first)?, r.get(first + 1)?)? {
        Due::Date { date } => date,
        Due::At { at } => day(at),
    };
    let Some(kept) = r.get::<_, Option<String>>(first + 2)? else {
        return Ok(None);
    };
    let late = (day(instant_from_sql(&kept)?) - due_day).num_days();
    Ok((late > 0).then_some(late as f64))
}

/// Sorts the worst promise-keepers first: the highest broken rate, then those with no promise
/// kept or broken yet. The sort is stable, so equal ones keep their order (by name).
pub(crate) fn worst_first<T>(all: &mut [T], rate: impl Fn(&T) -> Option<f64>) {
    all.sort_by(|a, b| match (rate(a), rate(b)) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
}

/// The middle value, or the mean of the two middle ones; None for no values.
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

impl Store {
    /// Every company's record, the worst promise-keepers first (the highest broken rate;
    /// companies with no decided promise after), then by name.
    pub fn report(&self) -> Result<Vec<Scorecard>> {
        let ids: Vec<i64> = self
            .conn
            .prepare("SELECT id FROM company ORDER BY name COLLATE NOCASE, id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut all: Vec<Scorecard> = ids
            .into_iter()
            .map(|id| self.scorecard(id))
            .collect::<Result<_>>()?;
        worst_first(&mut all, |c| c.broken_rate);
        Ok(all)
    }

    /// One company's record.
    pub fn scorecard(&self, company_id: i64) -> Result<Scorecard> {
        let company = self.company(company_id)?;
        let zone = self.reader();
        let day = |at: DateTime<Utc>| zone.local(at).date();

        let mut theirs = PromiseCounts::default();
        let mut mine = PromiseCounts::default();
        let mut days_late = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT p.made_by, p.status, p.due_date, p.due_at, p.status_at
                   FROM promise p JOIN \"case\" k ON k.id = p.case_id
                  WHERE k.company_id = ?1",
            )?;
            let mut rows = stmt.query([company_id])?;
            while let Some(r) = rows.next()? {
                let side: PromiseSide = r.get(0)?;
                let status: PromiseStatus = r.get(1)?;
                let counts = match side {
                    PromiseSide::Them => &mut theirs,
                    PromiseSide::Me => &mut mine,
                };
                counts.made += 1;
                match status {
                    PromiseStatus::Kept => counts.kept += 1,
                    PromiseStatus::Broken => counts.broken += 1,
                    PromiseStatus::Withdrawn => counts.withdrawn += 1,
                    PromiseStatus::Pending => counts.pending += 1,
                }
                if side == PromiseSide::Them && status == PromiseStatus::Kept {
                    days_late.extend(self::days_late(&zone, r, 2)?);
                }
            }
        }

        let cases: i64 = self.conn.query_row(
            "SELECT count(*) FROM \"case\" WHERE company_id = ?1",
            [company_id],
            |r| r.get(0),
        )?;
        let mut by_channel: BTreeMap<Channel, i64> = BTreeMap::new();
        let mut holds = Vec::new();
        let mut contacts = 0;
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT i.channel, i.hold_min FROM interaction i
                   JOIN \"case\" k ON k.id = i.case_id WHERE k.company_id = ?1",
            )?;
            let mut rows = stmt.query([company_id])?;
            while let Some(r) = rows.next()? {
                contacts += 1;
                *by_channel.entry(r.get(0)?).or_default() += 1;
                if let Some(hold) = r.get::<_, Option<i64>>(1)? {
                    holds.push(hold);
                }
            }
        }
        let mut channels: Vec<ChannelShare> = by_channel
            .into_iter()
            .map(|(channel, n)| ChannelShare {
                channel,
                contacts: n,
                share: n as f64 / contacts as f64,
            })
            .collect();
        channels.sort_by_key(|c| std::cmp::Reverse(c.contacts));

        let mut to_resolve = Vec::new();
        let mut outcomes: BTreeMap<Outcome, i64> = BTreeMap::new();
        let mut at_stake: BTreeMap<String, i64> = BTreeMap::new();
        let mut given_up: BTreeMap<String, i64> = BTreeMap::new();
        let mut recovered: BTreeMap<String, i64> = BTreeMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT opened_at, resolved_at, outcome, amount_minor, currency, status,
                        recovered_minor, recovered_currency
                   FROM \"case\" WHERE company_id = ?1",
            )?;
            let mut rows = stmt.query(params![company_id])?;
            while let Some(r) = rows.next()? {
                let opened = instant_from_sql(&r.get::<_, String>(0)?)?;
                let resolved: Option<String> = r.get(1)?;
                let outcome: Option<Outcome> = r.get(2)?;
                let money: Option<(i64, String)> = match (r.get(3)?, r.get(4)?) {
                    (Some(minor), Some(currency)) => Some((minor, currency)),
                    _ => None,
                };
                let open = r.get::<_, String>(5)? == "open";
                if let Some(resolved) = resolved {
                    let resolved = instant_from_sql(&resolved)?;
                    to_resolve.push((day(resolved) - day(opened)).num_days().max(0) as f64);
                }
                if let Some(o) = outcome {
                    *outcomes.entry(o).or_default() += 1;
                }
                if let Some((minor, currency)) = money {
                    if open {
                        *at_stake.entry(currency.clone()).or_default() += minor;
                    } else if outcome == Some(Outcome::GaveUp) {
                        *given_up.entry(currency.clone()).or_default() += minor;
                    }
                    at_stake.entry(currency).or_default();
                }
                let back: (Option<i64>, Option<String>) = (r.get(6)?, r.get(7)?);
                if let (Some(minor), Some(currency)) = back {
                    *recovered.entry(currency).or_default() += minor;
                }
            }
        }
        // Every currency met in any of the three, each with its own line.
        let currencies: std::collections::BTreeSet<&String> = at_stake
            .keys()
            .chain(given_up.keys())
            .chain(recovered.keys())
            .collect();
        let of = |sums: &BTreeMap<String, i64>, currency: &str| {
            to_money(sums.get(currency).copied().unwrap_or(0), currency)
        };
        let money = currencies
            .into_iter()
            .map(|currency| MoneyLine {
                currency: currency.clone(),
                at_stake: of(&at_stake, currency),
                recovered: of(&recovered, currency),
                given_up: of(&given_up, currency),
            })
            .collect();

        let agents = self
            .conn
            .prepare_cached(
                // Through the company's cases, so each step follows an index (promises have
                // none by agent).
                "SELECT a.name, a.code, count(*), sum(p.status = 'kept')
                   FROM \"case\" k
                   JOIN promise p ON p.case_id = k.id
                   JOIN agent a ON a.id = p.agent_id
                  WHERE k.company_id = ?1 AND a.company_id = ?1 AND p.made_by = 'them'
                  GROUP BY a.id ORDER BY count(*) DESC, a.name",
            )?
            .query_map([company_id], |r| {
                Ok(AgentRecord {
                    name: r.get(0)?,
                    code: r.get(1)?,
                    made: r.get(2)?,
                    kept: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        Ok(Scorecard {
            company_id,
            company_name: company.name,
            broken_rate: theirs.broken_rate(),
            median_days_late: median(days_late),
            theirs,
            mine,
            cases,
            contacts,
            contacts_per_case: (cases > 0).then(|| contacts as f64 / cases as f64),
            channels,
            hold_total_min: holds.iter().sum(),
            hold_median_min: median(holds.into_iter().map(|h| h as f64).collect()),
            median_days_to_resolve: median(to_resolve),
            outcomes: Outcome::ALL
                .iter()
                .filter_map(|o| {
                    outcomes.get(o).map(|n| OutcomeCount {
                        outcome: *o,
                        cases: *n,
                    })
                })
                .collect(),
            money,
            agents,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_odd_even_and_no_values() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }
}
