//! Search: finding a case by anything the user remembers about it.
//!
//! The index (migration 0006) holds one row per case and is kept in step by triggers, so every
//! write updates it in its own transaction. What the user types is always data: it is matched
//! as one quoted phrase (or with LIKE, escaped), never read as query syntax.

use serde::{Deserialize, Serialize};

use crate::case::Status;
use crate::db::Store;
use crate::error::Result;

/// The most results one search returns: more is a sign the query should be longer.
pub const RESULTS_MAX: usize = 50;
/// How many of the best matches are put in order; a query matching more is too common a word
/// to need the rest.
const CANDIDATES: usize = 200;
/// The longest query read; the rest of a pasted page is ignored.
pub const QUERY_MAX: usize = 200;
/// Characters of context on each side of a match in a snippet.
const CONTEXT: usize = 60;
/// The trigram index matches runs of at least this many characters.
const TRIGRAM: usize = 3;

/// A piece of a snippet: the text around a match, or the match itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One case found, with the line where the query matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct SearchHit {
    #[ts(type = "number")]
    pub case_id: i64,
    pub case_title: String,
    #[ts(type = "number")]
    pub company_id: i64,
    pub company_name: String,
    pub status: Status,
    /// Where the query matched, cut to a line of context, the match marked.
    pub snippet: Vec<SnippetPart>,
}

/// The text as FTS5 reads one phrase: in double quotes, with its own quotes doubled. Inside a
/// phrase, `*`, `NEAR(`, `OR`, `(` and `^` are only characters.
fn phrase(query: &str) -> String {
    format!("\"{}\"", query.replace('"', "\"\""))
}

/// The text as a LIKE pattern that matches it anywhere, its `%`, `_` and `\` escaped.
fn like_pattern(query: &str) -> String {
    let mut out = String::from("%");
    for c in query.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// Lowercases one character to one character, so positions in the lowered text are positions
/// in the original; the rare character that lowercases to several is kept as it is.
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Where `needle` (already folded) first occurs in `hay`, as a range of char positions.
fn find_folded(hay: &[char], needle: &[char]) -> Option<std::ops::Range<usize>> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .find(|&i| {
            hay[i..i + needle.len()]
                .iter()
                .map(|&c| fold(c))
                .eq(needle.iter().copied())
        })
        .map(|i| i..i + needle.len())
}

/// The first line of `fields` where the query occurs, cut to some context around the match.
fn snippet(fields: &[&str], query: &str) -> Vec<SnippetPart> {
    let needle: Vec<char> = query.chars().map(fold).collect();
    for field in fields {
        for line in field.lines() {
            let chars: Vec<char> = line.chars().collect();
            let Some(hit) = find_folded(&chars, &needle) else {
                continue;
            };
            let start = hit.start.saturating_sub(CONTEXT);
            let end = (hit.end + CONTEXT).min(chars.len());
            let text = |r: std::ops::Range<usize>| chars[r].iter().collect::<String>();
            let mut parts = Vec::new();
            let before = format!(
                "{}{}",
                if start > 0 { "…" } else { "" },
                text(start..hit.start)
            );
            if !before.is_empty() {
                parts.push(SnippetPart {
                    text: before,
                    hit: false,
                });
            }
            parts.push(SnippetPart {
                text: text(hit.clone()),
                hit: true,
            });
            let after = format!(
                "{}{}",
                text(hit.end..end),
                if end < chars.len() { "…" } else { "" }
            );
            if !after.is_empty() {
                parts.push(SnippetPart {
                    text: after,
                    hit: false,
                });
            }
            return parts;
        }
    }
    Vec::new()
}

impl Store {
    /// The cases that hold `query` anywhere, best first: by relevance, then open before
    /// resolved, then newest. Any text is a query; none is an error.
    pub fn search(&self, query: &str) -> Result<Vec<SearchHit>> {
        let query: String = query.trim().chars().take(QUERY_MAX).collect();
        if query.is_empty() {
            return Ok(Vec::new());
        }
        // The best matches are picked inside the index first (FTS5 ranks its own rows fastest:
        // a match in the title counts most, then the company, then the rest); only those few
        // are joined to their cases and put in order. Short queries scan with LIKE.
        let candidates = if query.chars().count() >= TRIGRAM {
            format!(
                "SELECT rowid, bm25(search_index, 10.0, 5.0, 1.0) AS score FROM search_index
                  WHERE search_index MATCH ?1 ORDER BY score LIMIT {CANDIDATES}"
            )
        } else {
            format!(
                "SELECT rowid, 0 AS score FROM search_index
                  WHERE title LIKE ?1 ESCAPE '\\' OR company LIKE ?1 ESCAPE '\\'
                     OR body LIKE ?1 ESCAPE '\\' LIMIT {CANDIDATES}"
            )
        };
        let argument = if query.chars().count() >= TRIGRAM {
            phrase(&query)
        } else {
            like_pattern(&query)
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT k.id, k.title, k.company_id, c.name, k.status, s.title, s.company, s.body
               FROM ({candidates}) best
               JOIN search_index s ON s.rowid = best.rowid
               JOIN \"case\" k ON k.id = best.rowid
               JOIN company c ON c.id = k.company_id
              ORDER BY best.score, k.status = 'resolved', k.opened_at DESC, k.id DESC
              LIMIT {RESULTS_MAX}"
        ))?;
        let rows = stmt.query_map([argument], |row| {
            let fields: [String; 3] = [
                row.get::<_, Option<String>>(5)?.unwrap_or_default(),
                row.get::<_, Option<String>>(6)?.unwrap_or_default(),
                row.get::<_, Option<String>>(7)?.unwrap_or_default(),
            ];
            Ok(SearchHit {
                case_id: row.get(0)?,
                case_title: row.get(1)?,
                company_id: row.get(2)?,
                company_name: row.get(3)?,
                status: row.get(4)?,
                snippet: snippet(&[&fields[2], &fields[0], &fields[1]], &query),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
