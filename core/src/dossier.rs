//! The dossier: one case laid out as a PDF for a supervisor, an ombudsman or a small-claims
//! court — who the company is, what is asked for, a summary, then every contact, promise,
//! follow-up and step up the ladder in date order.
//!
//! Written with krilla, the PDF writer behind Typst: it embeds only the glyphs used (so a
//! Korean dossier stays small although the font covers all of Hangul) and writes a ToUnicode
//! map, so the text can be searched, copied and extracted. Each character is placed as its
//! glyph with the font's own advance: Latin and Hangul need no shaping, and a shaper would add
//! half a megabyte to the binary. The font, NanumGothic (SIL Open
//! Font License, `core/fonts/`), is built in: the dossier looks the same on every machine and
//! needs nothing installed. Lines are broken here, measured with the font's own advances.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use skrifa::instance::{LocationRef, Size};
use skrifa::MetadataProvider;

use crate::case_file::{CaseFile, TimelineKind};
use crate::db::Store;
use crate::due::Due;
use crate::error::{Error, Result};
use crate::language::Language;
use crate::letters::long_date;
use crate::promise::{Promise, PromiseStatus};

/// The dossier's typeface, Latin and all of Hangul in one font: the largest thing in the binary,
/// which only a dossier needs, so it is built in brotli-compressed (4.7 MB to 2.1 MB; `make
/// font` makes the compressed file from `NanumGothic.ttf`, as its authors publish it).
const FONT_PACKED: &[u8] = include_bytes!("../fonts/NanumGothic.ttf.br");

/// The font, unpacked for one dossier (and dropped with it, so the tray app does not hold
/// 4.7 MB it rarely needs).
fn font_bytes() -> Result<Vec<u8>> {
    use std::io::Read;
    let mut font = Vec::with_capacity(5 << 20);
    brotli_decompressor::Decompressor::new(FONT_PACKED, 64 << 10)
        .read_to_end(&mut font)
        .map_err(|_| Error::Conflict("the built-in font cannot be read".into()))?;
    Ok(font)
}

/// A page size in points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Letter where it is the usual paper (the United States, Canada, Mexico, the
    /// Philippines), A4 everywhere else. `locale` is a BCP 47 tag such as `en-US`.
    pub fn for_locale(locale: Option<&str>) -> Paper {
        let region = locale
            .unwrap_or("")
            .split(['-', '_', '.'])
            .nth(1)
            .unwrap_or("")
            .to_ascii_uppercase();
        match region.as_str() {
            "US" | "CA" | "MX" | "PH" => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// The system's usual paper, from its locale.
    pub fn system() -> Paper {
        Paper::for_locale(sys_locale::get_locale().as_deref())
    }

    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

const MARGIN: f32 = 56.0;
const FOOTER: f32 = 36.0;
const BODY: f32 = 10.0;

/// How a block of text looks.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    indent: f32,
    gap_before: f32,
    grey: bool,
}

const TITLE: Style = Style {
    size: 20.0,
    indent: 0.0,
    gap_before: 0.0,
    grey: false,
};
const HEADING: Style = Style {
    size: 13.0,
    indent: 0.0,
    gap_before: 14.0,
    grey: false,
};
const TEXT: Style = Style {
    size: BODY,
    indent: 0.0,
    gap_before: 2.0,
    grey: false,
};
const ENTRY: Style = Style {
    size: BODY,
    indent: 0.0,
    gap_before: 8.0,
    grey: false,
};
const DETAIL: Style = Style {
    size: BODY,
    indent: 14.0,
    gap_before: 1.0,
    grey: false,
};
const NOTE: Style = Style {
    size: 9.0,
    indent: 14.0,
    gap_before: 1.0,
    grey: true,
};

enum Block {
    Text(Style, String),
    Rule,
}

/// Widths of text in the dossier's font.
struct Measure<'a> {
    charmap: skrifa::charmap::Charmap<'a>,
    metrics: skrifa::metrics::GlyphMetrics<'a>,
}

