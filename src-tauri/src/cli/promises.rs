use casebook_core::{FollowUpInput, FollowUpKind, PromiseStatus, Result, Store};
use chrono::{Local, Utc};
use clap::{Args, Subcommand};

use super::dates;
use super::output::{self, table, Out};

#[derive(Subcommand, Debug)]
pub enum PromiseCommand {
    /// List pending promises of open cases (only overdue ones with --overdue).
    #[command(after_help = "Example:\n  casebook promise list --overdue")]
    List {
        #[arg(long)]
        overdue: bool,
    },
    /// The company kept its promise.
    #[command(after_help = "Example:\n  casebook promise kept 7")]
    Kept { id: i64 },
    /// The company broke its promise.
    #[command(after_help = "Example:\n  casebook promise broken 7")]
    Broken { id: i64 },
    /// The promise no longer applies.
    #[command(after_help = "Example:\n  casebook promise withdrawn 7")]
    Withdrawn { id: i64 },
}

#[derive(Args, Debug)]
pub struct FollowUpArgs {
    /// The case's id.
    case_id: i64,
    /// When to check back, like 2026-11-30 or 2026-11-30T09:00.
    date: String,
    /// What to do then.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

pub fn run(store: &mut Store, out: &Out, command: PromiseCommand) -> Result<()> {
    let (id, status) = match command {
        PromiseCommand::List { overdue } => return list(store, out, overdue),
        PromiseCommand::Kept { id } => (id, PromiseStatus::Kept),
        PromiseCommand::Broken { id } => (id, PromiseStatus::Broken),
        PromiseCommand::Withdrawn { id } => (id, PromiseStatus::Withdrawn),
    };
    let p = store.set_promise_status(id, status, Utc::now())?;
    out.print(&p, || {
        format!(
            "{} #{}: {} — {}",
            out.t("Promise", "약속"),
            p.id,
            p.description,
            status.as_str()
        )
    });
    Ok(())
}

fn list(store: &Store, out: &Out, overdue_only: bool) -> Result<()> {
    let home = store.home(Utc::now(), Local::now().date_naive())?;
    let mut items: Vec<_> = home.overdue.iter().map(|i| (true, i)).collect();
    if !overdue_only {
        items.extend(home.due_soon.iter().map(|i| (false, i)));
    }
    items.retain(|(_, i)| i.kind == casebook_core::DueKind::Promise);
    let json: Vec<_> = items
        .iter()
        .map(|(late, i)| serde_json::json!({ "overdue": late, "promise": i }))
        .collect();
    out.print(&json, || {
        if items.is_empty() {
            return out
                .t("No pending promises due.", "기한이 다가온 약속이 없습니다.")
                .to_string();
        }
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|(late, i)| {
                vec![
                    i.id.to_string(),
                    output::due(i.due),
                    if *late {
                        out.t("overdue", "기한 지남")
                    } else {
                        ""
                    }
                    .to_string(),
                    i.company_name.clone(),
                    output::short(&i.text, 40),
                    i.agent_name.clone().unwrap_or_default(),
                    i.case_id.to_string(),
                ]
            })
            .collect();
        table(
            &[
                "ID",
                out.t("DUE", "기한"),
                "",
                out.t("COMPANY", "회사"),
                out.t("PROMISE", "약속"),
                out.t("AGENT", "상담원"),
                out.t("CASE", "사건"),
            ],
            &rows,
        )
    });
    Ok(())
}

pub fn follow_up(store: &mut Store, out: &Out, a: FollowUpArgs) -> Result<()> {
    let input = FollowUpInput {
        kind: FollowUpKind::FollowUp,
        note: a
            .note
            .unwrap_or_else(|| out.t("Check back", "다시 확인").to_string()),
        due: dates::to_core(&a.date),
    };
    let f = store.add_follow_up(a.case_id, &input, Utc::now())?;
    out.print(&f, || {
        format!(
            "{} #{}: {} ({})",
            out.t("Follow-up set", "후속 확인 설정됨"),
            f.id,
            f.note,
            output::due(f.due)
        )
    });
    Ok(())
}
