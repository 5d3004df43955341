//! The escalation ladder: agent, supervisor, complaints department, executive office, regulator
//! or ombudsman, public, leaving. Where a case stands, and the next step its history suggests
//! with why: promises broken and contacts piling up mean going a step higher; the same channel
//! used again and again without a kept promise means trying another.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::case::{CaseInput, Escalation};
use crate::db::Store;
use crate::due::instant_to_sql;
use crate::error::Result;
use crate::interaction::Channel;
use crate::language::Language;
use crate::promise::PromiseStatus;

/// How many broken promises, or contacts within [`RECENT_DAYS`], suggest going higher.
pub const BROKEN_ENOUGH: usize = 2;
pub const CONTACTS_ENOUGH: usize = 3;
pub const RECENT_DAYS: i64 = 21;
/// How many times the same channel may fail before another is suggested.
pub const SAME_CHANNEL_ENOUGH: usize = 3;

/// Where a case stands on the ladder, and what to do next, in the user's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct NextStep {
    pub current: Escalation,
    /// The level the history suggests going to, if any.
    pub suggested: Option<Escalation>,
    /// Why, and what to do: one sentence each.
    pub advice: Vec<String>,
}

fn next_level(level: Escalation) -> Option<Escalation> {
    let all = Escalation::ALL;
    let at = all.iter().position(|l| *l == level)?;
    all.get(at + 1).copied()
}

impl Store {
    /// The next step for a case, as of `now`, said in `lang`.
    pub fn next_step(&self, case_id: i64, lang: Language, now: DateTime<Utc>) -> Result<NextStep> {
        // Shown on every case screen: the contacts are counted where they are stored, not read
        // whole (a case may hold thousands).
        let case = self.case(case_id)?;
        let company = self.company(case.company_id)?;
        let promises = self.promises(case_id)?;
        let current = case.escalation;
        let broken = promises
            .iter()
            .filter(|p| p.status == PromiseStatus::Broken)
            .count();
        let since = instant_to_sql(now - Duration::days(RECENT_DAYS));
        let mut by_channel: HashMap<Channel, usize> = HashMap::new();
        let mut recent = 0;
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT channel, count(*), sum(occurred_at >= ?2) FROM interaction \
                 WHERE case_id = ?1 GROUP BY channel",
            )?;
            let mut rows = stmt.query(rusqlite::params![case_id, since])?;
            while let Some(r) = rows.next()? {
                by_channel.insert(r.get(0)?, r.get::<_, i64>(1)? as usize);
                recent += r.get::<_, i64>(2)? as usize;
            }
        }
        let mut advice = Vec::new();
        let mut suggested = None;
        if broken >= BROKEN_ENOUGH || recent >= CONTACTS_ENOUGH {
            suggested = next_level(current);
            if let Some(next) = suggested {
                let mut why = Vec::new();
                if broken > 0 {
                    why.push(lang.count("ladder.why.broken", broken as i64, &[]));
                }
                if recent > 0 {
                    why.push(lang.count(
                        "ladder.why.contacts",
                        recent as i64,
                        &[("days", &RECENT_DAYS)],
                    ));
                }
                advice.push(lang.fill(
                    "ladder.suggest",
                    &[
                        ("why", &why.join(", ")),
                        (
                            "next",
                            &lang.text(&format!("ladder.next.{}", next.as_str())),
                        ),
                    ],
                ));
            }
        }
        // The same channel again and again, and nothing kept since it was first used.
        let kept = promises.iter().any(|p| p.status == PromiseStatus::Kept);
        if !kept {
            for channel in Channel::ALL {
                let used = by_channel.get(channel).copied().unwrap_or(0);
                if used < SAME_CHANNEL_ENOUGH {
                    continue;
                }
                let mut others: Vec<String> = Vec::new();
                if *channel != Channel::Phone {
                    others.extend(company.phones.iter().cloned());
                }
                if *channel != Channel::Email {
                    others.extend(company.emails.iter().cloned());
                }
                if *channel != Channel::Chat {
                    others.extend(company.chat_url.iter().cloned());
                }
                if *channel != Channel::Social {
                    others.extend(company.social.iter().cloned());
                }
                if *channel != Channel::Letter {
                    others.push(lang.text("ladder.aLetter"));
                }
                advice.push(lang.fill(
                    "ladder.switch",
                    &[
                        (
                            "channel",
                            &lang.text(&format!("channel.{}", channel.as_str())),
                        ),
                        ("count", &used),
                        ("others", &others.join(", ")),
                    ],
                ));
            }
        }
        if advice.is_empty() {
            advice.push(lang.text("ladder.wait"));
        }
        Ok(NextStep {
            current,
            suggested,
            advice,
        })
    }

    /// Moves a case to another level of the ladder; the change is recorded like any edit, so
    /// the case's history keeps each step with its date.
    pub fn escalate(
        &mut self,
        case_id: i64,
        level: Escalation,
        now: DateTime<Utc>,
    ) -> Result<crate::case::Case> {
        let mut input = CaseInput::from(&self.case(case_id)?);
        input.escalation = level;
        self.update_case(case_id, &input, now)
    }
}
