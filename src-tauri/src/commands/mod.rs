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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// The quoted or listed names between `start` and the next `end` in `text`.
    fn section<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
        let from = text.find(start).expect("section start") + start.len();
        let len = text[from..].find(end).expect("section end");
        &text[from..from + len]
    }

    fn quoted(text: &str) -> BTreeSet<String> {
        text.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }

    /// The commands are named in four places; a name in one and not another is a command the
    /// window cannot call (no capability), or one it calls that does not exist.
    #[test]
    fn every_list_of_commands_names_the_same_commands() {
        let declared = quoted(section(
            include_str!("../../build.rs"),
            "const COMMANDS: &[&str] = &[",
            "];",
        ));
        let handled: BTreeSet<String> =
            section(include_str!("mod.rs"), "tauri::generate_handler![", "]")
                .split(',')
                .filter_map(|path| path.trim().rsplit("::").next())
                .filter(|name| !name.is_empty())
                .map(str::to_string)
                .collect();
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
        assert_eq!(handled, declared, "commands/mod.rs against build.rs");
        assert_eq!(allowed, declared, "capabilities/main.json against build.rs");
        assert_eq!(called, declared, "ui/src/lib/api.ts against build.rs");
    }
}
