//! Letters filled in from a case: a formal complaint, a request to escalate, a letter to the
//! executive office, a summary for the regulator or ombudsman, and the "as discussed"
//! confirmation. Casebook never sends them: the user copies, saves or prints.
//!
//! Each letter is a template (`templates/{en,ko}/KIND.txt`, minijinja) whose first line is the
//! subject. A user's own copy at `<data folder>/templates/{en,ko}/KIND.txt` is used instead.
//! Everything the case holds reaches a template as a value, never as template text, so a note
//! holding `{{` or `<script>` is printed as written.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use minijinja::{Environment, UndefinedBehavior};
use serde::{Deserialize, Serialize};

use crate::choice::choice;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::language::Language;
use crate::promise::PromiseStatus;

choice!(
    /// Which letter.
    LetterKind {
        Complaint = "complaint",
        Escalate = "escalate",
        Executive = "executive",
        Referral = "referral",
        Confirmation = "confirmation",
    }
);

/// A letter as written from a case: its subject line and its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Letter {
    pub kind: LetterKind,
    #[ts(type = "'en' | 'ko'")]
    pub language: Language,
    pub subject: String,
    pub body: String,
    /// The user's own template, when one was used instead of Casebook's.
    pub template: Option<String>,
}

/// Casebook's own templates; the confirmation is the call's own message, not a template.
fn built_in(kind: LetterKind, lang: Language) -> Option<&'static str> {
    use LetterKind::*;
    Some(match (lang, kind) {
        (_, Confirmation) => return None,
        (Language::En, Complaint) => include_str!("../templates/en/complaint.txt"),
        (Language::En, Escalate) => include_str!("../templates/en/escalate.txt"),
        (Language::En, Executive) => include_str!("../templates/en/executive.txt"),
        (Language::En, Referral) => include_str!("../templates/en/referral.txt"),
        (Language::Ko, Complaint) => include_str!("../templates/ko/complaint.txt"),
        (Language::Ko, Escalate) => include_str!("../templates/ko/escalate.txt"),
        (Language::Ko, Executive) => include_str!("../templates/ko/executive.txt"),
        (Language::Ko, Referral) => include_str!("../templates/ko/referral.txt"),
    })
}

/// "20 Nov 2026", "2026년 11월 20일".
pub fn long_date(day: NaiveDate, lang: Language) -> String {
    lang.fill(
        "letter.date",
        &[
            ("day", &day.day()),
            ("month", &lang.text(&format!("month.{}", day.month()))),
            ("year", &day.year()),
        ],
    )
}

#[derive(Serialize)]
struct Facts {
    company: String,
    today: String,
    level: String,
    case: CaseFacts,
    contacts: Vec<ContactFacts>,
    contacts_said: String,
    contacts_count_said: String,
    promises: Vec<PromiseFacts>,
    broken: Vec<PromiseFacts>,
    last_reference: Option<String>,
}

#[derive(Serialize)]
struct CaseFacts {
    title: String,
    description: Option<String>,
    want: Option<String>,
    money: Option<String>,
    opened: String,
    identifiers: Vec<crate::company::Identifier>,
}

#[derive(Serialize)]
struct ContactFacts {
    date: String,
    channel: String,
    agent: Option<String>,
    reference: Option<String>,
    notes: Option<String>,
}

#[derive(Serialize)]
struct PromiseFacts {
    what: String,
    due: String,
    status: String,
    by: Option<String>,
}

impl Store {
    /// The user's own template folder: `templates/` beside the database.
    pub fn templates_folder(&self) -> Option<PathBuf> {
        let path = self.conn.path().filter(|p| !p.is_empty())?;
        Some(Path::new(path).parent()?.join("templates"))
    }

