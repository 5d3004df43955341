//! Evidence: files attached to a case or to one of its contacts — the receipt, the photo of the
//! broken device, the screenshot of the chat, the recording of the call.
//!
//! A file is copied into `attachments/` beside the database and named by its SHA-256, so the
//! same file attached twice is stored once and a reader of the dossier can check each one. The
//! copy goes to a temporary name first and is renamed into place once whole; only then is the
//! row written, so a failed copy leaves no row and no file. A file is deleted when no row
//! refers to it any more, nor anything in "Recently deleted".

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::check::Field;
use crate::db::Store;
use crate::due::{instant_from_sql, instant_to_sql};
use crate::error::{Error, Result};

/// The largest file that can be attached: 200 MB. A phone video of a broken device fits; a
/// whole backup of a phone does not belong in a case file.
pub const MAX_BYTES: u64 = 200 * 1_000_000;

/// The folder beside the database that holds the files.
pub const FOLDER: &str = "attachments";

/// Whole megabytes, rounded up, for messages: "201".
pub fn megabytes(bytes: u64) -> u64 {
    bytes.div_ceil(1_000_000)
}

/// One attached file, as a case shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Attachment {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub case_id: i64,
    /// The contact it belongs to, if it was attached to one.
    #[ts(type = "number | null")]
    pub interaction_id: Option<i64>,
    /// The file's name as it was attached: "receipt.jpg".
    pub name: String,
    /// Its type, read from its first bytes where they tell: "image/png", "application/pdf".
    pub media_type: String,
    #[ts(type = "number")]
    pub bytes: u64,
    pub sha256: String,
    pub note: Option<String>,
    pub added_at: DateTime<Utc>,
    /// The file is gone from the attachments folder (deleted by hand): shown as missing.
    pub missing: bool,
}

impl Attachment {
    /// Whether the window shows it as a picture.
    pub fn is_image(&self) -> bool {
        self.media_type.starts_with("image/")
    }
}

/// The type of a file, from its first bytes where they tell, else its name's extension.
pub fn media_type(head: &[u8], name: &str) -> String {
    if let Some(kind) = infer::get(head) {
        return kind.mime_type().to_string();
    }
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("txt" | "log") => "text/plain",
        Some("csv") => "text/csv",
        Some("eml") => "message/rfc822",
        Some("html" | "htm") => "text/html",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
    .to_string()
}

fn from_row(row: &Row, folder: Option<&Path>) -> rusqlite::Result<Attachment> {
    let sha256: String = row.get("sha256")?;
    let added: String = row.get("added_at")?;
    let missing = folder.is_some_and(|f| !f.join(&sha256).is_file());
    Ok(Attachment {
        id: row.get("id")?,
        case_id: row.get("case_id")?,
        interaction_id: row.get("interaction_id")?,
        name: row.get("name")?,
        media_type: row.get("media_type")?,
        bytes: row.get::<_, i64>("bytes")?.max(0) as u64,
        note: row.get("note")?,
        added_at: instant_from_sql(&added).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                Box::new(std::io::Error::other(e.to_string())),
            )
        })?,
        sha256,
        missing,
    })
}

/// A file copied into the folder: its hash and size, and whether this copy made it (so a
/// failure after can take it away again).
struct Stored {
    sha256: String,
    bytes: u64,
    head: Vec<u8>,
    new: bool,
}

/// Copies `source` into `folder` under its SHA-256, through a temporary file renamed into
/// place once whole.
fn store_file(folder: &Path, source: &mut dyn Read, name: &str) -> Result<Stored> {
    std::fs::create_dir_all(folder)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".adding-")
        .tempfile_in(folder)?;
    let mut hasher = Sha256::new();
    let mut head = Vec::new();
    let mut bytes: u64 = 0;
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = source.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        bytes += n as u64;
        if bytes > MAX_BYTES {
            return Err(Error::TooLarge {
                name: name.to_string(),
                bytes,
            });
        }
        if head.len() < 8192 {
            head.extend_from_slice(&buffer[..n.min(8192 - head.len())]);
        }
        hasher.update(&buffer[..n]);
        temp.write_all(&buffer[..n])?;
    }
    temp.as_file().sync_all()?;
    let sha256 = format!("{:x}", hasher.finalize());
    let target = folder.join(&sha256);
    if target.is_file() {
        // Stored already: the temporary copy goes when it is dropped.
        return Ok(Stored {
            sha256,
            bytes,
            head,
            new: false,
        });
    }
    temp.persist_noclobber(&target)
        .map_err(|e| Error::Io(e.error))?;
    Ok(Stored {
        sha256,
        bytes,
        head,
        new: true,
    })
}

