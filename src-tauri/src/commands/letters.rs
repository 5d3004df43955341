//! Letters written from a case: shown to copy, or saved as a text file. Never sent.

use casebook_core::letters::{Letter, LetterKind};
use casebook_core::{Error, Language, Result};
use chrono::{Local, Utc};

use crate::state::AppState;

fn language(tag: &str) -> Language {
    Language::from_tag(tag)
}

pub fn letter(state: &AppState, case_id: i64, kind: LetterKind, lang: String) -> Result<Letter> {
    state
        .store()
        .letter(case_id, kind, language(&lang), Utc::now(), &Local)
}

/// Saves the letter as a text file in the `letters` folder beside the data; answers its path.
pub fn save_letter(
    state: &AppState,
    case_id: i64,
    kind: LetterKind,
    lang: String,
) -> Result<String> {
    let store = state.store();
    let letter = store.letter(case_id, kind, language(&lang), Utc::now(), &Local)?;
    let folder = store
        .templates_folder()
        .and_then(|t| t.parent().map(|p| p.join("letters")))
        .ok_or_else(|| Error::Conflict("a database in memory has no folder".into()))?;
    std::fs::create_dir_all(&folder)?;
    // A letter saved before (and perhaps edited since) is never written over.
    let stem = format!("case-{case_id}-{}-{}", kind.as_str(), letter.language.tag());
    let path = (1..)
        .map(|n| match n {
            1 => folder.join(format!("{stem}.txt")),
            n => folder.join(format!("{stem}-{n}.txt")),
        })
        .find(|p| !p.exists())
        .expect("an unused name");
    std::fs::write(&path, format!("{}\n\n{}", letter.subject, letter.body))?;
    Ok(path.to_string_lossy().into_owned())
}

/// Keeps the letter among the case's attachments, so the dossier lists it.
pub fn attach_letter(
    state: &AppState,
    case_id: i64,
    kind: LetterKind,
    lang: String,
) -> Result<casebook_core::attachment::Attachment> {
    state
        .store()
        .attach_letter(case_id, kind, language(&lang), Utc::now(), &Local)
}
