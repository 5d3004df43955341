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
        note: a.note.unwrap_or_else(|| out.t("cli.followUp.defaultNote")),
        due: a.date,
    };
    let f = store.add_follow_up(a.case_id, &input, Utc::now())?;
    out.print(&f, || {
        out.fill(
            "cli.followUp.set",
            &[
                ("id", &f.id),
                ("note", &f.note),
                ("due", &render::due(f.due)),
            ],
        )
    });
    Ok(())
}
