//! Helpers shared by the integration tests.

use std::path::Path;
use std::process::Command;

/// `molt build` links `libmolt_rt.a` from beside the `molt` executable; `cargo test` does
/// not build static libraries, so build it here. This is the README's build command (the
/// workspace's default members, `molt` and `molt-rt`): after it, as in CI, a no-op; with
/// `-p molt-rt` alone, cargo would unify features differently and rebuild half the
/// dependency graph.
pub fn ensure_runtime_lib(molt: &Path) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| build_runtime_lib(molt));
}

fn build_runtime_lib(molt: &Path) {
    let release = molt.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "release");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.arg("build").current_dir(env!("CARGO_MANIFEST_DIR"));
    if release {
        cmd.arg("--release");
    }
    let status = cmd.status().expect("run cargo to build the runtime library");
    assert!(status.success(), "building the runtime library (molt-rt) failed");
}
