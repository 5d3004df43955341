//! Memory the app no longer uses, given back to the system.
//!
//! Casebook idles in the tray all day. Its start (reading the first screen, checking the
//! whole data file, the first look at what is due) happens on several threads, and the C
//! library keeps what each freed in that thread's own pool, for reuse that never comes.

/// Returns the freed memory of every thread's pool to the system.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases pages no allocation holds; it is safe to call from any
    // thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
