use std::io::Read;
use std::path::PathBuf;

use casebook_core::backup::ExportFormat;
use casebook_core::{Error, Result, Store};
use chrono::{Local, Utc};
use clap::Args;

use super::render::{choice, Out};

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// json: everything but the attached files, to import again; archive: everything with the
    /// attached files, in one tar file; ics: open promises and follow-ups for a calendar;
    /// csv: cases.csv, interactions.csv and promises.csv for a spreadsheet.
    #[arg(long, default_value = "json", value_parser = choice(ExportFormat::ALL, ExportFormat::as_str))]
    format: ExportFormat,
    /// The file to write; for csv, the folder.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// A file written by casebook export.
    file: PathBuf,
}

pub fn export(store: &Store, out: &Out, a: ExportArgs) -> Result<()> {
    match a.format {
        ExportFormat::Json => export_json(store, out, a),
        ExportFormat::Archive => {
            let done = store.export_archive(&a.out, Utc::now())?;
            out.print(&done, || {
                out.fill(
                    "cli.exportedArchive",
                    &[
                        ("file", &a.out.display()),
                        ("cases", &out.count("cli.count.cases", done.cases)),
                        ("files", &out.count("cli.count.files", done.files)),
                    ],
                )
            });
            Ok(())
        }
        ExportFormat::Ics => {
            let done = store.export_calendar(&a.out, Utc::now(), &Local)?;
            out.print(&done, || {
                out.fill(
                    "cli.exportedCalendar",
                    &[
                        ("file", &a.out.display()),
                        ("events", &out.count("cli.count.events", done.events)),
                    ],
                )
            });
            Ok(())
        }
        ExportFormat::Csv => {
            let done = store.export_spreadsheet(&a.out)?;
            out.print(&done, || {
                out.fill(
                    "cli.exportedSpreadsheet",
                    &[
                        ("folder", &a.out.display()),
                        ("cases", &out.count("cli.count.cases", done.cases)),
                        (
                            "interactions",
                            &out.count("cli.count.interactions", done.interactions),
                        ),
                        ("promises", &out.count("cli.count.promises", done.promises)),
                    ],
                )
            });
            Ok(())
        }
    }
}

fn export_json(store: &Store, out: &Out, a: ExportArgs) -> Result<()> {
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
    let cannot =
        |e: std::io::Error| Error::BadImport(format!("cannot read {}: {e}", a.file.display()));
    let mut head = Vec::with_capacity(512);
    std::fs::File::open(&a.file)
        .and_then(|f| std::io::Read::take(f, 512).read_to_end(&mut head))
        .map_err(cannot)?;
    let summary = if casebook_core::archive::is_archive(&head) {
        store.import_archive(&a.file)?
    } else {
        let text = std::fs::read_to_string(&a.file).map_err(cannot)?;
        store.import(&text)?
    };
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
