//! The calendar export: every pending promise and open follow-up of the open cases as an
//! iCalendar (RFC 5545) event, for the calendar the user already keeps.
//!
//! Each event's UID is the item's own, so importing a newer file updates the events instead of
//! adding copies. Its alarm rings when Casebook's own reminder would (see
//! [`crate::reminder::fire_at`]), so the calendar and the app agree. Text is escaped and lines
//! are folded at 75 octets without splitting a character, with CRLF line ends.

use chrono::{DateTime, Days, Duration, TimeZone, Utc};
use serde::Serialize;

use crate::db::Store;
use crate::due::Due;
use crate::error::Result;
use crate::home::DueKind;
use crate::language::Language;
use crate::reminder::Reminder;

/// How long a timed event lasts in the calendar: long enough to see, short enough not to hide
/// the day.
const TIMED_EVENT: Duration = Duration::minutes(30);

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no line is longer than 75 octets, each ending in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

fn uid(r: &Reminder) -> String {
    let kind = match r.kind {
        DueKind::Promise => "promise",
        DueKind::FollowUp | DueKind::Deadline => "follow-up",
    };
    format!("casebook-{kind}-{}@casebook.local", r.item_id)
}

fn summary(r: &Reminder, lang: Language) -> String {
    let key = match r.kind {
        DueKind::Promise => "ics.promise",
        DueKind::FollowUp => "ics.followUp",
        DueKind::Deadline => "ics.deadline",
    };
    lang.fill(key, &[("company", &r.company_name), ("what", &r.text)])
}

fn description(r: &Reminder, lang: Language) -> String {
    let mut lines = vec![
        lang.fill("ics.case", &[("case", &r.case_title)]),
        lang.fill("ics.company", &[("company", &r.company_name)]),
    ];
    match (&r.agent_name, &r.agent_code) {
        (Some(name), Some(code)) => {
            lines.push(lang.fill("ics.agentWithId", &[("agent", name), ("code", code)]))
        }
        (Some(name), None) => lines.push(lang.fill("ics.agent", &[("agent", name)])),
        (None, Some(code)) => lines.push(lang.fill("ics.agentId", &[("code", code)])),
        (None, None) => {}
    }
    if let Some(reference) = &r.reference {
        lines.push(lang.fill("ics.reference", &[("reference", reference)]));
    }
    lines.join("\n")
}

/// The whole file for `items`, stamped `now`.
pub fn calendar(items: &[Reminder], lang: Language, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let mut line = |l: String| out.push_str(&fold(&l));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Casebook//Casebook//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    for r in items {
        let what = summary(r, lang);
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", uid(r)));
        line(format!("DTSTAMP:{}", utc_stamp(now)));
        match r.due {
            Due::Date { date } => {
                line(format!("DTSTART;VALUE=DATE:{}", date.format("%Y%m%d")));
                let next = date.checked_add_days(Days::new(1)).unwrap_or(date);
                line(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
                line("TRANSP:TRANSPARENT".into());
            }
            Due::At { at } => {
                line(format!("DTSTART:{}", utc_stamp(at)));
                line(format!("DTEND:{}", utc_stamp(at + TIMED_EVENT)));
            }
        }
        line(format!("SUMMARY:{}", escape(&what)));
        line(format!("DESCRIPTION:{}", escape(&description(r, lang))));
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line(format!("DESCRIPTION:{}", escape(&what)));
        line(format!("TRIGGER;VALUE=DATE-TIME:{}", utc_stamp(r.fire_at)));
        line("END:VALARM".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// A calendar file and how many events it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CalendarExport {
    /// Where it was written, once it was.
    pub file: String,
    #[ts(type = "number")]
    pub events: usize,
}

impl Store {
    /// The calendar file of every pending promise and open follow-up of the open cases, in
    /// the user's language, with alarms when the app would remind, in zone `tz`; and how many
    /// events it holds.
    pub fn calendar<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> Result<(String, usize)> {
        let lang = self.settings()?.speaking;
        let mut items = self.open_items(tz)?;
        items.sort_by_key(|r| (r.fire_at, r.case_id, r.item_id));
        Ok((calendar(&items, lang, now), items.len()))
    }

    /// Writes the calendar file to `path`, whole or not at all.
    pub fn export_calendar<Tz: TimeZone>(
        &self,
        path: &std::path::Path,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<CalendarExport> {
        let (text, events) = self.calendar(now, tz)?;
        crate::backup::write_whole(path, text.as_bytes())?;
        Ok(CalendarExport {
            file: path.to_string_lossy().into_owned(),
            events,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("SUMMARY:{}", "환".repeat(40));
        let folded = fold(&long);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }
}
