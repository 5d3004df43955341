// Declaring the app's commands makes each one need a capability (capabilities/main.json), so
// the window can call exactly these and nothing else.
const COMMANDS: &[&str] = &[
    "home",
    "list_companies",
    "get_company",
    "create_company",
    "update_company",
    "list_agents",
    "company_cases",
    "open_case",
    "update_case",
    "case_file",
    "resolve_case",
    "reopen_case",
    "log_interaction",
    "add_promise",
    "set_promise_status",
    "add_follow_up",
    "set_follow_up_done",
    "get_settings",
    "set_language",
    "reminder_status",
    "snooze",
    "get_reminder_time",
    "set_reminder_time",
    "get_autostart",
    "set_autostart",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build configuration");
}
