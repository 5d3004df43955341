//! How the command line prints: readable tables for people, JSON for scripts, one line for an
//! error. Every command module prints through here and none imports another.

use std::io::Write;

use casebook_core::clocks::CaseClocks;
use casebook_core::message::Arg;
use casebook_core::text::printable;
use casebook_core::trash::KEEP_DAYS;
use casebook_core::{
    CaseFile, CaseSummary, Due, Error, Field, Language, Money, Status, TimelineKind, TrashItem,
};
use chrono::{DateTime, Local, Utc};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

pub struct Out {
    json: bool,
    pub lang: Language,
}

impl Out {
    pub fn new(json: bool, lang: Language) -> Self {
        Out { json, lang }
    }

    /// Whether machine-readable output was asked for (`--json`).
    pub fn json(&self) -> bool {
        self.json
    }

    /// The catalogue's message `key`, in the language chosen in the app or else the system's.
    pub fn t(&self, key: &str) -> String {
        self.lang.text(key)
    }

    /// The message `key` with its placeholders filled.
    pub fn fill(&self, key: &str, args: &[Arg]) -> String {
        self.lang.fill(key, args)
    }

    /// The plural message `base` that fits `count`.
    pub fn count(&self, base: &str, count: usize) -> String {
        self.lang.count(base, count as i64, &[])
    }

    /// A table's header from the catalogue's column names (`cli.col.*`).
    pub fn columns(&self, names: &[&str]) -> Vec<String> {
        names
            .iter()
            .map(|n| match *n {
                "" => String::new(),
                n => self.t(&format!("cli.col.{n}")),
            })
            .collect()
    }

    /// What went wrong, in the user's language, on one line.
    pub fn error(&self, e: &Error) -> String {
        printable(&error_line(self, e), false)
    }

    /// Prints `value` as JSON, or the human text made by `human`.
    pub fn print<T: Serialize>(&self, value: &T, human: impl FnOnce() -> String) {
        let text = if self.json {
            serde_json::to_string_pretty(value).expect("core types serialize")
        } else {
            // Names and notes may hold escape sequences; a terminal shows them, not obeys them.
            printable(human().trim_end(), true)
        };
        if text.is_empty() {
            return;
        }
        let mut stdout = std::io::stdout().lock();
        if let Err(e) = writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
            // `casebook case show 3 | head -1`: the reader has what it wanted, and the change
            // (if any) is already saved. A closed pipe is success, not a crash.
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            eprintln!("casebook: cannot write the output: {e}");
            std::process::exit(1);
        }
    }
}

/// A choice option (`--channel`, `--outcome`) that takes exactly core's names for it, the ones
/// `--json` prints, and lists them in `--help` and in the error for anything else.
pub fn choice<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser as _;
    let names: Vec<&'static str> = all.iter().map(|c| name(*c)).collect();
    clap::builder::PossibleValuesParser::new(names).map(move |text: String| {
        *all.iter()
            .find(|c| name(**c) == text)
            .expect("clap accepted only these names")
    })
}

/// A plain text table: a header, then one line a row, columns padded to their widest cell in
/// terminal columns (a Hangul syllable or an emoji takes two).
pub fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            out.push_str(cell);
            if i + 1 < cells.len() {
                out.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(header.iter().map(String::as_str).collect());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

/// Long text on one line of a table.
pub fn short(text: &str, max: usize) -> String {
    let one_line = text.replace(['\n', '\r'], " ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        one_line.chars().take(max - 1).collect::<String>() + "…"
    }
}

pub fn when(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
}

pub fn due(d: Due) -> String {
    match d {
        Due::Date { date } => date.to_string(),
        Due::At { at } => when(at),
    }
}

pub fn money(m: &Option<Money>) -> String {
    m.as_ref()
        .map(|m| format!("{} {}", m.amount, m.currency))
        .unwrap_or_default()
}

pub fn status(out: &Out, s: Status) -> String {
    out.t(match s {
        Status::Open => "status.open",
        Status::Resolved => "status.resolved",
    })
}

/// A list of cases, as `case list` and `company show` print it.
pub fn case_table(out: &Out, cases: &[CaseSummary]) -> String {
    let rows: Vec<Vec<String>> = cases
        .iter()
        .map(|k| {
            vec![
                k.id.to_string(),
                short(&k.title, 40),
                status(out, k.status),
                money(&k.money),
                k.next_due.map(due).unwrap_or_default(),
            ]
        })
        .collect();
    table(
        &out.columns(&["id", "title", "status", "atStake", "nextDue"]),
        &rows,
    )
}

/// A case's time limits: one line each (the rule, what starts it, the day it falls, what then),
/// and under them the table's date, with a word to check the current rules.
pub fn clocks(out: &Out, shown: &CaseClocks) -> String {
    if shown.country.is_none() || shown.sector.is_none() {
        return out.t("cli.clocks.unset");
    }
    let rows: Vec<Vec<String>> = shown
        .clocks
        .iter()
        .map(|c| {
            vec![
                c.rule.id.clone(),
                out.t(&format!("startEvent.{}", c.starts.as_str())),
                c.started_on.map(|d| d.to_string()).unwrap_or_default(),
                c.due
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| out.t("cli.clocks.needsDate")),
                short(&c.rule.then_what, 60),
            ]
        })
        .collect();
    let mut text = table(
        &out.columns(&["rule", "startsWhen", "started", "due", "then"]),
        &rows,
    );
    text.push('\n');
    text.push_str(&out.fill("clocks.checkRules", &[("date", &shown.retrieved)]));
    text
}

