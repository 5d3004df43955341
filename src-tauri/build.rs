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
