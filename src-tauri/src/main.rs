// No console window behind the app on Windows; the command line still prints when run from one.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

mod app;
mod cli;
mod commands;
mod data_dir;
mod link_order;
mod memory;
mod notifier;
mod scheduler;
mod script_engine;
mod start_marks;
mod state;
mod system_open;
mod window;

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
    start_marks::mark("process");
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

#[cfg(test)]
mod manual_pages {
    use clap::CommandFactory;
    use std::collections::BTreeMap;
    use std::fs;

    /// The package installs the manual pages in `packaging/man` (casebook(1), and one for each
    /// command such as casebook-case-open(1)); they are made here from the same definitions as
    /// `--help`, so the two never disagree. Like the UI's bindings, changed pages are written
    /// out and `make test` fails until they are committed.
    #[test]
    fn the_packaged_manual_pages_are_made_from_the_command_line() {
        let made = tempfile::tempdir().unwrap();
        clap_mangen::generate_to(super::Args::command(), made.path()).unwrap();
        let read = |dir: &std::path::Path| -> BTreeMap<String, String> {
            fs::read_dir(dir)
                .into_iter()
                .flatten()
                .map(|e| e.unwrap().path())
                .map(|p| {
                    let name = p.file_name().unwrap().to_string_lossy().into_owned();
                    (name, fs::read_to_string(&p).unwrap())
                })
                .collect()
        };
        let pages = read(made.path());
        let main = &pages["casebook.1"];
        for part in [
            "\\-\\-data\\-dir",
            "CASEBOOK_DATA_DIR",
            "casebook\\-case(1)",
        ] {
            assert!(main.contains(part), "casebook(1) lacks {part}");
        }
        assert!(pages.contains_key("casebook-case-open.1"));
        assert!(
            !main.contains("serve\\-commands"),
            "a hidden option is in casebook(1)"
        );

        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/man");
        fs::create_dir_all(&dir).unwrap();
        let committed = read(&dir);
        for (name, text) in &pages {
            if committed.get(name) != Some(text) {
                fs::write(dir.join(name), text).unwrap();
            }
        }
        for gone in committed.keys().filter(|n| !pages.contains_key(*n)) {
            fs::remove_file(dir.join(gone)).unwrap();
        }
    }
}
