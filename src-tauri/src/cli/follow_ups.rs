use casebook_core::{FollowUpInput, FollowUpKind, Result, Store};
use chrono::Utc;
use clap::Args;

use super::render::{self, Out};

#[derive(Args, Debug)]
pub struct FollowUpArgs {
    /// The case's id.
    case_id: i64,
    /// When to check back, like 2026-11-30 or 2026-11-30 09:00.
    date: String,
    /// What to do then.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

pub fn add(store: &mut Store, out: &Out, a: FollowUpArgs) -> Result<()> {
    let input = FollowUpInput {
        kind: FollowUpKind::FollowUp,
        note: a
            .note
            .unwrap_or_else(|| out.t("Check back", "다시 확인").to_string()),
        due: a.date,
    };
    let f = store.add_follow_up(a.case_id, &input, Utc::now())?;
    out.print(&f, || {
        format!(
            "{} #{}: {} ({})",
            out.t("Follow-up set", "후속 확인 설정됨"),
            f.id,
            f.note,
            render::due(f.due)
        )
    });
    Ok(())
}
