//! The desktop app: the database, the window, the tray and the reminder scheduler.
//!
//! Closing the window keeps Casebook in the tray so reminders keep coming; Quit in the tray
//! menu ends it. A second launch focuses the running one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use casebook_core::damage::Damage;
use casebook_core::tray::tray_text;
use casebook_core::{Error, Language, Store};
use chrono::{Local, Utc};
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, RunEvent, WindowEvent};

use crate::commands;
use crate::notifier::DesktopNotifier;
use crate::scheduler::{self, Scheduler, SystemClock};
use crate::start_marks;
use crate::state::{AppState, DesktopScheduler, Reminders};
use crate::window;

pub fn run(data_dir: PathBuf, start_hidden: bool) -> ExitCode {
    // Before any thread starts: they change the environment WebKit's processes inherit.
    crate::script_engine::interpret_scripts();
    crate::link_order::load_voice_first_in_webkit();
    // The window does not wait for the data's check: SQLite's check reads the whole file,
    // which on a large one takes longer than WebKit takes to start. The window reads the data
    // at once through a connection that cannot write, and the check runs once the first screen
    // is painted; only then is the data opened for writing. The first screen's data is read
    // while GTK starts and goes in with the page.
    let reading = {
        let dir = data_dir.clone();
        std::thread::Builder::new()
            .name("open-data".into())
            .spawn(move || open_for_reading(&dir))
    };
    let reading = match reading {
        Ok(thread) => thread,
        Err(e) => return cannot_open(&data_dir, &Error::Conflict(e.to_string())),
    };
    start_marks::mark("builder");
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            window::show(app);
        }))
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec!["--hidden"]),
        ))
        .manage(Startup {
            data_dir: data_dir.clone(),
            damage: Mutex::new(None),
            tray: Mutex::new(None),
            opened: (Mutex::new(false), Condvar::new()),
            checked: (Mutex::new(None), Condvar::new()),
            painted: (Mutex::new(false), Condvar::new()),
        })
        .invoke_handler(commands::handler())
        .manage(window::Closing::default())
        .on_window_event(|window, event| {
            match event {
                WindowEvent::CloseRequested { api, .. } => {
                    // Keep running in the tray: reminders must fire with the window closed.
                    api.prevent_close();
                    window::closed(window);
                }
                WindowEvent::Destroyed => window::destroyed(window.app_handle()),
                _ => {}
            }
        })
        .on_page_load(|_webview, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Started {
                start_marks::mark("page-load");
            }
        })
        .setup(move |app| {
            start_marks::mark("setup");
            let handle = app.handle().clone();
            // Read in a few milliseconds, while GTK started.
            let first = reading.join().ok().flatten();
            // Data that is new, to be upgraded or that SQLite cannot open is checked (and
            // made, migrated or refused) while the window starts, before anything reads it.
            let start = match first {
                Some(first) => Begin::Read(first),
                None => {
                    let dir = handle.state::<Startup>().data_dir.clone();
                    Begin::Checking(
                        std::thread::Builder::new()
                            .name("check-data".into())
                            .spawn(move || open_stores(&dir))?,
                    )
                }
            };
            // Started at log-in, Casebook waits in the tray with no window, and so without
            // WebKit's processes, until the window is first asked for: reminders need neither.
            if start_hidden {
                handle.state::<Startup>().mark_painted();
            } else {
                let script = match &start {
                    Begin::Read(first) => Some(first.script.as_str()),
                    Begin::Checking(_) => None,
                };
                window::make(&handle, script)?;
            }
            start_marks::mark("window made");
            let tray_menu = setup_tray(&handle)?;
            start_marks::mark("tray");
            std::thread::Builder::new()
                .name("start".into())
                .spawn(move || {
                    let opened = match start {
                        Begin::Read(first) => {
                            let startup = handle.state::<Startup>();
                            serve_store(&handle, first.reader);
                            startup.mark_opened();
                            // The check reads every page of the file: it waits for the first
                            // screen instead of competing with it.
                            startup.wait_painted(std::time::Duration::from_secs(5));
                            open_stores(&startup.data_dir)
                        }
                        Begin::Checking(checking) => checking.join().unwrap_or_else(|_| {
                            Err(Error::Conflict("opening the data failed".into()))
                        }),
                    };
                    finish_start(&handle, opened, tray_menu, start_hidden);
                })?;
            Ok(())
        })
        .build(tauri::generate_context!());
    start_marks::mark("built");
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            eprintln!("casebook: the window could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    app.run(|_app, event| {
        // Closing the last window must not end the app; only Quit (which passes a code) does.
        if let RunEvent::ExitRequested {
            code: None, api, ..
        } = event
        {
            api.prevent_exit();
        }
    });
    ExitCode::SUCCESS
}

