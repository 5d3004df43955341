use casebook_core::clocks::Sector;
use casebook_core::{Company, CompanyInput, Result, Store};
use chrono::Utc;
use clap::{Args, Subcommand};

use super::render::{self, table, Out};

#[derive(Subcommand, Debug)]
pub enum CompanyCommand {
    /// Add a company.
    #[command(
        after_help = "Examples:\n  casebook company add \"Acme Telecom\" --phone 080-123-4567 --email help@acme.example\n  casebook company add \"Studio Lee\" --client yes"
    )]
    Add(AddArgs),
    /// List companies with their open and total cases.
    #[command(after_help = "Example:\n  casebook company list")]
    List,
    /// Show a company's details and its cases.
    #[command(after_help = "Example:\n  casebook company show \"Acme Telecom\"")]
    Show {
        /// The company's name or id.
        company: String,
    },
    /// Correct a company: only what you give changes (phones and emails are replaced).
    #[command(
        after_help = "Example:\n  casebook company edit \"Acme\" --name \"Acme Telecom\" --phone 080-123-4567"
    )]
    Edit {
        /// The company's name or id.
        company: String,
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[command(flatten)]
        details: Details,
    },
    /// Delete a company with all its cases (restorable for 30 days with `casebook trash`).
    #[command(after_help = "Example:\n  casebook company delete \"Acme Telecom\"")]
    Delete {
        /// The company's name or id.
        company: String,
    },
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// The company's name.
    name: String,
    #[command(flatten)]
    details: Details,
}

/// How to reach a company, as `company add` and `company edit` take it.
#[derive(Args, Debug)]
pub struct Details {
    /// A support phone number (repeat for more).
    #[arg(long = "phone", value_name = "P")]
    phones: Vec<String>,
    /// A support email address (repeat for more).
    #[arg(long = "email", value_name = "E")]
    emails: Vec<String>,
    /// The company's website.
    #[arg(long, value_name = "URL")]
    website: Option<String>,
    /// Anything worth remembering about dealing with them.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// The country its cases' time limits are looked up by (GB, US, KR, AU, an EU member).
    #[arg(long, value_name = "CODE")]
    country: Option<String>,
    /// The kind of business, for its cases' time limits.
    #[arg(long, value_parser = super::render::choice(Sector::ALL, Sector::as_str))]
    sector: Option<Sector>,
    /// Whether it is a client you work for (yes) rather than a company you buy from (no).
    #[arg(long, value_name = "yes|no", value_parser = clap::builder::BoolishValueParser::new())]
    client: Option<bool>,
}

impl Details {
    /// `input` with what was given on the command line put over it (phones and emails are
    /// replaced when any is given).
    fn over(self, mut input: CompanyInput) -> CompanyInput {
        if !self.phones.is_empty() {
            input.phones = self.phones;
        }
        if !self.emails.is_empty() {
            input.emails = self.emails;
        }
        input.website = self.website.or(input.website);
        input.notes = self.note.or(input.notes);
        input.country = self.country.or(input.country);
        input.sector = self.sector.or(input.sector);
        input.client = self.client.unwrap_or(input.client);
        input
    }
}

pub fn run(store: &mut Store, out: &Out, command: CompanyCommand) -> Result<()> {
    match command {
        CompanyCommand::Add(a) => {
            let input = a.details.over(CompanyInput {
                name: a.name,
                ..Default::default()
            });
            let company = store.create_company(&input, Utc::now())?;
            out.print(&company, || {
                out.fill(
                    "cli.company.added",
                    &[("id", &company.id), ("name", &company.name)],
                )
            });
        }
        CompanyCommand::Edit {
            company,
            name,
            details,
        } => {
            let now = store.find_company(&company)?;
            let mut input = details.over(CompanyInput::from(&now));
            input.name = name.unwrap_or(input.name);
            let company = store.update_company(now.id, &input, Utc::now())?;
            out.print(&company, || {
                out.fill(
                    "cli.changed",
                    &[("entity", &out.t("entity.company")), ("id", &company.id)],
                )
            });
        }
        CompanyCommand::Delete { company } => {
            let company = store.find_company(&company)?;
            let item = store.delete_company(company.id, Utc::now())?;
            render::deleted(out, &item);
        }
        CompanyCommand::List => {
            let list = store.companies()?;
            out.print(&list, || {
                if list.is_empty() {
                    return out.t("cli.companies.none");
                }
                let rows: Vec<Vec<String>> = list
                    .iter()
                    .map(|c| {
                        vec![
                            c.id.to_string(),
                            c.name.clone(),
                            c.open_cases.to_string(),
                            c.all_cases.to_string(),
                        ]
                    })
                    .collect();
                table(&out.columns(&["id", "name", "open", "cases"]), &rows)
            });
        }
        CompanyCommand::Show { company } => {
            let company = store.find_company(&company)?;
            let cases = store.company_cases(company.id)?;
            #[derive(serde::Serialize)]
            struct Shown<'a> {
                company: &'a Company,
                cases: &'a [casebook_core::CaseSummary],
            }
            out.print(
                &Shown {
                    company: &company,
                    cases: &cases,
                },
                || {
                    let mut text = format!("#{} {}\n", company.id, company.name);
                    for (label, values) in [
                        ("field.phones", &company.phones),
                        ("field.emails", &company.emails),
                        ("field.social", &company.social),
                    ] {
                        if !values.is_empty() {
                            text += &format!("{}: {}\n", out.t(label), values.join(", "));
                        }
                    }
                    for (label, value) in [
                        ("field.website", &company.website),
                        ("field.help_url", &company.help_url),
                        ("field.chat_url", &company.chat_url),
                        ("field.notes", &company.notes),
                    ] {
                        if let Some(v) = value {
                            text += &format!("{}: {v}\n", out.t(label));
                        }
                    }
                    for a in &company.accounts {
                        text += &format!("{}: {}\n", a.label, a.value);
                    }
                    text += "\n";
                    if cases.is_empty() {
                        text += &out.t("cli.company.noCases");
                    } else {
                        text += &render::case_table(out, &cases);
                    }
                    text
                },
            );
        }
    }
    Ok(())
}
