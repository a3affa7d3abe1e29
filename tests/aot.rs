//! `molt build`: binaries that run without Molt or the source, reproducible builds, refusals
//! and build errors. (Every differential case also runs as a built binary: see
//! `differential.rs`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

fn molt() -> PathBuf {
    let m = PathBuf::from(env!("CARGO_BIN_EXE_molt"));
    common::ensure_runtime_lib(&m);
    m
}

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/aot")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A fresh scratch directory holding a copy of the fixture program.
fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("molt-aot-test-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    for f in ["app.py", "helper.py"] {
        std::fs::copy(fixture_dir().join(f), d.join(f)).unwrap();
    }
    d
}

fn build_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(molt()).arg("build").args(args).current_dir(dir).output().expect("molt build runs")
}

#[test]
fn built_binary_runs_like_molt_run() {
    let d = scratch("run");
    let b = build_in(&d, &["app.py", "-o", "app"]);
    assert_eq!(b.status.code(), Some(0), "{}", text(&b.stderr));
    assert!(text(&b.stdout).contains("wrote app"), "reports what it wrote: {}", text(&b.stdout));
    let run = Command::new(d.join("app")).current_dir(&d).env_clear().output().unwrap();
    let want = Command::new(molt()).args(["run", "app.py"]).current_dir(&d).output().unwrap();
    assert_eq!(text(&run.stdout), "total: 332833500\nhello from helper\n");
    assert_eq!(text(&run.stdout), text(&want.stdout));
    assert_eq!(text(&run.stderr), text(&want.stderr));
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stderr).contains("helper.py\", line 9, in fail\n    raise ValueError(\"raised in helper\")"), "{}", text(&run.stderr));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn binary_needs_neither_source_nor_molt() {
    let d = scratch("standalone");
    let b = build_in(&d, &["app.py", "-o", "app"]);
    assert_eq!(b.status.code(), Some(0), "{}", text(&b.stderr));
    let bytes = std::fs::read(d.join("app")).unwrap();
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(!has(b"SOURCE-MARKER-7f3a"), "the binary contains the program's source text");
    assert!(!has(b"ruff_python_parser"), "the binary contains the parser");
    assert!(bytes.len() < 3 << 20, "binary is {} bytes", bytes.len());
    // Elsewhere, with the sources gone: same output; tracebacks lose only their source lines.
    let elsewhere = std::env::temp_dir().join(format!("molt-aot-test-{}-moved", std::process::id()));
    let _ = std::fs::remove_dir_all(&elsewhere);
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::rename(d.join("app"), elsewhere.join("app")).unwrap();
    let run = Command::new(elsewhere.join("app")).current_dir(&elsewhere).env_clear().output().unwrap();
    assert_eq!(text(&run.stdout), "total: 332833500\nhello from helper\n");
    let err = text(&run.stderr);
    assert!(err.contains("helper.py\", line 9, in fail\nValueError: raised in helper"), "{err}");
    let _ = std::fs::remove_dir_all(&d);
    let _ = std::fs::remove_dir_all(&elsewhere);
}

#[test]
fn builds_are_byte_identical_across_directories_and_time() {
    let (a, b) = (scratch("repro-a"), scratch("repro-b"));
    assert!(build_in(&a, &["app.py", "-o", "app"]).status.success());
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(build_in(&b, &["app.py", "-o", "app"]).status.success());
    let (x, y) = (std::fs::read(a.join("app")).unwrap(), std::fs::read(b.join("app")).unwrap());
    assert!(x == y, "two builds of the same program differ");
    let _ = std::fs::remove_dir_all(&a);
    let _ = std::fs::remove_dir_all(&b);
}

#[test]
fn build_refuses_unsupported_programs_up_front() {
    let refused = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cli/refused.py");
    let d = scratch("refused");
    let out = build_in(&d, &[refused.to_str().unwrap(), "-o", "refused"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("the 'match' statement is not supported by Molt yet"), "{}", text(&out.stderr));
    assert!(!d.join("refused").exists(), "no binary for a refused program");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn missing_runtime_library_is_a_clear_error() {
    let d = scratch("nolib");
    let out = Command::new(molt())
        .args(["build", "app.py", "-o", "app"])
        .env("MOLT_RUNTIME_LIB", d.join("nonexistent.a"))
        .current_dir(&d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("the Molt runtime library is missing"), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&d);
}
