use casebook_core::clocks::{Sector, StartEvent};
use casebook_core::{CaseInput, Escalation, Outcome, Result, Status, Store};
use chrono::Utc;
use clap::{Args, Subcommand};

use super::render::{self, choice, Out};

#[derive(Subcommand, Debug)]
pub enum CaseCommand {
    /// Open a case with a company.
    #[command(
        after_help = "Example:\n  casebook case open --company \"Acme Telecom\" --title \"Refund never came\" \
        --want \"Refund to my card\" --amount 30000 --currency KRW"
    )]
    Open(OpenArgs),
    /// List open cases (all with --all).
    #[command(after_help = "Example:\n  casebook case list --company \"Acme Telecom\" --all")]
    List {
        /// Include resolved cases.
        #[arg(long)]
        all: bool,
        /// Only this company's cases (name or id).
        #[arg(long, value_name = "NAME|ID")]
        company: Option<String>,
    },
    /// Show a case and its whole timeline.
    #[command(after_help = "Example:\n  casebook case show 3")]
    Show {
        /// The case's id.
        id: i64,
    },
    /// Mark a case resolved, with how it ended.
    #[command(
        after_help = "Examples:\n  casebook case resolve 3 --outcome got_it --note \"Refund arrived\"\n  casebook case resolve 3 --outcome partial --recovered 20000"
    )]
    Resolve {
        id: i64,
        #[arg(long, value_parser = choice(Outcome::ALL, Outcome::as_str))]
        outcome: Outcome,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// What came back, in the case's currency ("20000", "12.50", "$12.50").
        #[arg(long, value_name = "AMOUNT")]
        recovered: Option<String>,
    },
    /// Open a resolved case again.
    #[command(after_help = "Example:\n  casebook case reopen 3")]
    Reopen { id: i64 },
    /// Correct a case: only what you give changes.
    #[command(
        after_help = "Example:\n  casebook case edit 3 --title \"Refund of the double charge\" --amount 45000 --currency KRW"
    )]
    Edit {
        id: i64,
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// What you want the company to do.
        #[arg(long, value_name = "TEXT")]
        want: Option<String>,
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        amount: Option<String>,
        #[arg(long, value_name = "CODE")]
        currency: Option<String>,
        /// The day the problem started, like 2026-09-14 or 2026.9.14.
        #[arg(long, value_name = "DATE")]
        opened: Option<String>,
    },
    /// Delete a case with everything in it (restorable for 30 days with `casebook trash`).
    #[command(after_help = "Example:\n  casebook case delete 3")]
    Delete { id: i64 },
    /// Take a case one step up (or back down): agent, supervisor, complaints, executive,
    /// regulator, public, leaving.
    #[command(after_help = "Example:\n  casebook case escalate 3 complaints")]
    Escalate {
        id: i64,
        #[arg(value_parser = choice(Escalation::ALL, Escalation::as_str))]
        level: Escalation,
    },
    /// The regulators' and laws' time limits for a case, from its country, sector and history;
    /// the options set those first.
    #[command(
        after_help = "Examples:\n  casebook case clocks 3 --country GB --sector financial\n  \
        casebook case clocks 3 --date final_response=2026-03-02\n  casebook case clocks 3 --json"
    )]
    Clocks(ClocksArgs),
}

#[derive(Args, Debug)]
pub struct ClocksArgs {
    id: i64,
    /// The country whose rules apply, like GB, US, KR, AU or an EU member (DE, FR...).
    #[arg(long, value_name = "CODE")]
    country: Option<String>,
    #[arg(long, value_parser = choice(Sector::ALL, Sector::as_str))]
    sector: Option<Sector>,
    /// The day an event that starts a clock happened (EVENT=DATE; an empty DATE forgets it):
    /// final_response, delivered, purchased, statement, refund_agreed, referred, decision.
    #[arg(long = "date", value_name = "EVENT=DATE")]
    dates: Vec<String>,
}

#[derive(Args, Debug)]
pub struct OpenArgs {
    /// The company (name or id).
    #[arg(long, value_name = "NAME|ID")]
    company: String,
    /// The problem in a few words.
    #[arg(long, value_name = "TEXT")]
    title: String,
    /// What you want the company to do.
    #[arg(long, value_name = "TEXT")]
    want: Option<String>,
    /// Money at stake, like 12.50, 59,000원 or $12.50 (the mark gives the currency).
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    amount: Option<String>,
    /// ISO 4217 currency of the amount, like KRW or USD.
    #[arg(long, value_name = "CODE", requires = "amount")]
    currency: Option<String>,
    /// The day the problem started, for a case entered after the fact (default: now).
    #[arg(long, value_name = "DATE")]
    opened: Option<String>,
}

