//! The reminder scheduler: fires each due reminder once, as a desktop notification.
//!
//! It sleeps until the next due time, but never more than a minute, and reads the wall clock
//! each time it wakes: timers stop while the machine sleeps, so a reminder that came due
//! during a suspend fires within a minute of waking. A change to the database by this app or
//! another process (the command line) wakes it at once, through a watch on the data folder.

use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use casebook_core::notice;
use casebook_core::Store;
use chrono::{DateTime, TimeZone, Utc};
use serde::Serialize;

use crate::notifier::Notifier;

/// The longest the scheduler sleeps: how late a reminder can be after a suspend.
pub const MAX_SLEEP: Duration = Duration::from_secs(60);

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// Whether notifications reach the user, for the window to show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export, export_to = "ReminderStatus.ts")]
pub struct ReminderStatus {
    /// `false` once showing a notification failed; the window then says so.
    pub notifications_work: bool,
    /// Why the last notification could not be shown.
    pub problem: Option<String>,
    /// When the scheduler last looked, as RFC 3339.
    pub checked_at: Option<String>,
    /// Why the last look at the database failed, if it did: then nothing is being reminded,
    /// and the window says so instead of looking as if all were well.
    pub check_problem: Option<String>,
}

/// What one look at the database did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    /// How many reminders were delivered (a summary delivers all it counts).
    pub fired: usize,
    /// When something next comes due.
    pub next: Option<DateTime<Utc>>,
    /// Whether what the window shows may have changed since the last look: something came due
    /// (shown or not: with notifications not working, the window is where it shows), the trash
    /// was emptied or a backup made, a new day began (how long something is overdue is counted
    /// in days), or the look follows a change to the data. A look that only confirms nothing is
    /// due changes nothing the window shows.
    pub news: bool,
}

pub struct Scheduler<N: Notifier, C: Clock, Tz: TimeZone + Send + Sync + 'static> {
    /// Its own connection, so reminders never wait on a command and the reverse.
    store: Mutex<Store>,
    notifier: N,
    clock: C,
    tz: Tz,
    status: Mutex<ReminderStatus>,
    /// The day of the last look, in the user's zone.
    last_day: Mutex<Option<chrono::NaiveDate>>,
}