/// What to attach, and to what.
#[derive(Debug, Clone, Default)]
pub struct AttachTo {
    pub case_id: i64,
    pub interaction_id: Option<i64>,
    pub note: Option<String>,
}

impl Store {
    /// The attachments folder, or None for a database in memory.
    pub fn attachments_folder(&self) -> Option<PathBuf> {
        let path = self.conn.path().filter(|p| !p.is_empty())?;
        Some(Path::new(path).parent()?.join(FOLDER))
    }

    fn require_attachments_folder(&self) -> Result<PathBuf> {
        self.attachments_folder()
            .ok_or_else(|| Error::Conflict("a database in memory has no attachments folder".into()))
    }

    /// Attaches the file at `path`: refused before anything is copied if it is not a file or
    /// is over [`MAX_BYTES`].
    pub fn attach_file(
        &mut self,
        to: &AttachTo,
        path: &Path,
        now: DateTime<Utc>,
    ) -> Result<Attachment> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let meta = std::fs::metadata(path)?;
        if !meta.is_file() {
            return Err(Error::Conflict(format!(
                "{} is not a file",
                crate::text::shown(&path.display().to_string())
            )));
        }
        if meta.len() > MAX_BYTES {
            return Err(Error::TooLarge {
                name,
                bytes: meta.len(),
            });
        }
        let mut file = std::fs::File::open(path)?;
        self.attach(to, &name, &mut file, now)
    }

    /// Attaches several files: each is looked at before any is copied, so one that cannot be
    /// read or is too large leaves the case as it was.
    pub fn attach_files(
        &mut self,
        to: &AttachTo,
        paths: &[PathBuf],
        now: DateTime<Utc>,
    ) -> Result<Vec<Attachment>> {
        for path in paths {
            let meta = std::fs::metadata(path).map_err(|e| {
                Error::Conflict(format!(
                    "cannot read {}: {e}",
                    crate::text::shown(&path.display().to_string())
                ))
            })?;
            if meta.len() > MAX_BYTES {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                return Err(Error::TooLarge {
                    name,
                    bytes: meta.len(),
                });
            }
        }
        paths.iter().map(|p| self.attach_file(to, p, now)).collect()
    }

    /// Attaches bytes the window sends in base64 (a pasted screenshot).
    pub fn attach_base64(
        &mut self,
        to: &AttachTo,
        name: &str,
        data: &str,
        now: DateTime<Utc>,
    ) -> Result<Attachment> {
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.trim())
            .map_err(|_| Error::Conflict("the pasted file could not be read".into()))?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(Error::TooLarge {
                name: name.to_string(),
                bytes: bytes.len() as u64,
            });
        }
        self.attach(to, name, &mut bytes.as_slice(), now)
    }

    /// An image attachment as a `data:` address the window can show, or None for another
    /// kind of file or one that is missing.
    pub fn attachment_preview(&self, id: i64) -> Result<Option<String>> {
        use base64::Engine;
        let a = self.attachment(id)?;
        if !a.is_image() || a.missing {
            return Ok(None);
        }
        let bytes = std::fs::read(self.attachment_path(id)?)?;
        Ok(Some(format!(
            "data:{};base64,{}",
            a.media_type,
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )))
    }

    /// Attaches what `source` holds under `name` (a pasted screenshot, a dropped file's bytes).
    pub fn attach(
        &mut self,
        to: &AttachTo,
        name: &str,
        source: &mut dyn Read,
        now: DateTime<Utc>,
    ) -> Result<Attachment> {
        let name = crate::text::required(Field::Name, name, crate::text::NAME_MAX)?;
        let note = crate::text::long(Field::Notes, to.note.as_deref())?;
        // The case, and the contact in it, must be there before anything is copied.
        self.case(to.case_id)?;
        if let Some(i) = to.interaction_id {
            let owner = self.interaction(i)?.case_id;
            if owner != to.case_id {
                return Err(Error::NotFound {
                    entity: "interaction",
                    id: i,
                });
            }
        }
        let folder = self.require_attachments_folder()?;
        let stored = store_file(&folder, source, &name)?;
        let media = media_type(&stored.head, &name);
        let written = self.write(|tx| {
            tx.execute(
                "INSERT INTO attachment (case_id, interaction_id, sha256, name, media_type, \
                 bytes, note, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    to.case_id,
                    to.interaction_id,
                    stored.sha256,
                    name,
                    media,
                    stored.bytes as i64,
                    note,
                    instant_to_sql(now)
                ],
            )?;
            Ok(tx.last_insert_rowid())
        });
        match written {
            Ok(id) => self.attachment(id),
            Err(e) => {
                // No row names the file this copy made: it goes too.
                if stored.new {
                    let _ = std::fs::remove_file(folder.join(&stored.sha256));
                }
                Err(e)
            }
        }
    }

    pub fn attachment(&self, id: i64) -> Result<Attachment> {
        let folder = self.attachments_folder();
        self.one(
            "SELECT * FROM attachment WHERE id = ?1",
            id,
            "attachment",
            |r| from_row(r, folder.as_deref()),
        )
    }

    /// A case's attachments, oldest first.
    pub fn attachments(&self, case_id: i64) -> Result<Vec<Attachment>> {
        let folder = self.attachments_folder();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT * FROM attachment WHERE case_id = ?1 ORDER BY added_at, id")?;
        let rows = stmt.query_map([case_id], |r| from_row(r, folder.as_deref()))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Where an attachment's file is, if it is there.
    pub fn attachment_path(&self, id: i64) -> Result<PathBuf> {
        let a = self.attachment(id)?;
        let path = self.require_attachments_folder()?.join(&a.sha256);
        if !path.is_file() {
            return Err(Error::Conflict(format!(
                "the file of {} is missing from the attachments folder",
                crate::text::shown(&a.name)
            )));
        }
        Ok(path)
    }

    /// Removes an attachment; its file goes once nothing refers to it.
    pub fn remove_attachment(&mut self, id: i64) -> Result<Attachment> {
        let a = self.attachment(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM attachment WHERE id = ?1", [id])?;
            Ok(())
        })?;
        self.prune_attachment_files()?;
        Ok(a)
    }

    /// Deletes the files no attachment names, here or in "Recently deleted"; answers how many.
    /// Temporary copies left by a crash mid-copy go too.
    pub fn prune_attachment_files(&self) -> Result<usize> {
        let Some(folder) = self.attachments_folder() else {
            return Ok(0);
        };
        let Ok(entries) = std::fs::read_dir(&folder) else {
            return Ok(0);
        };
        let mut named = self.conn.prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM attachment WHERE sha256 = ?1) \
                 OR EXISTS (SELECT 1 FROM trash WHERE instr(rows, ?1) > 0)",
        )?;
        let mut gone = 0;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let keep = if name.starts_with(".adding-") {
                false
            } else if name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()) {
                named.query_row([&name], |r| r.get::<_, bool>(0))?
            } else {
                // Not ours: never touched.
                true
            };
            if !keep && std::fs::remove_file(entry.path()).is_ok() {
                gone += 1;
            }
        }
        Ok(gone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_type_comes_from_its_bytes_then_its_name() {
        assert_eq!(
            media_type(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "x.bin"),
            "image/png"
        );
        assert_eq!(media_type(b"%PDF-1.7\n", "letter"), "application/pdf");
        assert_eq!(media_type(b"hello", "chat.txt"), "text/plain");
        assert_eq!(media_type(b"hello", "thing"), "application/octet-stream");
        assert_eq!(megabytes(200_000_001), 201);
    }
}