/// The data as the window first reads it, before it is checked, and its first screen.
struct FirstRead {
    /// Open only to read.
    reader: Store,
    /// The script that gives the page its first screen's data before the page's own code runs
    /// (`window.__CASEBOOK_FIRST__`): no call to the shell stands between the page and its
    /// first screen.
    script: String,
}

/// How the window's start goes on: reading the data at once, or waiting for its check.
enum Begin {
    Read(FirstRead),
    Checking(std::thread::JoinHandle<casebook_core::Result<(Store, Store)>>),
}

/// None when the data must be checked first: no data yet, an upgrade to make, or a file
/// SQLite cannot open.
fn open_for_reading(data_dir: &Path) -> Option<FirstRead> {
    let reader = Store::open_for_reading(data_dir).ok().flatten()?;
    let first = serde_json::json!({
        "at": chrono::Utc::now().timestamp_millis(),
        "speaking": reader.settings().ok()?.speaking,
        "home": commands::home::home_of(&reader).ok()?,
    });
    let script = format!("window.__CASEBOOK_FIRST__ = {first};");
    start_marks::mark("first read");
    Some(FirstRead { reader, script })
}

fn open_stores(data_dir: &Path) -> casebook_core::Result<(Store, Store)> {
    let store = Store::open_in(data_dir)?;
    start_marks::mark("data checked");
    let second = Store::open_again_in(data_dir)?;
    Ok((store, second))
}

/// Goes on once the data is open: the window's store and the reminders, or, for a damaged
/// file, the screen that says so (a file that cannot be opened at all ends the app, as before
/// the window could say anything). The window's first question waits for this.
fn finish_start(
    app: &AppHandle,
    opened: casebook_core::Result<(Store, Store)>,
    tray_menu: TrayMenu,
    start_hidden: bool,
) {
    let startup = app.state::<Startup>();
    match opened {
        Ok((store, scheduler_store)) => {
            if let Err(e) = start_with(app, store, scheduler_store, tray_menu) {
                eprintln!("casebook: the reminders could not start: {e}");
            }
            startup.mark_checked(true);
        }
        Err(Error::Damaged { backup }) => {
            match casebook_core::damage::describe(&startup.data_dir, backup.as_deref()) {
                Ok(damage) => {
                    // A window already showing the data (read before the check) turns to the
                    // screen that says it is damaged, and nothing reads the damaged file in
                    // place any more: the store that read it is closed (an empty one stands in
                    // until a backup is restored or a copy opened).
                    if let Some(state) = app.try_state::<AppState>() {
                        if let Ok(empty) = Store::open_in_memory() {
                            *state.store() = empty;
                        }
                    }
                    let _ = app.emit("data-damaged", &damage);
                    *startup.damage() = Some(damage);
                    // The tray waits for the data, restored or copied, to say how much is due.
                    *startup.tray() = Some(tray_menu);
                    if start_hidden {
                        window::show(app);
                    }
                }
                Err(e) => {
                    let _ = cannot_open(&startup.data_dir, &e);
                    app.exit(1);
                }
            }
        }
        Err(e) => {
            let _ = cannot_open(&startup.data_dir, &e);
            app.exit(1);
        }
    }
    startup.mark_checked(false);
    startup.mark_opened();
    crate::memory::give_back();
}