impl<'a> Measure<'a> {
    fn new(font: &'a skrifa::FontRef<'a>) -> Self {
        Measure {
            charmap: font.charmap(),
            // At size 1 advances are in ems, so any size is a multiplication away.
            metrics: font.glyph_metrics(Size::new(1.0), LocationRef::default()),
        }
    }

    /// The glyph for `c` and its advance in ems (a missing character gets the font's "missing"
    /// glyph, half an em wide).
    fn glyph(&self, c: char) -> (u32, f32) {
        let glyph = self.charmap.map(c);
        let advance = glyph
            .and_then(|g| self.metrics.advance_width(g))
            .unwrap_or(0.5);
        (glyph.map_or(0, |g| g.to_u32()), advance)
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    /// `text` as a run of glyphs, each carrying the bytes it stands for (the PDF's text).
    fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        text.char_indices()
            .map(|(at, c)| {
                let (id, advance) = self.glyph(c);
                KrillaGlyph {
                    glyph_id: GlyphId::new(id),
                    text_range: at..at + c.len_utf8(),
                    x_advance: advance,
                    x_offset: 0.0,
                    y_offset: 0.0,
                    y_advance: 0.0,
                    location: None,
                }
            })
            .collect()
    }

    /// `text` broken into lines no wider than `width`: at spaces, and inside a word only when
    /// the word alone is wider (a link, a hash).
    fn lines(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                line.push(c);
                if self.width(&line, size) > width {
                    line.pop();
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                }
            }
        }
        lines.push(line);
        lines
    }
}

/// One line placed on a page: its baseline from the top.
struct Placed {
    x: f32,
    y: f32,
    style: Style,
    text: String,
}

enum Mark {
    Line(Placed),
    Rule(f32),
}

/// Lays the blocks out on pages of `paper`, top to bottom.
fn paginate(blocks: &[Block], paper: Paper, measure: &Measure) -> Vec<Vec<Mark>> {
    let (w, h) = paper.size();
    let bottom = h - MARGIN - FOOTER;
    let mut pages: Vec<Vec<Mark>> = vec![Vec::new()];
    let mut y = MARGIN;
    for block in blocks {
        match block {
            Block::Rule => {
                y += 6.0;
                if y > bottom {
                    pages.push(Vec::new());
                    y = MARGIN;
                }
                pages.last_mut().expect("a page").push(Mark::Rule(y));
                y += 6.0;
            }
            Block::Text(style, text) => {
                let leading = style.size * 1.45;
                let width = w - 2.0 * MARGIN - style.indent;
                if y > MARGIN {
                    y += style.gap_before;
                }
                for paragraph in text.replace('\t', " ").split('\n') {
                    for line in measure.lines(paragraph, style.size, width) {
                        if y + leading > bottom {
                            pages.push(Vec::new());
                            y = MARGIN;
                        }
                        y += leading;
                        pages.last_mut().expect("a page").push(Mark::Line(Placed {
                            x: MARGIN + style.indent,
                            y: y - style.size * 0.3,
                            style: *style,
                            text: line,
                        }));
                    }
                }
            }
        }
    }
    pages
}

