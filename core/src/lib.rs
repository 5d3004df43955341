//! casebook-core: Casebook's domain, storage and reminder logic.
//!
//! Nothing here knows about windows or notifications, so all of it is tested directly.
//! Time is always passed in (`now`, `today`), never read, so tests can fix it.

pub mod about;
pub mod agent;
pub mod archive;
pub mod attachment;
pub mod backup;
pub mod backups;
pub mod business_days;
pub mod calendar;
pub mod call;
pub mod case;
pub mod case_file;
pub mod check;
mod choice;
pub mod clocks;
pub mod company;
pub mod damage;
pub mod db;
pub mod dossier;
pub mod draft;
pub mod due;
pub mod edit;
pub mod error;
pub mod escalation_rules;
pub mod follow_up;
pub mod home;
pub mod interaction;
pub mod ladder;
pub mod language;
pub mod letters;
pub mod message;
pub mod money;
pub mod notice;
pub mod plausible;
pub mod promise;
pub mod record;
pub mod reminder;
pub mod rules;
pub mod scorecard;
pub mod search;
pub mod settings;
pub mod spreadsheet;
pub mod text;
pub mod trash;
pub mod tray;

pub use agent::{Agent, AgentInput};
pub use case::{Case, CaseInput, CaseList, CaseSummary, Escalation, Outcome, Status};
pub use case_file::{CaseFile, TimelineEntry, TimelineKind, TimelinePage};
pub use check::{Field, Problem};
pub use company::{Company, CompanyInput, CompanySummary, Identifier};
pub use db::Store;
pub use draft::{Draft, DraftForm};
pub use due::Due;
pub use edit::Edit;
pub use error::{Error, Result, Rule};
pub use follow_up::{FollowUp, FollowUpInput, FollowUpKind};
pub use home::{DueItem, DueKind, Home};
pub use interaction::{Channel, Direction, Interaction, InteractionInput};
pub use language::Language;
pub use money::Money;
pub use promise::{
    PendingFilter, PendingPromise, Promise, PromiseInput, PromiseSide, PromiseStatus,
};
pub use reminder::{ClockAlert, Reminder, SnoozeUntil, CLOCK_HEADS_UP_DAYS};
pub use settings::Settings;
pub use trash::{RecordKind, Restored, TrashItem};
