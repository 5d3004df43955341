//! What Settings → About shows: the version, where the data is kept, and the licences.

use std::path::PathBuf;

use serde::Serialize;

use crate::db::Store;
use crate::error::{Error, Result};

/// The licence Casebook is distributed under.
pub const LICENCE: &str = "MIT";
/// The licence of the font embedded for dossiers (Nanum Gothic).
pub const FONT_LICENCE: &str = "SIL Open Font License 1.1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct About {
    /// "0.1.0".
    pub version: String,
    /// The folder holding the database, backups, exports and attached files.
    pub data_folder: String,
    pub licence: String,
    pub font_licence: String,
}

impl Store {
    /// The folder the database file is in, which holds everything else the app keeps.
    pub fn data_folder(&self) -> Result<PathBuf> {
        let path = self
            .conn
            .path()
            .filter(|p| !p.is_empty())
            .ok_or_else(|| Error::Conflict("a database in memory has no folder".into()))?;
        std::path::Path::new(path)
            .parent()
            .map(PathBuf::from)
            .ok_or_else(|| Error::Conflict("the data file has no folder".into()))
    }

    pub fn about(&self) -> Result<About> {
        Ok(About {
            version: env!("CARGO_PKG_VERSION").to_string(),
            data_folder: self.data_folder()?.display().to_string(),
            licence: LICENCE.to_string(),
            font_licence: FONT_LICENCE.to_string(),
        })
    }
}
