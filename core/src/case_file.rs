//! The case file: everything about one case, as the case screen shows it, and its timeline.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::company::Company;
use crate::db::Store;
use crate::error::Result;
use crate::follow_up::FollowUp;
use crate::interaction::Interaction;
use crate::promise::Promise;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CaseFile {
    pub case: Case,
    pub company: Company,
    /// Oldest first; in a [`Store::case_file_page`], only the contacts its timeline holds.
    pub interactions: Vec<Interaction>,
    pub promises: Vec<Promise>,
    pub follow_ups: Vec<FollowUp>,
    /// Everything above in the one order the window and the command line both tell it; in a
    /// [`Store::case_file_page`], the page's entries in the order it asked for.
    pub timeline: Vec<TimelineEntry>,
    /// How many entries the whole timeline has.
    #[ts(type = "number")]
    pub timeline_total: i64,
    /// What was corrected after the fact, oldest first: a promise's due that moved shows.
    pub edits: Vec<crate::edit::Edit>,
    /// Files attached to the case or to its contacts, oldest first.
    pub attachments: Vec<crate::attachment::Attachment>,
}

/// How much of a case's timeline the case screen draws: a case may hold thousands of contacts,
/// and the window asks for the next page as the user scrolls instead of all of them at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TimelinePage {
    /// Where the page starts in the order asked for (0 the first entry): the next page starts
    /// where the entries already drawn end.
    #[ts(type = "number")]
    pub from: usize,
    /// How many entries from there.
    #[ts(type = "number")]
    pub shown: usize,
    /// The newest first instead of the oldest (the user's choice on the case screen).
    pub newest_first: bool,
    /// A contact that must be among them (one just logged, to show where it landed): the page
    /// grows to hold it.
    #[ts(type = "number | null")]
    pub reach_contact: Option<i64>,
}

/// What a timeline entry is; its `id` is that record's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TimelineKind {
    Interaction,
    Promise,
    FollowUp,
    /// A move on the escalation ladder; its `id` is its place among the case's moves (0 the
    /// first), each one of the case's `edits` of its `escalation`.
    Escalation,
    /// A file attached to the case itself; one attached to a contact is told with the contact.
    Attachment,
}

/// One entry of a case's timeline, placed at `at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TimelineEntry {
    pub kind: TimelineKind,
    #[ts(type = "number")]
    pub id: i64,
    pub at: DateTime<Utc>,
}

impl CaseFile {
    /// The case's story, oldest first: each contact when it happened, a promise right after the
    /// contact it was made in (or when it was recorded, if made outside one), and each
    /// follow-up when the user set it. Ties keep contacts before promises before follow-ups.
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        timeline(
            &contact_times(&self.interactions),
            &self.promises,
            &self.follow_ups,
            &self.edits,
            &self.attachments,
        )
    }

    /// The case's moves on the escalation ladder, in order: what [`TimelineKind::Escalation`]
    /// entries count.
    pub fn escalations(&self) -> impl Iterator<Item = &crate::edit::Edit> {
        escalations(&self.edits)
    }
}

fn escalations(edits: &[crate::edit::Edit]) -> impl Iterator<Item = &crate::edit::Edit> {
    edits
        .iter()
        .filter(|e| e.kind == crate::trash::RecordKind::Case && e.field == "escalation")
}

/// When each contact happened: what the timeline needs of them.
fn contact_times(interactions: &[Interaction]) -> Vec<(i64, DateTime<Utc>)> {
    interactions.iter().map(|i| (i.id, i.occurred_at)).collect()
}

fn timeline(
    contacts: &[(i64, DateTime<Utc>)],
    promises: &[Promise],
    follow_ups: &[FollowUp],
    edits: &[crate::edit::Edit],
    attachments: &[crate::attachment::Attachment],
) -> Vec<TimelineEntry> {
    let entry = |kind, id, at| TimelineEntry { kind, id, at };
    let when: std::collections::HashMap<i64, DateTime<Utc>> = contacts.iter().copied().collect();
    let contact_time = |id: Option<i64>| id.and_then(|id| when.get(&id).copied());
    let mut entries: Vec<TimelineEntry> = contacts
        .iter()
        .map(|&(id, at)| entry(TimelineKind::Interaction, id, at))
        .chain(promises.iter().map(|p| {
            let at = contact_time(p.interaction_id).unwrap_or(p.created_at);
            entry(TimelineKind::Promise, p.id, at)
        }))
        .chain(
            follow_ups
                .iter()
                .map(|f| entry(TimelineKind::FollowUp, f.id, f.created_at)),
        )
        .chain(
            escalations(edits)
                .enumerate()
                .map(|(n, e)| entry(TimelineKind::Escalation, n as i64, e.edited_at)),
        )
        .chain(
            attachments
                .iter()
                .filter(|a| a.interaction_id.is_none())
                .map(|a| entry(TimelineKind::Attachment, a.id, a.added_at)),
        )
        .collect();
    entries.sort_by_key(|e| (e.at, e.kind, e.id));
    entries
}

impl Store {
    pub fn case_file(&self, id: i64) -> Result<CaseFile> {
        let interactions = self.interactions(id)?;
        let mut file = self.case_file_with(id, &contact_times(&interactions))?;
        file.interactions = interactions;
        Ok(file)
    }

    /// The case file with its whole timeline told from `contacts` (when each happened), and
    /// no contacts in it yet.
    fn case_file_with(&self, id: i64, contacts: &[(i64, DateTime<Utc>)]) -> Result<CaseFile> {
        let case = self.case(id)?;
        let promises = self.promises(id)?;
        let follow_ups = self.follow_ups(id)?;
        let edits = self.case_edits(id)?;
        let attachments = self.attachments(id)?;
        let timeline = timeline(contacts, &promises, &follow_ups, &edits, &attachments);
        Ok(CaseFile {
            company: self.company(case.company_id)?,
            timeline_total: timeline.len() as i64,
            timeline,
            attachments,
            edits,
            interactions: Vec::new(),
            promises,
            follow_ups,
            case,
        })
    }

    /// The case file as the case screen draws it: `page.shown` entries of the timeline from
    /// `page.from` in the order asked for (more if needed to reach `page.reach_contact`), and
    /// only the contacts among them. Promises, follow-ups, edits and attachments come whole:
    /// the screen counts and lists them outside the timeline too.
    pub fn case_file_page(&self, id: i64, page: &TimelinePage) -> Result<CaseFile> {
        // A case may hold thousands of contacts: the timeline is told from when each happened,
        // and only the page's contacts are read whole.
        let mut file = self.case_file_with(id, &self.contact_times(id)?)?;
        let entries = &mut file.timeline;
        if page.newest_first {
            entries.reverse();
        }
        let reach = page.reach_contact.and_then(|contact| {
            entries
                .iter()
                .position(|e| e.kind == TimelineKind::Interaction && e.id == contact)
        });
        let end = (page.from + page.shown).max(reach.map_or(0, |at| at + 1));
        entries.truncate(end);
        entries.drain(..page.from.min(entries.len()));
        file.interactions = entries
            .iter()
            .filter(|e| e.kind == TimelineKind::Interaction)
            .map(|e| self.interaction(e.id))
            .collect::<Result<Vec<_>>>()?;
        file.interactions.sort_by_key(|i| (i.occurred_at, i.id));
        Ok(file)
    }
}
