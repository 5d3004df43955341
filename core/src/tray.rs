//! The words of the tray menu, in the user's language, next to the notifications' words
//! (`notice`), so the shell only places them.

use crate::language::Language;

/// The tray menu's three lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayText {
    pub open: String,
    /// How much is overdue, or that it cannot be known.
    pub overdue: String,
    pub quit: String,
    /// The icon's tooltip.
    pub tooltip: String,
}

/// The tray's text for `overdue` items, or for a database that could not be read (`None`),
/// which must not look like a clear day.
pub fn tray_text(lang: Language, overdue: Option<i64>) -> TrayText {
    let overdue_line = match overdue {
        Some(0) => lang.text("tray.nothingOverdue"),
        Some(n) => lang.fill("nav.overdue", &[("count", &n)]),
        None => lang.text("tray.unknown"),
    };
    TrayText {
        open: lang.text("tray.open"),
        quit: lang.text("tray.quit"),
        tooltip: match overdue {
            Some(0) => lang.text("app.name"),
            _ => lang.fill("tray.tooltip", &[("status", &overdue_line)]),
        },
        overdue: overdue_line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tray_says_how_much_is_overdue_in_each_language() {
        let en = tray_text(Language::En, Some(3));
        assert_eq!(
            (
                en.open.as_str(),
                en.overdue.as_str(),
                en.quit.as_str(),
                en.tooltip.as_str()
            ),
            ("Open Casebook", "3 overdue", "Quit", "Casebook — 3 overdue")
        );
        let ko = tray_text(Language::Ko, Some(0));
        assert_eq!(
            (
                ko.open.as_str(),
                ko.overdue.as_str(),
                ko.quit.as_str(),
                ko.tooltip.as_str()
            ),
            ("Casebook 열기", "기한 지난 항목 없음", "종료", "Casebook")
        );
    }

    #[test]
    fn an_unreadable_database_is_not_a_clear_day() {
        assert_eq!(
            tray_text(Language::En, None).overdue,
            "Reminders cannot be checked: open Casebook"
        );
        assert_eq!(
            tray_text(Language::Ko, None).tooltip,
            "Casebook — 알림을 확인할 수 없음: Casebook을 열어 보세요"
        );
    }
}
