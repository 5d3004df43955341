//! `casebook holidays`: the country whose public holidays business days skip.

use casebook_core::business_days::COUNTRIES;
use casebook_core::{Result, Store};
use clap::Args;

use super::render::Out;

#[derive(Args, Debug)]
pub struct HolidaysArgs {
    /// The country's two-letter code, like KR, US, GB or DE.
    #[arg(value_name = "COUNTRY", conflicts_with = "system")]
    country: Option<String>,
    /// Follow the system's region again.
    #[arg(long)]
    system: bool,
}

pub fn holidays(store: &mut Store, out: &Out, a: HolidaysArgs) -> Result<()> {
    let settings = match (a.country, a.system) {
        (Some(country), _) => store.set_holiday_country(Some(&country))?,
        (None, true) => store.set_holiday_country(None)?,
        (None, false) => store.settings()?,
    };
    out.print(&settings, || {
        out.fill(
            "cli.holidays",
            &[
                ("country", &settings.holiday_country),
                ("all", &COUNTRIES.join(" ")),
            ],
        )
    });
    Ok(())
}
