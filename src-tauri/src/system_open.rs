//! Handing a file, a folder or a web address to the program the system opens it with.
//!
//! The system's openers (`xdg-open` and the like, in the order the `open` crate knows them)
//! are started without the settings that are only for Casebook's own window
//! (`script_engine`), in their own process group so they outlive the app, and are waited for
//! briefly: one that fails at once (nothing to open the file with) makes way for the next, and
//! the last failure is the answer.

use std::ffi::OsStr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use casebook_core::{Error, Result};

use crate::script_engine;

/// How long an opener is watched for failing at once; one still running by then has started
/// the program (xdg-open may wait for it to end).
const FAILS_AT_ONCE: Duration = Duration::from_millis(250);

/// Opens `target` (a path or a web address) with the system's program for it.
pub fn open(target: impl AsRef<OsStr>) -> Result<()> {
    let own = script_engine::set_here().then_some(script_engine::JIT_OPTION);
    launch(open::commands(target), own, FAILS_AT_ONCE)
}

/// Starts each of `commands` in turn until one opens it, without the environment variable
/// `own` (Casebook's setting for its own window).
fn launch(commands: Vec<Command>, own: Option<&str>, watch: Duration) -> Result<()> {
    let mut failure = String::from("no program to open it with");
    for mut command in commands {
        if let Some(own) = own {
            command.env_remove(own);
        }
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let program = command.get_program().to_string_lossy().into_owned();
        let mut child = match command.spawn() {
            Ok(child) => child,
            Err(e) => {
                failure = format!("{program}: {e}");
                continue;
            }
        };
        let started = Instant::now();
        loop {
            match child.try_wait() {
                Ok(Some(status)) if status.success() => return Ok(()),
                Ok(Some(status)) => {
                    failure = format!("{program} could not open it ({status})");
                    break;
                }
                Ok(None) if started.elapsed() < watch => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                Ok(None) | Err(_) => {
                    // Still running: it has the file. Reaped when it ends, so no zombie stays.
                    std::thread::spawn(move || child.wait());
                    return Ok(());
                }
            }
        }
    }
    Err(Error::Conflict(failure))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

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
    fn the_first_opener_that_works_opens_it_without_the_windows_own_settings() {
        let dir = tempfile::tempdir().unwrap();
        // As the app's own environment would hand it down, and the user's own variables.
        let commands: Vec<Command> = ["first", "second", "third"]
            .iter()
            .zip([3, 0, 0])
            .map(|(name, code)| {
                let mut command = opener(dir.path(), name, code);
                command.env(script_engine::JIT_OPTION, "false");
                command.env("CASEBOOK_TEST_KEPT", "yes");
                command
            })
            .collect();
        launch(
            commands,
            Some(script_engine::JIT_OPTION),
            Duration::from_secs(5),
        )
        .unwrap();

        let first = fs::read_to_string(dir.path().join("first.txt")).unwrap();
        let second = fs::read_to_string(dir.path().join("second.txt")).unwrap();
        assert!(first.starts_with("https://example.com/complaints\n"));
        assert!(second.starts_with("https://example.com/complaints\n"));
        assert!(!second.contains("JSC_useJIT"), "{second}");
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
        command.env(script_engine::JIT_OPTION, "true");
        launch(vec![command], None, Duration::from_secs(5)).unwrap();
        let only = fs::read_to_string(dir.path().join("only.txt")).unwrap();
        assert!(only.contains("JSC_useJIT=true\n"), "{only}");
    }

    #[test]
    fn when_every_opener_fails_the_last_failure_is_the_answer() {
        let dir = tempfile::tempdir().unwrap();
        let err = launch(
            vec![
                opener(dir.path(), "only", 4),
                Command::new("/nonexistent/opener"),
            ],
            None,
            Duration::from_secs(5),
        )
        .unwrap_err();
        assert!(err.to_string().contains("/nonexistent/opener"), "{err}");
    }
}
