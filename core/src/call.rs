//! A call, from before it starts to the note that confirms it: what to have at hand, what to
//! read back before hanging up, and the message that puts the agreement in writing.

use chrono::{DateTime, TimeZone, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::agent::Agent;
use crate::choice::choice;
use crate::company::Identifier;
use crate::db::Store;
use crate::due::Due;
use crate::error::Result;
use crate::interaction::{Channel, InteractionInput};
use crate::language::Language;
use crate::promise::{Promise, PromiseStatus};

choice!(
    /// What to have ready before calling.
    PrepItem {
        /// The numbers they will ask for: account, order, serial, transaction.
        Identifiers = "identifiers",
        /// What the user wants, in one sentence, to say the same way every time.
        Outcome = "outcome",
        /// The problem in the user's own words.
        Problem = "problem",
        /// The company's number to call.
        Phone = "phone",
    }
);

/// One line of the checklist before a call: ready, or missing (the window offers to add it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct PrepCheck {
    pub item: PrepItem,
    pub ready: bool,
}

/// The last contact, as the next call refers to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct LastContact {
    pub occurred_at: DateTime<Utc>,
    pub channel: Channel,
    pub agent: Option<Agent>,
    pub reference: Option<String>,
}

/// Everything to have in front of you before calling about a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CallPrep {
    #[ts(type = "number")]
    pub case_id: i64,
    /// The problem in the user's words (the case's description).
    pub problem: Option<String>,
    pub desired_outcome: Option<String>,
    /// The case's numbers first, then the user's accounts with the company.
    pub identifiers: Vec<Identifier>,
    pub phones: Vec<String>,
    pub help_url: Option<String>,
    pub chat_url: Option<String>,
    /// What was already tried: how many contacts, and how many promises were broken.
    #[ts(type = "number")]
    pub contacts: i64,
    #[ts(type = "number")]
    pub broken_promises: i64,
    pub last_contact: Option<LastContact>,
    /// The newest promise, with its date and how it stands.
    pub last_promise: Option<Promise>,
    pub checklist: Vec<PrepCheck>,
}

