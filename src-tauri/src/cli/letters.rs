//! `casebook letter ID KIND`: a letter written from a case, to copy or save. Never sent.

use std::path::PathBuf;

use casebook_core::letters::LetterKind;
use casebook_core::{Language, Result, Store};
use chrono::{Local, Utc};
use clap::Args;

use super::render::{choice, Out};

#[derive(Args, Debug)]
pub struct LetterArgs {
    /// The case's id.
    id: i64,
    #[arg(value_parser = choice(LetterKind::ALL, LetterKind::as_str))]
    kind: LetterKind,
    /// The letter's language (default: Casebook's).
    #[arg(long, value_parser = ["en", "ko"])]
    lang: Option<String>,
    /// Write it to this file instead of printing it.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn letter(store: &mut Store, out: &Out, a: LetterArgs) -> Result<()> {
    let lang = a.lang.as_deref().map_or(out.lang, Language::from_tag);
    let letter = store.letter(a.id, a.kind, lang, Utc::now(), &Local)?;
    let text = format!("{}\n\n{}", letter.subject, letter.body);
    match a.out {
        Some(path) => {
            std::fs::write(&path, &text)?;
            out.print(&letter, || {
                out.fill("letters.saved", &[("path", &path.display())])
            });
        }
        None => out.print(&letter, || text.clone()),
    }
    Ok(())
}
