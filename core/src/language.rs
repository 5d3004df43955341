//! The one place that decides which language Casebook speaks: the user's saved choice, else
//! the system's. Notifications, the tray and the command line all ask here, so a Korean
//! system gets Korean everywhere, on Windows and macOS too (which set no `LANG`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Ko,
}

impl Language {
    /// `ko`, `ko-KR`, `ko_KR.UTF-8` are Korean; anything else is English.
    pub fn from_tag(tag: &str) -> Language {
        if tag.trim().to_ascii_lowercase().starts_with("ko") {
            Language::Ko
        } else {
            Language::En
        }
    }

    /// The saved setting if there is one, else the system's language as the platform reports
    /// it (`LC_ALL`, `LC_MESSAGES`, `LANG` on Linux; the user's preferred language on Windows
    /// and macOS).
    pub fn detect(saved: Option<&str>) -> Language {
        Self::choose(saved, sys_locale::get_locale().as_deref())
    }

    /// [`detect`](Self::detect) with the system's tag passed in, for tests.
    pub fn choose(saved: Option<&str>, system: Option<&str>) -> Language {
        saved
            .or(system)
            .map(Language::from_tag)
            .unwrap_or(Language::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_a_locale_tag() {
        assert_eq!(Language::from_tag("ko_KR.UTF-8"), Language::Ko);
        assert_eq!(Language::from_tag("ko-KR"), Language::Ko);
        assert_eq!(Language::from_tag("en_US"), Language::En);
        assert_eq!(Language::from_tag("C"), Language::En);
    }

    #[test]
    fn a_saved_choice_wins_over_the_system() {
        assert_eq!(
            Language::choose(Some("en"), Some("ko_KR.UTF-8")),
            Language::En
        );
        assert_eq!(Language::choose(None, Some("ko_KR.UTF-8")), Language::Ko);
        assert_eq!(Language::choose(None, None), Language::En);
    }
}
