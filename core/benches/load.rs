//! How long the main screens take to load from core on a large, realistic database:
//! 10,000 cases and 100,000 interactions across 100 companies (home, a company's cases, a case
//! file, and the Record comparing every company); how long a search takes on it,
//! in Korean and English; and how much the search index adds to the file.
//!
//! Run with `cargo bench -p casebook-core`; the figures are written down in the README.

use casebook_core::*;
use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};

const COMPANIES: i64 = 100;
const CASES: i64 = 10_000;
const INTERACTIONS_PER_CASE: i64 = 10;

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 1, 1, 9, 0, 0).unwrap()
}

/// Builds the data in memory (fast), then copies it to a file and opens that, so the reads
/// measured are the ones the app does: a WAL file with the real indexes.
fn generated(dir: &std::path::Path) -> (Store, i64, i64) {
    let mut s = Store::open_in_memory().unwrap();
    let mut companies = Vec::new();
    for n in 0..COMPANIES {
        let input = CompanyInput {
            name: format!("Company {n:03}"),
            phones: vec![format!("080-000-{n:04}")],
            ..Default::default()
        };
        companies.push(s.create_company(&input, start()).unwrap().id);
    }
    let mut some_case = 0;
    for n in 0..CASES {
        let company_id = companies[(n % COMPANIES) as usize];
        let opened = start() + Duration::hours(n);
        let input = CaseInput {
            company_id,
            title: format!("Case {n}: refund for order {n}"),
            description: Some("A description of the problem, a few sentences long.".into()),
            desired_outcome: Some("Full refund to my card".into()),
            amount: Some(format!("{}.50", n % 500)),
            currency: Some("USD".into()),
            identifiers: vec![],
            escalation: Escalation::Agent,
            opened_on: None,
        };
        let k = s.open_case(&input, opened).unwrap();
        some_case = k.id;
        for m in 0..INTERACTIONS_PER_CASE {
            let when = opened + Duration::days(m);
            let promise = (m % 3 == 0).then(|| PromiseInput {
                description: "Refund".into(),
                due: (when + Duration::days(5)).date_naive().to_string(),
                made_by: None,
            });
            let input = InteractionInput {
                occurred_at: when.to_rfc3339(),
                channel: Channel::Phone,
                direction: Direction::Outbound,
                agent: AgentInput {
                    name: Some(format!("Agent {}", m % 7)),
                    code: Some(format!("{}", 1000 + m % 7)),
                    department: None,
                },
                reference: Some(format!("REF-{n}-{m}")),
                duration_min: Some("12".into()),
                hold_min: Some("3".into()),
                // Half the notes are written in Korean, as a Korean household writes them.
                notes: Some(if m % 2 == 0 {
                    "Spoke about the refund; they said it is being processed.".into()
                } else {
                    format!(
                        "상담원이 환불을 처리 중이라고 했습니다. 주문번호 {}",
                        70_000 + n
                    )
                }),
                summary: None,
                promise,
            };
            s.log_interaction(k.id, &input, when).unwrap();
        }
        // Half the cases are settled, as in a user's real history.
        if n % 2 == 0 {
            s.resolve_case(
                k.id,
                Outcome::GotIt,
                None,
                Some("10.50"),
                opened + Duration::days(20),
            )
            .unwrap();
        }
    }
    s.backup_to(&dir.join(db::FILE_NAME)).unwrap();
    (Store::open_in(dir).unwrap(), companies[7], some_case)
}

fn screens(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (store, company_id, case_id) = generated(dir.path());
    let now = start() + Duration::hours(CASES / 2);
    let today = now.date_naive();

    c.bench_function("home screen", |b| {
        b.iter(|| store.home(now, today).unwrap())
    });
    c.bench_function("company case list (100 cases)", |b| {
        b.iter(|| store.company_cases(company_id).unwrap())
    });
    c.bench_function("case file (10 interactions)", |b| {
        b.iter(|| store.case_file(case_id).unwrap())
    });
    c.bench_function("Record screen (100 companies, 12 months)", |b| {
        b.iter(|| store.record(now).unwrap())
    });

    // Searches a user makes: a reference fragment, a Korean word with its particle in the
    // notes, an English word, an agent's ID, an order number, a company, a two-letter query
    // (no trigram: LIKE), and a word that is nowhere.
    for (label, query) in [
        ("reference fragment", "REF-4321-"),
        ("Korean word", "환불"),
        ("Korean word, 3 letters", "상담원"),
        ("English word", "processed"),
        ("agent ID", "1003"),
        ("order number", "75123"),
        ("company", "Company 042"),
        ("two letters", "환불"),
        ("nowhere", "zebra crossing"),
    ] {
        c.bench_function(&format!("search: {label} ({query})"), |b| {
            b.iter(|| store.search(query).unwrap())
        });
    }
    index_size(dir.path());
}

/// The database file with and without the search index, compacted both times, written out
/// with the benchmark's figures.
fn index_size(dir: &std::path::Path) {
    let with = dir.join("with.sqlite3");
    let without = dir.join("without.sqlite3");
    let conn = rusqlite::Connection::open(dir.join(db::FILE_NAME)).unwrap();
    conn.execute("VACUUM INTO ?1", [with.to_str().unwrap()])
        .unwrap();
    let copy = rusqlite::Connection::open(&with).unwrap();
    copy.execute_batch("DROP TABLE search_index; DROP VIEW case_search_text;")
        .unwrap();
    copy.execute("VACUUM INTO ?1", [without.to_str().unwrap()])
        .unwrap();
    drop(copy);
    let size = |p: &std::path::Path| std::fs::metadata(p).unwrap().len() as f64 / 1_048_576.0;
    let (a, b) = (size(&with), size(&without));
    println!(
        "database size: {a:.1} MiB with the search index, {b:.1} MiB without ({:.2}x)",
        a / b
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = screens
}
criterion_main!(benches);
