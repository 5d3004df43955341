//! `casebook report`: each company's record from the user's own case files.

use casebook_core::record::YearRecovered;
use casebook_core::scorecard::Scorecard;
use casebook_core::{Result, Store};
use chrono::Utc;
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
                ("recovered", &line.recovered.amount),
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

/// "2026: KRW 14000, USD 5.50" for each year money came back.
fn years(recovered: &[YearRecovered], out: &Out) -> Option<String> {
    if recovered.is_empty() {
        return None;
    }
    let mut text = vec![out.t("cli.report.byYear")];
    for y in recovered {
        let sums: Vec<String> = y
            .money
            .iter()
            .map(|m| format!("{} {}", m.currency, m.amount))
            .collect();
        text.push(format!("{}: {}", y.year, sums.join(", ")));
    }
    Some(text.join("\n  "))
}

/// One company's scorecard, or with no company the whole Record: every company, the last
/// twelve months and the money recovered by year.
pub fn report(store: &mut Store, out: &Out, a: ReportArgs) -> Result<()> {
    if let Some(c) = a.company {
        let card = store.scorecard(store.find_company(&c)?.id)?;
        out.print(&card, || lines(&card, out));
        return Ok(());
    }
    // --json gives the Record as the window's Record screen shows it; the text gives each
    // company's whole scorecard, as `--company` does, then the money recovered by year.
    if out.json() {
        let record = store.record(Utc::now())?;
        out.print(&record, String::new);
        return Ok(());
    }
    let cards = store.report()?;
    let recovered = store.recovered_by_year()?;
    out.print(&cards, || {
        if cards.is_empty() {
            return out.t("cli.report.empty");
        }
        let mut parts: Vec<String> = cards.iter().map(|c| lines(c, out)).collect();
        parts.extend(years(&recovered, out));
        parts.join("\n\n")
    });
    Ok(())
}