/// The case file as text: a header, then its timeline in core's order, one line an entry.
pub fn case_file(out: &Out, file: &CaseFile) -> String {
    let k = &file.case;
    let mut text = format!("#{} {} — {}\n", k.id, k.title, file.company.name);
    text += &out.fill("cli.case.status", &[("status", &status(out, k.status))]);
    text += "\n";
    if let Some(want) = &k.desired_outcome {
        text += &out.fill("cli.case.wanted", &[("want", want)]);
        text += "\n";
    }
    if k.money.is_some() {
        text += &out.fill("cli.case.atStake", &[("money", &money(&k.money))]);
        text += "\n";
    }
    text += "\n";
    if file.timeline.is_empty() {
        text += &out.t("cli.case.empty");
    }
    for entry in &file.timeline {
        let line = match entry.kind {
            TimelineKind::Interaction => {
                file.interactions
                    .iter()
                    .find(|i| i.id == entry.id)
                    .map(|i| {
                        let mut line = out.t(&format!("channel.{}", i.channel.as_str()));
                        if let Some(a) = &i.agent {
                            line += ", ";
                            line += &match &a.code {
                                Some(code) => {
                                    out.fill("agent.nameCode", &[("name", &a.name), ("code", code)])
                                }
                                None => a.name.clone(),
                            };
                        }
                        if let Some(r) = &i.reference {
                            line += ", ";
                            line += &out.fill("ref.label", &[("reference", r)]);
                        }
                        if let Some(n) = &i.notes {
                            line += &format!(": {}", short(n, 80));
                        }
                        line
                    })
            }
            TimelineKind::Promise => file.promises.iter().find(|p| p.id == entry.id).map(|p| {
                out.fill(
                    match p.made_by {
                        casebook_core::PromiseSide::Them => "cli.timeline.promise",
                        casebook_core::PromiseSide::Me => "cli.timeline.myPromise",
                    },
                    &[
                        ("id", &p.id),
                        (
                            "status",
                            &out.t(&format!("promiseStatus.{}", p.status.as_str())),
                        ),
                        ("what", &p.description),
                        ("due", &due(p.due)),
                    ],
                )
            }),
            TimelineKind::FollowUp => file.follow_ups.iter().find(|f| f.id == entry.id).map(|f| {
                out.fill(
                    "cli.timeline.followUp",
                    &[("id", &f.id), ("note", &f.note), ("due", &due(f.due))],
                )
            }),
            TimelineKind::Attachment => {
                file.attachments.iter().find(|a| a.id == entry.id).map(|a| {
                    out.fill(
                        "cli.timeline.attachment",
                        &[("id", &a.id), ("name", &a.name)],
                    )
                })
            }
            TimelineKind::Escalation => file.escalations().nth(entry.id as usize).map(|e| {
                let level = |v: &serde_json::Value| {
                    out.t(&format!("escalation.{}", v.as_str().unwrap_or_default()))
                };
                out.fill(
                    "timeline.escalated",
                    &[("from", &level(&e.old_value)), ("to", &level(&e.new_value))],
                )
            }),
        };
        if let Some(line) = line {
            text += &format!("{}  {line}\n", when(entry.at));
        }
    }
    text
}

/// The option or argument a field is given with on the command line.
fn option_for(field: Field) -> &'static str {
    match field {
        Field::Name => "NAME",
        Field::PromiseDue => "--due",
        Field::PromiseDescription => "--promise",
        Field::OccurredAt => "--at",
        Field::Reference => "--ref",
        Field::AgentName => "--agent",
        Field::AgentCode => "--agent-id",
        Field::FollowUpDue => "DATE",
        Field::FollowUpNote => "--note",
        Field::Title => "--title",
        Field::DesiredOutcome => "--want",
        Field::Amount => "--amount",
        Field::Currency => "--currency",
        Field::OpenedOn => "--opened",
        Field::Recovered => "--recovered",
        Field::ResolutionNote | Field::Notes | Field::Description => "--note",
        other => other.as_str(),
    }
}

/// One line that says what went wrong and what to do: each refused value is named by the
/// option it was given with ("Title must not be empty (--title)").
fn error_line(out: &Out, e: &Error) -> String {
    match e {
        Error::Invalid(problems) => {
            let each: Vec<String> = problems
                .iter()
                .map(|p| format!("{} ({})", p.message(out.lang), option_for(p.field)))
                .collect();
            each.join("; ")
        }
        Error::NotFoundNamed { entity, .. } => format!(
            "{}; {}",
            e.message(out.lang),
            out.fill("cli.notFound.hint", &[("command", entity)])
        ),
        other => other.message(out.lang),
    }
}

/// What a delete command prints: what went, with what, and how to get it back.
pub fn deleted(out: &Out, item: &TrashItem) {
    out.print(item, || {
        let mut with = Vec::new();
        for (n, base) in [
            (item.cases, "cli.count.cases"),
            (item.interactions, "cli.count.interactions"),
            (item.promises, "cli.count.promises"),
            (item.follow_ups, "cli.count.followUps"),
        ] {
            if n > 0 {
                with.push(out.count(base, n as usize));
            }
        }
        let with = if with.is_empty() {
            String::new()
        } else {
            out.fill("cli.deleted.with", &[("items", &with.join(", "))])
        };
        out.fill(
            "cli.deleted",
            &[
                ("entity", &out.t(&format!("entity.{}", item.kind.as_str()))),
                ("label", &short(&item.label, 60)),
                ("with", &with),
                ("days", &KEEP_DAYS),
                ("id", &item.id),
            ],
        )
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_and_emoji_take_two_columns() {
        let t = table(
            &["ID".into(), "NAME".into()],
            &[
                vec!["1".into(), "케이티".into()],
                vec!["22".into(), "📞 x".into()],
            ],
        );
        assert_eq!(t, "ID  NAME\n1   케이티\n22  📞 x\n");
    }
}
