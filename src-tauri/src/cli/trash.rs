//! `casebook trash`: what was deleted in the last 30 days, restored or emptied.

use casebook_core::trash::KEEP_DAYS;
use casebook_core::{Result, Store};
use chrono::Utc;
use clap::Subcommand;

use super::render::{self, table, Out};

#[derive(Subcommand, Debug)]
pub enum TrashCommand {
    /// List what was deleted in the last 30 days, newest first.
    #[command(after_help = "Example:\n  casebook trash list")]
    List,
    /// Put a deleted record back, with everything that went with it.
    #[command(after_help = "Example:\n  casebook trash restore 5")]
    Restore {
        /// The entry's id in `casebook trash list`.
        id: i64,
    },
    /// Remove everything in it for good, now.
    #[command(after_help = "Example:\n  casebook trash empty")]
    Empty,
}

pub fn run(store: &mut Store, out: &Out, command: TrashCommand) -> Result<()> {
    let now = Utc::now();
    match command {
        TrashCommand::List => {
            store.purge_trash(now)?;
            let items = store.trash(now)?;
            out.print(&items, || {
                if items.is_empty() {
                    return out.fill("cli.trash.none", &[("days", &KEEP_DAYS)]);
                }
                let rows: Vec<Vec<String>> = items
                    .iter()
                    .map(|t| {
                        vec![
                            t.id.to_string(),
                            out.t(&format!("entity.{}", t.kind.as_str())),
                            render::short(&t.label, 40),
                            t.company_name.clone(),
                            render::when(t.deleted_at),
                            render::when(t.purge_at),
                        ]
                    })
                    .collect();
                table(
                    &out.columns(&["id", "kind", "what", "company", "deleted", "until"]),
                    &rows,
                )
            });
        }
        TrashCommand::Restore { id } => {
            let back = store.restore(id)?;
            out.print(&back, || {
                out.fill(
                    "cli.restored",
                    &[
                        ("entity", &out.t(&format!("entity.{}", back.kind.as_str()))),
                        ("id", &back.id),
                    ],
                )
            });
        }
        TrashCommand::Empty => {
            let removed = store.empty_trash()?;
            out.print(&serde_json::json!({ "removed": removed }), || {
                out.count("cli.trash.emptied", removed)
            });
        }
    }
    Ok(())
}
