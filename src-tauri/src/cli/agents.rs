//! `casebook agent`: correcting who you spoke to.

use casebook_core::{AgentInput, Result, Store};
use clap::Subcommand;

use super::render::Out;

#[derive(Subcommand, Debug)]
pub enum AgentCommand {
    /// Correct an agent's name, ID or department everywhere they appear.
    #[command(
        after_help = "Example:\n  casebook agent rename 4 --name \"Jane Kim\" --agent-id 4471"
    )]
    Rename {
        /// The agent's id (shown by `casebook --json case show`).
        id: i64,
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[arg(long = "agent-id", value_name = "ID")]
        agent_id: Option<String>,
        #[arg(long, value_name = "TEXT")]
        department: Option<String>,
    },
    /// Two agents are the same person: keep the first, and move the second's contacts to it.
    #[command(after_help = "Example:\n  casebook agent merge 4 9")]
    Merge { keep: i64, other: i64 },
}

pub fn run(store: &mut Store, out: &Out, command: AgentCommand) -> Result<()> {
    let agent = match command {
        AgentCommand::Rename {
            id,
            name,
            agent_id,
            department,
        } => {
            let now = store.agent(id)?;
            let input = AgentInput {
                name: name.or(Some(now.name)),
                code: agent_id.or(now.code),
                department: department.or(now.department),
            };
            let agent = store.rename_agent(id, &input)?;
            out.print(&agent, || {
                out.fill(
                    "cli.agent.renamed",
                    &[("id", &agent.id), ("name", &agent.name)],
                )
            });
            return Ok(());
        }
        AgentCommand::Merge { keep, other } => store.merge_agents(keep, other)?,
    };
    out.print(&agent, || {
        out.fill(
            "cli.agent.merged",
            &[("id", &agent.id), ("name", &agent.name)],
        )
    });
    Ok(())
}
