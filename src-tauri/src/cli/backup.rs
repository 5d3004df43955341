use std::path::PathBuf;

use casebook_core::{Error, Result, Store};
use chrono::Utc;
use clap::Args;

use super::render::Out;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The file to write.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// A file written by casebook export.
    file: PathBuf,
}

pub fn export(store: &Store, out: &Out, a: ExportArgs) -> Result<()> {
    let export = store.export(Utc::now())?;
    let text = serde_json::to_string_pretty(&export).expect("an export serializes");
    casebook_core::backup::write_whole(&a.out, text.as_bytes())?;
    let rows = |table: &str| export.tables.get(table).map_or(0, Vec::len);
    let (companies, cases) = (rows("company"), rows("case"));
    let counts = serde_json::json!({
        "file": a.out,
        "companies": companies,
        "cases": cases,
        "interactions": rows("interaction"),
    });
    out.print(&counts, || {
        out.fill(
            "cli.exported",
            &[
                ("file", &a.out.display()),
                ("companies", &out.count("cli.count.companies", companies)),
                ("cases", &out.count("cli.count.cases", cases)),
            ],
        )
    });
    Ok(())
}

pub fn import(store: &mut Store, out: &Out, a: ImportArgs) -> Result<()> {
    let text = std::fs::read_to_string(&a.file)
        .map_err(|e| Error::BadImport(format!("cannot read {}: {e}", a.file.display())))?;
    let summary = store.import(&text)?;
    out.print(&summary, || {
        out.fill(
            "cli.imported",
            &[
                (
                    "companies",
                    &out.count("cli.count.companies", summary.companies),
                ),
                ("cases", &out.count("cli.count.cases", summary.cases)),
                (
                    "interactions",
                    &out.count("cli.count.interactions", summary.interactions),
                ),
            ],
        )
    });
    Ok(())
}
