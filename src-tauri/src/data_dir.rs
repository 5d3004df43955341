//! Where Casebook keeps its data: `--data-dir`, else `CASEBOOK_DATA_DIR`, else the platform's
//! app-data folder (`~/.local/share/app.casebook.desktop` on Linux).

use std::path::PathBuf;

/// Matches `identifier` in tauri.conf.json, so the app and the command line agree.
pub const IDENTIFIER: &str = "app.casebook.desktop";

pub fn resolve(explicit: Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(dir) = explicit.filter(|d| !d.as_os_str().is_empty()) {
        return Ok(dir);
    }
    platform_data_dir()
        .map(|d| d.join(IDENTIFIER))
        .ok_or_else(|| {
            "cannot find a folder for app data; pass --data-dir DIR or set CASEBOOK_DATA_DIR"
                .to_string()
        })
}

/// `$XDG_DATA_HOME`, else `~/.local/share`; `%APPDATA%` on Windows;
/// `~/Library/Application Support` on macOS.
fn platform_data_dir() -> Option<PathBuf> {
    dirs::data_dir()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_folder_wins() {
        assert_eq!(
            resolve(Some(PathBuf::from("/tmp/x"))).unwrap(),
            PathBuf::from("/tmp/x")
        );
    }

    #[test]
    fn the_default_ends_in_the_app_identifier() {
        if let Ok(dir) = resolve(None) {
            assert!(dir.ends_with(IDENTIFIER));
        }
    }
}
