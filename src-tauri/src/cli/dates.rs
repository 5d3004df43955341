//! Dates on the command line: ISO 8601, in local time unless an offset is given.

use chrono::{Local, NaiveDateTime, TimeZone};

/// `2026-11-30` stays a day; `2026-11-30T17:00` (or with a space) is read in local time and
/// given its offset; anything with an offset passes as it is. Core refuses what is left.
pub fn to_core(text: &str) -> String {
    let text = text.trim();
    for format in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(text, format) {
            if let Some(local) = Local.from_local_datetime(&naive).earliest() {
                return local.to_rfc3339();
            }
        }
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_stays_a_day_and_a_local_time_gets_an_offset() {
        assert_eq!(to_core("2026-11-30"), "2026-11-30");
        let t = to_core("2026-11-30T17:00");
        assert!(t.starts_with("2026-11-30T17:00:00"), "{t}");
        assert!(chrono::DateTime::parse_from_rfc3339(&t).is_ok());
        assert_eq!(
            to_core("2026-11-30T17:00:00+09:00"),
            "2026-11-30T17:00:00+09:00"
        );
        assert_eq!(to_core("Monday"), "Monday");
    }
}
