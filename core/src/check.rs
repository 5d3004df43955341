//! What is wrong with a form: every field's problem at once, so the user fixes them in one go.
//!
//! Each input's `validate` runs every field's rule through a [`Check`], which notes a refusal
//! and carries on, and only at the end refuses the whole input with all of its problems.

use serde::Serialize;

use crate::case::CaseInput;
use crate::choice::choice;
use crate::company::CompanyInput;
use crate::db::Store;
use crate::error::{Error, Result, Rule};
use crate::follow_up::FollowUpInput;
use crate::interaction::InteractionInput;

choice! {
    /// A field of a form, by the name the window and the command line know it by.
    Field {
        Name = "name",
        Phones = "phones",
        Emails = "emails",
        Social = "social",
        Website = "website",
        HelpUrl = "help_url",
        ChatUrl = "chat_url",
        Accounts = "accounts",
        Notes = "notes",
        Title = "title",
        Description = "description",
        DesiredOutcome = "desired_outcome",
        Amount = "amount",
        Currency = "currency",
        Identifiers = "identifiers",
        /// The day a case started, when it is entered after the fact.
        OpenedOn = "opened_on",
        OccurredAt = "occurred_at",
        AgentName = "agent_name",
        AgentCode = "agent_code",
        AgentDepartment = "agent_department",
        Reference = "reference",
        DurationMin = "duration_min",
        HoldMin = "hold_min",
        Summary = "summary",
        PromiseDescription = "promise_description",
        PromiseDue = "promise_due",
        FollowUpNote = "follow_up_note",
        FollowUpDue = "follow_up_due",
        ResolutionNote = "resolution_note",
        /// What came back when a case was resolved, in its currency.
        Recovered = "recovered",
        ReminderTime = "reminder_time",
        Language = "language",
        /// The country whose public holidays business days skip.
        HolidayCountry = "holiday_country",
        /// The user's own name, for the dossier.
        YourName = "your_name",
        /// The country a case's time limits are looked up by.
        ClockCountry = "clock_country",
        /// The day an event that starts a time limit happened.
        ClockStart = "clock_start",
        /// When a snoozed reminder should remind again.
        Until = "until",
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One field's problem: which rule its value broke, and the limit for rules that have one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "ProblemShape")]
pub struct Problem {
    pub field: Field,
    pub rule: Rule,
    /// The most characters (`TooLong`) or decimal places (`TooPrecise`) allowed.
    pub limit: Option<usize>,
}

/// A problem as the window receives it: with the catalogue key of its message, so which
/// words fit which problem is decided here alone.
#[derive(Serialize, ts_rs::TS)]
#[ts(export, rename = "Problem")]
pub struct ProblemShape {
    field: Field,
    rule: Rule,
    #[ts(type = "number | null")]
    limit: Option<usize>,
    key: String,
}

impl From<Problem> for ProblemShape {
    fn from(p: Problem) -> Self {
        ProblemShape {
            field: p.field,
            rule: p.rule,
            limit: p.limit,
            key: p.message_key(),
        }
    }
}

impl Problem {
    pub fn new(field: Field, rule: Rule) -> Self {
        Problem {
            field,
            rule,
            limit: None,
        }
    }
}

/// Collects the problems of one input's fields.
#[derive(Default)]
pub(crate) struct Check {
    problems: Vec<Problem>,
    other: Option<Error>,
}

impl Check {
    pub fn new() -> Self {
        Check::default()
    }

    /// The checked value, or its default after noting why it was refused. The default is
    /// never stored: [`Check::finish`] refuses the input when anything was noted.
    pub fn take<T: Default>(&mut self, checked: Result<T>) -> T {
        match checked {
            Ok(value) => value,
            Err(Error::Invalid(problems)) => {
                for p in problems {
                    self.note(p);
                }
                T::default()
            }
            Err(other) => {
                self.other.get_or_insert(other);
                T::default()
            }
        }
    }

    /// Notes a problem; a field keeps only its first, which is the one to fix first.
    pub fn note(&mut self, problem: Problem) {
        if !self.problems.iter().any(|p| p.field == problem.field) {
            self.problems.push(problem);
        }
    }

    /// The value, or the refusal with every problem found.
    pub fn finish<T>(self, value: T) -> Result<T> {
        if let Some(e) = self.other {
            return Err(e);
        }
        if self.problems.is_empty() {
            Ok(value)
        } else {
            Err(Error::Invalid(self.problems))
        }
    }
}

/// The problems of a validation that was only run to see them (a form checked as it is typed).
pub fn problems_of<T>(checked: Result<T>) -> Result<Vec<Problem>> {
    match checked {
        Ok(_) => Ok(Vec::new()),
        Err(Error::Invalid(problems)) => Ok(problems),
        Err(other) => Err(other),
    }
}

/// Forms checked as they are typed, without writing anything.
impl Store {
    pub fn check_company(&self, input: &CompanyInput) -> Result<Vec<Problem>> {
        problems_of(input.validate())
    }

    pub fn check_case(&self, input: &CaseInput) -> Result<Vec<Problem>> {
        problems_of(input.validate(&self.reader()))
    }

    pub fn check_interaction(&self, input: &InteractionInput) -> Result<Vec<Problem>> {
        problems_of(input.validate(&self.reader()))
    }

    pub fn check_follow_up(&self, input: &FollowUpInput) -> Result<Vec<Problem>> {
        problems_of(input.validate(&self.reader()))
    }

    pub fn check_promise(&self, input: &crate::PromiseInput) -> Result<Vec<Problem>> {
        problems_of(input.validate(&self.reader()).map(|_| ()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_problem_is_kept_and_only_the_first_per_field() {
        let mut c = Check::new();
        let name: String = c.take(Err(Error::invalid(Field::Name, Rule::Empty)));
        assert_eq!(name, "");
        c.take::<()>(Err(Error::invalid(Field::Name, Rule::TooLong)));
        c.take::<()>(Err(Error::invalid(Field::Currency, Rule::UnknownCurrency)));
        let e = c.finish(()).unwrap_err();
        assert_eq!(
            problems_of::<()>(Err(e)).unwrap(),
            vec![
                Problem::new(Field::Name, Rule::Empty),
                Problem::new(Field::Currency, Rule::UnknownCurrency)
            ]
        );
    }

    #[test]
    fn nothing_noted_is_the_value() {
        let mut c = Check::new();
        let n = c.take(Ok(3));
        assert_eq!(c.finish(n).unwrap(), 3);
    }
}