    /// Writes letter `kind` for case `case_id` in `lang`, as of `now` in `tz`.
    pub fn letter<Tz: TimeZone>(
        &self,
        case_id: i64,
        kind: LetterKind,
        lang: Language,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Letter> {
        let file = self.case_file(case_id)?;
        if kind == LetterKind::Confirmation {
            let last = file
                .interactions
                .iter()
                .max_by_key(|i| (i.occurred_at, i.id))
                .ok_or_else(|| Error::Conflict(lang.text("letter.noContact")))?;
            return Ok(Letter {
                kind,
                language: lang,
                subject: lang.fill(
                    "letter.confirmation.subject",
                    &[("title", &file.case.title)],
                ),
                body: self.confirmation(last.id, lang, now, tz)?,
                template: None,
            });
        }
        let day = |at: DateTime<Utc>| long_date(at.with_timezone(tz).date_naive(), lang);
        let due = |d: crate::due::Due| crate::notice::due_text(d, lang, tz);
        let contacts: Vec<ContactFacts> = file
            .interactions
            .iter()
            .map(|i| ContactFacts {
                date: day(i.occurred_at),
                channel: lang.text(&format!("channel.{}", i.channel.as_str())),
                agent: i.agent.as_ref().map(|a| match &a.code {
                    Some(code) => {
                        lang.fill("confirm.agentWithId", &[("name", &a.name), ("id", code)])
                    }
                    None => a.name.clone(),
                }),
                reference: i.reference.clone(),
                notes: i.notes.clone(),
            })
            .collect();
        let promise = |p: &crate::promise::Promise| PromiseFacts {
            what: p.description.clone(),
            due: due(p.due),
            status: lang.text(&format!("promiseStatus.{}", p.status.as_str())),
            by: p.agent.as_ref().map(|a| a.name.clone()),
        };
        let count = contacts.len() as i64;
        let facts = Facts {
            company: file.company.name.clone(),
            today: long_date(now.with_timezone(tz).date_naive(), lang),
            level: lang.text(&format!("escalation.{}", file.case.escalation.as_str())),
            case: CaseFacts {
                title: file.case.title.clone(),
                description: file.case.description.clone(),
                want: file.case.desired_outcome.clone(),
                money: file
                    .case
                    .money
                    .as_ref()
                    .map(|m| format!("{} {}", m.amount, m.currency)),
                opened: day(file.case.opened_at),
                identifiers: file.case.identifiers.clone(),
            },
            contacts_said: match contacts.first() {
                Some(first) => lang.count("letter.contacts", count, &[("first", &first.date)]),
                None => String::new(),
            },
            contacts_count_said: lang.count("letter.times", count, &[]),
            contacts,
            promises: file.promises.iter().map(promise).collect(),
            broken: file
                .promises
                .iter()
                .filter(|p| p.status == PromiseStatus::Broken)
                .map(promise)
                .collect(),
            last_reference: file
                .interactions
                .iter()
                .rev()
                .find_map(|i| i.reference.clone()),
        };
        let own = self
            .templates_folder()
            .map(|dir| dir.join(lang.tag()).join(format!("{}.txt", kind.as_str())))
            .filter(|p| p.is_file());
        let source = match &own {
            Some(path) => std::fs::read_to_string(path)?,
            None => built_in(kind, lang)
                .expect("every letter but the confirmation has a template")
                .to_string(),
        };
        let text = render(&source, &facts).map_err(|e| {
            Error::Conflict(match &own {
                Some(path) => format!("the template {} has a mistake: {e}", path.display()),
                None => format!("the letter could not be written: {e}"),
            })
        })?;
        let (subject, body) = text.split_once('\n').unwrap_or((text.as_str(), ""));
        Ok(Letter {
            kind,
            language: lang,
            subject: subject.trim().to_string(),
            body: tidy(body),
            template: own.map(|p| p.to_string_lossy().into_owned()),
        })
    }
}

/// Renders a template with the case's facts. A name the template uses that the facts do not
/// have is an error, not an empty gap in the letter.
fn render(source: &str, facts: &Facts) -> std::result::Result<String, minijinja::Error> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.render_str(source, minijinja::Value::from_serialize(facts))
}

/// The body without leading blank lines or runs of more than one blank line, which optional
/// parts left out would leave.
fn tidy(body: &str) -> String {
    let mut out = String::new();
    let mut blank = true;
    for line in body.lines() {
        let empty = line.trim().is_empty();
        if empty && blank {
            continue;
        }
        blank = empty;
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.trim_end().to_string() + "\n"
}

impl Store {
    /// Keeps letter `kind` as it reads now among the case's attachments, as a text file named
    /// for its subject, so the dossier lists it with the rest of the evidence.
    pub fn attach_letter<Tz: TimeZone>(
        &mut self,
        case_id: i64,
        kind: LetterKind,
        lang: Language,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<crate::attachment::Attachment> {
        let letter = self.letter(case_id, kind, lang, now, tz)?;
        let text = format!("{}\n\n{}\n", letter.subject, letter.body);
        // A subject can hold a slash; a file name shown in the dossier should not look like a
        // path.
        let stem: String = crate::text::shortened(&letter.subject, 120)
            .chars()
            .map(|c| if matches!(c, '/' | '\\') { '-' } else { c })
            .collect();
        let to = crate::attachment::AttachTo {
            case_id,
            interaction_id: None,
            note: None,
        };
        self.attach(&to, &format!("{stem}.txt"), &mut text.as_bytes(), now)
    }
}
