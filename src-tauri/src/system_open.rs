//! Handing a file, a folder or a web address to the program the system opens it with.
//!
//! On Linux and the BSDs the system's openers (`xdg-open`, then `gio` and the desktops' own, in
//! the order the `open` crate knows them) are started by the app itself, so that they do not
//! inherit the settings that are only for Casebook's own window (`script_engine`,
//! `link_order`). Each runs in its own process group, so a hang-up or Ctrl-C sent to a terminal
//! the app was started from does not reach what it opened. One that fails at once (nothing set
//! to open that kind of file) makes way for the next; the first that ran and failed is the
//! answer, not a later one that is merely not installed. Elsewhere the `open` crate does it all.

use std::ffi::OsStr;

use casebook_core::{Error, Result};

/// Opens `target` (a path or a web address) with the system's program for it.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn open(target: impl AsRef<OsStr>) -> Result<()> {
    use crate::{link_order, script_engine};
    let mut restored = Vec::new();
    if script_engine::chosen_by_casebook() {
        restored.push((script_engine::JIT_OPTION, None));
    }
    if let Some(own) = link_order::users_own() {
        restored.push((link_order::PRELOAD, own));
    }
    launch(open::commands(target), &restored, FAILURE_WATCH)
}

/// Opens `target` (a path or a web address) with the system's program for it.
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub fn open(target: impl AsRef<OsStr>) -> Result<()> {
    open::that_detached(target).map_err(|e| Error::Conflict(e.to_string()))
}

/// How long an opener is watched for failing at once; one still running by then has started
/// the program (xdg-open may wait for it to end).
#[cfg(all(unix, not(target_os = "macos")))]
const FAILURE_WATCH: std::time::Duration = std::time::Duration::from_millis(250);

/// Starts each of `commands` in turn until one opens it, with the environment variables
/// Casebook set for its window put back as the user had them (`None`: not set).
#[cfg(all(unix, not(target_os = "macos")))]
fn launch(
    commands: Vec<std::process::Command>,
    restored: &[(&str, Option<std::ffi::OsString>)],
    watch: std::time::Duration,
) -> Result<()> {
    use std::os::unix::process::CommandExt;
    use std::process::Stdio;
    use std::time::Instant;

    // The first opener that ran and failed says why; one that is not installed says less.
    let mut failed: Option<String> = None;
    let mut missing: Option<String> = None;
    for mut command in commands {
        for (name, own) in restored {
            match own {
                Some(value) => command.env(name, value),
                None => command.env_remove(name),
            };
        }
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0);
        let program = command.get_program().to_string_lossy().into_owned();
        let mut child = match command.spawn() {
            Ok(child) => child,
            Err(e) => {
                missing.get_or_insert(format!("{program}: {e}"));
                continue;
            }
        };
        let started = Instant::now();
        let outcome = loop {
            match child.try_wait() {
                Ok(Some(status)) if status.success() => return Ok(()),
                Ok(Some(status)) => break format!("{program} could not open it ({status})"),
                Err(e) => break format!("{program}: {e}"),
                Ok(None) if started.elapsed() < watch => {
                    std::thread::sleep(std::time::Duration::from_millis(10))
                }
                Ok(None) => {
                    // Still running: it has the file. Waited for when it ends, so it leaves
                    // no zombie behind (without a thread it stays one until the app ends).
                    let _ = std::thread::Builder::new()
                        .name("opener-wait".into())
                        .stack_size(64 * 1024)
                        .spawn(move || child.wait());
                    return Ok(());
                }
            }
        };
        failed.get_or_insert(outcome);
    }
    Err(Error::Conflict(failed.or(missing).unwrap_or_else(|| {
        "no program to open it with".to_string()
    })))
}

#[cfg(all(test, unix, not(target_os = "macos")))]
mod tests {
    use super::*;
    use crate::script_engine::JIT_OPTION;
    use std::fs;
    use std::process::Command;
    use std::time::Duration;

    /// A stand-in opener: a shell script that records its argument and environment and ends
    /// with `code`.
    fn opener(dir: &std::path::Path, name: &str, code: i32) -> Command {
        let record = dir.join(format!("{name}.txt"));
        let mut command = Command::new("sh");
        command.arg("-c").arg(format!(
            "{{ echo \"$1\"; env; }} > '{}'; exit {code}",
            record.display()
        ));
        command.arg(name).arg("https://example.com/complaints");
        command
    }

    #[test]
    fn the_first_opener_that_works_opens_it_without_the_windows_own_setting() {
        let dir = tempfile::tempdir().unwrap();
        // As the app's own environment would hand it down, with the user's own variables.
        let commands: Vec<Command> = ["first", "second", "third"]
            .iter()
            .zip([3, 0, 0])
            .map(|(name, code)| {
                let mut command = opener(dir.path(), name, code);
                command.env(JIT_OPTION, "false");
                command.env(
                    "LD_PRELOAD",
                    "/opt/mine.so:/usr/lib/libflite_cmu_time_awb.so.2.2",
                );
                command.env("CASEBOOK_TEST_KEPT", "yes");
                command
            })
            .collect();
        launch(
            commands,
            &[
                (JIT_OPTION, None),
                ("LD_PRELOAD", Some("/opt/mine.so".into())),
            ],
            Duration::from_secs(5),
        )
        .unwrap();

        let first = fs::read_to_string(dir.path().join("first.txt")).unwrap();
        let second = fs::read_to_string(dir.path().join("second.txt")).unwrap();
        assert!(first.starts_with("https://example.com/complaints\n"));
        assert!(second.starts_with("https://example.com/complaints\n"));
        assert!(!second.contains("JSC_useJIT"), "{second}");
        assert!(second.contains("LD_PRELOAD=/opt/mine.so\n"), "{second}");
        assert!(second.contains("CASEBOOK_TEST_KEPT=yes\n"), "{second}");
        assert!(
            !dir.path().join("third.txt").exists(),
            "stops at the first that works"
        );
    }

    #[test]
    fn a_user_who_set_the_option_keeps_it_in_what_they_open() {
        let dir = tempfile::tempdir().unwrap();
        let mut command = opener(dir.path(), "only", 0);
        command.env(JIT_OPTION, "true");
        launch(vec![command], &[], Duration::from_secs(5)).unwrap();
        let only = fs::read_to_string(dir.path().join("only.txt")).unwrap();
        assert!(only.contains("JSC_useJIT=true\n"), "{only}");
    }

    #[test]
    fn when_every_opener_fails_the_one_that_ran_says_why() {
        // As on a desktop with no program set for the file: xdg-open runs and fails, the
        // openers after it are not installed.
        let dir = tempfile::tempdir().unwrap();
        let err = launch(
            vec![
                Command::new("/nonexistent/gnome-open"),
                opener(dir.path(), "xdg-open", 4),
                Command::new("/nonexistent/kde-open"),
            ],
            &[],
            Duration::from_secs(5),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "That could not be done: sh could not open it (exit status: 4)"
        );
    }

    #[test]
    fn when_no_opener_is_installed_it_says_so() {
        let err = launch(
            vec![Command::new("/nonexistent/xdg-open")],
            &[],
            Duration::from_secs(5),
        )
        .unwrap_err();
        assert!(
            err.detail()
                .starts_with("/nonexistent/xdg-open: No such file or directory"),
            "{err}"
        );
    }
}
