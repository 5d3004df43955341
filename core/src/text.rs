//! Rules for the text the user types: required names, short codes, long notes.
//!
//! Lengths count characters, not bytes, so a Korean title has the same room as an English one.

use crate::check::Field;
use crate::error::{Error, Result, Rule};

/// Names and titles: long enough for any real one, short enough to show in a list.
pub const NAME_MAX: usize = 200;
/// Reference numbers, agent IDs, phone numbers, currency codes and the like.
pub const SHORT_MAX: usize = 200;
/// Notes, descriptions and read-back summaries take long pasted text (a whole email thread).
pub const LONG_MAX: usize = 200_000;

/// A required single-line value: trimmed, not empty, at most `max` characters.
pub fn required(field: Field, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid(field, Rule::Empty));
    }
    within(field, value, max)?;
    Ok(value.to_string())
}

/// An optional single-line value: trimmed; empty becomes `None`.
pub fn optional(field: Field, value: Option<&str>, max: usize) -> Result<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => {
            within(field, v, max)?;
            Ok(Some(v.to_string()))
        }
    }
}

/// Free text kept exactly as typed (line breaks and leading spaces matter in a pasted email),
/// only dropped when it is nothing but white space.
pub fn long(field: Field, value: Option<&str>) -> Result<Option<String>> {
    match value {
        None => Ok(None),
        Some(v) if v.trim().is_empty() => Ok(None),
        Some(v) => {
            within(field, v, LONG_MAX)?;
            Ok(Some(v.to_string()))
        }
    }
}

/// A list of single-line values (phone numbers, emails): each trimmed, empty ones dropped.
pub fn list(field: Field, values: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::with_capacity(values.len());
    for v in values {
        if let Some(v) = optional(field, Some(v), SHORT_MAX)? {
            out.push(v);
        }
    }
    Ok(out)
}

/// Email addresses, each like `name@example.com`: one `@`, something before it, and a domain
/// with a dot after it, no spaces.
pub fn emails(field: Field, values: &[String]) -> Result<Vec<String>> {
    let list = list(field, values)?;
    let looks_right = |e: &String| {
        e.split_once('@').is_some_and(|(name, domain)| {
            !name.is_empty()
                && !domain.contains('@')
                && domain.split('.').filter(|p| !p.is_empty()).count() >= 2
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }) && !e.chars().any(char::is_whitespace)
    };
    match list.iter().all(looks_right) {
        true => Ok(list),
        false => Err(Error::invalid(field, Rule::NotAllowed)),
    }
}

/// A web address: `https://…` or `http://…`, or a bare `example.com/help` (kept as typed), with
/// a host that has a dot and no spaces.
/// A company's web address as a browser opens it: checked as [`web_address`] does, with
/// `https://` put in front when it was saved without a scheme ("example.com/help").
pub fn link_to_open(field: Field, value: &str) -> Result<String> {
    let url = web_address(field, Some(value))?.ok_or(Error::invalid(field, Rule::Empty))?;
    Ok(
        if url.starts_with("https://") || url.starts_with("http://") {
            url
        } else {
            format!("https://{url}")
        },
    )
}

pub fn web_address(field: Field, value: Option<&str>) -> Result<Option<String>> {
    let Some(url) = optional(field, value, SHORT_MAX)? else {
        return Ok(None);
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(&url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = host.contains('.') && !host.starts_with('.') && !host.ends_with('.');
    if host_ok && !url.chars().any(char::is_whitespace) {
        Ok(Some(url))
    } else {
        Err(Error::invalid(field, Rule::NotAllowed))
    }
}

fn within(field: Field, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(Error::over(field, Rule::TooLong, max));
    }
    Ok(())
}

/// `text` cut to `max` characters, the last one "…" when anything was cut.
pub fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    text.chars().take(max.saturating_sub(1)).collect::<String>() + "…"
}

/// The most characters of a value an error message repeats back.
pub const SHOWN_MAX: usize = 60;

