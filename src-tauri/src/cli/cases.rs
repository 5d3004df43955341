use casebook_core::{
    AgentInput, CaseInput, CaseSummary, Channel, Direction, Escalation, InteractionInput, Outcome,
    PromiseInput, Result, Status, Store,
};
use chrono::Utc;
use clap::{Args, Subcommand, ValueEnum};

use super::companies;
use super::dates;
use super::output::{self, table, Out};

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
        after_help = "Example:\n  casebook case resolve 3 --outcome got-it --note \"Refund arrived\""
    )]
    Resolve {
        id: i64,
        #[arg(long, value_enum)]
        outcome: OutcomeArg,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Open a resolved case again.
    #[command(after_help = "Example:\n  casebook case reopen 3")]
    Reopen { id: i64 },
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
    /// Money at stake, like 12.50.
    #[arg(
        long,
        value_name = "AMOUNT",
        requires = "currency",
        allow_hyphen_values = true
    )]
    amount: Option<String>,
    /// ISO 4217 currency of the amount, like KRW or USD.
    #[arg(long, value_name = "CODE", requires = "amount")]
    currency: Option<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum OutcomeArg {
    GotIt,
    Partial,
    GaveUp,
    Switched,
}

impl From<OutcomeArg> for Outcome {
    fn from(o: OutcomeArg) -> Outcome {
        match o {
            OutcomeArg::GotIt => Outcome::GotIt,
            OutcomeArg::Partial => Outcome::Partial,
            OutcomeArg::GaveUp => Outcome::GaveUp,
            OutcomeArg::Switched => Outcome::Switched,
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ChannelArg {
    Phone,
    Email,
    Chat,
    Social,
    Letter,
    InPerson,
    Sms,
    Web,
}

impl From<ChannelArg> for Channel {
    fn from(c: ChannelArg) -> Channel {
        match c {
            ChannelArg::Phone => Channel::Phone,
            ChannelArg::Email => Channel::Email,
            ChannelArg::Chat => Channel::Chat,
            ChannelArg::Social => Channel::Social,
            ChannelArg::Letter => Channel::Letter,
            ChannelArg::InPerson => Channel::InPerson,
            ChannelArg::Sms => Channel::Sms,
            ChannelArg::Web => Channel::Web,
        }
    }
}

#[derive(Args, Debug)]
pub struct LogArgs {
    /// The case's id.
    case_id: i64,
    #[arg(long, value_enum)]
    channel: ChannelArg,
    /// When it happened (default: now), like 2026-11-30T17:00.
    #[arg(long, value_name = "DATETIME")]
    at: Option<String>,
    /// They contacted you (default: you contacted them).
    #[arg(long)]
    inbound: bool,
    /// The agent's name.
    #[arg(long, value_name = "NAME")]
    agent: Option<String>,
    /// The agent's ID.
    #[arg(long = "agent-id", value_name = "ID")]
    agent_id: Option<String>,
    /// The ticket or reference number they gave.
    #[arg(long = "ref", value_name = "REF")]
    reference: Option<String>,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// What they promised.
    #[arg(long, value_name = "TEXT", requires = "due")]
    promise: Option<String>,
    /// By when, like 2026-11-30 or 2026-11-30T17:00.
    #[arg(long, value_name = "DATE|DATETIME", requires = "promise")]
    due: Option<String>,
}

pub fn case_table(out: &Out, cases: &[CaseSummary]) -> String {
    let rows: Vec<Vec<String>> = cases
        .iter()
        .map(|k| {
            vec![
                k.id.to_string(),
                output::short(&k.title, 40),
                status(out, k.status).to_string(),
                output::money(&k.money),
                k.next_due.map(output::due).unwrap_or_default(),
            ]
        })
        .collect();
    table(
        &[
            "ID",
            out.t("TITLE", "제목"),
            out.t("STATUS", "상태"),
            out.t("AT STAKE", "금액"),
            out.t("NEXT DUE", "다음 기한"),
        ],
        &rows,
    )
}

fn status(out: &Out, s: Status) -> &'static str {
    match s {
        Status::Open => out.t("open", "진행 중"),
        Status::Resolved => out.t("resolved", "해결됨"),
    }
}

pub fn run(store: &mut Store, out: &Out, command: CaseCommand) -> Result<()> {
    match command {
        CaseCommand::Open(a) => {
            let company = companies::find(store, &a.company)?;
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
                },
                Utc::now(),
            )?;
            out.print(&case, || {
                format!(
                    "{} #{}: {} ({})",
                    out.t("Opened case", "사건 열림"),
                    case.id,
                    case.title,
                    company.name
                )
            });
        }
        CaseCommand::List { all, company } => {
            let cases = match company {
                Some(c) => {
                    let company = companies::find(store, &c)?;
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
                    out.t("No cases.", "사건이 없습니다.").to_string()
                } else {
                    case_table(out, &cases)
                }
            });
        }
        CaseCommand::Show { id } => {
            let file = store.case_file(id)?;
            out.print(&file, || timeline(out, &file));
        }
        CaseCommand::Resolve { id, outcome, note } => {
            let case = store.resolve_case(id, outcome.into(), note.as_deref(), Utc::now())?;
            out.print(&case, || {
                format!(
                    "{} #{}: {}",
                    out.t("Resolved case", "사건 해결됨"),
                    case.id,
                    case.title
                )
            });
        }
        CaseCommand::Reopen { id } => {
            let case = store.reopen_case(id, Utc::now())?;
            out.print(&case, || {
                format!(
                    "{} #{}: {}",
                    out.t("Reopened case", "사건 다시 열림"),
                    case.id,
                    case.title
                )
            });
        }
    }
    Ok(())
}