impl Store {
    /// What to have ready before calling about case `case_id`.
    pub fn call_prep(&self, case_id: i64) -> Result<CallPrep> {
        // Asked beside the case file each time the case screen opens: reads the newest contact
        // and a count, not every contact the case has.
        let case = &self.case(case_id)?;
        let company = &self.company(case.company_id)?;
        let promises = self.promises(case_id)?;
        let identifiers: Vec<Identifier> = case
            .identifiers
            .iter()
            .chain(&company.accounts)
            .cloned()
            .collect();
        let (contacts, newest): (i64, Option<i64>) = self.conn.query_row(
            "SELECT count(*), (SELECT id FROM interaction WHERE case_id = ?1 \
                               ORDER BY occurred_at DESC, id DESC LIMIT 1) \
             FROM interaction WHERE case_id = ?1",
            [case_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let last_contact = newest.map(|id| self.interaction(id)).transpose()?;
        let last_promise = promises.iter().max_by_key(|p| (p.created_at, p.id));
        let checklist = vec![
            PrepCheck {
                item: PrepItem::Identifiers,
                ready: !identifiers.is_empty(),
            },
            PrepCheck {
                item: PrepItem::Outcome,
                ready: case.desired_outcome.is_some(),
            },
            PrepCheck {
                item: PrepItem::Problem,
                ready: case.description.is_some(),
            },
            PrepCheck {
                item: PrepItem::Phone,
                ready: !company.phones.is_empty(),
            },
        ];
        Ok(CallPrep {
            case_id,
            problem: case.description.clone(),
            desired_outcome: case.desired_outcome.clone(),
            identifiers,
            phones: company.phones.clone(),
            help_url: company.help_url.clone(),
            chat_url: company.chat_url.clone(),
            contacts,
            broken_promises: promises
                .iter()
                .filter(|p| p.status == PromiseStatus::Broken)
                .count() as i64,
            last_contact: last_contact.map(|i| LastContact {
                occurred_at: i.occurred_at,
                channel: i.channel,
                agent: i.agent,
                reference: i.reference,
            }),
            last_promise: last_promise.cloned(),
            checklist,
        })
    }
}

choice!(
    /// What to read back to the agent before hanging up.
    ReadBackItem {
        AgentName = "agent_name",
        AgentId = "agent_id",
        Reference = "reference",
        Promise = "promise",
        Due = "due",
        IfNotDone = "if_not_done",
    }
);

/// One line of the read-back: what was noted for it, or None when it is missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ReadBack {
    pub item: ReadBackItem,
    pub noted: Option<String>,
    /// For [`ReadBackItem::Due`], the day or time as core reads what was typed.
    pub due: Option<Due>,
}

fn filled(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

impl Store {
    /// The read-back checklist for a call as noted so far. A due that cannot be read counts
    /// as missing; saving says why.
    pub fn read_back(&self, input: &InteractionInput) -> Vec<ReadBack> {
        let promise = input.promise.as_ref();
        let due_text = promise.and_then(|p| filled(Some(&p.due)));
        let due = due_text
            .as_deref()
            .and_then(|text| Due::read(crate::check::Field::PromiseDue, text, &self.reader()).ok());
        let line = |item, noted: Option<String>| ReadBack {
            item,
            noted,
            due: None,
        };
        vec![
            line(ReadBackItem::AgentName, filled(input.agent.name.as_deref())),
            line(ReadBackItem::AgentId, filled(input.agent.code.as_deref())),
            line(ReadBackItem::Reference, filled(input.reference.as_deref())),
            line(
                ReadBackItem::Promise,
                promise.and_then(|p| filled(Some(&p.description))),
            ),
            ReadBack {
                item: ReadBackItem::Due,
                noted: due.and(due_text),
                due,
            },
            line(ReadBackItem::IfNotDone, filled(input.summary.as_deref())),
        ]
    }

    /// A short message confirming in writing what was agreed in contact `interaction_id`, in
    /// `lang`, ready to paste into the company's email or chat: when and with whom, the
    /// reference, what they will do and by when, and what happens if they do not.
    pub fn confirmation<Tz: TimeZone>(
        &self,
        interaction_id: i64,
        lang: Language,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<String> {
        let contact = self.interaction(interaction_id)?;
        let promise = self
            .promises(contact.case_id)?
            .into_iter()
            .find(|p| p.interaction_id == Some(interaction_id));
        let at = contact.occurred_at.with_timezone(tz);
        let time = format!("{:02}:{:02}", at.hour(), at.minute());
        let when = if at.date_naive() == now.with_timezone(tz).date_naive() {
            lang.fill("confirm.today", &[("time", &time)])
        } else {
            let day = crate::notice::due_text(
                Due::Date {
                    date: at.date_naive(),
                },
                lang,
                tz,
            );
            lang.fill("confirm.on", &[("day", &day), ("time", &time)])
        };
        let agent = contact.agent.as_ref().map(|a| match &a.code {
            Some(code) => lang.fill("confirm.agentWithId", &[("name", &a.name), ("id", code)]),
            None => a.name.clone(),
        });
        let mut text = match &agent {
            Some(agent) => lang.fill(
                "confirm.opening.agent",
                &[("when", &when), ("agent", agent)],
            ),
            None => lang.fill("confirm.opening", &[("when", &when)]),
        };
        if let Some(reference) = &contact.reference {
            text += &lang.fill("confirm.reference", &[("reference", reference)]);
        }
        text += &match &promise {
            Some(p) => {
                let due = crate::notice::due_text(p.due, lang, tz);
                lang.fill(
                    "confirm.promise",
                    &[
                        ("promise", &lower_first(&p.description, lang)),
                        ("due", &due),
                    ],
                )
            }
            None => lang.text("confirm.noPromise"),
        };
        if let Some(if_not) = &contact.summary {
            text += &lang.fill("confirm.ifNotDone", &[("text", if_not)]);
        }
        text += &lang.text("confirm.closing");
        Ok(text)
    }
}

/// "Refund 30,000 won" reads "refund 30,000 won" inside an English sentence; a word in
/// capitals ("ABC", "I") or any other script is left as typed.
fn lower_first(text: &str, lang: Language) -> String {
    let mut chars = text.chars();
    match (lang, chars.next(), chars.next()) {
        (Language::En, Some(first), Some(second))
            if first.is_ascii_uppercase() && second.is_lowercase() =>
        {
            first.to_ascii_lowercase().to_string() + &text[1..]
        }
        _ => text.to_string(),
    }
}
