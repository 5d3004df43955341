//! The window: made at start (or first asked for, when started in the tray), shown again from
//! the tray, a second launch or a reminder, and let go a while after it is closed.
//!
//! Closing the window hides it: Casebook stays in the tray so reminders keep coming. Most of
//! what it holds then is the window's page and WebKit's processes, which a day in the tray does
//! not need. So the page is told the window closed; once it has written every draft and holds
//! nothing typed that no draft keeps, it says so, and if the window is still closed half a
//! minute later it is let go, WebKit's processes with it. Opening it again makes a new one on
//! the screen it showed.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, WebviewWindow};

/// The window's label in tauri.conf.json.
pub const MAIN: &str = "main";

/// How long a closed window is kept before it is let go: opened again within this, it shows at
/// once, as it was.
const KEPT_AFTER_CLOSE: Duration = Duration::from_secs(30);

/// What the shell knows of the window between a close and the window being let go.
///
/// Showing, closing and letting go all run on the main thread (GTK's), one after another: a
/// show asked for from another thread (a second launch, a click on a reminder) is sent there.
#[derive(Default)]
pub struct Closing {
    /// Counts every close and every show: a page's answer to an earlier close, or a let-go
    /// planned before the window was shown again, is for a window that is no longer closed.
    turn: AtomicU64,
    /// The screen the window showed when it was let go (its address, "#/cases/12"): a window
    /// made again opens there.
    address: Mutex<Option<String>>,
    /// From the window's destruction being asked for to its end: a show asked for meanwhile
    /// waits, and makes the new window once the old one is gone (its address, if it names one).
    letting_go: Mutex<Option<Reopen>>,
}

/// What to do once a window being let go has ended.
enum Reopen {
    /// Nothing: it stays let go.
    No,
    /// Make the window again, on this address or else the one it was let go on.
    At(Option<String>),
}

impl Closing {
    fn next_turn(&self) -> u64 {
        self.turn.fetch_add(1, Ordering::SeqCst) + 1
    }

    fn is_turn(&self, turn: u64) -> bool {
        self.turn.load(Ordering::SeqCst) == turn
    }

    fn address(&self) -> std::sync::MutexGuard<'_, Option<String>> {
        self.address.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn letting_go(&self) -> std::sync::MutexGuard<'_, Option<Reopen>> {
        self.letting_go.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The window was closed: it is hidden, and its page asked to make ready to be let go
/// (`window-closed`, with this close's turn).
pub fn closed(window: &tauri::Window) {
    let _ = window.hide();
    let turn = window.app_handle().state::<Closing>().next_turn();
    let _ = window.emit_to(MAIN, "window-closed", turn);
}

/// The page holds nothing typed and every draft is written: unless the window is shown again
/// meanwhile, it is let go after `KEPT_AFTER_CLOSE`. `address` is the screen it shows.
pub fn may_let_go(app: &AppHandle, turn: u64, address: String) -> Result<(), String> {
    // Only an address as the window's own links write it goes into the next window's script.
    if !address.starts_with("#/") || address.chars().any(char::is_control) {
        return Err(format!("not an address of the window: {address:?}"));
    }
    if !app.state::<Closing>().is_turn(turn) {
        return Ok(());
    }
    let app = app.clone();
    std::thread::Builder::new()
        .name("let-window-go".into())
        .spawn(move || {
            std::thread::sleep(KEPT_AFTER_CLOSE);
            let on_main = app.clone();
            let _ = app.run_on_main_thread(move || let_go(&on_main, turn, address));
        })
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// On the main thread: lets the window go if nothing showed it since close `turn`.
fn let_go(app: &AppHandle, turn: u64, address: String) {
    let closing = app.state::<Closing>();
    let Some(window) = app.get_webview_window(MAIN) else {
        return;
    };
    if !closing.is_turn(turn) || window.is_visible().unwrap_or(true) {
        return;
    }
    *closing.address() = Some(address);
    *closing.letting_go() = Some(Reopen::No);
    if let Err(e) = window.destroy() {
        *closing.letting_go() = None;
        eprintln!("casebook: the closed window could not be let go: {e}");
    }
}

/// The window has ended. One let go is made again now if it was asked for meanwhile.
pub fn destroyed(app: &AppHandle) {
    let reopen = app.state::<Closing>().letting_go().take();
    if let Some(Reopen::At(address)) = reopen {
        make_again(app, address);
    }
    // What the window's side of the app freed goes back to the system.
    crate::memory::give_back();
}

/// Shows the window, made now if there is none: the app started in the tray, or the window was
/// let go after it was closed (it opens on the screen it showed).
pub fn show(app: &AppHandle) {
    let on_main = app.clone();
    let _ = app.run_on_main_thread(move || {
        show_at(&on_main, None);
    });
}

/// Shows the window on `case` (a reminder was clicked): an open window is told to go there; a
/// window made now starts there (home for a reminder about several items).
pub fn show_case(app: &AppHandle, case: Option<i64>) {
    let on_main = app.clone();
    let _ = app.run_on_main_thread(move || {
        let address = case.map_or_else(|| "#/".to_string(), |id| format!("#/cases/{id}"));
        if show_at(&on_main, Some(address)) {
            let _ = on_main.emit("open-case", case);
        }
    });
}

/// On the main thread: shows the window, or makes it on `address` (else where it was let go).
/// Answers whether a window was already there, to be told where to go.
fn show_at(app: &AppHandle, address: Option<String>) -> bool {
    let closing = app.state::<Closing>();
    closing.next_turn();
    if let Some(reopen) = closing.letting_go().as_mut() {
        *reopen = Reopen::At(address);
        return false;
    }
    match app.get_webview_window(MAIN) {
        Some(w) => {
            bring_up(&w);
            true
        }
        None => {
            make_again(app, address);
            false
        }
    }
}

/// Makes the window again, on `address` or else the screen it was let go on.
fn make_again(app: &AppHandle, address: Option<String>) {
    let closing = app.state::<Closing>();
    let kept = closing.address().take();
    let Some(address) = address.or(kept.clone()) else {
        open(app, None);
        return;
    };
    if !open(app, Some(&go_to(&address))) {
        // Asked for again, it is tried again on the same screen.
        *closing.address() = kept;
    }
}

fn bring_up(window: &WebviewWindow) {
    let _ = window.show();
    let _ = window.unminimize();
    let _ = window.set_focus();
}

/// The script that starts a window's page on `address`, set before the page reads it (on the
/// first load only: a page loaded again keeps the address it had).
fn go_to(address: &str) -> String {
    let quoted = serde_json::to_string(address).expect("a string serializes");
    format!("if (!location.hash) history.replaceState(null, '', {quoted});")
}

/// Makes the window once the app is running. It comes without the first screen's data: the
/// page asks for it, from the data as it is now. Answers whether it was made.
fn open(app: &AppHandle, script: Option<&str>) -> bool {
    match make(app, script) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("casebook: the window could not open: {e}");
            false
        }
    }
}

