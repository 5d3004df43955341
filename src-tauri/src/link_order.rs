//! Casebook's and WebKit's processes start sooner with one library found early.
//!
//! Debian's and Ubuntu's WebKitGTK loads flite's speech voices, and one of them
//! (`libflite_cmu_time_awb.so.1`) exports its 31,000 data tables (`frame_0`, `res_0`, ...) and
//! points at them through those names. Before `main`, the dynamic linker looks each name up in
//! the libraries loaded before it, one after another: the voice came 80th of 169 in Casebook's
//! process and 57th in WebKit's web process, and finding those 31,000 names took more than half
//! of all the linking (counted with `LD_DEBUG=scopes,bindings`, timed with `perf`).
//!
//! Casebook's binary names the voice after its own 14 libraries (`build.rs`, when WebKit needs
//! it), so it comes 15th: `casebook --version` takes 45 ms instead of 63. WebKit's processes
//! inherit the app's environment, and `LD_PRELOAD` loads the voice first there: the web
//! process, which the first screen waits for, reaches its `main` 17 ms sooner. No other library
//! of these processes defines any of its names, so every name is found where it was before,
//! only sooner. The programs the app opens for the user get the user's own `LD_PRELOAD` back
//! (`system_open`).

/// The variable WebKit's processes read it from (through the dynamic linker).
#[cfg(all(unix, not(target_os = "macos")))]
pub const PRELOAD: &str = "LD_PRELOAD";

/// The voice's library as the binary names it (`build.rs`), when it does.
#[cfg(all(unix, not(target_os = "macos")))]
const LINKED_VOICE: Option<&str> = option_env!("CASEBOOK_LINKED_VOICE");

/// The user's own `LD_PRELOAD`, when Casebook added the voice to it (`Some(None)`: they had
/// none).
#[cfg(all(unix, not(target_os = "macos")))]
static USERS_OWN: std::sync::OnceLock<Option<std::ffi::OsString>> = std::sync::OnceLock::new();

/// Call in the window's start, before the app starts any thread of its own (the environment
/// must not change while another thread may read it). Adds the voice to `LD_PRELOAD` when the
/// binary names it (when WebKit needs it); otherwise changes nothing.
pub fn load_voice_first_in_webkit() {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let Some(voice) = LINKED_VOICE.and_then(loaded_voice) else {
            return;
        };
        let own = std::env::var_os(PRELOAD);
        std::env::set_var(PRELOAD, with_voice(own.as_deref(), &voice));
        let _ = USERS_OWN.set(own);
    }
}

/// What the programs the app opens should have as `LD_PRELOAD` (`None`: not set), when
/// Casebook changed it; `None` when it did not.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn users_own() -> Option<Option<std::ffi::OsString>> {
    USERS_OWN.get().cloned()
}

/// Where this process loaded the library named `soname` from (`/proc/self/maps` lists every
/// file it maps).
#[cfg(all(unix, not(target_os = "macos")))]
fn loaded_voice(soname: &str) -> Option<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    voice_in(&maps, soname)
}

/// The path of the library named `soname` in a `/proc/<pid>/maps` listing: the file itself,
/// which carries the full version (`libx.so.2.2` for `libx.so.1`). A path with a space or a
/// colon would split in `LD_PRELOAD`: then none.
#[cfg(all(unix, not(target_os = "macos")))]
fn voice_in(maps: &str, soname: &str) -> Option<String> {
    let stem = soname.find(".so").map_or(soname, |end| &soname[..end + 3]);
    maps.lines()
        .filter_map(|line| line.split_whitespace().nth(5))
        .find(|path| {
            path.starts_with('/')
                && path
                    .rsplit('/')
                    .next()
                    .is_some_and(|file| file.starts_with(stem))
        })
        .filter(|path| !path.contains(':'))
        .map(str::to_string)
}

/// `LD_PRELOAD` with the voice after what the user preloads (theirs is loaded first, as they
/// asked), or as it is when it already names the voice (a Casebook started by another).
#[cfg(all(unix, not(target_os = "macos")))]
fn with_voice(own: Option<&std::ffi::OsStr>, voice: &str) -> std::ffi::OsString {
    match own {
        Some(own)
            if own
                .to_string_lossy()
                .split([':', ' '])
                .any(|each| each == voice) =>
        {
            own.to_os_string()
        }
        Some(own) if !own.is_empty() => {
            let mut all = own.to_os_string();
            all.push(":");
            all.push(voice);
            all
        }
        _ => voice.into(),
    }
}

#[cfg(all(test, unix, not(target_os = "macos")))]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    const MAPS: &str = "\
7f1c2a000000-7f1c2a001000 r--p 00000000 fe:01 1311 /usr/lib/x86_64-linux-gnu/libflite.so.2.2
7f1c2b000000-7f1c2b400000 r--p 00000000 fe:01 1312 /usr/lib/x86_64-linux-gnu/libflite_cmu_time_awb.so.2.2
7f1c2c000000-7f1c2c021000 rw-p 00000000 00:00 0 
7ffd5a3e1000-7ffd5a402000 rw-p 00000000 00:00 0                          [stack]
";

    const SONAME: &str = "libflite_cmu_time_awb.so.1";

    #[test]
    fn the_voice_is_found_where_the_process_mapped_it() {
        assert_eq!(
            voice_in(MAPS, SONAME).as_deref(),
            Some("/usr/lib/x86_64-linux-gnu/libflite_cmu_time_awb.so.2.2")
        );
        assert_eq!(
            voice_in(&MAPS.replace("cmu_time_awb", "cmu_us_kal"), SONAME),
            None
        );
        assert_eq!(
            voice_in(&MAPS.replace("/usr/lib", "/opt/a:b"), SONAME),
            None
        );
    }

    #[test]
    fn the_users_own_preload_comes_first() {
        let voice = "/usr/lib/libflite_cmu_time_awb.so.2.2";
        assert_eq!(with_voice(None, voice), OsStr::new(voice));
        assert_eq!(with_voice(Some(OsStr::new("")), voice), OsStr::new(voice));
        assert_eq!(
            with_voice(Some(OsStr::new("/opt/mine.so")), voice),
            OsStr::new("/opt/mine.so:/usr/lib/libflite_cmu_time_awb.so.2.2")
        );
        assert_eq!(
            with_voice(
                Some(OsStr::new(
                    "/opt/mine.so:/usr/lib/libflite_cmu_time_awb.so.2.2"
                )),
                voice
            ),
            OsStr::new("/opt/mine.so:/usr/lib/libflite_cmu_time_awb.so.2.2")
        );
    }
}
