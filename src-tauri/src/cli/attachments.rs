//! `casebook attach CASE_ID FILE...`: evidence copied into the case file.

use std::path::PathBuf;

use casebook_core::attachment::AttachTo;
use casebook_core::{Result, Store};
use chrono::Utc;
use clap::Args;

use super::render::Out;

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// The case's id.
    case_id: i64,
    /// The files to attach (each up to 200 MB).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Attach them to this contact of the case instead of the case itself.
    #[arg(long, value_name = "ID")]
    interaction: Option<i64>,
    /// A word about what the files show.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

pub fn attach(store: &mut Store, out: &Out, a: AttachArgs) -> Result<()> {
    let to = AttachTo {
        case_id: a.case_id,
        interaction_id: a.interaction,
        note: a.note,
    };
    let attached = store.attach_files(&to, &a.files, Utc::now())?;
    out.print(&attached, || {
        attached
            .iter()
            .map(|x| {
                out.fill(
                    "cli.attached",
                    &[
                        ("name", &x.name),
                        ("case", &x.case_id),
                        ("sha256", &x.sha256),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}
