//! How WebKit runs the window's scripts: interpreted, without JavaScriptCore's JIT.
//!
//! The window's scripts are small and mostly run once, to draw a screen, so compiling them to
//! machine code buys little; the compilers' own code and data cost WebKit's web process about
//! 8 MiB for as long as the window is open. Interpreted, the start is as quick, every screen
//! still opens well within 100 ms on 10,000 cases (`make bench-window`), and no memory in the
//! web process is both writable and executable, as in Safari's Lockdown Mode.
//!
//! WebKitGTK has no setting for it: JavaScriptCore reads its options from the environment, and
//! the web process inherits the app's. So the app sets the option for itself before any thread
//! starts, unless the user already set it, and takes it out again for the programs it opens for
//! the user (`system_open`): a WebKit browser opened from a link runs as it always does.

use std::sync::atomic::{AtomicBool, Ordering};

/// JavaScriptCore's option, read from the environment of each process WebKit starts.
pub const JIT_OPTION: &str = "JSC_useJIT";

static SET_HERE: AtomicBool = AtomicBool::new(false);

/// Call first in the window's start, while the process has only its main thread: the
/// environment must not change while another thread may be reading it.
pub fn interpret_scripts() {
    if std::env::var_os(JIT_OPTION).is_none() {
        std::env::set_var(JIT_OPTION, "false");
        SET_HERE.store(true, Ordering::Relaxed);
    }
}

/// Whether [`JIT_OPTION`] in this process's environment is Casebook's own choice, which the
/// programs it opens must not inherit.
pub fn set_here() -> bool {
    SET_HERE.load(Ordering::Relaxed)
}
