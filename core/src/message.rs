//! Casebook's words, in English and Korean: one catalogue for the window, notifications, the
//! tray, the command line and error messages.
//!
//! The catalogue is `core/messages/{en,ko}.toml`, embedded here and exported to the window as
//! `ui/src/lib/bindings/messages.ts` by this module's test (drift-checked like every binding).
//! A template's `{name}` is filled with a value; `{name|을/를}` also puts after the value the
//! Korean particle that fits its last sound; keys ending in `.one`/`.other` are plural forms.
//! These are the only formatting rules, so the window's `fill` follows them too, and the
//! examples exported with the catalogue check that it does.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::sync::OnceLock;

use crate::language::Language;

const EN: &str = include_str!("../messages/en.toml");
const KO: &str = include_str!("../messages/ko.toml");

struct Catalogue {
    en: BTreeMap<String, String>,
    ko: BTreeMap<String, String>,
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue {
        // The files are part of the build and checked by this module's tests, so a broken one
        // cannot ship.
        en: toml::from_str(EN).expect("messages/en.toml is a table of strings"),
        ko: toml::from_str(KO).expect("messages/ko.toml is a table of strings"),
    })
}

/// A value for a placeholder: `("count", &3)`.
pub type Arg<'a> = (&'a str, &'a dyn Display);

impl Language {
    /// The message `key`, with nothing to fill.
    pub fn text(self, key: &str) -> String {
        self.fill(key, &[])
    }

    /// The message `key` with its placeholders filled from `args`.
    pub fn fill(self, key: &str, args: &[Arg]) -> String {
        fill(template(self, key), args)
    }

    /// The plural message `base.one` or `base.other` that fits `count`, which fills `{count}`.
    pub fn count(self, base: &str, count: i64, args: &[Arg]) -> String {
        let form = if self.has_singular() && count == 1 {
            "one"
        } else {
            "other"
        };
        let mut all: Vec<Arg> = vec![("count", &count)];
        all.extend_from_slice(args);
        self.fill(&format!("{base}.{form}"), &all)
    }

    /// Whether a count of one takes its own form ("1 case"): English has a singular; Korean
    /// counts with the same form for every number. The window is given this in messages.ts.
    pub fn has_singular(self) -> bool {
        self == Language::En
    }

    /// The tag the catalogue and the window use: `en`, `ko`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ko => "ko",
        }
    }
}

fn template(lang: Language, key: &str) -> &'static str {
    let c = catalogue();
    let own = match lang {
        Language::En => &c.en,
        Language::Ko => &c.ko,
    };
    match own.get(key).or_else(|| c.en.get(key)) {
        Some(text) => text,
        None => {
            // Every key the code names must exist; the debug builds every test runs fail loudly.
            debug_assert!(false, "no message {key:?} in messages/en.toml");
            ""
        }
    }
}

