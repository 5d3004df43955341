//! Every store command, called by name with the arguments the window sends, against a real
//! temporary database: its answer when all is well, and one refusal.

use casebook_core::Store;
use serde_json::{json, Value};

use super::{dispatch, dispatch_while_checked, COMMANDS};
use crate::state::AppState;

struct Window {
    state: AppState,
    _dir: tempfile::TempDir,
}

impl Window {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(Store::open_in(dir.path()).unwrap());
        Window { state, _dir: dir }
    }

    fn ok(&self, command: &str, args: Value) -> Value {
        dispatch(&self.state, command, args)
            .unwrap_or_else(|e| panic!("{command} was refused: {e}"))
    }

    fn err(&self, command: &str, args: Value) -> Value {
        match dispatch(&self.state, command, args) {
            Ok(v) => panic!("{command} should have been refused, answered {v}"),
            Err(e) => e,
        }
    }
}

const DESKTOP: &[&str] = &[
    "reminder_status",
    "get_autostart",
    "set_autostart",
    "open_link",
    "open_export",
    "open_data_folder",
    "open_attachment",
    "choose_files",
    "startup_problem",
    "restore_over_damaged",
    "open_damaged_copy",
    "window_painted",
    "let_window_go",
];

#[test]
fn every_command_but_the_desktops_own_runs_by_name() {
    let w = Window::new();
    for command in COMMANDS.iter().filter(|c| !DESKTOP.contains(c)) {
        // Called with no arguments, a command either answers or says which one is missing;
        // never that it does not exist.
        if let Err(e) = dispatch(&w.state, command, json!({})) {
            let message = e["message"].as_str().unwrap();
            assert!(!message.contains("not a command"), "{command}: {message}");
        }
    }
    let unknown = w.err("drop_everything", json!({}));
    assert_eq!(
        unknown["message"],
        "cannot call drop_everything: not a command of the store"
    );
}

#[test]
fn companies_are_added_listed_edited_and_refused_with_every_problem() {
    let w = Window::new();
    let acme = w.ok(
        "create_company",
        json!({"input": {"name": " Acme Telecom ", "phones": ["080-123-4567", " "]}}),
    );
    assert_eq!(acme["name"], "Acme Telecom");
    assert_eq!(acme["phones"], json!(["080-123-4567"]));
    let id = acme["id"].clone();
    assert_eq!(
        w.ok("get_company", json!({"id": id}))["name"],
        "Acme Telecom"
    );
    let list = w.ok("list_companies", json!({}));
    assert_eq!(list[0]["open_cases"], 0);
    let renamed = w.ok(
        "update_company",
        json!({"id": id, "input": {"name": "Acme"}}),
    );
    assert_eq!(renamed["name"], "Acme");
    assert_eq!(w.ok("list_agents", json!({"companyId": id})), json!([]));

    let refused = w.err(
        "create_company",
        json!({"input": {"name": "acme", "website": "x".repeat(201)}}),
    );
    assert_eq!(refused["code"], "invalid");
    assert_eq!(
        refused["problems"],
        json!([{"field": "website", "rule": "too_long", "limit": 200, "key": "rule.too_long"}])
    );
    let duplicate = w.err("create_company", json!({"input": {"name": "ACME"}}));
    assert_eq!(duplicate["problems"][0]["rule"], "duplicate");
    assert_eq!(w.err("get_company", json!({"id": 99}))["code"], "not_found");
    assert_eq!(
        w.ok("check_company", json!({"input": {"name": " "}})),
        json!([{"field": "name", "rule": "empty", "limit": null, "key": "rule.empty"}])
    );
}

/// A company with one case, as the window makes them.
fn acme_case(w: &Window) -> (Value, Value) {
    let company = w.ok("create_company", json!({"input": {"name": "Acme Telecom"}}))["id"].clone();
    let case = w.ok(
        "open_case",
        json!({"input": {"company_id": company, "title": "Refund never came",
                         "amount": "30,000", "currency": "krw"}}),
    )["id"]
        .clone();
    (company, case)
}

