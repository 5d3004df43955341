//! `casebook backup now|list`: copies of the whole database, made and listed.

use casebook_core::{Result, Store};
use chrono::Utc;
use clap::Subcommand;

use super::render::Out;

#[derive(Subcommand, Debug)]
pub enum BackupCommand {
    /// Copy the data now (the app also does it once a day).
    #[command(after_help = "Example:\n  casebook backup now")]
    Now,
    /// The copies kept, newest first: the last 7 days and the last 4 weeks.
    #[command(after_help = "Example:\n  casebook backup list")]
    List,
}

#[derive(clap::Args, Debug)]
pub struct RestoreArgs {
    /// A backup file (from `casebook backup list`). What is there now is kept aside first.
    file: std::path::PathBuf,
}

/// `casebook restore FILE`: replaces the data with a backup's, keeping the current data aside.
pub fn restore(store: &mut Store, out: &Out, a: RestoreArgs) -> Result<()> {
    let done = store.restore_from(&a.file, Utc::now())?;
    out.print(&done, || {
        out.fill(
            "cli.backup.restored",
            &[
                ("file", &a.file.display()),
                ("cases", &done.cases),
                ("aside", &done.kept_aside),
            ],
        )
    });
    Ok(())
}

fn size(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

pub fn run(store: &Store, out: &Out, command: BackupCommand) -> Result<()> {
    match command {
        BackupCommand::Now => {
            let made = store.back_up_now(Utc::now())?;
            out.print(&made, || match &made {
                Some(b) => out.fill(
                    "cli.backup.made",
                    &[("path", &b.path), ("size", &size(b.bytes))],
                ),
                None => out.t("cli.backup.none"),
            });
        }
        BackupCommand::List => {
            let all = store.backups()?;
            out.print(&all, || {
                if all.is_empty() {
                    return out.t("cli.backup.none");
                }
                all.iter()
                    .map(|b| {
                        format!(
                            "{}  {:>8}  {}  {}",
                            b.made_at
                                .with_timezone(&chrono::Local)
                                .format("%Y-%m-%d %H:%M"),
                            size(b.bytes),
                            b.cases.map_or_else(|| "?".to_string(), |n| n.to_string()),
                            b.path
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}