/// Fills `{name}` and `{name|을/를}` placeholders; one without a value is left as written.
pub fn fill(template: &str, args: &[Arg]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inside = &after[..close];
        let (name, particle) = match inside.split_once('|') {
            Some((name, particle)) => (name, Some(particle)),
            None => (inside, None),
        };
        let value = is_name(name)
            .then(|| args.iter().find(|(n, _)| *n == name))
            .flatten();
        match value {
            Some((_, value)) => {
                let value = value.to_string();
                let particle = particle.map(|p| josa(&value, p));
                out.push_str(&value);
                out.push_str(particle.as_deref().unwrap_or(""));
            }
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

fn is_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// The Korean particle that follows `word`: the first of a pair like "을/를" after a final
/// consonant, the second after a vowel ("으로/로" also takes "로" after ㄹ). A word whose
/// last sound cannot be told (a symbol) gets both: "을(를)".
pub fn josa(word: &str, pair: &str) -> String {
    let Some((with_consonant, with_vowel)) = pair.split_once('/') else {
        return pair.to_string();
    };
    let final_sound = word.trim().chars().last().and_then(|last| match last {
        '가'..='힣' => Some((last as u32 - '가' as u32) % 28),
        // How Korean reads Latin letters and digits: "엘", "엠", "삼" end in a consonant.
        c if c.is_ascii_alphanumeric() => {
            Some(u32::from("lmnr0136780".contains(c.to_ascii_lowercase())))
        }
        _ => None,
    });
    match final_sound {
        None => format!("{with_consonant}({with_vowel})"),
        // ㄹ is final 8.
        Some(8) if with_consonant == "으로" => with_vowel.to_string(),
        Some(0) => with_vowel.to_string(),
        Some(_) => with_consonant.to_string(),
    }
}

/// The whole of `messages.ts`: both catalogues and examples of filling that the window's own
/// `fill` must reproduce.
///
/// The catalogues are written as JSON text that the window reads with `JSON.parse`:
/// JavaScriptCore reads them that way in about a third of the time it takes to read the same
/// objects written as code (the first screen painted 8 ms sooner). Each is read the first time
/// its language is used, so a window in one language never reads the other's.
/// The text is a raw template, one message a line, so a changed message is a changed line.
pub fn typescript() -> String {
    let c = catalogue();
    let keys: String =
        c.en.keys()
            .map(|key| format!("\n  | {}", json_text(key)))
            .collect();
    let object = |map: &BTreeMap<String, String>| {
        let entries: Vec<String> = map
            .iter()
            .map(|(key, value)| format!("  {}: {}", json_text(key), json_text(value)))
            .collect();
        format!("String.raw`{{\n{}\n}}`", entries.join(",\n"))
    };
    let mut examples = String::from("[\n");
    for (template, args) in EXAMPLES {
        let filled = fill(
            template,
            &args
                .iter()
                .map(|(n, v)| (*n, v as &dyn Display))
                .collect::<Vec<_>>(),
        );
        let params: serde_json::Map<String, serde_json::Value> = args
            .iter()
            .map(|(n, v)| (n.to_string(), serde_json::Value::from(*v)))
            .collect();
        examples += &format!(
            "  [{}, {}, {}],\n",
            serde_json::to_string(template).expect("a string serializes"),
            serde_json::Value::Object(params),
            serde_json::to_string(&filled).expect("a string serializes")
        );
    }
    examples += "]";
    format!(
        "// Casebook's words, from core/messages/*.toml. Written by core's tests; do not edit.\n\n\
         /** Every message's key. */\n\
         export type MessageKey ={keys};\n\n\
         /** Each language's messages as JSON text, read the first time they are used. */\n\
         const TEXT = {{\n  en: {},\n  ko: {},\n}};\n\n\
         const read: {{ en?: Record<MessageKey, string>; ko?: Record<MessageKey, string> }} = {{}};\n\n\
         /** Every message in `lang`, by key. */\n\
         export function messagesIn(lang: 'en' | 'ko'): Record<MessageKey, string> {{\n  \
         return (read[lang] ??= JSON.parse(TEXT[lang]) as Record<MessageKey, string>);\n}}\n\n\
         /** Whether a count of one takes the `.one` form (every other count takes `.other`). */\n\
         export const HAS_SINGULAR = {{ en: {}, ko: {} }} as const;\n\n\
         /** Templates, values and what core's `fill` makes of them. */\n\
         export const FILL_EXAMPLES: readonly (readonly [string, Record<string, string>, string])[] = {};\n",
        object(&c.en),
        object(&c.ko),
        Language::En.has_singular(),
        Language::Ko.has_singular(),
        examples
    )
}

/// `text` as a JSON string that can stand inside a raw template literal: a backquote would end
/// it and `${` would start a placeholder, so both are written as JSON escapes.
fn json_text(text: &str) -> String {
    serde_json::to_string(text)
        .expect("a string serializes")
        .replace('`', "\\u0060")
        .replace('$', "\\u0024")
}

/// Fillings the window must agree with core on: particles after Hangul, Latin letters,
/// digits and symbols, ㄹ before 로, a missing value and a stray brace.
const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    ("{x|을/를} 입력하세요", &[("x", "제목")]),
    ("{x|을/를} 입력하세요", &[("x", "메모")]),
    ("{x|이/가} 없습니다", &[("x", "통화")]),
    ("{x|이/가} 없습니다", &[("x", "금액")]),
    ("{x|으로/로} 이동", &[("x", "서울")]),
    ("{x|으로/로} 이동", &[("x", "부산")]),
    ("{x|으로/로} 이동", &[("x", "집")]),
    ("{x|을/를} 확인", &[("x", "URL")]),
    ("{x|을/를} 확인", &[("x", "ID 4471")]),
    ("{x|을/를} 확인", &[("x", "ABC-12")]),
    ("{x|을/를} 확인", &[("x", "—")]),
    ("{name} ({code})", &[("name", "Jane"), ("code", "4471")]),
    ("Hello {who}", &[]),
    ("{ not a placeholder } {x}", &[("x", "1")]),
    ("unclosed {x", &[("x", "1")]),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<String> {
        let mut names: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}'))
            .map(|(inside, _)| inside.split('|').next().unwrap_or("").to_string())
            .filter(|name| is_name(name))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn english_and_korean_have_the_same_keys_and_placeholders() {
        let c = catalogue();
        let en: Vec<&String> = c.en.keys().collect();
        let ko: Vec<&String> = c.ko.keys().collect();
        assert_eq!(en, ko, "en.toml and ko.toml must have the same keys");
        let differ: Vec<&String> =
            c.en.iter()
                .filter(|(k, v)| placeholders(v) != placeholders(&c.ko[*k]))
                .map(|(k, _)| k)
                .collect();
        assert!(differ.is_empty(), "placeholders differ in {differ:?}");
        let empty: Vec<&String> =
            c.en.iter()
                .chain(c.ko.iter())
                .filter(|(_, v)| v.trim().is_empty())
                .map(|(k, _)| k)
                .collect();
        assert!(empty.is_empty(), "empty messages: {empty:?}");
    }

    #[test]
    fn fills_placeholders_and_korean_particles() {
        assert_eq!(
            Language::Ko.fill("rule.empty", &[("field", &"제목")]),
            "제목을 입력하세요"
        );
        assert_eq!(
            Language::Ko.fill("rule.empty", &[("field", &"회사 이름")]),
            "회사 이름을 입력하세요"
        );
        assert_eq!(fill("{x|을/를} 확인", &[("x", &"메모")]), "메모를 확인");
        assert_eq!(fill("{x|으로/로}", &[("x", &"서울")]), "서울로");
        assert_eq!(fill("{x|을/를}", &[("x", &"—")]), "—을(를)");
        assert_eq!(fill("Hello {who}", &[]), "Hello {who}");
    }

    #[test]
    fn counts_pick_the_plural_form() {
        assert_eq!(
            Language::En.count("caseRow.pending", 1, &[]),
            "1 pending promise"
        );
        assert_eq!(
            Language::En.count("caseRow.pending", 3, &[]),
            "3 pending promises"
        );
        assert_eq!(
            Language::Ko.count("caseRow.pending", 1, &[]),
            "대기 중인 약속 1건"
        );
    }

    #[test]
    fn a_message_goes_into_the_windows_raw_template_as_json_that_reads_back_the_same() {
        let message = "a `quoted` ${not a placeholder} \\ \"x\"\n";
        let written = json_text(message);
        assert!(!written.contains('`') && !written.contains('$'));
        assert_eq!(serde_json::from_str::<String>(&written).unwrap(), message);
    }

    /// Writes messages.ts where ts-rs writes the other bindings; CI fails if it differs from
    /// what is committed.
    #[test]
    fn export_messages_for_the_window() {
        let text = typescript();
        assert!(text.contains("\n  | \"nav.home\"\n"));
        assert!(text.contains("\n  \"nav.home\": \"Home\",\n"));
        assert!(text.contains("\n  \"nav.home\": \"홈\",\n"));
        assert!(
            text.contains("[\"{x|을/를} 입력하세요\", {\"x\":\"제목\"}, \"제목을 입력하세요\"]")
        );
        if let Some(dir) = std::env::var_os("TS_RS_EXPORT_DIR") {
            let path = std::path::Path::new(&dir).join("messages.ts");
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                std::fs::write(path, text).unwrap();
            }
        }
    }
}
