//! The commands the window calls, one module per domain, each a few lines over core.
//!
//! The store's commands are plain functions over `&AppState`, run by [`dispatch`] on Tauri's
//! blocking pool, never on the main thread, so a slow disk cannot freeze the window; the
//! desktop's own (notifications, opening files, start-up) are Tauri commands. Errors reach the
//! UI as core's `{code, message, ...}`.

mod about;
mod attachments;
mod calls;
mod cases;
mod checks;
mod clocks;
mod companies;
mod drafts;
mod exports;
mod follow_ups;
pub mod home;
mod interactions;
mod ladder;
mod letters;
mod links;
mod promises;
mod reminders;
mod scorecards;
mod serve;
mod settings;
mod startup;
mod trash;
mod window;

pub use serve::serve;

#[cfg(test)]
mod tests;

use casebook_core::Error;
use serde_json::Value;

use crate::state::AppState;

/// Declares the commands once: the window's handler, the list of names, and a dispatcher that
/// runs the store's commands by name.
///
/// The window's store commands go through the same dispatcher as the screen tests' real back
/// end (`--serve-commands`), so what the tests call is exactly what the window calls, and each
/// command's arguments and answer are (de)serialised by one piece of code instead of two: a
/// Tauri wrapper per command made the binary a megabyte larger. Tauri still checks each call
/// against the window's capabilities, by name, before it reaches the handler.
macro_rules! commands {
    (
        store { $($module:ident :: $name:ident ( $($arg:ident : $ty:ty),* );)* }
        desktop { $($dmodule:ident :: $dname:ident;)* }
    ) => {
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            let desktop: Box<dyn Fn(tauri::ipc::Invoke) -> bool + Send + Sync> =
                Box::new(tauri::generate_handler![$($dmodule::$dname,)*]);
            move |invoke| {
                const STORE: &[&str] = &[$(stringify!($name),)*];
                let command = invoke.message.command().to_string();
                if !STORE.contains(&command.as_str()) {
                    return desktop(invoke);
                }
                let args = match invoke.message.payload() {
                    tauri::ipc::InvokeBody::Json(args) => args.clone(),
                    tauri::ipc::InvokeBody::Raw(_) => Value::Null,
                };
                let app = tauri::Manager::app_handle(&invoke.message.webview()).clone();
                let resolver = invoke.resolver;
                // Off the main thread: a slow disk must not freeze the window.
                tauri::async_runtime::spawn_blocking(move || {
                    let answer = match tauri::Manager::try_state::<AppState>(&app) {
                        Some(state) => dispatch_while_checked(&state, &command, args, || {
                            tauri::Manager::try_state::<crate::app::Startup>(&app)
                                .is_some_and(|startup| startup.wait_checked())
                        }),
                        // A damaged file, not yet restored or copied: nothing to read.
                        None => Err(bad_call(&command, "the data is not open")),
                    };
                    match answer {
                        Ok(value) => resolver.resolve(value),
                        Err(error) => resolver.reject(error),
                    }
                });
                true
            }
        }

        /// Every command's name, as the window calls it.
        #[cfg_attr(not(test), allow(dead_code))]
        pub const COMMANDS: &[&str] = &[$(stringify!($name),)* $(stringify!($dname),)*];

        /// Runs a command that needs only the store, with its arguments as the window sends
        /// them (camelCase keys), answering as the window receives it.
        pub fn dispatch(
            state: &AppState,
            command: &str,
            args: Value,
        ) -> Result<Value, Value> {
            match command {
                $(stringify!($name) => {
                    #[derive(serde::Deserialize)]
                    #[serde(rename_all = "camelCase")]
                    struct Args { $($arg: $ty),* }
                    #[allow(unused_variables)]
                    let Args { $($arg),* } = serde_json::from_value(args)
                        .map_err(|e| bad_call(command, e))?;
                    answer($module::$name(state, $($arg),*))
                })*
                other => Err(bad_call(other, "not a command of the store")),
            }
        }
    };
}

