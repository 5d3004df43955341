//! Reminders: which promises and follow-ups are due to notify the user at a given `now`.
//!
//! Everything here is a pure function of the database and the `now` and time zone passed in,
//! so every rule is tested with fixed times.
//!
//! A *due event* is one (item, fire time) pair. It fires once: firing is recorded with its fire
//! time, so a restart does not repeat it, while snoozing or changing the due date makes a new
//! event that fires again.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::check::Field;
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql, local_to_utc, read_typed, Due, Typed, Zone};
use crate::error::{Error, Result, Rule};
use crate::home::DueKind;

/// When day-only dues fire unless the user chose another time.
pub const DEFAULT_REMINDER_TIME: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => unreachable!(),
};

/// When a snoozed reminder should come back, as the user picked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum SnoozeUntil {
    /// An hour from now.
    Hour,
    /// Tomorrow at the reminder time.
    Tomorrow,
    /// A day (at the reminder time) or a date and time, as typed.
    Typed { text: String },
}

/// How many days before a time limit's day its heads-up comes, at the reminder time: enough to
/// write a letter or make a call before a window closes.
pub const CLOCK_HEADS_UP_DAYS: u64 = 3;

/// What makes a reminder one of a time limit rather than of a promise or follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ClockAlert {
    /// The row of the escalation rules table the limit comes from.
    pub rule_id: String,
    /// The heads-up [`CLOCK_HEADS_UP_DAYS`] before; false on the day itself.
    pub ahead: bool,
}

/// One reminder to show: what is due, for which case, and the names the user needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Reminder {
    pub kind: DueKind,
    #[ts(type = "number")]
    pub item_id: i64,
    /// When this due event was meant to fire.
    pub fire_at: DateTime<Utc>,
    pub due: Due,
    #[ts(type = "number")]
    pub case_id: i64,
    pub case_title: String,
    pub company_name: String,
    /// What was promised, or the follow-up's note.
    pub text: String,
    pub agent_name: Option<String>,
    pub agent_code: Option<String>,
    pub reference: Option<String>,
    /// Set for a time limit's reminder: then `item_id` is the case, `due` the limit's day and
    /// `text` what the rule lets the user do.
    pub clock: Option<ClockAlert>,
    /// A promise the user made, not the company.
    pub mine: bool,
    /// The heads-up before the user's own promise is due, rather than the word that it is late.
    pub ahead: bool,
}

/// When an item's current due event fires, in the user's time zone `tz`:
/// - a snooze, if set, wins;
/// - a timed due fires at its time;
/// - a day-only promise or follow-up fires at the reminder time on the day after its day
///   (the company had all of that day to keep it);
/// - a deadline gives a heads-up at the reminder time on the day before, while there is still
///   time to act.
pub fn fire_at<Tz: TimeZone>(
    kind: DueKind,
    due: Due,
    snoozed_until: Option<DateTime<Utc>>,
    reminder_time: NaiveTime,
    tz: &Tz,
) -> DateTime<Utc> {
    if let Some(t) = snoozed_until {
        return t;
    }
    match due {
        Due::At { at } => at,
        Due::Date { date } => {
            let day = match kind {
                DueKind::Deadline => date.checked_sub_days(Days::new(1)),
                DueKind::Promise | DueKind::FollowUp => date.checked_add_days(Days::new(1)),
            }
            .unwrap_or(date);
            local_to_utc(tz, day.and_time(reminder_time))
        }
    }
}

/// When the heads-up for the user's own promise comes: the reminder time on the day before
/// its day.
fn heads_up_at<Tz: TimeZone>(due: Due, reminder_time: NaiveTime, tz: &Tz) -> DateTime<Utc> {
    let day = match due {
        Due::Date { date } => date,
        Due::At { at } => at.with_timezone(tz).date_naive(),
    };
    let before = day.checked_sub_days(Days::new(1)).unwrap_or(day);
    local_to_utc(tz, before.and_time(reminder_time))
}

struct Candidate {
    reminder: Reminder,
    fired: bool,
}