#[test]
fn cases_open_resolve_reopen_and_refuse_bad_money() {
    let w = Window::new();
    let (company, case) = acme_case(&w);
    let listed = w.ok(
        "company_cases",
        json!({"companyId": company, "resolved": false, "from": 0, "count": 50}),
    );
    assert_eq!((&listed["listed"], &listed["open"]), (&json!(1), &json!(1)));
    assert_eq!(
        listed["cases"][0]["money"],
        json!({"amount": "30000", "currency": "KRW"})
    );
    let edited = w.ok(
        "update_case",
        json!({"id": case, "input": {"company_id": company, "title": "Refund of 30,000 won"}}),
    );
    assert_eq!(edited["title"], "Refund of 30,000 won");
    let resolved = w.ok(
        "resolve_case",
        json!({"id": case, "outcome": "got_it", "note": "Paid on the 30th"}),
    );
    assert_eq!(resolved["status"], "resolved");
    assert_eq!(resolved["outcome"], "got_it");
    assert_eq!(w.ok("reopen_case", json!({"id": case}))["status"], "open");
    assert_eq!(w.ok("case_file", json!({"id": case}))["case"]["id"], case);

    let refused = w.err(
        "open_case",
        json!({"input": {"company_id": company, "title": "", "amount": "100.5", "currency": "KRW"}}),
    );
    assert_eq!(
        refused["problems"],
        json!([
            {"field": "title", "rule": "empty", "limit": null, "key": "rule.empty"},
            {"field": "amount", "rule": "too_precise", "limit": 0, "key": "rule.too_precise.whole"},
        ])
    );
    assert_eq!(
        w.err("resolve_case", json!({"id": case, "outcome": "ceo"}))["message"]
            .as_str()
            .unwrap()
            .split(':')
            .next(),
        Some("cannot call resolve_case")
    );
    assert_eq!(
        w.ok(
            "check_case",
            json!({"input": {"company_id": company, "title": "x"}})
        ),
        json!([])
    );
}

#[test]
fn contacts_promises_and_follow_ups_are_logged_and_settled() {
    let w = Window::new();
    let (_, case) = acme_case(&w);
    let call = json!({
        "occurred_at": "2026-11-18 10:00", "channel": "phone",
        "agent": {"name": "Jane", "code": "4471"}, "reference": "ABC-123",
        "promise": {"description": "Refund to card", "due": "2026-11-30"}
    });
    let logged = w.ok("log_interaction", json!({"caseId": case, "input": call}));
    assert_eq!(logged["agent"]["name"], "Jane");
    assert_eq!(logged["reference"], "ABC-123");
    let file = w.ok("case_file", json!({"id": case}));
    let promise = file["promises"][0]["id"].clone();
    assert_eq!(
        file["promises"][0]["due"],
        json!({"kind": "date", "date": "2026-11-30"})
    );
    let kept = w.ok(
        "set_promise_status",
        json!({"id": promise, "status": "kept"}),
    );
    assert_eq!(kept["status"], "kept");
    let added = w.ok(
        "add_promise",
        json!({"caseId": case, "input": {"description": "Call back", "due": "2026-12-01"}}),
    );
    assert_eq!(added["status"], "pending");

    let follow_up = w.ok(
        "add_follow_up",
        json!({"caseId": case, "input": {"note": "Call again", "due": "2026-12-02"}}),
    );
    assert_eq!(follow_up["kind"], "follow_up");
    let done = w.ok(
        "set_follow_up_done",
        json!({"id": follow_up["id"], "done": true}),
    );
    assert!(done["done_at"].is_string());

    let refused = w.err(
        "log_interaction",
        json!({"caseId": case, "input": {"occurred_at": "last Tuesday", "channel": "phone",
                                         "hold_min": "-3"}}),
    );
    assert_eq!(refused["problems"][0]["field"], "occurred_at");
    assert_eq!(refused["problems"][1]["field"], "hold_min");
    assert_eq!(
        w.ok(
            "check_interaction",
            json!({"input": {"occurred_at": "", "channel": "email"}})
        )[0]["rule"],
        "empty"
    );
    assert_eq!(
        w.ok(
            "check_follow_up",
            json!({"input": {"note": "x", "due": "2026-02-30"}})
        )[0]["field"],
        "follow_up_due"
    );
    assert_eq!(
        w.err("set_follow_up_done", json!({"id": 99, "done": true}))["code"],
        "not_found"
    );
    let home = w.ok("home", json!({}));
    assert_eq!(home["companies"][0]["open_cases"], 1);
    assert_eq!(home["company_count"], 1);
}