/// A window whose page has not finished loading by then is shown anyway.
const SHOWN_AT_LATEST: Duration = Duration::from_secs(2);

/// Makes the main window as tauri.conf.json describes it, with `script` run before the page's
/// own code.
///
/// The window is shown once its page has loaded. Shown at once, GTK drew it while WebKit's web
/// process was still starting, and with compositing off (software drawing, as under Xvfb) that
/// draw waits for the web process to answer, half a second at most; the main thread, which also
/// answers the page's requests, waited with it. A third of starts took half a second longer,
/// the blank Tauri window's as well. Shown after the load, nothing waits, and there is no white
/// window before the first screen either.
pub fn make(app: &AppHandle, script: Option<&str>) -> tauri::Result<()> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .ok_or(tauri::Error::WindowNotFound)?;
    let shown = Arc::new(AtomicBool::new(false));
    let show_once = {
        let shown = Arc::clone(&shown);
        move |window: &WebviewWindow| {
            if !shown.swap(true, Ordering::SeqCst) {
                crate::start_marks::mark("shown");
                let _ = window.show();
            }
        }
    };
    let on_load = show_once.clone();
    let mut window = tauri::WebviewWindowBuilder::from_config(app, config)?
        .visible(false)
        // The first load only: a page loaded again (after a restore) keeps the window as it is.
        .on_page_load(move |webview, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Finished {
                on_load(&webview);
            }
        });
    if let Some(script) = script {
        window = window.initialization_script(script);
    }
    if std::env::var_os("CASEBOOK_REPORT_PAINT").is_some() {
        // For the start-up benchmark: when the page's files were answered, to tell reading
        // them from WebKit's running them.
        window = window.on_web_resource_request(|_, _| crate::start_marks::mark_latest("files"));
    }
    let window = window.build()?;
    let app = app.clone();
    std::thread::Builder::new()
        .name("show-window".into())
        .spawn(move || {
            std::thread::sleep(SHOWN_AT_LATEST);
            let _ = app.run_on_main_thread(move || show_once(&window));
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::go_to;

    #[test]
    fn the_address_goes_into_the_script_as_a_string_and_nothing_else() {
        assert_eq!(
            go_to("#/cases/12"),
            r##"if (!location.hash) history.replaceState(null, '', "#/cases/12");"##
        );
        assert_eq!(
            go_to(r#"#/x");alert("1"#),
            r##"if (!location.hash) history.replaceState(null, '', "#/x\");alert(\"1");"##
        );
    }
}