/// Pending promises and open follow-ups of open cases, with what a reminder shows.
const ITEMS: &str = "
    SELECT 'promise' AS kind, p.id, p.case_id, p.description AS text, p.due_date, p.due_at,
           p.snoozed_until, ag.name AS agent_name, ag.code AS agent_code, i.reference,
           p.made_by = 'me' AS mine
      FROM promise p
      LEFT JOIN agent ag ON ag.id = p.agent_id
      LEFT JOIN interaction i ON i.id = p.interaction_id
     WHERE p.status = 'pending'
    UNION ALL
    SELECT f.kind, f.id, f.case_id, f.note, f.due_date, f.due_at, f.snoozed_until,
           NULL, NULL, NULL, 0
      FROM follow_up f
     WHERE f.done_at IS NULL";

impl Store {
    /// The time of day day-only dues fire at.
    pub fn reminder_time(&self) -> Result<NaiveTime> {
        let stored: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM setting WHERE key = 'reminder_time'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(stored
            .and_then(|t| NaiveTime::parse_from_str(&t, "%H:%M").ok())
            .unwrap_or(DEFAULT_REMINDER_TIME))
    }

    /// Sets the reminder time from `HH:MM`.
    pub fn set_reminder_time(&mut self, text: &str) -> Result<NaiveTime> {
        let time = NaiveTime::parse_from_str(text.trim(), "%H:%M")
            .map_err(|_| Error::invalid(Field::ReminderTime, Rule::NotADate))?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES ('reminder_time', ?1) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [time.format("%H:%M").to_string()],
            )?;
            Ok(())
        })?;
        Ok(time)
    }

    /// Every due event that should have fired by `now` and has not: what the scheduler
    /// notifies, oldest first. Resolved cases and settled items have none.
    pub fn due_reminders<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Vec<Reminder>> {
        let today = now.with_timezone(tz).date_naive();
        // Day-only dues can fire at the earliest the day before their day (deadlines).
        let latest_day = today.checked_add_days(Days::new(1)).unwrap_or(today);
        let now_sql = instant_to_sql(now);
        // The user's own promises warn a day or so before they are due.
        let heads_up_window = instant_to_sql(now + chrono::Duration::days(2));
        let mut due: Vec<Reminder> = self
            .candidates(
                "(d.snoozed_until IS NOT NULL AND d.snoozed_until <= ?1) OR \
                 (d.snoozed_until IS NULL AND (d.due_at <= ?1 OR d.due_date <= ?2 \
                  OR (d.mine AND d.due_at <= ?3)))",
                params![now_sql, latest_day.to_string(), heads_up_window],
                tz,
                now,
            )?
            .into_iter()
            .chain(self.clock_candidates(now, tz)?)
            .filter(|c| !c.fired && c.reminder.fire_at <= now)
            .map(|c| c.reminder)
            .collect();
        due.sort_by_key(|r| (r.fire_at, r.item_id));
        Ok(due)
    }

    /// The next time after `now` that something will come due, if anything will: how long the
    /// scheduler may sleep.
    pub fn next_reminder_at<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Option<DateTime<Utc>>> {
        let today = now.with_timezone(tz).date_naive();
        let yesterday = today.checked_sub_days(Days::new(1)).unwrap_or(today);
        Ok(self
            .candidates(
                "(d.snoozed_until IS NOT NULL AND d.snoozed_until > ?1) OR \
                 (d.snoozed_until IS NULL AND (d.due_at > ?1 OR d.due_date >= ?2))",
                params![instant_to_sql(now), yesterday.to_string()],
                tz,
                now,
            )?
            .into_iter()
            .chain(self.clock_candidates(now, tz)?)
            .filter(|c| !c.fired && c.reminder.fire_at > now)
            .map(|c| c.reminder.fire_at)
            .min())
    }

    /// Every pending promise and open follow-up of the open cases, with when each reminds.
    pub(crate) fn open_items<Tz: TimeZone>(&self, tz: &Tz) -> Result<Vec<Reminder>> {
        Ok(self
            .candidates("1 = 1", params![], tz, chrono::Utc::now())?
            .into_iter()
            // One event per item: the heads-up is the app's, not the calendar's.
            .filter(|c| !c.reminder.ahead)
            .map(|c| c.reminder)
            .collect())
    }

    /// Records that these due events fired, so they never fire again.
    pub fn mark_fired(&mut self, reminders: &[Reminder], now: DateTime<Utc>) -> Result<()> {
        self.write(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO reminder_fired (kind, item_id, fire_at, fired_at) \
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut clock = tx.prepare_cached(
                "INSERT OR IGNORE INTO clock_fired (case_id, rule_id, due_date, event, fired_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for r in reminders {
                if let (Some(alert), Due::Date { date: day }) = (&r.clock, r.due) {
                    // The day's reminder settles the heads-up too: it is never shown after.
                    let events: &[&str] = if alert.ahead {
                        &["heads_up"]
                    } else {
                        &["heads_up", "day"]
                    };
                    for event in events {
                        clock.execute(params![
                            r.case_id,
                            alert.rule_id,
                            day.to_string(),
                            event,
                            instant_to_sql(now)
                        ])?;
                    }
                    continue;
                }
                stmt.execute(params![
                    kind_name(r.kind),
                    r.item_id,
                    instant_to_sql(r.fire_at),
                    instant_to_sql(now)
                ])?;
            }
            Ok(())
        })
    }

    /// When "remind me again" means: an hour from now (to the minute), tomorrow at the
    /// reminder time, or what the user typed — a day is that day at the reminder time, a
    /// date and time is read in their zone. It has to be later than `now`.
    pub fn snooze_time(&self, until: &SnoozeUntil, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
        let zone = &self.reader();
        let at_reminder_time = |day: NaiveDate| -> Result<DateTime<Utc>> {
            Ok(zone.instant(day.and_time(self.reminder_time()?)))
        };
        let at = match until {
            SnoozeUntil::Hour => {
                let later = now + chrono::Duration::hours(1);
                later
                    .with_second(0)
                    .and_then(|t| t.with_nanosecond(0))
                    .unwrap_or(later)
            }
            SnoozeUntil::Tomorrow => {
                let today = zone.local(now).date();
                at_reminder_time(today.succ_opt().unwrap_or(today))?
            }
            SnoozeUntil::Typed { text } => match read_typed(Field::Until, text, zone)? {
                Typed::Day(day) => at_reminder_time(day)?,
                Typed::Instant(at) => at,
            },
        };
        if at <= now {
            return Err(Error::invalid(Field::Until, Rule::Past));
        }
        Ok(at)
    }

    /// Makes a promise or follow-up fire again at the time [`Store::snooze_time`] gives, and
    /// says when that is.
    pub fn snooze_until(
        &mut self,
        kind: DueKind,
        item_id: i64,
        until: &SnoozeUntil,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>> {
        let at = self.snooze_time(until, now)?;
        self.snooze(kind, item_id, at)?;
        Ok(at)
    }

    /// Makes a promise or follow-up fire again at `until`.
    pub fn snooze(&mut self, kind: DueKind, item_id: i64, until: DateTime<Utc>) -> Result<()> {
        let (table, entity) = match kind {
            DueKind::Promise => ("promise", "promise"),
            DueKind::FollowUp | DueKind::Deadline => ("follow_up", "follow_up"),
        };
        self.write(|tx| {
            let changed = tx.execute(
                &format!("UPDATE {table} SET snoozed_until = ?2 WHERE id = ?1"),
                params![item_id, instant_to_sql(until)],
            )?;
            if changed == 0 {
                return Err(Error::NotFound {
                    entity,
                    id: item_id,
                });
            }
            Ok(())
        })
    }

    fn candidates<Tz: TimeZone>(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
        tz: &Tz,
        now: DateTime<Utc>,
    ) -> Result<Vec<Candidate>> {
        let reminder_time = self.reminder_time()?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT d.*, k.title AS case_title, c.name AS company_name
               FROM ({ITEMS}) d
               JOIN \"case\" k ON k.id = d.case_id AND k.status = 'open'
               JOIN company c ON c.id = k.company_id
              WHERE {filter}"
        ))?;
        let mut fired = self.conn.prepare_cached(
            "SELECT 1 FROM reminder_fired WHERE kind = ?1 AND item_id = ?2 AND fire_at = ?3",
        )?;
        let mut out = Vec::new();
        let mut rows = stmt.query(args)?;
        while let Some(row) = rows.next()? {
            let kind = match row.get::<_, String>("kind")?.as_str() {
                "promise" => DueKind::Promise,
                "deadline" => DueKind::Deadline,
                _ => DueKind::FollowUp,
            };
            let due = Due::from_columns(row.get("due_date")?, row.get("due_at")?)?;
            let snoozed = row
                .get::<_, Option<String>>("snoozed_until")?
                .map(|t| instant_from_sql(&t))
                .transpose()?;
            let at = fire_at(kind, due, snoozed, reminder_time, tz);
            let item_id: i64 = row.get("id")?;
            let was_fired = fired.exists(params![kind_name(kind), item_id, instant_to_sql(at)])?;
            let mine: bool = row.get("mine")?;
            let reminder = Reminder {
                kind,
                item_id,
                fire_at: at,
                due,
                case_id: row.get("case_id")?,
                case_title: row.get("case_title")?,
                company_name: row.get("company_name")?,
                text: row.get("text")?,
                agent_name: row.get("agent_name")?,
                agent_code: row.get("agent_code")?,
                reference: row.get("reference")?,
                clock: None,
                mine,
                ahead: false,
            };
            // The user's own promise also gives a heads-up the day before its day, while there
            // is time to keep it; once it is late, only that is said.
            if mine && snoozed.is_none() {
                let ahead_at = heads_up_at(due, reminder_time, tz);
                let told =
                    fired.exists(params![kind_name(kind), item_id, instant_to_sql(ahead_at)])?;
                out.push(Candidate {
                    fired: told || was_fired || at <= now,
                    reminder: Reminder {
                        fire_at: ahead_at,
                        ahead: true,
                        ..reminder.clone()
                    },
                });
            }
            out.push(Candidate {
                fired: was_fired,
                reminder,
            });
        }
        Ok(out)
    }

    /// The reminders of open cases' time limits whose day has not passed: a heads-up
    /// [`CLOCK_HEADS_UP_DAYS`] before at the reminder time, and one on the day. Once the day's
    /// is due, the heads-up counts as fired, so a machine back from a week off says it once.
    fn clock_candidates<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Vec<Candidate>> {
        let reminder_time = self.reminder_time()?;
        let today = now.with_timezone(tz).date_naive();
        let cases: Vec<(i64, String, String)> = self
            .conn
            .prepare_cached(
                "SELECT k.id, k.title, c.name FROM \"case\" k JOIN company c ON c.id = k.company_id
                  WHERE k.status = 'open' AND coalesce(k.country, c.country) IS NOT NULL
                    AND coalesce(k.sector, c.sector) IS NOT NULL",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut fired = self.conn.prepare_cached(
            "SELECT event FROM clock_fired WHERE case_id = ?1 AND rule_id = ?2 AND due_date = ?3",
        )?;
        let mut out = Vec::new();
        for (case_id, case_title, company_name) in cases {
            for clock in self.clocks(case_id)?.clocks {
                let Some(day) = clock.due.filter(|d| *d >= today) else {
                    continue;
                };
                let rule_id = clock.rule.id;
                let done: Vec<String> = fired
                    .query_map(params![case_id, rule_id, day.to_string()], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                let heads_up = day
                    .checked_sub_days(Days::new(CLOCK_HEADS_UP_DAYS))
                    .unwrap_or(day);
                let on_day = local_to_utc(tz, day.and_time(reminder_time));
                for (ahead, fires_on) in [(true, heads_up), (false, day)] {
                    let fire_at = local_to_utc(tz, fires_on.and_time(reminder_time));
                    let event = if ahead { "heads_up" } else { "day" };
                    out.push(Candidate {
                        fired: done.iter().any(|e| e == event) || (ahead && on_day <= now),
                        reminder: Reminder {
                            kind: DueKind::Deadline,
                            item_id: case_id,
                            fire_at,
                            due: Due::Date { date: day },
                            case_id,
                            case_title: case_title.clone(),
                            company_name: company_name.clone(),
                            text: clock.rule.then_what.clone(),
                            agent_name: None,
                            agent_code: None,
                            reference: None,
                            clock: Some(ClockAlert {
                                rule_id: rule_id.clone(),
                                ahead,
                            }),
                            mine: false,
                            ahead,
                        },
                    });
                }
            }
        }
        Ok(out)
    }
}

fn kind_name(kind: DueKind) -> &'static str {
    match kind {
        DueKind::Promise => "promise",
        DueKind::FollowUp => "follow_up",
        DueKind::Deadline => "deadline",
    }
}