impl<N: Notifier, C: Clock, Tz: TimeZone + Send + Sync + 'static> Scheduler<N, C, Tz> {
    pub fn new(store: Store, notifier: N, clock: C, tz: Tz) -> Self {
        Scheduler {
            store: Mutex::new(store),
            notifier,
            clock,
            tz,
            status: Mutex::new(ReminderStatus {
                notifications_work: true,
                ..Default::default()
            }),
            last_day: Mutex::new(None),
        }
    }

    pub fn status(&self) -> ReminderStatus {
        self.status
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Fires whatever is due now, records it, and says when to look again.
    pub fn tick(&self) -> casebook_core::Result<Tick> {
        let tick = self.look();
        if tick.is_ok() {
            self.set_check_problem(None);
        }
        tick
    }

    /// Whether this look is the first of a day (the first look of all is not: the window read
    /// the data that same day).
    fn new_day(&self, now: DateTime<Utc>) -> bool {
        let today = now.with_timezone(&self.tz).date_naive();
        let mut last = self.last_day.lock().unwrap_or_else(|p| p.into_inner());
        let new = last.is_some_and(|day| day != today);
        *last = Some(today);
        new
    }

    fn set_check_problem(&self, problem: Option<String>) {
        self.status
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .check_problem = problem;
    }

    fn look(&self) -> casebook_core::Result<Tick> {
        let now = self.clock.now();
        let mut store = self.store.lock().unwrap_or_else(|p| p.into_inner());
        // What was deleted more than 30 days ago goes for good, even if no one opens the list.
        let purged = store.purge_trash(now)?;
        // A copy of the data once a day. A copy that cannot be made (a full disk) must not
        // stop the reminders; it is tried again at the next look.
        let backed_up = match store.back_up_if_due(now) {
            Ok(backup) => backup.is_some(),
            Err(e) => {
                eprintln!("casebook: could not back up the data: {e}");
                false
            }
        };
        let due = store.due_reminders(now, &self.tz)?;
        let mut fired = 0;
        if !due.is_empty() {
            let language = store.settings()?.speaking;
            let mut problem = None;
            for n in notice::notices(&due, language, &self.tz) {
                if let Err(e) = self.notifier.notify(&n) {
                    problem = Some(e);
                    break;
                }
                // Recorded as each is shown: a later failure must not make the user see this
                // one again every minute. What was not shown stays due, and the window lists it
                // meanwhile.
                let shown = &due[n.covers.clone()];
                store.mark_fired(shown, now)?;
                fired += shown.len();
            }
            match problem {
                None => self.set_status(true, None, now),
                Some(e) => self.set_status(false, Some(e), now),
            }
        } else {
            self.set_status_checked(now);
        }
        let next = store.next_reminder_at(now, &self.tz)?;
        // Noted at every look, whatever else it found.
        let new_day = self.new_day(now);
        // Each look reads every open case; the next comes a minute or more later. Memory that
        // could not be let go is no reason to miss a reminder.
        let _ = store.release_memory();
        Ok(Tick {
            fired,
            next,
            news: !due.is_empty() || purged > 0 || backed_up || new_day,
        })
    }

    fn set_status(&self, works: bool, problem: Option<String>, now: DateTime<Utc>) {
        let mut s = self.status.lock().unwrap_or_else(|p| p.into_inner());
        s.notifications_work = works;
        s.problem = problem;
        s.checked_at = Some(now.to_rfc3339());
    }

    fn set_status_checked(&self, now: DateTime<Utc>) {
        let mut s = self.status.lock().unwrap_or_else(|p| p.into_inner());
        s.checked_at = Some(now.to_rfc3339());
    }

    /// How long to sleep after a tick.
    fn sleep_for(&self, tick: &Tick) -> Duration {
        let until_next = tick
            .next
            .map(|t| (t - self.clock.now()).to_std().unwrap_or(Duration::ZERO))
            .unwrap_or(MAX_SLEEP);
        // A reminder that could not be shown is still due: try again in a minute, not at once.
        until_next.min(MAX_SLEEP)
    }

    /// Runs until every sender of `wake` is gone. `after_tick` runs after each look (to update
    /// the tray and the window).
    pub fn run(self: Arc<Self>, wake: Receiver<()>, after_tick: impl Fn(&Tick) + Send + 'static) {
        // The first look follows no change: the window read the data as it started.
        let mut woken = false;
        loop {
            let wait = match self.tick() {
                Ok(mut tick) => {
                    tick.news |= woken;
                    after_tick(&tick);
                    self.sleep_for(&tick)
                }
                Err(e) => {
                    eprintln!("casebook: reminders could not be checked: {e}");
                    // The window words the problem; this is what the system said.
                    self.set_check_problem(Some(e.detail()));
                    after_tick(&Tick {
                        fired: 0,
                        next: None,
                        news: true,
                    });
                    MAX_SLEEP
                }
            };
            woken = false;
            match wake.recv_timeout(wait) {
                Ok(()) => {
                    woken = true;
                    // Coalesce a burst of changes (one transaction touches the file twice).
                    std::thread::sleep(Duration::from_millis(50));
                    while wake.try_recv().is_ok() {}
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }
}

/// Wakes the scheduler whenever the database in `dir` changes, whoever changed it. The
/// returned watcher must be kept alive.
pub fn watch_data_dir(dir: &Path, wake: Sender<()>) -> notify::Result<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            let touches_db = event.paths.iter().any(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(casebook_core::db::FILE_NAME))
            });
            if touches_db && matches!(event.kind, EventKind::Modify(_) | EventKind::Create(_)) {
                let _ = wake.send(());
            }
        }
    })?;
    watcher.watch(dir, RecursiveMode::NonRecursive)?;
    Ok(watcher)
}

/// A channel for waking the scheduler.
pub fn wake_channel() -> (Sender<()>, Receiver<()>) {
    mpsc::channel()
}

#[cfg(test)]
mod tests {
    use super::*;
    use casebook_core::notice::Notice;
    use casebook_core::*;
    use chrono::{FixedOffset, TimeZone};

    /// Records every notification instead of showing it; can be told to fail like a desktop
    /// with no notification service.
    #[derive(Default, Clone)]
    struct FakeNotifier {
        shown: Arc<Mutex<Vec<Notice>>>,
        broken: Arc<Mutex<bool>>,
        /// Fails only the notification with this title, as a daemon that chokes on one might.
        refuses: Arc<Mutex<Option<String>>>,
    }

    impl Notifier for FakeNotifier {
        fn notify(&self, n: &Notice) -> std::result::Result<(), String> {
            if *self.broken.lock().unwrap() {
                return Err("org.freedesktop.DBus.Error.ServiceUnknown".into());
            }
            if self.refuses.lock().unwrap().as_deref() == Some(n.body.as_str()) {
                return Err("org.freedesktop.Notifications.Error: refused".into());
            }
            self.shown.lock().unwrap().push(n.clone());
            Ok(())
        }
    }

