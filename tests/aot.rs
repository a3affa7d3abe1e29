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
    // And it ran as machine code: `square` alone is called a thousand times.
    let report = Command::new(d.join("app")).current_dir(&d).env("MOLT_AOT_REPORT", "1").output().unwrap();
    let err = text(&report.stderr);
    let line = err.lines().find(|l| l.starts_with("molt aot:")).unwrap_or_else(|| panic!("no report in {err}"));
    let entered: u64 = line.rsplit(" entered ").next().and_then(|t| t.split(' ').next()).and_then(|n| n.parse().ok()).unwrap();
    assert!(entered >= 1000, "{line}");
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

fn copy_fixture(d: &Path, name: &str) {
    std::fs::copy(fixture_dir().join(name), d.join(name)).unwrap();
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(molt()).args(args).current_dir(dir).output().expect("molt runs")
}

#[test]
fn contradictory_profiles_change_speed_never_output() {
    let d = scratch("contradict");
    copy_fixture(&d, "kinds.py");
    let rec = run_in(&d, &["profile", "kinds.py", "-o", "float.bin", "float"]);
    assert_eq!(rec.status.code(), Some(0), "{}", text(&rec.stderr));
    let b = run_in(&d, &["build", "kinds.py", "--pgo", "float.bin", "-o", "kinds"]);
    assert_eq!(b.status.code(), Some(0), "{}", text(&b.stderr));
    assert!(text(&b.stdout).contains("specialized from the profile"), "{}", text(&b.stdout));
    for kind in ["int", "float", "str", "big"] {
        let want = run_in(&d, &["run", "--tier", "interp", "kinds.py", kind]);
        let got = Command::new(d.join("kinds")).arg(kind).current_dir(&d).output().unwrap();
        assert_eq!(text(&got.stdout), text(&want.stdout), "input {kind}");
        assert_eq!(got.status.code(), Some(0));
    }
    // A warm start from the same profile is just as safe.
    for kind in ["int", "str", "big"] {
        let want = run_in(&d, &["run", "--tier", "interp", "kinds.py", kind]);
        let got = run_in(&d, &["run", "--pgo", "float.bin", "kinds.py", kind]);
        assert_eq!(text(&got.stdout), text(&want.stdout), "warm start, input {kind}");
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn globals_specialized_as_small_ints_take_any_value() {
    // The profile saw `m + 5` add small ints: the binary loads `m` checking it is one, on
    // the site's cached way and on the way through the runtime (the first access) alike.
    let d = scratch("global_kinds");
    copy_fixture(&d, "global_kinds.py");
    let rec = run_in(&d, &["profile", "global_kinds.py", "-o", "ints.bin"]);
    assert_eq!(rec.status.code(), Some(0), "{}", text(&rec.stderr));
    let b = run_in(&d, &["build", "global_kinds.py", "--pgo", "ints.bin", "-o", "global_kinds"]);
    assert_eq!(b.status.code(), Some(0), "{}", text(&b.stderr));
    for args in [&[][..], &["obj"][..]] {
        let want = run_in(&d, &[&["run", "--tier", "interp", "global_kinds.py"][..], args].concat());
        let got = Command::new(d.join("global_kinds")).args(args).current_dir(&d).output().unwrap();
        assert_eq!(text(&got.stdout), text(&want.stdout), "arguments {args:?}");
        assert_eq!(got.status.code(), Some(0));
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn stale_profile_entries_are_named_and_ignored() {
    let d = scratch("stale");
    let rec = run_in(&d, &["profile", "app.py", "-o", "p.bin"]);
    assert!(d.join("p.bin").exists(), "{}", text(&rec.stderr));
    let helper = std::fs::read_to_string(d.join("helper.py")).unwrap().replace("return x * x", "return x * x * 1");
    std::fs::write(d.join("helper.py"), helper).unwrap();
    let b = run_in(&d, &["build", "app.py", "--pgo", "p.bin", "-o", "app"]);
    assert_eq!(b.status.code(), Some(0), "{}", text(&b.stderr));
    let err = text(&b.stderr);
    assert!(err.contains("profile's entry for helper.square") && err.contains("stale"), "{err}");
    assert!(!err.contains("total"), "unchanged functions are not stale: {err}");
    let run = Command::new(d.join("app")).current_dir(&d).output().unwrap();
    assert_eq!(text(&run.stdout), "total: 332833500\nhello from helper\n");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn corrupt_profiles_are_errors_not_panics() {
    let d = scratch("corrupt");
    assert!(run_in(&d, &["profile", "app.py", "-o", "p.bin"]).status.code().is_some());
    let good = std::fs::read(d.join("p.bin")).unwrap();
    let mut newer = good.clone();
    newer[8] = 0x7f;
    std::fs::write(d.join("truncated.bin"), &good[..good.len() / 2]).unwrap();
    std::fs::write(d.join("newer.bin"), &newer).unwrap();
    std::fs::write(d.join("empty.bin"), b"").unwrap();
    for (file, needle) in [
        ("truncated.bin", "corrupt or truncated"),
        ("newer.bin", "newer than this Molt reads"),
        ("empty.bin", "not a Molt profile"),
        ("missing.bin", "cannot read profile"),
    ] {
        for args in [
            vec!["build", "app.py", "--pgo", file, "-o", "app"],
            vec!["run", "--pgo", file, "app.py"],
            vec!["profile", "show", file],
        ] {
            let out = run_in(&d, &args);
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains(needle) && !err.contains("panicked"), "{args:?}: {err}");
            assert!(out.stdout.is_empty(), "{args:?}: nothing runs");
        }
    }
    assert!(!d.join("app").exists());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn profiles_merge_and_show() {
    let d = scratch("merge");
    copy_fixture(&d, "kinds.py");
    assert!(run_in(&d, &["profile", "kinds.py", "-o", "i.bin", "int"]).status.success());
    assert!(run_in(&d, &["profile", "kinds.py", "-o", "f.bin", "float"]).status.success());
    let m = run_in(&d, &["profile", "merge", "i.bin", "f.bin", "-o", "m.bin"]);
    assert!(m.status.success(), "{}", text(&m.stderr));
    let show = run_in(&d, &["profile", "show", "m.bin"]);
    let out = text(&show.stdout);
    assert!(out.contains("2 run(s)"), "{out}");
    let combine = out.lines().find(|l| l.trim_start().starts_with("__main__.combine:")).unwrap_or_else(|| panic!("{out}"));
    assert!(combine.contains(" 6000 "), "calls from both runs: {combine}");
    assert!(out.contains("__main__.combine @0: int, float"), "the merged site is polymorphic: {out}");
    // Merging is deterministic: the same inputs give the same bytes.
    assert!(run_in(&d, &["profile", "merge", "i.bin", "f.bin", "-o", "m2.bin"]).status.success());
    assert_eq!(std::fs::read(d.join("m.bin")).unwrap(), std::fs::read(d.join("m2.bin")).unwrap());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn profiles_record_deoptimizations() {
    let d = scratch("deopts");
    copy_fixture(&d, "deopts.py");
    let rec = run_in(&d, &["profile", "deopts.py", "-o", "d.bin"]);
    assert!(rec.status.success(), "{}", text(&rec.stderr));
    assert_eq!(text(&rec.stdout), "2.0 59900.0\n");
    let out = text(&run_in(&d, &["profile", "show", "d.bin"]).stdout);
    let deopts = out.split("deopts:").nth(1).unwrap_or_else(|| panic!("{out}"));
    let line = deopts.lines().find(|l| l.contains("__main__.step @0")).unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("operand kinds x"), "{line}");
    // A build from that profile still computes the same.
    assert!(run_in(&d, &["build", "deopts.py", "--pgo", "d.bin", "-o", "dp"]).status.success());
    let got = Command::new(d.join("dp")).current_dir(&d).output().unwrap();
    assert_eq!(text(&got.stdout), "2.0 59900.0\n");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn refused_imports_fail_the_same_way_in_binaries() {
    let d = scratch("refused-import");
    std::fs::write(d.join("_uses_match.py"), "def f(x):\n    match x:\n        case 1:\n            return 2\n").unwrap();
    std::fs::write(d.join("main.py"), "try:\n    import _uses_match\nexcept ImportError as e:\n    print(e)\n").unwrap();
    let want = run_in(&d, &["run", "main.py"]);
    assert!(text(&want.stdout).contains("_uses_match.py:2:5: the 'match' statement is not supported"), "{}", text(&want.stdout));
    assert!(build_in(&d, &["main.py", "-o", "main"]).status.success());
    let got = Command::new(d.join("main")).current_dir(&d).output().unwrap();
    assert_eq!(text(&got.stdout), text(&want.stdout));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn build_never_overwrites_the_program() {
    let d = scratch("overwrite");
    std::fs::copy(d.join("app.py"), d.join("app")).unwrap();
    let out = build_in(&d, &["app"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("would overwrite the program itself"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(d.join("app")).unwrap(), std::fs::read(d.join("app.py")).unwrap());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn branch_counts_are_exact_in_every_tier() {
    let d = scratch("branches");
    std::fs::write(
        d.join("br.py"),
        "def classify(n):\n    if n % 3 == 0:\n        return 'fizz'\n    return 'other'\n\n\ndef main():\n    c = 0\n    for i in range(30000):\n        if classify(i) == 'fizz':\n            c += 1\n    print(c)\n\n\nmain()\n",
    )
    .unwrap();
    for tier in ["interp", "jit", "auto"] {
        let file = format!("{tier}.bin");
        let rec = run_in(&d, &["profile", "--tier", tier, "br.py", "-o", &file]);
        assert_eq!(text(&rec.stdout), "10000\n", "{tier}");
        let show = text(&run_in(&d, &["profile", "show", &file]).stdout);
        for site in ["__main__.main @6: 10000 / 20000", "__main__.classify @2: 10000 / 20000"] {
            assert!(show.contains(site), "{tier}: {site} missing in\n{show}");
        }
    }
    let _ = std::fs::remove_dir_all(&d);
}
