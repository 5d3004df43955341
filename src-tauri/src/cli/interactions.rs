use casebook_core::{
    AgentInput, Channel, Direction, Interaction, InteractionInput, Promise, PromiseInput,
    PromiseSide, Result, Store,
};
use chrono::Utc;
use clap::{Args, Subcommand};

use super::render::{self, choice, Out};

#[derive(Args, Debug)]
pub struct LogArgs {
    /// The case's id.
    case_id: i64,
    #[arg(long, value_parser = choice(Channel::ALL, Channel::as_str))]
    channel: Channel,
    /// When it happened (default: now), like 2026-11-30 17:00.
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
    /// What was promised.
    #[arg(long, value_name = "TEXT", requires = "due")]
    promise: Option<String>,
    /// By when, like 2026-11-30 or 2026-11-30 17:00.
    #[arg(long, value_name = "DATE|DATETIME", requires = "promise")]
    due: Option<String>,
    /// Who promised it: them (the company or client) or me.
    #[arg(long, default_value = "them", requires = "promise", value_parser = super::render::choice(PromiseSide::ALL, PromiseSide::as_str))]
    by: PromiseSide,
}

pub fn log(store: &mut Store, out: &Out, a: LogArgs) -> Result<()> {
    let now = Utc::now();
    let input = InteractionInput {
        // Dates are passed as typed: core reads them in the user's time zone.
        occurred_at: a.at.unwrap_or_else(|| now.to_rfc3339()),
        channel: a.channel,
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
            due: a.due.unwrap_or_default(),
            made_by: Some(a.by),
        }),
    };
    let interaction = store.log_interaction(a.case_id, &input, now)?;
    #[derive(serde::Serialize)]
    struct Logged {
        interaction: Interaction,
        promise: Option<Promise>,
    }
    let logged = Logged {
        promise: store.promise_made_in(interaction.id)?,
        interaction,
    };
    out.print(&logged, || {
        let mut text = out.fill("cli.logged", &[("id", &logged.interaction.id)]);
        if let Some(p) = &logged.promise {
            text += "\n";
            text += &out.fill(
                "cli.promise",
                &[
                    ("id", &p.id),
                    ("what", &p.description),
                    ("due", &render::due(p.due)),
                ],
            );
        }
        text
    });
    Ok(())
}

#[derive(Subcommand, Debug)]
pub enum InteractionCommand {
    /// Correct a logged contact: only what you give changes.
    #[command(
        after_help = "Example:\n  casebook interaction edit 12 --at \"2026-11-18 14:30\" --ref ABC-124 --agent Janet"
    )]
    Edit(Box<EditArgs>),
    /// Delete a logged contact and the promises made in it (restorable for 30 days with
    /// `casebook trash`).
    #[command(after_help = "Example:\n  casebook interaction delete 12")]
    Delete { id: i64 },
    /// A message confirming in writing what was agreed in a contact, to send to the company.
    #[command(after_help = "Example:\n  casebook interaction confirm 12")]
    Confirm { id: i64 },
}

#[derive(Args, Debug)]
pub struct EditArgs {
    /// The contact's id (shown by `casebook --json case show`).
    id: i64,
    #[arg(long, value_parser = choice(Channel::ALL, Channel::as_str))]
    channel: Option<Channel>,
    /// When it happened, like 2026-11-30 17:00.
    #[arg(long, value_name = "DATETIME")]
    at: Option<String>,
    /// Which way it went.
    #[arg(long, value_parser = choice(Direction::ALL, Direction::as_str))]
    direction: Option<Direction>,
    #[arg(long, value_name = "NAME")]
    agent: Option<String>,
    #[arg(long = "agent-id", value_name = "ID")]
    agent_id: Option<String>,
    #[arg(long, value_name = "TEXT")]
    department: Option<String>,
    #[arg(long = "ref", value_name = "REF")]
    reference: Option<String>,
    /// How long it took, in minutes (or as a timer shows it, like 12:05).
    #[arg(long, value_name = "MINUTES")]
    duration: Option<String>,
    /// How long you were on hold, in minutes (or like 3:20).
    #[arg(long, value_name = "MINUTES")]
    hold: Option<String>,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// What you read back to them at the end.
    #[arg(long, value_name = "TEXT")]
    summary: Option<String>,
}

pub fn run(store: &mut Store, out: &Out, command: InteractionCommand) -> Result<()> {
    match command {
        InteractionCommand::Edit(a) => {
            let mut input = InteractionInput::from(&store.interaction(a.id)?);
            input.channel = a.channel.unwrap_or(input.channel);
            input.occurred_at = a.at.unwrap_or(input.occurred_at);
            input.direction = a.direction.unwrap_or(input.direction);
            input.agent.name = a.agent.or(input.agent.name);
            input.agent.code = a.agent_id.or(input.agent.code);
            input.agent.department = a.department.or(input.agent.department);
            input.reference = a.reference.or(input.reference);
            input.duration_min = a.duration.or(input.duration_min);
            input.hold_min = a.hold.or(input.hold_min);
            input.notes = a.note.or(input.notes);
            input.summary = a.summary.or(input.summary);
            let fixed = store.update_interaction(a.id, &input, Utc::now())?;
            out.print(&fixed, || {
                out.fill(
                    "cli.changed",
                    &[("entity", &out.t("entity.interaction")), ("id", &fixed.id)],
                )
            });
        }
        InteractionCommand::Delete { id } => {
            let item = store.delete_interaction(id, Utc::now())?;
            render::deleted(out, &item);
        }
        InteractionCommand::Confirm { id } => {
            let text = store.confirmation(id, out.lang, Utc::now(), &chrono::Local)?;
            out.print(&serde_json::json!({ "text": text }), || text.clone());
        }
    }
    Ok(())
}
