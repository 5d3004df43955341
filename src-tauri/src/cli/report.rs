//! `casebook report`: each company's record from the user's own case files.

use casebook_core::scorecard::Scorecard;
use casebook_core::{Result, Store};
use clap::Args;

use super::render::Out;

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Only this company (name or id).
    #[arg(long, value_name = "NAME|ID")]
    company: Option<String>,
}

/// "25%", or "—" when nothing is known yet.
fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "—".into(), |s| format!("{:.0}%", s * 100.0))
}

fn number(n: Option<f64>) -> String {
    n.map_or_else(|| "—".into(), |n| format!("{n:.1}"))
}

fn lines(card: &Scorecard, out: &Out) -> String {
    let t = &card.theirs;
    let m = &card.mine;
    let mut text = vec![
        card.company_name.clone(),
        out.fill(
            "cli.report.theirs",
            &[
                ("made", &t.made),
                ("kept", &t.kept),
                ("broken", &t.broken),
                ("withdrawn", &t.withdrawn),
                ("pending", &t.pending),
                ("rate", &percent(card.broken_rate)),
                ("late", &number(card.median_days_late)),
            ],
        ),
        out.fill(
            "cli.report.mine",
            &[("made", &m.made), ("kept", &m.kept), ("broken", &m.broken)],
        ),
        out.fill(
            "cli.report.contacts",
            &[
                ("cases", &card.cases),
                ("contacts", &card.contacts),
                ("perCase", &number(card.contacts_per_case)),
                ("hold", &card.hold_total_min),
                ("holdMedian", &number(card.hold_median_min)),
                ("resolve", &number(card.median_days_to_resolve)),
            ],
        ),
    ];
    for line in &card.money {
        text.push(out.fill(
            "cli.report.money",
            &[
                ("currency", &line.currency),
                ("stake", &line.at_stake.amount),
                ("givenUp", &line.given_up.amount),
            ],
        ));
    }
    for a in &card.agents {
        text.push(out.fill(
            "cli.report.agent",
            &[("name", &a.name), ("made", &a.made), ("kept", &a.kept)],
        ));
    }
    text.join("\n  ")
}

pub fn report(store: &mut Store, out: &Out, a: ReportArgs) -> Result<()> {
    let cards = match a.company {
        Some(c) => vec![store.scorecard(store.find_company(&c)?.id)?],
        None => store.report()?,
    };
    out.print(&cards, || {
        if cards.is_empty() {
            return out.t("cli.report.empty");
        }
        cards
            .iter()
            .map(|c| lines(c, out))
            .collect::<Vec<_>>()
            .join("\n\n")
    });
    Ok(())
}