fn fill(grey: bool) -> Fill {
    let shade = if grey { 96 } else { 20 };
    Fill {
        paint: rgb::Color::new(shade, shade, shade).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// The PDF of `blocks` with a footer on every page.
fn render(
    blocks: &[Block],
    footer: &dyn Fn(usize, usize) -> String,
    paper: Paper,
    title: &str,
    lang: Language,
) -> Result<Vec<u8>> {
    let font_data = font_bytes()?;
    let font_ref = skrifa::FontRef::new(&font_data).map_err(|e| Error::Conflict(e.to_string()))?;
    let measure = Measure::new(&font_ref);
    let font = Font::new(font_data.clone().into(), 0)
        .ok_or_else(|| Error::Conflict("the built-in font cannot be read".into()))?;
    let pages = paginate(blocks, paper, &measure);
    let (w, h) = paper.size();
    let mut document = Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(title.to_string())
            .language(lang.tag().to_string())
            .creator("Casebook".to_string()),
    );
    let count = pages.len();
    for (n, marks) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(w, h).expect("a page size");
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for mark in marks {
            match mark {
                Mark::Line(p) => {
                    surface.set_fill(Some(fill(p.style.grey)));
                    surface.draw_glyphs(
                        Point::from_xy(p.x, p.y),
                        &measure.glyphs(&p.text),
                        font.clone(),
                        &p.text,
                        p.style.size,
                        false,
                    );
                }
                Mark::Rule(y) => {
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(MARGIN, *y, w - 2.0 * MARGIN, 0.6) {
                        path.push_rect(rect);
                    }
                    if let Some(path) = path.finish() {
                        surface.set_fill(Some(fill(true)));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        let said = footer(n + 1, count);
        let size = 8.0;
        surface.set_fill(Some(fill(true)));
        surface.draw_glyphs(
            Point::from_xy(MARGIN, h - MARGIN + 4.0),
            &measure.glyphs(&said),
            font.clone(),
            &said,
            size,
            false,
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| Error::Conflict(format!("the PDF could not be written: {e:?}")))
}

/// "5 days late", or nothing when on time.
fn lateness(due: NaiveDate, done: NaiveDate, lang: Language) -> Option<String> {
    let days = (done - due).num_days();
    (days > 0).then(|| lang.count("dossier.late", days, &[]))
}

/// Where a dossier was written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DossierDone {
    pub file: String,
    #[ts(type = "number")]
    pub bytes: usize,
}

impl Store {
    /// Writes the dossier of case `case_id` to `path`, whole or not at all.
    pub fn write_dossier<Tz: TimeZone>(
        &self,
        case_id: i64,
        path: &std::path::Path,
        lang: Language,
        paper: Paper,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<DossierDone> {
        let pdf = self.dossier(case_id, lang, paper, now, tz)?;
        crate::backup::write_whole(path, &pdf)?;
        Ok(DossierDone {
            file: path.to_string_lossy().into_owned(),
            bytes: pdf.len(),
        })
    }

    /// The dossier of case `case_id` as a PDF, in `lang` on `paper`, as of `now` in `tz`.
    pub fn dossier<Tz: TimeZone>(
        &self,
        case_id: i64,
        lang: Language,
        paper: Paper,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Vec<u8>> {
        let file = self.case_file(case_id)?;
        let user = self.user_name()?;
        let blocks = self.dossier_blocks(&file, user.as_deref(), lang, now, tz);
        let today = long_date(now.with_timezone(tz).date_naive(), lang);
        let footer = |page: usize, pages: usize| {
            lang.fill(
                "dossier.footer",
                &[
                    ("title", &crate::text::shortened(&file.case.title, 60)),
                    ("date", &today),
                    ("page", &page),
                    ("pages", &pages),
                ],
            )
        };
        let title = lang.fill("dossier.title", &[("title", &file.case.title)]);
        render(&blocks, &footer, paper, &title, lang)
    }

    fn dossier_blocks<Tz: TimeZone>(
        &self,
        file: &CaseFile,
        user: Option<&str>,
        lang: Language,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Vec<Block> {
        let day_of = |at: DateTime<Utc>| at.with_timezone(tz).date_naive();
        let day = |at: DateTime<Utc>| long_date(day_of(at), lang);
        let when = |at: DateTime<Utc>| {
            let local = at.with_timezone(tz);
            format!(
                "{} {}",
                long_date(local.date_naive(), lang),
                local.naive_local().format("%H:%M")
            )
        };
        let due = |d: Due| match d {
            Due::Date { date } => long_date(date, lang),
            Due::At { at } => when(at),
        };
        let due_day = |d: Due| match d {
            Due::Date { date } => date,
            Due::At { at } => day_of(at),
        };
        let today = day_of(now);
        let (case, company) = (&file.case, &file.company);
        let mut b = vec![
            Block::Text(TITLE, lang.fill("dossier.title", &[("title", &case.title)])),
            Block::Text(
                TEXT,
                lang.fill("dossier.generated", &[("date", &long_date(today, lang))]),
            ),
        ];
        if let Some(name) = user {
            b.push(Block::Text(
                TEXT,
                lang.fill("dossier.preparedBy", &[("name", &name)]),
            ));
        }
        b.push(Block::Rule);

        // Who and what.
        let mut fact = |key: &str, value: String| {
            // Each fact is one line of its own, however it was typed.
            b.push(Block::Text(TEXT, lang.fill(key, &[("value", &value)])));
        };
        fact("dossier.company", company.name.clone());
        let contacts: Vec<String> = company
            .phones
            .iter()
            .chain(&company.emails)
            .chain(company.website.iter())
            .chain(company.help_url.iter())
            .chain(&company.social)
            .cloned()
            .collect();
        if !contacts.is_empty() {
            fact("dossier.companyContacts", contacts.join(" · "));
        }
        if let Some(want) = &case.desired_outcome {
            fact("dossier.want", want.clone());
        }
        if let Some(money) = &case.money {
            fact(
                "dossier.money",
                format!("{} {}", money.amount, money.currency),
            );
        }
        for id in company.accounts.iter().chain(&case.identifiers) {
            fact("dossier.identifier", format!("{}: {}", id.label, id.value));
        }
        fact(
            "dossier.level",
            lang.text(&format!("escalation.{}", case.escalation.as_str())),
        );
        fact(
            "dossier.status",
            lang.text(&format!("dossier.status.{}", case.status.as_str())),
        );
        if let Some(description) = &case.description {
            fact("dossier.description", description.clone());
        }

        // The summary a reader takes in first.
        let hold: i64 = file.interactions.iter().filter_map(|i| i.hold_min).sum();
        let count = |status: PromiseStatus| {
            file.promises.iter().filter(|p| p.status == status).count() as i64
        };
        b.push(Block::Text(HEADING, lang.text("dossier.summary")));
        let opened_days = (today - day_of(case.opened_at)).num_days().max(0);
        for line in [
            lang.count(
                "dossier.daysOpen",
                opened_days,
                &[("date", &day(case.opened_at))],
            ),
            lang.count("dossier.contacts", file.interactions.len() as i64, &[]),
            lang.count("dossier.hold", hold, &[]),
            lang.fill(
                "dossier.promises",
                &[
                    ("made", &file.promises.len()),
                    ("kept", &count(PromiseStatus::Kept)),
                    ("broken", &count(PromiseStatus::Broken)),
                    ("pending", &count(PromiseStatus::Pending)),
                ],
            ),
        ] {
            b.push(Block::Text(DETAIL, format!("• {line}")));
        }

        // The whole story, oldest first.
        b.push(Block::Text(HEADING, lang.text("dossier.timeline")));
        if file.timeline.is_empty() {
            b.push(Block::Text(TEXT, lang.text("dossier.nothingLogged")));
        }
        let promise_lines = |p: &Promise| -> Vec<String> {
            let status = match p.status {
                PromiseStatus::Kept => {
                    let late = p
                        .status_at
                        .and_then(|at| lateness(due_day(p.due), day_of(at), lang));
                    match late {
                        Some(late) => lang.fill("dossier.keptLate", &[("late", &late)]),
                        None => lang.text("promiseStatus.kept"),
                    }
                }
                PromiseStatus::Broken | PromiseStatus::Pending => {
                    let word = lang.text(&format!("promiseStatus.{}", p.status.as_str()));
                    match lateness(due_day(p.due), today, lang) {
                        Some(late) => format!("{word}, {late}"),
                        None => word,
                    }
                }
                PromiseStatus::Withdrawn => lang.text("promiseStatus.withdrawn"),
            };
            let by = match &p.agent {
                Some(a) => lang.fill("dossier.promiseBy", &[("who", &agent_said(a, lang))]),
                None => lang.text("dossier.promiseByCompany"),
            };
            vec![lang.fill(
                "dossier.promise",
                &[
                    ("what", &p.description),
                    ("by", &by),
                    ("due", &due(p.due)),
                    ("status", &status),
                ],
            )]
        };
        let escalations: Vec<&crate::edit::Edit> = file.escalations().collect();
        for entry in &file.timeline {
            match entry.kind {
                TimelineKind::Interaction => {
                    let Some(i) = file.interactions.iter().find(|i| i.id == entry.id) else {
                        continue;
                    };
                    b.push(Block::Text(
                        ENTRY,
                        format!(
                            "{} — {} · {}",
                            when(i.occurred_at),
                            lang.text(&format!("channel.{}", i.channel.as_str())),
                            lang.text(&format!("direction.{}", i.direction.as_str()))
                        ),
                    ));
                    let mut parts = Vec::new();
                    if let Some(a) = &i.agent {
                        parts.push(lang.fill("dossier.agent", &[("who", &agent_said(a, lang))]));
                    }
                    if let Some(r) = &i.reference {
                        parts.push(lang.fill("dossier.reference", &[("reference", r)]));
                    }
                    if let Some(m) = i.duration_min {
                        parts.push(lang.count("dossier.minutes", m, &[]));
                    }
                    if let Some(m) = i.hold_min {
                        parts.push(lang.count("dossier.onHold", m, &[]));
                    }
                    if !parts.is_empty() {
                        b.push(Block::Text(DETAIL, parts.join(" · ")));
                    }
                    if let Some(s) = &i.summary {
                        b.push(Block::Text(
                            DETAIL,
                            lang.fill("dossier.readBack", &[("text", s)]),
                        ));
                    }
                    if let Some(n) = &i.notes {
                        b.push(Block::Text(NOTE, n.clone()));
                    }
                    for p in file
                        .promises
                        .iter()
                        .filter(|p| p.interaction_id == Some(i.id))
                    {
                        for line in promise_lines(p) {
                            b.push(Block::Text(DETAIL, line));
                        }
                    }
                    for a in file
                        .attachments
                        .iter()
                        .filter(|a| a.interaction_id == Some(i.id))
                    {
                        b.push(Block::Text(DETAIL, attached(a, lang)));
                    }
                }
                TimelineKind::Attachment => {
                    let Some(a) = file.attachments.iter().find(|a| a.id == entry.id) else {
                        continue;
                    };
                    b.push(Block::Text(ENTRY, day(a.added_at)));
                    b.push(Block::Text(DETAIL, attached(a, lang)));
                    if let Some(note) = &a.note {
                        b.push(Block::Text(NOTE, note.clone()));
                    }
                }
                TimelineKind::Promise => {
                    let Some(p) = file.promises.iter().find(|p| p.id == entry.id) else {
                        continue;
                    };
                    // Promises made in a contact are told with it.
                    if p.interaction_id.is_some() {
                        continue;
                    }
                    b.push(Block::Text(ENTRY, day(p.created_at)));
                    for line in promise_lines(p) {
                        b.push(Block::Text(DETAIL, line));
                    }
                }
                TimelineKind::FollowUp => {
                    let Some(f) = file.follow_ups.iter().find(|f| f.id == entry.id) else {
                        continue;
                    };
                    b.push(Block::Text(ENTRY, day(f.created_at)));
                    let state = match f.done_at {
                        Some(at) => lang.fill("dossier.done", &[("date", &day(at))]),
                        None => lang.text("dossier.open"),
                    };
                    b.push(Block::Text(
                        DETAIL,
                        lang.fill(
                            &format!("dossier.followUp.{}", f.kind.as_str()),
                            &[("what", &f.note), ("due", &due(f.due)), ("state", &state)],
                        ),
                    ));
                }
                TimelineKind::Escalation => {
                    let Some(e) = escalations.get(entry.id as usize) else {
                        continue;
                    };
                    let level = |v: &serde_json::Value| {
                        v.as_str()
                            .map(|v| lang.text(&format!("escalation.{v}")))
                            .unwrap_or_default()
                    };
                    b.push(Block::Text(ENTRY, day(e.edited_at)));
                    b.push(Block::Text(
                        DETAIL,
                        lang.fill(
                            "dossier.escalated",
                            &[("from", &level(&e.old_value)), ("to", &level(&e.new_value))],
                        ),
                    ));
                }
            }
        }
        // Each file with what a reader needs to check it is the one recorded.
        if !file.attachments.is_empty() {
            b.push(Block::Text(HEADING, lang.text("dossier.attachments")));
            for a in &file.attachments {
                b.push(Block::Text(
                    ENTRY,
                    format!("{} — {}", a.name, when(a.added_at)),
                ));
                let mut facts = vec![file_size(a.bytes), a.media_type.clone()];
                if a.missing {
                    facts.push(lang.text("dossier.attachmentMissing"));
                }
                b.push(Block::Text(DETAIL, facts.join(" · ")));
                b.push(Block::Text(NOTE, format!("SHA-256 {}", a.sha256)));
            }
        }
        b.push(Block::Rule);
        b.push(Block::Text(NOTE_END, lang.text("dossier.end")));
        b
    }
}

const NOTE_END: Style = Style {
    size: 8.0,
    indent: 0.0,
    gap_before: 4.0,
    grey: true,
};

/// "Attached: receipt.jpg (240 KB)".
fn attached(a: &crate::attachment::Attachment, lang: Language) -> String {
    lang.fill(
        "dossier.attached",
        &[("name", &a.name), ("size", &file_size(a.bytes))],
    )
}

/// "240 KB", "1.5 MB".
fn file_size(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    }
}

/// "Jane (ID 4471, Billing)".
fn agent_said(a: &crate::agent::Agent, lang: Language) -> String {
    let details: Vec<String> = a
        .code
        .iter()
        .map(|c| lang.fill("notice.agentId", &[("code", c)]))
        .chain(a.department.iter().cloned())
        .collect();
    if details.is_empty() {
        a.name.clone()
    } else {
        format!("{} ({})", a.name, details.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_follows_the_locale() {
        assert_eq!(Paper::for_locale(Some("en-US")), Paper::Letter);
        assert_eq!(Paper::for_locale(Some("en_CA.UTF-8")), Paper::Letter);
        assert_eq!(Paper::for_locale(Some("ko-KR")), Paper::A4);
        assert_eq!(Paper::for_locale(Some("en-GB")), Paper::A4);
        assert_eq!(Paper::for_locale(None), Paper::A4);
    }

    #[test]
    fn the_built_in_font_is_the_published_one() {
        assert!(font_bytes().unwrap() == include_bytes!("../fonts/NanumGothic.ttf"));
    }

    #[test]
    fn long_words_break_and_lines_fit() {
        let data = font_bytes().unwrap();
        let font = skrifa::FontRef::new(&data).unwrap();
        let m = Measure::new(&font);
        let hash = "a".repeat(200);
        let lines = m.lines(&format!("SHA-256 {hash} 환불 요청"), 10.0, 200.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(m.width(l, 10.0) <= 200.0, "{l}");
        }
        assert_eq!(
            lines.concat().replace(' ', ""),
            format!("SHA-256{hash}환불요청")
        );
    }
}
