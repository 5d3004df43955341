//! The words of a reminder notification, in the user's language.
//!
//! "Acme Telecom: Refund promised by Jane (ID 4471, ref ABC-123) was due 20 Nov". More than
//! [`SUMMARY_AFTER`] reminders at once become one summary, so a machine back from a week off
//! does not bury the user in notifications.

use chrono::{Datelike, TimeZone, Timelike};

use crate::due::Due;
use crate::home::DueKind;
use crate::language::Language;
use crate::reminder::Reminder;

/// Up to this many reminders are shown one by one; more become one summary.
pub const SUMMARY_AFTER: usize = 3;

/// The most characters of a company's name or a case's title a notification's title carries,
/// so a long title does not push what was promised out of a small notification.
pub const TITLE_PART_MAX: usize = 40;

/// One notification to show. Clicking it opens `case_id`, or the home screen for a summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
    pub case_id: Option<i64>,
    /// The words of the button that opens it, where the desktop shows one.
    pub open: String,
    /// Which of the reminders passed to [`notices`] this one tells about, so each delivered
    /// notice can be recorded as fired on its own even when a later one fails.
    pub covers: std::ops::Range<usize>,
}

/// The notifications for reminders that came due together.
pub fn notices<Tz: TimeZone>(reminders: &[Reminder], lang: Language, tz: &Tz) -> Vec<Notice> {
    if reminders.len() > SUMMARY_AFTER {
        return vec![summary(reminders, lang)];
    }
    reminders
        .iter()
        .enumerate()
        .map(|(i, r)| Notice {
            covers: i..i + 1,
            ..one(r, lang, tz)
        })
        .collect()
}

/// How many companies a summary names; the rest are counted, so the notification stays a few
/// lines long however many companies are late.
const SUMMARY_COMPANIES: usize = 3;

fn summary(reminders: &[Reminder], lang: Language) -> Notice {
    let n = reminders.len();
    let all_promises = reminders.iter().all(|r| r.kind == DueKind::Promise);
    let mut companies: Vec<&str> = reminders.iter().map(|r| r.company_name.as_str()).collect();
    companies.sort_unstable();
    companies.dedup();
    let title = if all_promises {
        "notice.summary.promises"
    } else {
        "notice.summary.reminders"
    };
    let named = companies[..companies.len().min(SUMMARY_COMPANIES)].join(", ");
    let companies = match companies.len().saturating_sub(SUMMARY_COMPANIES) {
        0 => named,
        more => lang.fill(
            "notice.summary.more",
            &[("companies", &named), ("count", &more)],
        ),
    };
    Notice {
        title: lang.fill(title, &[("count", &n)]),
        body: lang.fill("notice.summary.body", &[("companies", &companies)]),
        case_id: None,
        open: lang.text("notice.open"),
        covers: 0..n,
    }
}

fn one<Tz: TimeZone>(r: &Reminder, lang: Language, tz: &Tz) -> Notice {
    let when = due_text(r.due, lang, tz);
    let what = &crate::text::shortened(&r.text, 120);
    let body = match (&r.clock, r.kind, who(r, lang)) {
        (Some(alert), _, _) => lang.fill(
            if alert.ahead {
                "notice.clock.soon"
            } else {
                "notice.clock.today"
            },
            // What the rule lets the user do is the point of the notice: it gets more room.
            &[
                ("rule", &alert.rule_id),
                ("what", &crate::text::shortened(&r.text, 240)),
                ("when", &when),
            ],
        ),
        // The user's own promise: a heads-up while there is time, then that it is late.
        (None, DueKind::Promise, _) if r.mine => lang.fill(
            if r.ahead {
                "notice.mine.soon"
            } else {
                "notice.mine.late"
            },
            &[("what", what), ("when", &when)],
        ),
        (None, DueKind::Promise, Some(who)) => lang.fill(
            "notice.promise.by",
            &[("what", what), ("who", &who), ("when", &when)],
        ),
        (None, DueKind::Promise, None) => {
            lang.fill("notice.promise", &[("what", what), ("when", &when)])
        }
        (None, DueKind::FollowUp, _) => {
            lang.fill("notice.followUp", &[("what", what), ("when", &when)])
        }
        (None, DueKind::Deadline, _) => {
            lang.fill("notice.deadline", &[("what", what), ("when", &when)])
        }
    };
    Notice {
        title: lang.fill(
            "notice.title",
            &[
                (
                    "company",
                    &crate::text::shortened(&r.company_name, TITLE_PART_MAX),
                ),
                (
                    "case",
                    &crate::text::shortened(&r.case_title, TITLE_PART_MAX),
                ),
            ],
        ),
        body,
        case_id: Some(r.case_id),
        open: lang.text("notice.open"),
        covers: 0..1,
    }
}