#[test]
fn settings_reminder_time_and_snooze() {
    let w = Window::new();
    // Nothing saved: the system's language, as core detects it.
    let system = casebook_core::Language::detect(None).tag();
    let region = casebook_core::business_days::system_country();
    assert_eq!(
        w.ok("get_settings", json!({})),
        json!({"language": null, "speaking": system, "newest_first": false,
               "holiday_country": region, "your_name": null})
    );
    assert_eq!(
        w.ok("set_language", json!({"language": "ko"})),
        json!({"language": "ko", "speaking": "ko", "newest_first": false,
               "holiday_country": region, "your_name": null})
    );
    assert_eq!(
        w.ok("set_holiday_country", json!({"country": "de"}))["holiday_country"],
        "DE"
    );
    assert_eq!(
        w.err("set_holiday_country", json!({"country": "XX"}))["problems"][0]["field"],
        "holiday_country"
    );
    assert_eq!(
        w.ok("set_newest_first", json!({"newestFirst": true}))["newest_first"],
        true
    );
    assert_eq!(w.ok("get_settings", json!({}))["newest_first"], true);
    assert_eq!(
        w.err("set_language", json!({"language": "fr"}))["problems"][0]["rule"],
        "not_allowed"
    );
    assert_eq!(w.ok("get_reminder_time", json!({})), "09:00");
    assert_eq!(w.ok("set_reminder_time", json!({"time": "8:05"})), "08:05");
    assert_eq!(
        w.err("set_reminder_time", json!({"time": "25:00"}))["problems"][0]["field"],
        "reminder_time"
    );

    let (_, case) = acme_case(&w);
    // A half-typed contact is kept, and goes when the contact is logged.
    let typed = json!({"notes": "Said the refund left Friday"});
    w.ok(
        "save_draft",
        json!({"form": "contact", "ownerId": case, "body": typed}),
    );
    assert_eq!(
        w.ok("get_draft", json!({"form": "contact", "ownerId": case}))["body"],
        typed
    );
    w.ok("log_interaction", json!({"caseId": case, "input": {"occurred_at": "2026-11-20", "channel": "phone", "notes": "Said the refund left Friday"}}));
    assert_eq!(
        w.ok("get_draft", json!({"form": "contact", "ownerId": case})),
        json!(null)
    );
    let f = w.ok(
        "add_follow_up",
        json!({"caseId": case, "input": {"note": "Call again", "due": "2026-12-02"}}),
    );
    let until = w.ok(
        "snooze",
        json!({"kind": "follow_up", "id": f["id"], "until": {"kind": "hour"}}),
    );
    let at = chrono::DateTime::parse_from_rfc3339(until.as_str().unwrap()).unwrap();
    let minutes = (at.to_utc() - chrono::Utc::now()).num_minutes();
    assert!(
        (58..=60).contains(&minutes),
        "an hour from now, was {minutes} minutes"
    );
    let past = w.err(
        "snooze",
        json!({"kind": "follow_up", "id": f["id"], "until": {"kind": "typed", "text": "2020-01-01"}}),
    );
    assert_eq!(past["problems"][0]["rule"], "past");
}

