//! `casebook search TEXT`: the cases that hold the text anywhere, best first.

use casebook_core::{Result, Store};
use clap::Args;

use super::render::Out;

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// What you remember: a reference number or part of it, an agent's name or ID, a word from
    /// a note or a promise, a company, an order number, an amount.
    #[arg(value_name = "TEXT", required = true, num_args = 1.., allow_hyphen_values = true)]
    text: Vec<String>,
}

pub fn run(store: &Store, out: &Out, a: SearchArgs) -> Result<()> {
    let hits = store.search(&a.text.join(" "))?;
    out.print(&hits, || {
        if hits.is_empty() {
            return out.t("cli.search.none");
        }
        let mut lines = Vec::new();
        for hit in &hits {
            lines.push(out.fill(
                "cli.search.hit",
                &[
                    ("id", &hit.case_id),
                    ("title", &hit.case_title),
                    ("company", &hit.company_name),
                    ("status", &out.t(&format!("status.{}", hit.status.as_str()))),
                ],
            ));
            // The match in brackets: a terminal has no highlight that survives a pipe.
            let snippet: String = hit
                .snippet
                .iter()
                .map(|p| {
                    if p.hit {
                        format!("[{}]", p.text)
                    } else {
                        p.text.clone()
                    }
                })
                .collect();
            if !snippet.is_empty() {
                lines.push(format!("    {snippet}"));
            }
        }
        lines.join("\n")
    });
    Ok(())
}