/// "Jane (ID 4471, ref ABC-123)", with whatever parts are known.
fn who(r: &Reminder, lang: Language) -> Option<String> {
    let mut details = Vec::new();
    if let Some(code) = &r.agent_code {
        details.push(lang.fill("notice.agentId", &[("code", code)]));
    }
    if let Some(reference) = &r.reference {
        details.push(lang.fill("notice.reference", &[("reference", reference)]));
    }
    match (r.agent_name.clone(), details.is_empty()) {
        (Some(name), true) => Some(name),
        (Some(name), false) => Some(format!("{name} ({})", details.join(", "))),
        (None, false) => Some(details.join(", ")),
        (None, true) => None,
    }
}

/// "20 Nov", "20 Nov 17:00"; "11월 20일", "11월 20일 17:00". Times in the user's zone.
pub(crate) fn due_text<Tz: TimeZone>(due: Due, lang: Language, tz: &Tz) -> String {
    let (date, time) = match due {
        Due::Date { date } => (date, None),
        Due::At { at } => {
            let local = at.with_timezone(tz);
            (
                local.date_naive(),
                Some(format!("{:02}:{:02}", local.hour(), local.minute())),
            )
        }
    };
    let month = lang.text(&format!("month.{}", date.month()));
    let day = lang.fill("notice.date", &[("day", &date.day()), ("month", &month)]);
    match time {
        Some(t) => format!("{day} {t}"),
        None => day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, NaiveDate, Utc};

    fn reminder(kind: DueKind, company: &str) -> Reminder {
        Reminder {
            kind,
            item_id: 1,
            fire_at: Utc.with_ymd_and_hms(2026, 11, 21, 0, 0, 0).unwrap(),
            due: Due::Date {
                date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            },
            case_id: 7,
            case_title: "Refund".into(),
            company_name: company.into(),
            text: "Refund".into(),
            agent_name: Some("Jane".into()),
            agent_code: Some("4471".into()),
            reference: Some("ABC-123".into()),
            clock: None,
            mine: false,
            ahead: false,
        }
    }

    fn seoul() -> FixedOffset {
        FixedOffset::east_opt(9 * 3600).unwrap()
    }

    #[test]
    fn a_promise_names_the_company_agent_id_reference_and_due_day() {
        let n = notices(
            &[reminder(DueKind::Promise, "Acme Telecom")],
            Language::En,
            &seoul(),
        );
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].title, "Acme Telecom · Refund");
        assert_eq!(
            n[0].body,
            "Refund promised by Jane (ID 4471, ref ABC-123) was due 20 Nov"
        );
        assert_eq!(n[0].case_id, Some(7), "clicking it opens the case");
    }

    #[test]
    fn a_long_title_is_cut_so_the_promise_still_shows() {
        let mut r = reminder(DueKind::Promise, "Acme Telecom");
        r.case_title = "x".repeat(200);
        let n = notices(&[r], Language::En, &seoul());
        assert_eq!(
            n[0].title,
            format!("Acme Telecom · {}…", "x".repeat(TITLE_PART_MAX - 1))
        );
        assert!(n[0].body.starts_with("Refund promised by Jane"));
    }

    #[test]
    fn in_korean() {
        let n = notices(&[reminder(DueKind::Promise, "KT")], Language::Ko, &seoul());
        assert_eq!(
            n[0].body,
            "Jane (ID 4471, 접수번호 ABC-123) 약속: Refund — 기한 11월 20일"
        );
    }

    #[test]
    fn a_timed_due_shows_the_local_time() {
        let mut r = reminder(DueKind::Promise, "Acme");
        r.due = Due::At {
            at: Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap(),
        };
        r.agent_name = None;
        r.agent_code = None;
        r.reference = None;
        let n = notices(&[r], Language::En, &seoul());
        assert_eq!(n[0].body, "Refund was promised for 20 Nov 17:00");
    }

    #[test]
    fn follow_ups_and_deadlines_say_what_to_do() {
        let n = notices(
            &[
                reminder(DueKind::FollowUp, "Acme"),
                reminder(DueKind::Deadline, "Shop"),
            ],
            Language::En,
            &seoul(),
        );
        assert!(n[0].body.starts_with("Follow up: "));
        assert!(n[1].body.starts_with("Tomorrow: "));
    }

    #[test]
    fn a_time_limit_warns_ahead_and_on_the_day_in_both_languages() {
        let mut r = reminder(DueKind::Deadline, "Beta Bank");
        r.text = "Refer the complaint to the Financial Ombudsman Service.".into();
        r.clock = Some(crate::reminder::ClockAlert {
            rule_id: "UK-FOS-8W".into(),
            ahead: true,
        });
        let soon = notices(&[r.clone()], Language::En, &seoul());
        assert_eq!(soon[0].title, "Beta Bank · Refund");
        assert_eq!(
            soon[0].body,
            "UK-FOS-8W falls on 20 Nov. Refer the complaint to the Financial Ombudsman Service."
        );
        assert_eq!(soon[0].case_id, Some(7));
        let ko = notices(&[r.clone()], Language::Ko, &seoul());
        assert_eq!(
            ko[0].body,
            "UK-FOS-8W 기한: 11월 20일. Refer the complaint to the Financial Ombudsman Service."
        );
        r.clock = Some(crate::reminder::ClockAlert {
            rule_id: "UK-FOS-8W".into(),
            ahead: false,
        });
        let today = notices(&[r.clone()], Language::En, &seoul());
        assert_eq!(
            today[0].body,
            "UK-FOS-8W falls today, 20 Nov. Refer the complaint to the Financial Ombudsman Service."
        );
        let ko = notices(&[r], Language::Ko, &seoul());
        assert_eq!(
            ko[0].body,
            "UK-FOS-8W 기한: 오늘(11월 20일). Refer the complaint to the Financial Ombudsman Service."
        );
    }

    #[test]
    fn the_users_own_promise_is_worded_as_theirs_before_and_after_its_day() {
        let mut r = reminder(DueKind::Promise, "Client Co");
        r.text = "Send the corrected invoice".into();
        r.mine = true;
        r.ahead = true;
        let en = |r: &Reminder| {
            notices(std::slice::from_ref(r), Language::En, &seoul())[0]
                .body
                .clone()
        };
        let ko = |r: &Reminder| {
            notices(std::slice::from_ref(r), Language::Ko, &seoul())[0]
                .body
                .clone()
        };
        assert_eq!(en(&r), "You promised Send the corrected invoice by 20 Nov");
        assert_eq!(
            ko(&r),
            "내가 한 약속: Send the corrected invoice — 기한 11월 20일"
        );
        r.ahead = false;
        assert_eq!(
            en(&r),
            "Your promise is late: Send the corrected invoice was due 20 Nov"
        );
        assert_eq!(
            ko(&r),
            "지키지 못한 내 약속: Send the corrected invoice — 기한 11월 20일"
        );
    }

    #[test]
    fn three_are_shown_one_by_one_and_more_become_one_summary() {
        let three: Vec<_> = (0..3).map(|_| reminder(DueKind::Promise, "Acme")).collect();
        assert_eq!(notices(&three, Language::En, &seoul()).len(), 3);
        let mut five = three.clone();
        five.push(reminder(DueKind::Promise, "Beta Bank"));
        five.push(reminder(DueKind::Promise, "Acme"));
        let n = notices(&five, Language::En, &seoul());
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].title, "5 promises are overdue");
        assert_eq!(
            n[0].body,
            "From Acme, Beta Bank. Open Casebook to follow up."
        );
        assert_eq!(n[0].case_id, None, "a summary opens the home screen");
        let ko = notices(&five, Language::Ko, &seoul());
        assert_eq!(ko[0].title, "기한이 지난 약속 5건");
    }

    #[test]
    fn a_summary_names_three_companies_and_counts_the_rest() {
        let many: Vec<_> = ["Delta", "Acme", "Echo", "Beta Bank", "Cobalt"]
            .iter()
            .map(|c| reminder(DueKind::Promise, c))
            .collect();
        let n = notices(&many, Language::En, &seoul());
        assert_eq!(
            n[0].body,
            "From Acme, Beta Bank, Cobalt and 2 more. Open Casebook to follow up."
        );
        let ko = notices(&many, Language::Ko, &seoul());
        assert_eq!(
            ko[0].body,
            "Acme, Beta Bank, Cobalt 외 2곳. Casebook을 열어 확인하세요."
        );
    }
}