fn cannot_open(data_dir: &Path, e: &Error) -> ExitCode {
    // The window cannot show what it cannot read: say it where it can be read, and do not
    // touch the file.
    eprintln!("casebook: cannot open {}: {e}", data_dir.display());
    ExitCode::FAILURE
}

/// How the app started: the data folder, and what is wrong with its file, if anything.
pub struct Startup {
    pub data_dir: PathBuf,
    pub damage: Mutex<Option<Damage>>,
    tray: Mutex<Option<TrayMenu>>,
    /// Whether the data has been opened (or found damaged) yet.
    opened: (Mutex<bool>, Condvar),
    /// Whether the data's check has passed and it is open for writing (None while it runs).
    checked: (Mutex<Option<bool>>, Condvar),
    /// Whether the window has painted its first screen yet.
    painted: (Mutex<bool>, Condvar),
}

impl Startup {
    /// Waits until the data folder has been opened, or found damaged.
    pub fn wait_opened(&self) {
        let (done, changed) = &self.opened;
        let mut done = done.lock().unwrap_or_else(|p| p.into_inner());
        while !*done {
            done = changed.wait(done).unwrap_or_else(|p| p.into_inner());
        }
    }

    fn mark_opened(&self) {
        mark(&self.opened);
    }

    /// The check is done; `writable` when it passed and the data is open for writing. Only
    /// the first word counts.
    fn mark_checked(&self, writable: bool) {
        let (done, changed) = &self.checked;
        done.lock()
            .unwrap_or_else(|p| p.into_inner())
            .get_or_insert(writable);
        changed.notify_all();
    }

    /// Waits for the data's check; answers whether the data is now open for writing.
    pub fn wait_checked(&self) -> bool {
        let (done, changed) = &self.checked;
        let mut done = done.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            match *done {
                Some(writable) => return writable,
                None => done = changed.wait(done).unwrap_or_else(|p| p.into_inner()),
            }
        }
    }

    /// The window's first screen is up.
    pub fn mark_painted(&self) {
        mark(&self.painted);
    }

    /// Waits until the window has painted its first screen, or `at_most` has passed.
    fn wait_painted(&self, at_most: std::time::Duration) {
        let (done, changed) = &self.painted;
        let done = done.lock().unwrap_or_else(|p| p.into_inner());
        let _ = changed.wait_timeout_while(done, at_most, |done| !*done);
    }

    pub fn damage(&self) -> MutexGuard<'_, Option<Damage>> {
        self.damage.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn tray(&self) -> MutexGuard<'_, Option<TrayMenu>> {
        self.tray.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn mark((done, changed): &(Mutex<bool>, Condvar)) {
    *done.lock().unwrap_or_else(|p| p.into_inner()) = true;
    changed.notify_all();
}

/// Goes on as at any start, once a damaged file was replaced by a good backup: the window's
/// store becomes the restored data and the reminders start on it.
pub fn start_restored(app: &AppHandle) -> casebook_core::Result<()> {
    let startup = app.state::<Startup>();
    let (store, scheduler_store) = open_stores(&startup.data_dir)?;
    let Some(tray_menu) = startup.tray().take() else {
        return Ok(());
    };
    start_with(app, store, scheduler_store, tray_menu).map_err(|e| Error::Conflict(e.to_string()))
}

/// Serves the window from `store`: the data, or a read-only copy of damaged data.
pub fn serve_store(app: &AppHandle, store: Store) {
    match app.try_state::<AppState>() {
        Some(state) => *state.store() = store,
        None => {
            app.manage(AppState::new(store));
        }
    }
}

