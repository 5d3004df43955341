//! The command line: the same case files from a terminal, without opening a window.
//!
//! Every command is a thin layer over core. Exit codes: 0 on success, 2 on bad usage (clap's),
//! 1 on any other error, with one line on stderr that says what to fix.

mod agents;
mod attachments;
mod backup;
mod backups;
mod cases;
mod companies;
mod dossier;
mod follow_ups;
mod interactions;
mod letters;
mod promises;
mod render;
mod report;
mod search;
mod settings;
mod trash;

use std::path::Path;
use std::process::ExitCode;

use casebook_core::{Language, Store};
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Companies you deal with.
    #[command(subcommand)]
    Company(companies::CompanyCommand),
    /// Cases: one problem with one company.
    #[command(subcommand)]
    Case(cases::CaseCommand),
    /// Log a contact (call, email, chat...) in a case, with what was promised.
    #[command(
        after_help = "Example:\n  casebook log 3 --channel phone --agent Jane --agent-id 4471 \
        --ref ABC-123 --promise \"Refund 30,000 won\" --due 2026-11-30"
    )]
    Log(interactions::LogArgs),
    /// Correct or delete a logged contact.
    #[command(subcommand)]
    Interaction(interactions::InteractionCommand),
    /// Correct who you spoke to.
    #[command(subcommand)]
    Agent(agents::AgentCommand),
    /// Promises companies made.
    #[command(subcommand)]
    Promise(promises::PromiseCommand),
    /// Set a date to check back on a case.
    #[command(
        name = "follow-up",
        after_help = "Example:\n  casebook follow-up 3 2026-11-30 --note \"Call again if no refund\""
    )]
    FollowUp(follow_ups::FollowUpArgs),
    /// Write all the data as JSON (or with the attached files, as an archive), a calendar file,
    /// or spreadsheet files.
    #[command(
        after_help = "Examples:\n  casebook export --out casebook-backup.json\n  casebook export --format archive --out casebook.tar\n  casebook export --format ics --out casebook.ics\n  casebook export --format csv --out casebook-spreadsheet"
    )]
    Export(backup::ExportArgs),
    /// Restore an export (JSON or archive) into an empty data folder.
    #[command(
        after_help = "Example:\n  casebook --data-dir ~/casebook-restored import casebook-backup.json"
    )]
    Import(backup::ImportArgs),
    /// What was deleted in the last 30 days: restore it, or empty it for good.
    #[command(subcommand)]
    Trash(trash::TrashCommand),
    /// Copies of the data: made once a day by the app, or now.
    #[command(subcommand)]
    Backup(backups::BackupCommand),
    /// Replace the data with a backup's; what is there now is kept aside, to undo.
    #[command(
        after_help = "Example:\n  casebook restore ~/.local/share/casebook/backups/casebook-20261120-090000.sqlite3"
    )]
    Restore(backups::RestoreArgs),
    /// Find cases by anything you remember: a reference, an agent, a word from a note.
    #[command(after_help = "Examples:\n  casebook search 4471\n  casebook search 환불")]
    Search(search::SearchArgs),
    /// The country whose public holidays "in 3 business days" skips: show it, or set it.
    #[command(
        after_help = "Examples:\n  casebook holidays\n  casebook holidays GB\n  casebook holidays --system"
    )]
    Holidays(settings::HolidaysArgs),
    /// A letter written from a case: complaint, escalate, executive, referral, confirmation.
    /// Casebook never sends it.
    #[command(
        after_help = "Examples:\n  casebook letter 3 complaint\n  casebook letter 3 referral --lang ko --out referral.txt"
    )]
    Letter(letters::LetterArgs),
    /// The case as a PDF to escalate with: every contact, promise and follow-up in date order.
    #[command(
        after_help = "Examples:\n  casebook dossier 3 --out acme-refund.pdf\n  casebook dossier 3 --out 환불.pdf --lang ko --paper a4"
    )]
    Dossier(dossier::DossierArgs),
    /// Attach files (a receipt, a photo, a screenshot, a recording) to a case or one contact.
    #[command(
        after_help = "Examples:\n  casebook attach 3 receipt.jpg\n  casebook attach 3 chat.png call.m4a --interaction 12 --note \"Chat and call of 20 Nov\""
    )]
    Attach(attachments::AttachArgs),
    /// Each company's record: promises kept and broken, contacts, time on hold, money.
    #[command(
        after_help = "Examples:\n  casebook report\n  casebook report --company \"Acme Telecom\" --json"
    )]
    Report(report::ReportArgs),
}

/// Runs one command on the database in `dir`.
pub fn run(dir: &Path, json: bool, command: Command) -> ExitCode {
    // The language saved in the app, once the data folder could be opened to read it; else
    // the system's.
    let mut lang = Language::detect(None);
    let result = Store::open_in(dir).and_then(|mut store| {
        lang = store.settings()?.speaking;
        let out = render::Out::new(json, lang);
        run_on(&mut store, &out, command)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let out = render::Out::new(json, lang);
            eprintln!("casebook: {}", out.error(&e));
            ExitCode::FAILURE
        }
    }
}

fn run_on(store: &mut Store, out: &render::Out, command: Command) -> casebook_core::Result<()> {
    match command {
        Command::Company(c) => companies::run(store, out, c),
        Command::Case(c) => cases::run(store, out, c),
        Command::Log(a) => interactions::log(store, out, a),
        Command::Promise(c) => promises::run(store, out, c),
        Command::FollowUp(a) => follow_ups::run(store, out, a),
        Command::Interaction(c) => interactions::run(store, out, c),
        Command::Agent(c) => agents::run(store, out, c),
        Command::Trash(c) => trash::run(store, out, c),
        Command::Search(a) => search::run(store, out, a),
        Command::Holidays(a) => settings::holidays(store, out, a),
        Command::Letter(a) => letters::letter(store, out, a),
        Command::Dossier(a) => dossier::dossier(store, out, a),
        Command::Attach(a) => attachments::attach(store, out, a),
        Command::Report(a) => report::report(store, out, a),
        Command::Backup(c) => backups::run(store, out, c),
        Command::Restore(a) => backups::restore(store, out, a),
        Command::Export(a) => backup::export(store, out, a),
        Command::Import(a) => backup::import(store, out, a),
    }
}
