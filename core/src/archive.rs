//! The export archive: the JSON export and the attachment files it names, in one tar file, to
//! move everything to another machine. Importing it checks every file against its SHA-256 and
//! refuses the whole archive on a mismatch, changing nothing.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::backup::ImportSummary;
use crate::db::Store;
use crate::error::{Error, Result};

/// The export's name inside the archive.
const JSON: &str = "casebook.json";

/// What an archive holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ArchiveDone {
    pub file: String,
    #[ts(type = "number")]
    pub cases: usize,
    #[ts(type = "number")]
    pub files: usize,
}

/// Whether `head` (a file's first 512 bytes) is a tar archive's.
pub fn is_archive(head: &[u8]) -> bool {
    head.len() >= 262 && &head[257..262] == b"ustar"
}

fn bad(why: String) -> Error {
    Error::BadImport(why)
}

impl Store {
    /// Writes the archive to `path`, whole or not at all. A file missing from the
    /// attachments folder is left out; its case shows it as missing after an import too.
    pub fn export_archive(&self, path: &Path, now: DateTime<Utc>) -> Result<ArchiveDone> {
        let export = self.export(now)?;
        let json = serde_json::to_vec_pretty(&export).expect("an export serializes");
        let hashes: Vec<String> = {
            let mut h: Vec<String> = export
                .tables
                .get("attachment")
                .into_iter()
                .flatten()
                .filter_map(|row| row.get("sha256")?.as_str().map(String::from))
                .collect();
            h.sort();
            h.dedup();
            h
        };
        let folder = self.attachments_folder();
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let temp = tempfile::Builder::new()
            .prefix(".casebook-")
            .suffix(".partial")
            .tempfile_in(dir)?;
        let mut tar = tar::Builder::new(temp);
        let mut header = tar::Header::new_ustar();
        header.set_size(json.len() as u64);
        header.set_mode(0o600);
        header.set_mtime(now.timestamp().max(0) as u64);
        header.set_cksum();
        tar.append_data(&mut header, JSON, json.as_slice())?;
        let mut files = 0;
        for hash in &hashes {
            let Some(file) = folder
                .as_ref()
                .map(|f| f.join(hash))
                .filter(|p| p.is_file())
            else {
                continue;
            };
            tar.append_path_with_name(&file, format!("attachments/{hash}"))?;
            files += 1;
        }
        let temp = tar.into_inner()?;
        temp.as_file().sync_all()?;
        temp.persist(path).map_err(|e| Error::Io(e.error))?;
        Ok(ArchiveDone {
            file: path.to_string_lossy().into_owned(),
            cases: export.tables.get("case").map_or(0, Vec::len),
            files,
        })
    }

    /// Restores an archive into this database, which must be empty, and its files into the
    /// attachments folder. Every file is checked against the SHA-256 it is named by before
    /// anything is written; a mismatch refuses the whole archive.
    pub fn import_archive(&mut self, path: &Path) -> Result<ImportSummary> {
        let folder = self.attachments_folder().ok_or_else(|| {
            Error::Conflict("a database in memory has no attachments folder".into())
        })?;
        std::fs::create_dir_all(&folder)?;
        let mut archive = tar::Archive::new(std::fs::File::open(path)?);
        let mut json = None;
        // Checked files waiting to go into place, by their hash.
        let mut staged: HashMap<String, tempfile::NamedTempFile> = HashMap::new();
        let entries = archive
            .entries()
            .map_err(|e| bad(format!("it is not a readable archive ({e})")))?;
        for entry in entries {
            let mut entry = entry.map_err(|e| bad(format!("the archive is damaged ({e})")))?;
            let name = entry
                .path()
                .map_err(|e| bad(format!("the archive is damaged ({e})")))?
                .to_string_lossy()
                .into_owned();
            if name == JSON {
                let mut text = String::new();
                entry
                    .read_to_string(&mut text)
                    .map_err(|e| bad(format!("{JSON} cannot be read ({e})")))?;
                json = Some(text);
                continue;
            }
            let Some(hash) = name.strip_prefix("attachments/") else {
                return Err(bad(format!(
                    "it holds {}, which Casebook does not export",
                    crate::text::shown(&name)
                )));
            };
            if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(bad(format!(
                    "it holds {}, which is not named by a SHA-256",
                    crate::text::shown(&name)
                )));
            }
            let mut temp = tempfile::Builder::new()
                .prefix(".adding-")
                .tempfile_in(&folder)?;
            let mut hasher = Sha256::new();
            let mut buffer = vec![0u8; 64 * 1024];
            loop {
                let n = entry
                    .read(&mut buffer)
                    .map_err(|e| bad(format!("{name} cannot be read ({e})")))?;
                if n == 0 {
                    break;
                }
                hasher.update(&buffer[..n]);
                temp.write_all(&buffer[..n])?;
            }
            if format!("{:x}", hasher.finalize()) != hash {
                return Err(bad(format!(
                    "{name} does not match its SHA-256: the archive was changed or damaged"
                )));
            }
            temp.as_file().sync_all()?;
            staged.insert(hash.to_string(), temp);
        }
        let json = json.ok_or_else(|| bad(format!("it holds no {JSON}")))?;
        let summary = self.import(&json)?;
        for (hash, temp) in staged {
            let target = folder.join(&hash);
            if !target.exists() {
                temp.persist_noclobber(&target)
                    .map_err(|e| Error::Io(e.error))?;
            }
        }
        Ok(summary)
    }
}