pub fn run(store: &mut Store, out: &Out, command: CaseCommand) -> Result<()> {
    match command {
        CaseCommand::Open(a) => {
            let company = store.find_company(&a.company)?;
            let case = store.open_case(
                &CaseInput {
                    company_id: company.id,
                    title: a.title,
                    description: None,
                    desired_outcome: a.want,
                    amount: a.amount,
                    currency: a.currency,
                    identifiers: vec![],
                    escalation: Escalation::Agent,
                    opened_on: a.opened,
                },
                Utc::now(),
            )?;
            out.print(&case, || {
                out.fill(
                    "cli.case.opened",
                    &[
                        ("id", &case.id),
                        ("title", &case.title),
                        ("company", &company.name),
                    ],
                )
            });
        }
        CaseCommand::List { all, company } => {
            let cases = match company {
                Some(c) => {
                    let company = store.find_company(&c)?;
                    let mut cases = store.company_cases(company.id)?;
                    if !all {
                        cases.retain(|k| k.status == Status::Open);
                    }
                    cases
                }
                None => store.all_cases(all)?,
            };
            out.print(&cases, || {
                if cases.is_empty() {
                    out.t("cli.cases.none")
                } else {
                    render::case_table(out, &cases)
                }
            });
        }
        CaseCommand::Show { id } => {
            let file = store.case_file(id)?;
            out.print(&file, || render::case_file(out, &file));
        }
        CaseCommand::Resolve {
            id,
            outcome,
            note,
            recovered,
        } => {
            let case = store.resolve_case(
                id,
                outcome,
                note.as_deref(),
                recovered.as_deref(),
                Utc::now(),
            )?;
            out.print(&case, || {
                out.fill(
                    "cli.case.resolved",
                    &[("id", &case.id), ("title", &case.title)],
                )
            });
        }
        CaseCommand::Edit {
            id,
            title,
            want,
            description,
            amount,
            currency,
            opened,
        } => {
            let mut input = CaseInput::from(&store.case(id)?);
            input.title = title.unwrap_or(input.title);
            input.desired_outcome = want.or(input.desired_outcome);
            input.description = description.or(input.description);
            input.amount = amount.or(input.amount);
            input.currency = currency.or(input.currency);
            input.opened_on = opened.or(input.opened_on);
            let case = store.update_case(id, &input, Utc::now())?;
            out.print(&case, || changed(out, "case", case.id));
        }
        CaseCommand::Delete { id } => {
            let item = store.delete_case(id, Utc::now())?;
            render::deleted(out, &item);
        }
        CaseCommand::Escalate { id, level } => {
            let case = store.escalate(id, level, Utc::now())?;
            out.print(&case, || {
                out.fill(
                    "cli.case.escalated",
                    &[
                        ("id", &case.id),
                        ("level", &out.t(&format!("escalation.{}", level.as_str()))),
                    ],
                )
            });
        }
        CaseCommand::Clocks(a) => clocks(store, out, a)?,
        CaseCommand::Reopen { id } => {
            let case = store.reopen_case(id, Utc::now())?;
            out.print(&case, || {
                out.fill(
                    "cli.case.reopened",
                    &[("id", &case.id), ("title", &case.title)],
                )
            });
        }
    }
    Ok(())
}

/// Sets what was given (country and sector together, then each date), then shows the clocks.
fn clocks(store: &mut Store, out: &Out, a: ClocksArgs) -> Result<()> {
    let mut shown = store.clocks(a.id)?;
    if a.country.is_some() || a.sector.is_some() {
        let country = a.country.or(shown.country.clone());
        let sector = a.sector.or(shown.sector);
        shown = store.set_case_jurisdiction(a.id, country.as_deref(), sector, Utc::now())?;
    }
    for given in &a.dates {
        let (event, day) = given.split_once('=').unwrap_or((given, ""));
        let event = StartEvent::parse(event.trim()).ok_or_else(|| {
            casebook_core::Error::invalid(
                casebook_core::Field::ClockStart,
                casebook_core::Rule::NotAllowed,
            )
        })?;
        shown = store.set_case_date(a.id, event, Some(day), Utc::now())?;
    }
    out.print(&shown, || render::clocks(out, &shown));
    Ok(())
}

fn changed(out: &Out, entity: &str, id: i64) -> String {
    out.fill(
        "cli.changed",
        &[("entity", &out.t(&format!("entity.{entity}"))), ("id", &id)],
    )
}
