// No console window behind the app on Windows; the command line still prints when run from one.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

mod app;
mod commands;
mod data_dir;
mod state;

/// Casebook keeps one case file per problem with a company, and reminds you when a promise
/// passes. Run without a command to open the app.
#[derive(Parser, Debug)]
#[command(name = "casebook", version, about)]
struct Args {
    /// The folder holding Casebook's data (default: the platform's app-data folder).
    #[arg(long, global = true, env = "CASEBOOK_DATA_DIR", value_name = "DIR")]
    data_dir: Option<std::path::PathBuf>,
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
    app::run(dir)
}