/// A value as an error message repeats it: on one line, control characters escaped (a
/// newline as `\n`, an escape sequence as `\u{1b}`), and a long one shortened with "…", so
/// an error stays one readable line whatever was typed.
pub fn shown(value: &str) -> String {
    shortened(&printable(value, false), SHOWN_MAX)
}

/// Text safe to print to a terminal: control characters (which a terminal would obey, as
/// colours, a cleared screen or a moved cursor) are written out escaped instead. Line breaks
/// and tabs are kept when `lines` is true.
pub fn printable(text: &str, lines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if lines && (c == '\n' || c == '\t') {
            out.push(c);
        } else if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_web_address_opens_with_a_scheme_and_nothing_else_opens() {
        let open = |v: &str| link_to_open(Field::Website, v);
        assert_eq!(
            open("example.com/help").unwrap(),
            "https://example.com/help"
        );
        assert_eq!(open("http://example.com").unwrap(), "http://example.com");
        assert!(open("file:///etc/passwd").is_err());
        assert!(open("javascript:alert(1)").is_err());
        assert!(open("not a url").is_err());
    }

    #[test]
    fn a_value_in_an_error_is_one_short_line_with_controls_escaped() {
        assert_eq!(shown("Acme\nInc"), "Acme\\nInc");
        assert_eq!(shown("\u{1b}[31mred"), "\\u{1b}[31mred");
        let long = shown(&"x".repeat(100_000));
        assert_eq!(long.chars().count(), SHOWN_MAX);
        assert!(long.ends_with('…'));
        assert_eq!(shown("케이티"), "케이티");
    }

    #[test]
    fn printed_text_keeps_its_lines_but_not_escape_sequences() {
        assert_eq!(
            printable("a\tb\nc\u{1b}]0;pwned\u{7}\u{9b}", true),
            "a\tb\nc\\u{1b}]0;pwned\\u{7}\\u{9b}"
        );
    }

    fn rule(r: Result<impl std::fmt::Debug>) -> Rule {
        match r {
            Err(Error::Invalid(problems)) => problems[0].rule,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn required_refuses_empty_and_whitespace_only() {
        assert_eq!(rule(required(Field::Name, "", NAME_MAX)), Rule::Empty);
        assert_eq!(rule(required(Field::Name, " \t\n ", NAME_MAX)), Rule::Empty);
        // A full-width space is white space too, as a Korean keyboard types it.
        assert_eq!(
            rule(required(Field::Name, "\u{3000}", NAME_MAX)),
            Rule::Empty
        );
    }

    #[test]
    fn required_trims_and_keeps_hangul_and_emoji() {
        assert_eq!(
            required(Field::Name, "  케이티 고객센터 📞 ", NAME_MAX).unwrap(),
            "케이티 고객센터 📞"
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let hangul = "가".repeat(NAME_MAX); // 600 bytes, 200 characters
        assert!(required(Field::Title, &hangul, NAME_MAX).is_ok());
        let too_long = "가".repeat(NAME_MAX + 1);
        assert_eq!(
            rule(required(Field::Title, &too_long, NAME_MAX)),
            Rule::TooLong
        );
    }

    #[test]
    fn long_text_of_100k_characters_is_kept_whole() {
        let pasted = "line one\n  indented 🙂\n".repeat(5_000);
        assert!(pasted.chars().count() >= 100_000);
        assert_eq!(long(Field::Notes, Some(&pasted)).unwrap().unwrap(), pasted);
    }

    #[test]
    fn long_text_over_the_limit_is_refused() {
        let huge = "x".repeat(LONG_MAX + 1);
        assert_eq!(rule(long(Field::Notes, Some(&huge))), Rule::TooLong);
    }

    #[test]
    fn optional_and_list_drop_blank_values() {
        assert_eq!(
            optional(Field::Reference, Some("   "), SHORT_MAX).unwrap(),
            None
        );
        assert_eq!(
            list(Field::Phones, &["  ".into(), " 080-1234 ".into()]).unwrap(),
            vec!["080-1234".to_string()]
        );
    }
}
