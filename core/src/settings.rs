//! The user's preferences, kept in the database so they travel with the data folder.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::business_days;
use crate::check::Field;
use crate::db::Store;
use crate::due::Reading;
use crate::error::{Error, Result, Rule};
use crate::language::Language;

/// Languages the app speaks.
pub const LANGUAGES: &[&str] = &["en", "ko"];

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Settings {
    /// `None` follows the system's language.
    pub language: Option<String>,
    /// The language Casebook speaks: the saved one, else the system's as core detects it,
    /// so the window does not guess on its own.
    #[ts(type = "'en' | 'ko'")]
    pub speaking: Language,
    /// Whether a case's timeline shows the newest entry first (the dossier keeps time order).
    pub newest_first: bool,
    /// The country whose public holidays business days skip (ISO 3166, one of
    /// [`crate::business_days::COUNTRIES`]): the saved one, else the system's.
    pub holiday_country: String,
    /// The user's name, printed on their dossiers; None leaves it off.
    pub your_name: Option<String>,
}

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        let language: Option<String> = self.setting("language")?;
        Ok(Settings {
            speaking: Language::detect(language.as_deref()),
            language,
            newest_first: self.setting("timeline_order")?.as_deref() == Some("newest_first"),
            holiday_country: self.holiday_country()?.to_string(),
            your_name: self.user_name()?,
        })
    }

    /// The user's name for their dossiers, if they gave one.
    pub fn user_name(&self) -> Result<Option<String>> {
        self.setting("your_name")
    }

    /// Sets the name printed on dossiers; empty or None leaves it off.
    pub fn set_your_name(&mut self, name: Option<&str>) -> Result<Settings> {
        let name = crate::text::optional(Field::YourName, name, crate::text::NAME_MAX)?;
        self.put_setting("your_name", name.as_deref())?;
        self.settings()
    }

    /// The country whose holidays business days skip: the user's choice, else the system's.
    pub fn holiday_country(&self) -> Result<&'static str> {
        Ok(self
            .setting("holiday_country")?
            .as_deref()
            .and_then(business_days::country)
            .unwrap_or_else(business_days::system_country))
    }

    /// Sets the country whose public holidays business days skip, or `None` for the system's.
    pub fn set_holiday_country(&mut self, country: Option<&str>) -> Result<Settings> {
        match country {
            Some(code) => {
                let known = business_days::country(code)
                    .ok_or_else(|| Error::invalid(Field::HolidayCountry, Rule::NotAllowed))?;
                self.put_setting("holiday_country", Some(known))?;
            }
            None => self.put_setting("holiday_country", None)?,
        }
        self.settings()
    }

    /// How the dates the user types are read: their zone, and their country for business days.
    pub(crate) fn reader(&self) -> Reading<'_> {
        Reading {
            zone: self.zone.as_ref(),
            // A settings table that cannot be read still counts weekends.
            country: self.holiday_country().ok(),
        }
    }

    /// Sets the app's language, or `None` to follow the system again.
    pub fn set_language(&mut self, language: Option<&str>) -> Result<Settings> {
        match language {
            Some(l) if !LANGUAGES.contains(&l) => {
                return Err(Error::invalid(Field::Language, Rule::NotAllowed))
            }
            Some(l) => self.put_setting("language", Some(l))?,
            None => self.put_setting("language", None)?,
        }
        self.settings()
    }

    /// Remembers which way round the user reads a case's timeline.
    pub fn set_newest_first(&mut self, newest_first: bool) -> Result<Settings> {
        self.put_setting("timeline_order", newest_first.then_some("newest_first"))?;
        self.settings()
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    fn put_setting(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        self.write(|tx| {
            match value {
                Some(v) => tx.execute(
                    "INSERT INTO setting (key, value) VALUES (?1, ?2) \
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    params![key, v],
                )?,
                None => tx.execute("DELETE FROM setting WHERE key = ?1", [key])?,
            };
            Ok(())
        })
    }
}
