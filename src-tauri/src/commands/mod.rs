//! The commands the window calls, one module per domain, each a few lines over core.
//!
//! They run on Tauri's blocking pool (`async`), never on the main thread, so a slow disk
//! cannot freeze the window. Errors reach the UI as core's `{code, message, ...}`.

mod cases;
mod companies;
mod follow_ups;
mod home;
mod interactions;
mod promises;
mod reminders;
mod settings;

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        home::home,
        companies::list_companies,
        companies::get_company,
        companies::create_company,
        companies::update_company,
        companies::list_agents,
        cases::company_cases,
        cases::open_case,
        cases::update_case,
        cases::case_file,
        cases::resolve_case,
        cases::reopen_case,
        interactions::log_interaction,
        promises::add_promise,
        promises::set_promise_status,
        follow_ups::add_follow_up,
        follow_ups::set_follow_up_done,
        settings::get_settings,
        settings::set_language,
        reminders::reminder_status,
        reminders::snooze,
        reminders::get_reminder_time,
        reminders::set_reminder_time,
        reminders::get_autostart,
        reminders::set_autostart,
    ]
}
