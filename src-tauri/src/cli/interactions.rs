use casebook_core::{
    AgentInput, Channel, Direction, Interaction, InteractionInput, Promise, PromiseInput, Result,
    Store,
};
use chrono::Utc;
use clap::Args;

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
    /// What they promised.
    #[arg(long, value_name = "TEXT", requires = "due")]
    promise: Option<String>,
    /// By when, like 2026-11-30 or 2026-11-30 17:00.
    #[arg(long, value_name = "DATE|DATETIME", requires = "promise")]
    due: Option<String>,
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