/// Serves the window from `store` and starts the reminders on `scheduler_store`.
fn start_with(
    handle: &AppHandle,
    store: Store,
    scheduler_store: Store,
    tray_menu: TrayMenu,
) -> tauri::Result<()> {
    let app = handle;
    let data_dir = app.state::<Startup>().data_dir.clone();
    serve_store(app, store);
    let on_click_handle = handle.clone();
    let notifier = DesktopNotifier {
        on_click: Arc::new(move |case_id| {
            window::show_case(&on_click_handle, case_id);
        }),
    };
    let scheduler: Arc<DesktopScheduler> = Arc::new(Scheduler::new(
        scheduler_store,
        notifier,
        SystemClock,
        Local,
    ));
    let (wake, wake_rx) = scheduler::wake_channel();
    let watcher = match scheduler::watch_data_dir(&data_dir, wake.clone()) {
        Ok(w) => Some(w),
        Err(e) => {
            // Without the watch, changes from other processes are still seen within a minute,
            // when the scheduler wakes anyway.
            eprintln!("casebook: cannot watch {}: {e}", data_dir.display());
            None
        }
    };
    app.manage(Reminders {
        scheduler: scheduler.clone(),
        _wake: wake,
        _watcher: watcher,
    });
    let tick_handle = handle.clone();
    std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || {
            // The first look at everything due reads every open case; it waits for the window
            // to show its first screen (a second or so) instead of competing with it.
            tick_handle
                .state::<Startup>()
                .wait_painted(std::time::Duration::from_secs(5));
            scheduler.run(wake_rx, move |tick| {
                relabel_tray(&tick_handle, &tray_menu);
                // The window reads its screen again only when that may show something new: a
                // look every minute that finds nothing due would otherwise redraw it each time.
                if tick.news {
                    let _ = tick_handle.emit("reminders-changed", ());
                }
                crate::memory::give_back();
            })
        })?;
    Ok(())
}

/// The tray: open the window, see how much is overdue, quit. Linux trays only deliver menu
/// events, so everything is in the menu.
fn setup_tray(app: &AppHandle) -> tauri::Result<TrayMenu> {
    let text = tray_text(Language::En, Some(0));
    let open = MenuItem::with_id(app, "open", &text.open, true, None::<&str>)?;
    let overdue = MenuItem::with_id(app, "overdue", &text.overdue, false, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", &text.quit, true, None::<&str>)?;
    let menu = Menu::with_items(
        app,
        &[&open, &overdue, &PredefinedMenuItem::separator(app)?, &quit],
    )?;
    let mut tray = TrayIconBuilder::with_id("main")
        .tooltip("Casebook")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "open" | "overdue" => window::show(app),
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    let menu = TrayMenu {
        open,
        overdue,
        quit,
    };
    relabel_tray(app, &menu);
    Ok(menu)
}

/// The tray menu's lines, relabelled on every look at the reminders: a count that changed, or a
/// language the user switched (which wakes the scheduler like any change to the data).
pub struct TrayMenu {
    open: MenuItem<tauri::Wry>,
    overdue: MenuItem<tauri::Wry>,
    quit: MenuItem<tauri::Wry>,
}

fn relabel_tray(app: &AppHandle, menu: &TrayMenu) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let store = state.store();
    // An unreadable database still gets the tray in the system's language.
    let lang = store
        .settings()
        .map_or_else(|_| Language::detect(None), |s| s.speaking);
    let total = store
        .overdue_total(Utc::now(), Local::now().date_naive())
        .ok();
    drop(store);
    let text = tray_text(lang, total);
    let _ = menu.open.set_text(&text.open);
    let _ = menu.overdue.set_text(&text.overdue);
    let _ = menu.quit.set_text(&text.quit);
    if let Some(tray) = app.tray_by_id("main") {
        let _ = tray.set_tooltip(Some(text.tooltip));
    }
}