    impl FakeNotifier {
        fn titles(&self) -> Vec<String> {
            self.shown
                .lock()
                .unwrap()
                .iter()
                .map(|n| n.title.clone())
                .collect()
        }
    }

    #[derive(Clone)]
    struct FakeClock(Arc<Mutex<DateTime<Utc>>>);

    impl Clock for FakeClock {
        fn now(&self) -> DateTime<Utc> {
            *self.0.lock().unwrap()
        }
    }

    impl FakeClock {
        fn set(&self, t: DateTime<Utc>) {
            *self.0.lock().unwrap() = t;
        }
    }

    fn utc(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap()
    }

    fn tz() -> FixedOffset {
        FixedOffset::east_opt(0).unwrap()
    }

    /// A data folder with one company and a case, and a scheduler on its own connection.
    struct World {
        _dir: tempfile::TempDir,
        path: std::path::PathBuf,
        store: Store,
        case_id: i64,
        notifier: FakeNotifier,
        clock: FakeClock,
        scheduler: Arc<Scheduler<FakeNotifier, FakeClock, FixedOffset>>,
    }

    fn world() -> World {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let mut store = Store::open_in(&path).unwrap();
        let company = store
            .create_company(
                &CompanyInput {
                    name: "Acme Telecom".into(),
                    ..Default::default()
                },
                utc(1, 0, 0),
            )
            .unwrap();
        let case = store
            .open_case(
                &CaseInput {
                    company_id: company.id,
                    title: "Refund".into(),
                    description: None,
                    desired_outcome: None,
                    amount: None,
                    currency: None,
                    identifiers: vec![],
                    escalation: Escalation::Agent,
                    opened_on: None,
                },
                utc(1, 0, 0),
            )
            .unwrap();
        let notifier = FakeNotifier::default();
        let clock = FakeClock(Arc::new(Mutex::new(utc(20, 8, 0))));
        let scheduler = Arc::new(Scheduler::new(
            Store::open_in(&path).unwrap(),
            notifier.clone(),
            clock.clone(),
            tz(),
        ));
        World {
            _dir: dir,
            path,
            store,
            case_id: case.id,
            notifier,
            clock,
            scheduler,
        }
    }

    fn promise(w: &mut World, what: &str, due: &str) {
        w.store
            .add_promise(
                w.case_id,
                &PromiseInput {
                    description: what.into(),
                    due: due.into(),
                    made_by: None,
                },
                utc(1, 0, 0),
            )
            .unwrap();
    }

    #[test]
    fn a_due_promise_fires_once() {
        let mut w = world();
        promise(&mut w, "Refund", "2026-11-20T09:00:00Z");
        let tick = w.scheduler.tick().unwrap();
        assert_eq!(tick.fired, 0);
        assert_eq!(tick.next, Some(utc(20, 9, 0)), "sleeps until it is due");

        w.clock.set(utc(20, 9, 0));
        assert_eq!(w.scheduler.tick().unwrap().fired, 1);
        assert_eq!(w.notifier.titles(), vec!["Acme Telecom · Refund"]);
        w.clock.set(utc(20, 9, 5));
        assert_eq!(w.scheduler.tick().unwrap().fired, 0, "not again");
        assert_eq!(w.notifier.titles().len(), 1);
    }

    #[test]
    fn what_was_deleted_30_days_ago_is_purged_as_it_looks() {
        let mut w = world();
        let gone = w.store.delete_case(w.case_id, utc(1, 0, 0)).unwrap();
        w.clock.set(utc(30, 23, 0));
        w.scheduler.tick().unwrap();
        assert_eq!(w.store.trash(utc(30, 23, 0)).unwrap(), vec![gone.clone()]);
        w.clock
            .set(Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap());
        w.scheduler.tick().unwrap();
        assert!(matches!(
            w.store.restore(gone.id),
            Err(casebook_core::Error::NotFound { .. })
        ));
    }

    #[test]
    fn a_restarted_scheduler_does_not_repeat_what_fired() {
        let mut w = world();
        promise(&mut w, "Refund", "2026-11-18");
        w.scheduler.tick().unwrap();
        let restarted = Scheduler::new(
            Store::open_in(&w.path).unwrap(),
            w.notifier.clone(),
            w.clock.clone(),
            tz(),
        );
        assert_eq!(restarted.tick().unwrap().fired, 0);
        assert_eq!(w.notifier.titles().len(), 1);
    }