commands! {
    store {
        home::home();
        home::overdue_page(offset: i64);
        home::overdue_total();
        home::search(query: String);
        companies::list_companies();
        companies::get_company(id: i64);
        companies::create_company(input: casebook_core::CompanyInput);
        companies::update_company(id: i64, input: casebook_core::CompanyInput);
        companies::list_agents(company_id: i64);
        companies::rename_agent(id: i64, input: casebook_core::AgentInput);
        companies::merge_agents(keep: i64, other: i64);
        cases::company_cases(company_id: i64, resolved: bool, from: usize, count: usize);
        cases::open_case(input: casebook_core::CaseInput);
        cases::update_case(id: i64, input: casebook_core::CaseInput);
        cases::case_file(id: i64, page: Option<casebook_core::TimelinePage>);
        cases::resolve_case(id: i64, outcome: casebook_core::Outcome, note: Option<String>, recovered: Option<String>);
        cases::reopen_case(id: i64);
        interactions::log_interaction(case_id: i64, input: casebook_core::InteractionInput);
        interactions::update_interaction(id: i64, input: casebook_core::InteractionInput);
        promises::update_promise(id: i64, input: casebook_core::PromiseInput);
        follow_ups::update_follow_up(id: i64, input: casebook_core::FollowUpInput);
        trash::delete_record(kind: casebook_core::RecordKind, id: i64);
        trash::list_trash();
        trash::restore(id: i64);
        trash::empty_trash();
        promises::add_promise(case_id: i64, input: casebook_core::PromiseInput);
        promises::set_promise_status(id: i64, status: casebook_core::PromiseStatus);
        follow_ups::add_follow_up(case_id: i64, input: casebook_core::FollowUpInput);
        follow_ups::set_follow_up_done(id: i64, done: bool);
        checks::check_company(input: casebook_core::CompanyInput);
        checks::check_case(input: casebook_core::CaseInput);
        checks::check_interaction(input: casebook_core::InteractionInput);
        checks::interaction_warnings(input: casebook_core::InteractionInput);
        checks::check_follow_up(input: casebook_core::FollowUpInput);
        checks::check_promise(input: casebook_core::PromiseInput);
        about::about();
        settings::get_settings();
        settings::set_language(language: Option<String>);
        settings::set_newest_first(newest_first: bool);
        settings::set_holiday_country(country: Option<String>);
        settings::set_your_name(name: Option<String>);
        calls::call_prep(case_id: i64);
        calls::read_back(input: casebook_core::InteractionInput);
        calls::log_call(case_id: i64, input: casebook_core::InteractionInput);
        calls::confirmation(interaction_id: i64);
        clocks::case_clocks(case_id: i64);
        clocks::set_case_jurisdiction(case_id: i64, country: Option<String>, sector: Option<casebook_core::clocks::Sector>);
        clocks::set_case_date(case_id: i64, event: casebook_core::clocks::StartEvent, day: Option<String>);
        clocks::remind_clock(case_id: i64, rule_id: String);
        ladder::next_step(case_id: i64);
        ladder::escalate_case(id: i64, level: casebook_core::Escalation);
        letters::letter(case_id: i64, kind: casebook_core::letters::LetterKind, lang: String);
        letters::save_letter(case_id: i64, kind: casebook_core::letters::LetterKind, lang: String);
        letters::attach_letter(case_id: i64, kind: casebook_core::letters::LetterKind, lang: String);
        attachments::attach_files(case_id: i64, interaction_id: Option<i64>, paths: Vec<String>);
        attachments::attach_bytes(case_id: i64, interaction_id: Option<i64>, name: String, data: String);
        attachments::attachment_preview(id: i64);
        attachments::remove_attachment(id: i64);
        scorecards::company_scorecard(company_id: i64);
        scorecards::record();
        exports::export_spreadsheet();
        exports::export_calendar();
        exports::make_dossier(case_id: i64, lang: String);
        settings::list_backups();
        settings::back_up_now();
        settings::restore_backup(path: String);
        drafts::save_draft(form: casebook_core::DraftForm, owner_id: i64, body: serde_json::Value);
        drafts::get_draft(form: casebook_core::DraftForm, owner_id: i64);
        drafts::discard_draft(form: casebook_core::DraftForm, owner_id: i64);
        reminders::snooze(kind: casebook_core::DueKind, id: i64, until: casebook_core::SnoozeUntil);
        reminders::get_reminder_time();
        reminders::set_reminder_time(time: String);
    }
    desktop {
        reminders::reminder_status;
        reminders::get_autostart;
        reminders::set_autostart;
        links::open_link;
        exports::open_export;
        about::open_data_folder;
        attachments::open_attachment;
        attachments::choose_files;
        startup::startup_problem;
        startup::restore_over_damaged;
        startup::open_damaged_copy;
        startup::window_painted;
        window::let_window_go;
    }
}

fn answer<T: serde::Serialize>(result: casebook_core::Result<T>) -> Result<Value, Value> {
    match result {
        Ok(value) => Ok(serde_json::to_value(value).expect("command results serialize")),
        Err(e) => Err(serde_json::to_value(e).expect("errors serialize")),
    }
}

/// Runs a store command. One that wanted to write while the data was still being checked at
/// start was refused by the store that only reads, and SQLite changed nothing: it runs again
/// once `writable` (which waits for the check) says the data is open for writing.
fn dispatch_while_checked(
    state: &AppState,
    command: &str,
    args: Value,
    writable: impl FnOnce() -> bool,
) -> Result<Value, Value> {
    match dispatch(state, command, args.clone()) {
        Err(e) if e.get("code").and_then(Value::as_str) == Some("read_only") && writable() => {
            dispatch(state, command, args)
        }
        answer => answer,
    }
}

/// A call the window could not have made: an unknown name or arguments of the wrong shape.
fn bad_call(command: &str, why: impl std::fmt::Display) -> Value {
    let e = Error::Conflict(format!("cannot call {command}: {why}"));
    serde_json::to_value(e).expect("errors serialize")
}

#[cfg(test)]
mod command_lists {
    use std::collections::BTreeSet;

    /// The commands are declared once (`commands!`), and named again in the capability and the
    /// window's calls; a name in one and not another is a command the window cannot call (no
    /// capability), or one it calls that does not exist.
    #[test]
    fn every_list_of_commands_names_the_same_commands() {
        // build.rs declares to Tauri what `commands!` lists, which is what COMMANDS holds.
        let declared: BTreeSet<String> = super::COMMANDS.iter().map(|c| c.to_string()).collect();
        let capability: serde_json::Value =
            serde_json::from_str(include_str!("../../capabilities/main.json")).unwrap();
        let allowed: BTreeSet<String> = capability["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
            .map(|name| name.replace('-', "_"))
            .collect();
        let api = include_str!("../../../ui/src/lib/api.ts");
        let called: BTreeSet<String> = api
            .split("call<")
            .skip(1)
            .filter_map(|rest| {
                let args = &rest[rest.find('(')? + 1..];
                let name = args.strip_prefix('\'')?;
                Some(name[..name.find('\'')?].to_string())
            })
            .collect();
        assert!(!declared.is_empty());
        assert_eq!(
            allowed, declared,
            "capabilities/main.json against commands!"
        );
        assert_eq!(called, declared, "ui/src/lib/api.ts against commands!");
    }
}