#[test]
fn corrections_deletes_and_restores() {
    let w = Window::new();
    let acme = w.ok("create_company", json!({"input": {"name": "Acme"}}));
    let case = w.ok(
        "open_case",
        json!({"input": {"company_id": acme["id"], "title": "Refund"}}),
    );
    let logged = w.ok(
        "log_interaction",
        json!({"caseId": case["id"], "input": {"occurred_at": "2026-11-17T10:00:00Z",
            "channel": "phone", "direction": "outbound", "agent": {"name": "Jane"}}}),
    );
    let fixed = w.ok(
        "update_interaction",
        json!({"id": logged["id"], "input": {"occurred_at": "2026-11-17T11:00:00Z",
            "channel": "chat", "direction": "outbound", "agent": {"name": "Jane"},
            "reference": "ABC-124"}}),
    );
    assert_eq!(
        (&fixed["channel"], &fixed["reference"]),
        (&json!("chat"), &json!("ABC-124"))
    );
    let promise = w.ok(
        "add_promise",
        json!({"caseId": case["id"], "input": {"description": "Refund", "due": "2026-11-30"}}),
    );
    let moved = w.ok(
        "update_promise",
        json!({"id": promise["id"], "input": {"description": "Refund", "due": "2026-12-05"}}),
    );
    assert_eq!(moved["due"], json!({"kind": "date", "date": "2026-12-05"}));
    assert_eq!(
        w.err(
            "update_promise",
            json!({"id": promise["id"], "input": {"description": "", "due": "soon"}})
        )["problems"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let follow_up = w.ok(
        "add_follow_up",
        json!({"caseId": case["id"], "input": {"kind": "follow_up", "note": "Call", "due": "2026-11-30"}}),
    );
    let later = w.ok(
        "update_follow_up",
        json!({"id": follow_up["id"], "input": {"kind": "follow_up", "note": "Call again", "due": "2026-12-01"}}),
    );
    assert_eq!(later["note"], "Call again");

    let gone = w.ok("delete_record", json!({"kind": "case", "id": case["id"]}));
    assert_eq!(
        (
            &gone["kind"],
            &gone["label"],
            &gone["interactions"],
            &gone["promises"]
        ),
        (&json!("case"), &json!("Refund"), &json!(1), &json!(1))
    );
    assert_eq!(
        w.err("case_file", json!({"id": case["id"]}))["code"],
        "not_found"
    );
    assert_eq!(w.ok("list_trash", json!({})).as_array().unwrap().len(), 1);
    let back = w.ok("restore", json!({"id": gone["id"]}));
    assert_eq!(back["case_id"], case["id"]);
    assert_eq!(
        w.ok("case_file", json!({"id": case["id"]}))["interactions"][0]["reference"],
        "ABC-124"
    );
    assert_eq!(
        w.err("restore", json!({"id": gone["id"]}))["code"],
        "not_found"
    );
    w.ok(
        "delete_record",
        json!({"kind": "promise", "id": promise["id"]}),
    );
    assert_eq!(w.ok("empty_trash", json!({})), json!(1));
    assert_eq!(
        w.err("delete_record", json!({"kind": "comet", "id": 1}))["code"],
        "conflict"
    );
}

#[test]
fn a_saved_letter_is_never_written_over() {
    let w = Window::new();
    let (_, case) = acme_case(&w);
    let args = json!({"caseId": case, "kind": "complaint", "lang": "en"});
    let first = w.ok("save_letter", args.clone());
    let first = first.as_str().unwrap();
    assert!(
        first.ends_with("letters/case-1-complaint-en.txt"),
        "{first}"
    );
    std::fs::write(first, "my own edits").unwrap();
    let second = w.ok("save_letter", args);
    assert!(second
        .as_str()
        .unwrap()
        .ends_with("letters/case-1-complaint-en-2.txt"));
    assert_eq!(std::fs::read_to_string(first).unwrap(), "my own edits");
    let letter = w.ok(
        "letter",
        json!({"caseId": case, "kind": "escalate", "lang": "ko"}),
    );
    assert_eq!(letter["subject"], "상급자 이관 요청: Refund never came");
}

#[test]
fn a_change_asked_for_while_the_data_is_checked_at_start_is_made_once_it_passed() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open_in(dir.path()).unwrap());
    let reader = || Store::open_for_reading(dir.path()).unwrap().unwrap();
    let add = json!({ "input": { "name": "Acme Telecom" } });

    // The check passes: the store that writes takes over and the same command runs on it.
    let state = AppState::new(reader());
    let made = dispatch_while_checked(&state, "create_company", add.clone(), || {
        *state.store() = Store::open_in(dir.path()).unwrap();
        true
    })
    .unwrap();
    assert_eq!(made["name"], "Acme Telecom");
    assert_eq!(state.store().companies().unwrap().len(), 1);

    // The check fails (damaged data): the refusal stands and nothing was written.
    let state = AppState::new(reader());
    let refused = dispatch_while_checked(&state, "create_company", add, || false).unwrap_err();
    assert_eq!(refused["code"], "read_only");
    assert_eq!(
        Store::open_in(dir.path())
            .unwrap()
            .companies()
            .unwrap()
            .len(),
        1
    );
}
