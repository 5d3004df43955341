//! Writes a large, realistic data folder for measuring the window on it (`make bench-app`,
//! `make bench-window`) and for the end-to-end test of long lists:
//!
//! - 100 companies, 10,000 cases, 100,000 interactions, half the cases resolved;
//! - "Hanbit Telecom" with 1,000 cases, one of which, "Internet down every evening", holds
//!   2,000 interactions;
//! - 500 overdue promises on open cases, every other promise kept or broken, and the
//!   reminders for what is already overdue marked as shown (as for someone who uses the app
//!   every day), so starting the app does not fire 500 notifications.
//!
//! Dates are relative to now, so the overdue promises are overdue whenever this runs.
//!
//!   cargo run --release -p casebook-core --example large_data -- DIR [--cases N]
//!
//! With `--cases N` (at least 1,000) only Hanbit Telecom's cases are certain; the rest scale.

use casebook_core::*;
use chrono::{DateTime, Duration, Local, Utc};

const COMPANIES: usize = 100;
const BIG_COMPANY_CASES: usize = 1_000;
const LONG_CASE_INTERACTIONS: i64 = 2_000;
const INTERACTIONS_PER_CASE: i64 = 10;
const OVERDUE_PROMISES: usize = 500;
/// One case in 50 (the newest) has had no contact yet: with the long case, 10,000 cases then
/// hold exactly 100,000 interactions.
const FRESH_SHARE: usize = 50;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: large_data DIR [--cases N]");
        std::process::exit(2);
    };
    let mut cases = 10_000;
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next().and_then(|n| n.parse().ok())) {
            ("--cases", Some(n)) if n >= BIG_COMPANY_CASES => cases = n,
            _ => {
                eprintln!("--cases takes a number of at least {BIG_COMPANY_CASES}");
                std::process::exit(2);
            }
        }
    }
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("the data folder can be made");
    let now = Utc::now();
    let store = generate(cases, now);
    store
        .backup_to(&dir.join(db::FILE_NAME))
        .expect("the data file can be written");
    println!("{}", dir.display());
}

/// Case `n` of `cases` opens this long before `now`: evenly over about a year, the last ones
/// late enough that all their contacts are in the past.
fn opened_at(n: usize, cases: usize, now: DateTime<Utc>) -> DateTime<Utc> {
    let year = Duration::days(365).num_minutes();
    now - Duration::days(30) - Duration::minutes(year * (cases - n) as i64 / cases as i64)
}

fn generate(cases: usize, now: DateTime<Utc>) -> Store {
    let mut s = Store::open_in_memory().expect("an in-memory store");
    let year_ago = now - Duration::days(400);
    let companies: Vec<i64> = (0..COMPANIES)
        .map(|n| {
            let input = CompanyInput {
                name: if n == 0 {
                    "Hanbit Telecom".into()
                } else {
                    format!("Company {n:03}")
                },
                phones: vec![format!("080-000-{n:04}")],
                ..Default::default()
            };
            s.create_company(&input, year_ago).unwrap().id
        })
        .collect();
    let fresh_from = cases - (cases / FRESH_SHARE - 1);
    let mut pending = Vec::new();
    for n in 0..cases {
        // Hanbit Telecom's 1,000 cases come first; the rest share the other companies.
        let company_id = if n < BIG_COMPANY_CASES {
            companies[0]
        } else {
            companies[1 + (n - BIG_COMPANY_CASES) % (COMPANIES - 1)]
        };
        let opened = opened_at(n, cases, now);
        let long = n == 0;
        let input = CaseInput {
            company_id,
            title: if long {
                "Internet down every evening".into()
            } else {
                format!("Case {n}: refund for order {}", 70_000 + n)
            },
            description: Some("A description of the problem, a few sentences long.".into()),
            desired_outcome: Some("Full refund to my card".into()),
            amount: Some(format!("{}000", 10 + n % 90)),
            currency: Some("KRW".into()),
            identifiers: vec![],
            escalation: Escalation::Agent,
            opened_on: None,
        };
        let case = s.open_case(&input, opened).unwrap();
        let (count, step) = match (long, n >= fresh_from) {
            (true, _) => (LONG_CASE_INTERACTIONS, Duration::hours(4)),
            (false, true) => (0, Duration::days(1)),
            (false, false) => (INTERACTIONS_PER_CASE, Duration::days(1)),
        };
        for m in 0..count {
            let when = opened + step * m as i32;
            let input = InteractionInput {
                occurred_at: when.to_rfc3339(),
                channel: if m % 4 == 3 {
                    Channel::Chat
                } else {
                    Channel::Phone
                },
                direction: Direction::Outbound,
                agent: AgentInput {
                    name: Some(format!("Agent {}", m % 7)),
                    code: Some(format!("{}", 1000 + m % 7)),
                    department: None,
                },
                reference: Some(format!("REF-{n}-{m}")),
                duration_min: Some("12".into()),
                hold_min: Some("3".into()),
                // Half the notes are in Korean, as a Korean household writes them.
                notes: Some(if m % 2 == 0 {
                    "Spoke about the refund; they said it is being processed.".into()
                } else {
                    format!(
                        "상담원이 환불을 처리 중이라고 했습니다. 주문번호 {}",
                        70_000 + n
                    )
                }),
                summary: None,
                promise: (m % 5 == 0).then(|| PromiseInput {
                    description: "Refund to my card".into(),
                    due: (when + Duration::days(3)).date_naive().to_string(),
                    made_by: None,
                }),
            };
            s.log_interaction(case.id, &input, when).unwrap();
        }
        // Half the cases are settled; the long one is still going.
        let open = long || n % 2 == 1;
        if !open {
            s.resolve_case(
                case.id,
                Outcome::GotIt,
                None,
                None,
                opened + Duration::days(20),
            )
            .unwrap();
        }
        let promises = s.promises(case.id).unwrap();
        // The first open cases' last promises stay pending, and so overdue.
        let keep_pending = open && !long && pending.len() < OVERDUE_PROMISES;
        for (i, p) in promises.iter().enumerate() {
            if keep_pending && i + 1 == promises.len() {
                pending.push(p.id);
                continue;
            }
            let status = if (n + i) % 2 == 0 {
                PromiseStatus::Kept
            } else {
                PromiseStatus::Broken
            };
            s.set_promise_status(p.id, status, now - Duration::days(1))
                .unwrap();
        }
    }
    eprintln!("{cases} cases, {} overdue promises", pending.len());
    let shown = s.due_reminders(now, &Local).unwrap();
    s.mark_fired(&shown, now).unwrap();
    s
}
