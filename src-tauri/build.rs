// The app's commands are declared once, in src/commands/mod.rs (`commands! { ... }`). Declaring
// them to Tauri makes each one need a capability (capabilities/main.json), so the window can
// call exactly these and nothing else.
fn main() {
    let source = std::fs::read_to_string("src/commands/mod.rs").expect("src/commands/mod.rs");
    let commands = command_names(&source);
    assert!(
        !commands.is_empty(),
        "no commands found in src/commands/mod.rs"
    );
    println!("cargo:rerun-if-changed=src/commands/mod.rs");
    link_flite_voice_first();
    let names: Vec<&'static str> = commands
        .into_iter()
        .map(|n| &*Box::leak(n.into_boxed_str()))
        .collect();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(Box::leak(names.into()))),
    )
    .expect("tauri build configuration");
}

/// The names in the `commands!` invocation: `module::name(args);` and `module::name;` lines.
fn command_names(source: &str) -> Vec<String> {
    let start = source
        .find("\ncommands! {")
        .expect("a commands! invocation");
    let block = &source[start..];
    let block = &block[..block.find("\n}").expect("the end of commands!")];
    block
        .lines()
        .filter_map(|line| {
            let (module, rest) = line.trim().split_once("::")?;
            if !module.chars().all(|c| c.is_ascii_lowercase() || c == '_') || module.is_empty() {
                return None;
            }
            let end = rest.find(['(', ';'])?;
            Some(rest[..end].to_string())
        })
        .collect()
}

/// The library of flite's voice that exports its 31,000 data tables: the dynamic linker finds
/// each of its own pointers to them through every library loaded before it
/// (`src/link_order.rs` says more).
const FLITE_VOICE: &str = "libflite_cmu_time_awb.so.1";

/// Names the voice among the binary's own libraries, so that it comes before WebKit's and
/// GTK's in the order the dynamic linker searches, when this system's WebKit loads it at all
/// (Debian's and Ubuntu's do); a WebKit without it links as before.
fn link_flite_voice_first() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("linux") {
        return;
    }
    let Some(webkit) = webkit_library() else {
        return;
    };
    println!("cargo:rerun-if-changed={}", webkit.display());
    if needed_libraries(&webkit)
        .iter()
        .any(|name| name == FLITE_VOICE)
    {
        // After the binary's other libraries, before the ones they bring (WebKit's among them):
        // kept though nothing in the binary calls into it, since it is there for its place.
        println!(
            "cargo:rustc-link-arg=-Wl,--push-state,--no-as-needed,-l:{FLITE_VOICE},--pop-state"
        );
        // The window's start preloads it in WebKit's processes only when the binary names it.
        println!("cargo:rustc-env=CASEBOOK_LINKED_VOICE={FLITE_VOICE}");
    }
}

/// WebKitGTK's library, where pkg-config says it is.
fn webkit_library() -> Option<std::path::PathBuf> {
    let out = std::process::Command::new("pkg-config")
        .args(["--variable=libdir", "webkit2gtk-4.1"])
        .output()
        .ok()?;
    let dir = String::from_utf8(out.stdout).ok()?;
    let library = std::path::Path::new(dir.trim()).join("libwebkit2gtk-4.1.so.0");
    library.exists().then_some(library)
}

/// The libraries `library` names as needed, as `readelf -d` lists them (none when it cannot).
fn needed_libraries(library: &std::path::Path) -> Vec<String> {
    let Ok(out) = std::process::Command::new("readelf")
        .arg("-d")
        .arg(library)
        .output()
    else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|line| line.contains("(NEEDED)"))
        .filter_map(|line| Some(line.split_once('[')?.1.split_once(']')?.0.to_string()))
        .collect()
}