    #[test]
    fn what_came_due_while_closed_is_caught_up_and_more_than_three_summarised() {
        let mut w = world();
        for n in 0..5 {
            promise(&mut w, &format!("Promise {n}"), &format!("2026-11-1{n}"));
        }
        let tick = w.scheduler.tick().unwrap();
        assert_eq!(tick.fired, 5);
        assert_eq!(w.notifier.titles(), vec!["5 promises are overdue"]);
    }

    #[test]
    fn three_at_once_are_shown_one_by_one() {
        let mut w = world();
        for n in 0..3 {
            promise(&mut w, &format!("Promise {n}"), &format!("2026-11-1{n}"));
        }
        w.scheduler.tick().unwrap();
        assert_eq!(w.notifier.titles().len(), 3);
    }

    #[test]
    fn with_no_notification_service_reminders_stay_due_and_the_status_says_why() {
        let mut w = world();
        promise(&mut w, "Refund", "2026-11-18");
        *w.notifier.broken.lock().unwrap() = true;
        assert_eq!(w.scheduler.tick().unwrap().fired, 0);
        let status = w.scheduler.status();
        assert!(!status.notifications_work);
        assert!(status.problem.unwrap().contains("ServiceUnknown"));

        *w.notifier.broken.lock().unwrap() = false;
        assert_eq!(
            w.scheduler.tick().unwrap().fired,
            1,
            "fires once a service is back"
        );
        assert!(w.scheduler.status().notifications_work);
    }

    #[test]
    fn when_the_second_of_three_fails_the_first_is_not_shown_again() {
        let mut w = world();
        for n in 0..3 {
            promise(&mut w, &format!("Promise {n}"), &format!("2026-11-1{n}"));
        }
        *w.notifier.refuses.lock().unwrap() = Some("Promise 1 was promised for 11 Nov".into());
        assert_eq!(
            w.scheduler.tick().unwrap().fired,
            1,
            "the first was delivered"
        );
        assert!(!w.scheduler.status().notifications_work);

        // A minute later the daemon takes everything: only the two not yet shown come.
        *w.notifier.refuses.lock().unwrap() = None;
        w.clock.set(utc(20, 8, 1));
        assert_eq!(w.scheduler.tick().unwrap().fired, 2);
        let bodies: Vec<String> = w
            .notifier
            .shown
            .lock()
            .unwrap()
            .iter()
            .map(|n| n.body.clone())
            .collect();
        assert_eq!(
            bodies,
            vec![
                "Promise 0 was promised for 10 Nov",
                "Promise 1 was promised for 11 Nov",
                "Promise 2 was promised for 12 Nov",
            ],
            "each shown exactly once"
        );
    }

    #[test]
    fn a_database_that_cannot_be_read_is_reported_not_hidden() {
        let w = world();
        let (wake, wake_rx) = wake_channel();
        // Another process leaves the file unreadable to this connection: a table it needs is gone.
        let conn = rusqlite::Connection::open(w.path.join(db::FILE_NAME)).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = OFF; DROP TABLE promise;")
            .unwrap();
        let scheduler = w.scheduler.clone();
        let (ticked, ticks) = mpsc::channel();
        std::thread::spawn(move || {
            scheduler.run(wake_rx, move |t| {
                let _ = ticked.send(t.fired);
            })
        });
        ticks.recv_timeout(Duration::from_secs(5)).unwrap();
        let problem = w
            .scheduler
            .status()
            .check_problem
            .expect("a problem is reported");
        assert_eq!(problem, "no such table: promise");
        drop(wake);
    }

    #[test]
    fn resolving_the_case_means_no_notification() {
        let mut w = world();
        promise(&mut w, "Refund", "2026-11-18");
        w.store
            .resolve_case(w.case_id, Outcome::GotIt, None, None, utc(20, 7, 0))
            .unwrap();
        assert_eq!(w.scheduler.tick().unwrap().fired, 0);
        assert!(w.notifier.titles().is_empty());
    }

    #[test]
    fn it_sleeps_at_most_a_minute_so_a_suspend_is_caught_up_quickly() {
        let mut w = world();
        promise(&mut w, "Refund", "2026-11-27");
        let tick = w.scheduler.tick().unwrap();
        assert_eq!(w.scheduler.sleep_for(&tick), MAX_SLEEP);
        let nothing = Tick {
            fired: 0,
            next: None,
            news: false,
        };
        assert_eq!(w.scheduler.sleep_for(&nothing), MAX_SLEEP);
        let soon = Tick {
            fired: 0,
            next: Some(utc(20, 8, 0) + chrono::Duration::seconds(5)),
            news: false,
        };
        assert_eq!(w.scheduler.sleep_for(&soon), Duration::from_secs(5));
    }

