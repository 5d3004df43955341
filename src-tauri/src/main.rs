// No console window behind the app on Windows; the command line still prints when run from one.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

mod app;
mod cli;
mod commands;
mod data_dir;
mod notifier;
mod scheduler;
mod state;

/// Casebook keeps one case file per problem with a company, and reminds you when a promise
/// passes. Run without a command to open the app; with one, it works on the same data in the
/// terminal.
#[derive(Parser, Debug)]
#[command(
    name = "casebook",
    version,
    about,
    after_help = "Examples:\n  casebook                      open the app\n  casebook case list            open cases, in the terminal\n  casebook --json company list  the same, as JSON for scripts"
)]
struct Args {
    /// The folder holding Casebook's data (default: the platform's app-data folder).
    #[arg(long, global = true, env = "CASEBOOK_DATA_DIR", value_name = "DIR")]
    data_dir: Option<std::path::PathBuf>,

    /// Print machine-readable JSON (with ids) instead of tables.
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Option<cli::Command>,

    /// Start in the system tray without showing the window (used when starting at log-in).
    #[arg(long)]
    hidden: bool,

    /// Answer the window's store commands as JSON lines on stdin and stdout (for the screen
    /// tests, which run against the real core this way).
    #[arg(long, hide = true)]
    serve_commands: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let dir = match data_dir::resolve(args.data_dir) {
        Ok(dir) => dir,
        Err(message) => {
            eprintln!("casebook: {message}");
            return ExitCode::FAILURE;
        }
    };
    match args.command {
        Some(command) => cli::run(&dir, args.json, command),
        None if args.serve_commands => commands::serve(&dir),
        None => app::run(dir, args.hidden),
    }
}
