use casebook_core::{PendingFilter, PromiseStatus, Result, Store};
use chrono::{Local, NaiveDate, Utc};
use clap::Subcommand;

use super::render::{self, table, Out};

#[derive(Subcommand, Debug)]
pub enum PromiseCommand {
    /// List every pending promise of open cases, earliest due first.
    #[command(
        after_help = "Example:\n  casebook promise list --overdue\n  casebook promise list --company \"Acme Telecom\" --due-before 2026-12-31"
    )]
    List {
        /// Only those already overdue.
        #[arg(long)]
        overdue: bool,
        /// Only this company's (name or id).
        #[arg(long, value_name = "NAME|ID")]
        company: Option<String>,
        /// Only those due before this day, like 2026-12-31.
        #[arg(long = "due-before", value_name = "DATE")]
        due_before: Option<NaiveDate>,
    },
    /// The company kept its promise.
    #[command(after_help = "Example:\n  casebook promise kept 7")]
    Kept { id: i64 },
    /// The company broke its promise.
    #[command(after_help = "Example:\n  casebook promise broken 7")]
    Broken { id: i64 },
    /// The promise no longer applies.
    #[command(after_help = "Example:\n  casebook promise withdrawn 7")]
    Withdrawn { id: i64 },
    /// Correct what was promised or by when; a new due reminds again.
    #[command(after_help = "Example:\n  casebook promise edit 7 --due 2026-12-05")]
    Edit {
        id: i64,
        /// What they promised.
        #[arg(long, value_name = "TEXT")]
        text: Option<String>,
        /// By when, like 2026-11-30 or 2026-11-30 17:00.
        #[arg(long, value_name = "DATE|DATETIME")]
        due: Option<String>,
    },
    /// Delete a promise (restorable for 30 days with `casebook trash`).
    #[command(after_help = "Example:\n  casebook promise delete 7")]
    Delete { id: i64 },
}

pub fn run(store: &mut Store, out: &Out, command: PromiseCommand) -> Result<()> {
    let (id, status) = match command {
        PromiseCommand::List {
            overdue,
            company,
            due_before,
        } => {
            let company_id = company.map(|c| store.find_company(&c)).transpose()?;
            let filter = PendingFilter {
                overdue_only: overdue,
                company_id: company_id.map(|c| c.id),
                due_before,
            };
            return list(store, out, &filter);
        }
        PromiseCommand::Edit { id, text, due } => {
            let now = store.promise(id)?;
            let mut input = casebook_core::PromiseInput::from(&now);
            input.description = text.unwrap_or(input.description);
            input.due = due.unwrap_or(input.due);
            let p = store.update_promise(id, &input, Utc::now())?;
            out.print(&p, || {
                out.fill(
                    "cli.promise",
                    &[
                        ("id", &p.id),
                        ("what", &p.description),
                        ("due", &render::due(p.due)),
                    ],
                )
            });
            return Ok(());
        }
        PromiseCommand::Delete { id } => {
            let item = store.delete_promise(id, Utc::now())?;
            render::deleted(out, &item);
            return Ok(());
        }
        PromiseCommand::Kept { id } => (id, PromiseStatus::Kept),
        PromiseCommand::Broken { id } => (id, PromiseStatus::Broken),
        PromiseCommand::Withdrawn { id } => (id, PromiseStatus::Withdrawn),
    };
    let p = store.set_promise_status(id, status, Utc::now())?;
    out.print(&p, || {
        out.fill(
            "cli.promise.status",
            &[
                ("id", &p.id),
                ("what", &p.description),
                (
                    "status",
                    &out.t(&format!("promiseStatus.{}", status.as_str())),
                ),
            ],
        )
    });
    Ok(())
}

fn list(store: &Store, out: &Out, filter: &PendingFilter) -> Result<()> {
    let items = store.pending_promises(filter, Utc::now(), &Local)?;
    out.print(&items, || {
        if items.is_empty() {
            return out.t("cli.promises.none");
        }
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|p| {
                let i = &p.promise;
                vec![
                    i.id.to_string(),
                    render::due(i.due),
                    if p.overdue {
                        out.t("cli.overdue")
                    } else {
                        String::new()
                    },
                    i.company_name.clone(),
                    render::short(&i.text, 40),
                    i.agent_name.clone().unwrap_or_default(),
                    i.case_id.to_string(),
                ]
            })
            .collect();
        table(
            &out.columns(&["id", "due", "", "company", "promise", "agent", "case"]),
            &rows,
        )
    });
    Ok(())
}
