//! How WebKit runs the window's scripts: interpreted, without JavaScriptCore's JIT.
//!
//! The window's scripts are small and mostly run once, to draw a screen, so compiling them to
//! machine code buys little; the compilers' own code and data cost WebKit's web process about
//! 8 MiB for as long as the window is open. Interpreted, the start is as quick, the large
//! screens' medians stay well under 100 ms on 10,000 cases (`make bench-window`), and
//! JavaScriptCore makes no memory both writable and executable, as in Safari's Lockdown Mode.
//!
//! WebKitGTK has no setting for it: JavaScriptCore reads its options from the environment, and
//! the web process inherits the app's. So the app sets the option for itself before any thread
//! starts, unless the user already set it, and withholds it from the programs it opens for the
//! user (`system_open`): a WebKit browser opened from a link runs as it always does. Only
//! WebKitGTK reads it; the other platforms' web views are left as they are.

/// JavaScriptCore's option, read from the environment of each process WebKit starts.
#[cfg(all(unix, not(target_os = "macos")))]
pub const JIT_OPTION: &str = "JSC_useJIT";

#[cfg(all(unix, not(target_os = "macos")))]
static CHOSEN_BY_CASEBOOK: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Call first in the window's start, before the app starts any thread of its own: the
/// environment must not change while another thread may be reading it. (The only other thread
/// then is the one WebKit's memory allocator starts to give back free memory, when its library
/// is loaded before `main`; it only frees pages.)
pub fn interpret_scripts() {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        if std::env::var_os(JIT_OPTION).is_none() {
            std::env::set_var(JIT_OPTION, "false");
            CHOSEN_BY_CASEBOOK.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// Whether [`JIT_OPTION`] in this process's environment is Casebook's own choice, which the
/// programs it opens must not inherit (a user's own value is theirs to pass on).
#[cfg(all(unix, not(target_os = "macos")))]
pub fn chosen_by_casebook() -> bool {
    CHOSEN_BY_CASEBOOK.load(std::sync::atomic::Ordering::Relaxed)
}
