use casebook_core::{FollowUpInput, FollowUpKind, Result, Store};
use chrono::Utc;
use clap::{Args, Subcommand};

use super::render::{self, Out};

/// `casebook follow-up CASE DATE` sets one; `follow-up edit|delete ID` corrects one.
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct FollowUpArgs {
    #[command(subcommand)]
    command: Option<FollowUpCommand>,
    /// The case's id.
    #[arg(required = true)]
    case_id: Option<i64>,
    /// When to check back, like 2026-11-30 or 2026-11-30 09:00.
    #[arg(required = true)]
    date: Option<String>,
    /// What to do then.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum FollowUpCommand {
    /// Correct a follow-up's note or date; a new date reminds again.
    #[command(after_help = "Example:\n  casebook follow-up edit 4 --date 2026-12-02")]
    Edit {
        id: i64,
        #[arg(long, value_name = "DATE|DATETIME")]
        date: Option<String>,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Delete a follow-up (restorable for 30 days with `casebook trash`).
    #[command(after_help = "Example:\n  casebook follow-up delete 4")]
    Delete { id: i64 },
}

pub fn run(store: &mut Store, out: &Out, a: FollowUpArgs) -> Result<()> {
    let f = match a.command {
        Some(FollowUpCommand::Delete { id }) => {
            let item = store.delete_follow_up(id, Utc::now())?;
            render::deleted(out, &item);
            return Ok(());
        }
        Some(FollowUpCommand::Edit { id, date, note }) => {
            let mut input = FollowUpInput::from(&store.follow_up(id)?);
            input.due = date.unwrap_or(input.due);
            input.note = note.unwrap_or(input.note);
            store.update_follow_up(id, &input, Utc::now())?
        }
        None => {
            let input = FollowUpInput {
                kind: FollowUpKind::FollowUp,
                note: a.note.unwrap_or_else(|| out.t("cli.followUp.defaultNote")),
                // Both are required by clap when no subcommand is given.
                due: a.date.unwrap_or_default(),
            };
            store.add_follow_up(a.case_id.unwrap_or_default(), &input, Utc::now())?
        }
    };
    out.print(&f, || {
        out.fill(
            "cli.followUp.set",
            &[
                ("id", &f.id),
                ("note", &f.note),
                ("due", &render::due(f.due)),
            ],
        )
    });
    Ok(())
}