pub fn log(store: &mut Store, out: &Out, a: LogArgs) -> Result<()> {
    let input = InteractionInput {
        occurred_at: a
            .at
            .as_deref()
            .map(dates::to_core)
            .unwrap_or_else(|| chrono::Local::now().to_rfc3339()),
        channel: a.channel.into(),
        direction: if a.inbound {
            Direction::Inbound
        } else {
            Direction::Outbound
        },
        agent: AgentInput {
            name: a.agent,
            code: a.agent_id,
            department: None,
        },
        reference: a.reference,
        duration_min: None,
        hold_min: None,
        notes: a.note,
        summary: None,
        promise: a.promise.map(|description| PromiseInput {
            description,
            due: a.due.as_deref().map(dates::to_core).unwrap_or_default(),
        }),
    };
    let interaction = store.log_interaction(a.case_id, &input, Utc::now())?;
    let promise = store
        .promises(a.case_id)?
        .into_iter()
        .find(|p| p.interaction_id == Some(interaction.id));
    #[derive(serde::Serialize)]
    struct Logged {
        interaction: casebook_core::Interaction,
        promise: Option<casebook_core::Promise>,
    }
    let logged = Logged {
        interaction,
        promise,
    };
    out.print(&logged, || {
        let mut text = format!(
            "{} #{}",
            out.t("Logged contact", "연락 기록됨"),
            logged.interaction.id
        );
        if let Some(p) = &logged.promise {
            text += &format!(
                "\n{} #{}: {} ({} {})",
                out.t("Promise", "약속"),
                p.id,
                p.description,
                out.t("due", "기한"),
                output::due(p.due)
            );
        }
        text
    });
    Ok(())
}

/// The case file as text: header, then every contact, promise and follow-up in time order.
fn timeline(out: &Out, file: &casebook_core::CaseFile) -> String {
    let k = &file.case;
    let mut text = format!("#{} {} — {}\n", k.id, k.title, file.company.name);
    text += &format!("{}: {}\n", out.t("Status", "상태"), status(out, k.status));
    if let Some(want) = &k.desired_outcome {
        text += &format!("{}: {want}\n", out.t("Wanted", "원하는 결과"));
    }
    if k.money.is_some() {
        text += &format!(
            "{}: {}\n",
            out.t("At stake", "금액"),
            output::money(&k.money)
        );
    }
    let mut events: Vec<(String, String)> = Vec::new();
    for i in &file.interactions {
        let mut line = format!("{:?}", i.channel).to_lowercase();
        if let Some(a) = &i.agent {
            line += &format!(", {}", a.name);
            if let Some(code) = &a.code {
                line += &format!(" (ID {code})");
            }
        }
        if let Some(r) = &i.reference {
            line += &format!(", ref {r}");
        }
        if let Some(n) = &i.notes {
            line += &format!(": {}", output::short(n, 80));
        }
        events.push((output::when(i.occurred_at), line));
    }
    for p in &file.promises {
        events.push((
            output::when(p.created_at),
            format!(
                "{} #{} {}: {} ({} {})",
                out.t("promise", "약속"),
                p.id,
                format!("{:?}", p.status).to_lowercase(),
                p.description,
                out.t("due", "기한"),
                output::due(p.due)
            ),
        ));
    }
    for f in &file.follow_ups {
        events.push((
            output::due(f.due),
            format!("{} #{}: {}", out.t("follow-up", "후속 확인"), f.id, f.note),
        ));
    }
    events.sort();
    text += "\n";
    if events.is_empty() {
        text += out.t("Nothing logged yet.", "기록이 없습니다.");
    }
    for (when, line) in events {
        text += &format!("{when}  {line}\n");
    }
    text
}