    #[test]
    fn only_a_look_that_may_change_what_the_window_shows_tells_it() {
        let mut w = world();
        promise(&mut w, "Refund", "2026-11-21T09:00:00Z");
        let first = w.scheduler.tick().unwrap();
        assert_eq!(w.store.backups().unwrap().len(), 1);
        assert!(first.news, "a backup was made: Settings lists it");
        w.clock.set(utc(20, 8, 1));
        assert!(!w.scheduler.tick().unwrap().news, "nothing due, same day");

        w.clock.set(utc(21, 0, 5));
        let next_day = w.scheduler.tick().unwrap();
        assert_eq!(next_day.fired, 0);
        assert!(next_day.news, "overdue is counted in days");

        w.clock.set(utc(21, 9, 0));
        let due = w.scheduler.tick().unwrap();
        assert_eq!(due.fired, 1);
        assert!(due.news, "the promise is overdue now");

        *w.notifier.broken.lock().unwrap() = true;
        promise(&mut w, "Call back", "2026-11-21T09:00:00Z");
        let broken = w.scheduler.tick().unwrap();
        assert_eq!(broken.fired, 0);
        assert!(broken.news, "the window lists what could not be shown");
        *w.notifier.broken.lock().unwrap() = false;
        assert_eq!(w.scheduler.tick().unwrap().fired, 1);
        assert!(!w.scheduler.tick().unwrap().news, "nothing more is due");
    }

    #[test]
    fn emptying_the_trash_tells_the_window() {
        let mut w = world();
        w.store.delete_case(w.case_id, utc(1, 12, 0)).unwrap();
        let dec = |h, m| Utc.with_ymd_and_hms(2026, 12, 1, h, m, 0).unwrap();
        w.clock.set(dec(8, 0));
        w.scheduler.tick().unwrap();
        w.clock.set(dec(11, 0));
        assert!(
            !w.scheduler.tick().unwrap().news,
            "the case stays in the trash till noon"
        );
        w.clock.set(dec(12, 1));
        assert!(
            w.scheduler.tick().unwrap().news,
            "the trash lists it no more"
        );
        assert!(w.store.trash(dec(12, 1)).unwrap().is_empty());
    }

    #[test]
    fn a_look_after_a_change_to_the_data_tells_the_window() {
        let mut w = world();
        let (wake, wake_rx) = wake_channel();
        // Today's backup is made; the running scheduler's first look then finds nothing new.
        w.scheduler.tick().unwrap();
        let _watcher = watch_data_dir(&w.path, wake.clone()).unwrap();
        let scheduler = w.scheduler.clone();
        let (ticked, ticks) = mpsc::channel();
        std::thread::spawn(move || {
            scheduler.run(wake_rx, move |t| {
                let _ = ticked.send((t.fired, t.news));
            })
        });
        let first = ticks.recv_timeout(Duration::from_secs(5)).unwrap();
        assert_eq!(first, (0, false), "the window read the data as it started");

        // Another connection, as the command line would be, adds a promise due next week.
        promise(&mut w, "Refund", "2026-11-27");
        let after = ticks
            .recv_timeout(Duration::from_secs(5))
            .expect("woken within 5 s");
        assert_eq!(
            after,
            (0, true),
            "nothing fired, but the case has a new promise"
        );
    }

    #[test]
    fn a_change_by_another_process_wakes_the_running_scheduler() {
        let mut w = world();
        let (wake, wake_rx) = wake_channel();
        let _watcher = watch_data_dir(&w.path, wake.clone()).unwrap();
        let scheduler = w.scheduler.clone();
        let (ticked, ticks) = mpsc::channel();
        std::thread::spawn(move || {
            scheduler.run(wake_rx, move |t| {
                let _ = ticked.send(t.fired);
            })
        });
        assert_eq!(ticks.recv_timeout(Duration::from_secs(5)).unwrap(), 0);

        // Another connection, as the command line would be, adds an overdue promise.
        let started = std::time::Instant::now();
        promise(&mut w, "Refund", "2026-11-18");
        let fired = loop {
            let n = ticks
                .recv_timeout(Duration::from_secs(5))
                .expect("woken within 5 s");
            if n > 0 {
                break n;
            }
        };
        assert_eq!(fired, 1);
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(w.notifier.titles(), vec!["Acme Telecom · Refund"]);
        drop(wake);
    }
}
