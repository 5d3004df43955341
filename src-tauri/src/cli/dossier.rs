//! `casebook dossier ID --out FILE.pdf`: the case laid out as a PDF to escalate with.

use std::path::PathBuf;

use casebook_core::dossier::Paper;
use casebook_core::{Language, Result, Store};
use chrono::{Local, Utc};
use clap::Args;

use super::render::Out;

#[derive(Args, Debug)]
pub struct DossierArgs {
    /// The case's id.
    id: i64,
    /// The PDF file to write.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// The dossier's language (default: Casebook's).
    #[arg(long, value_parser = ["en", "ko"])]
    lang: Option<String>,
    /// The paper size (default: the system's, Letter in North America, else A4).
    #[arg(long, value_parser = ["a4", "letter"])]
    paper: Option<String>,
}

pub fn dossier(store: &mut Store, out: &Out, a: DossierArgs) -> Result<()> {
    let lang = a.lang.as_deref().map_or(out.lang, Language::from_tag);
    let paper = match a.paper.as_deref() {
        Some("letter") => Paper::Letter,
        Some(_) => Paper::A4,
        None => Paper::system(),
    };
    let done = store.write_dossier(a.id, &a.out, lang, paper, Utc::now(), &Local)?;
    out.print(&done, || {
        out.fill("cli.dossier", &[("id", &a.id), ("file", &a.out.display())])
    });
    Ok(())
}
