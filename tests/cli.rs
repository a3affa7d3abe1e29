//! End-to-end tests of the `molt` command line: refusals before running, `molt check`,
//! syntax errors, IR and stats output, bad input.

use std::path::PathBuf;
use std::process::{Command, Output};

fn molt(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_molt")).args(args).env("PYTHONHASHSEED", "0").output().expect("molt runs")
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cli").join(name).to_string_lossy().into_owned()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn run_refuses_unsupported_constructs_before_running() {
    let out = molt(&["run", &fixture("refused.py")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing may run: {}", text(&out.stdout));
    let err = text(&out.stderr);
    assert!(err.contains("refused.py:5:5"), "names the match statement's position: {err}");
    assert!(err.contains("the 'match' statement is not supported by Molt yet"), "{err}");
}

#[test]
fn check_reports_every_refusal_with_positions() {
    let out = molt(&["check", &fixture("refused.py")]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    for needle in [
        "refused.py:5:5",
        "eval() is not supported",
        "refused.py:8:12",
        "'async def' is not supported",
        "refused.py:11:1",
        "'await' is not supported",
        "refused.py:19:9",
        "finalizers (__del__) are not supported",
        "refused.py:23:16",
        "classes derived from 'dict' are not supported",
        "6 unsupported constructs",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
}

#[test]
fn check_refuses_indirect_namespaces_and_dataclass_slots() {
    let out = molt(&["check", &fixture("refused_namespaces_slots.py")]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    for needle in [
        "refused_namespaces_slots.py:3:9",
        "only called directly, as globals()",
        "refused_namespaces_slots.py:6:12",
        "dataclass(slots=...) is not supported",
        "refused_namespaces_slots.py:11:7",
        "globals() takes no arguments",
        "refused_namespaces_slots.py:12:9",
        "only called directly, as locals()",
        "refused_namespaces_slots.py:13:7",
        "locals() takes no arguments",
        "refused_namespaces_slots.py:13:19",
        "vars() in a comprehension is not supported",
        "refused_namespaces_slots.py:17:9",
        "__getattribute__ is not supported by Molt yet",
        "refused_namespaces_slots.py:21:7",
        "complex numbers are not supported",
        "refused_namespaces_slots.py:24:9",
        "classes derived from 'complex' are not supported",
        "9 unsupported constructs",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
}

#[test]
fn check_accepts_a_supported_program() {
    let hello = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/hello.py");
    let out = molt(&["check", hello.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("every construct is supported"));
}

#[test]
fn syntax_errors_print_like_cpython() {
    let out = molt(&["run", &fixture("syntax_error.py")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("syntax_error.py\", line "), "{err}");
    assert!(err.contains("SyntaxError: "), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    let out = molt(&["run", "/nonexistent/dir/nothing.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("can't open file"), "{}", text(&out.stderr));
}

#[test]
fn emit_ir_prints_functions() {
    let hello = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/hello.py");
    let out = molt(&["run", "--emit", "ir", hello.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let ir = text(&out.stdout);
    assert!(ir.contains("function <module> (Module)"), "{ir}");
    assert!(ir.contains("function greet (Function)"), "{ir}");
    assert!(ir.contains("load_global"), "{ir}");
}

#[test]
fn stats_report_counters_and_feedback() {
    let hello = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/hello.py");
    let out = molt(&["run", "--stats", hello.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(err.contains("molt stats"), "{err}");
    assert!(err.contains("greet (hello.py:1): calls=1"), "{err}");
    assert!(err.contains("monomorphic [int]") || err.contains("[int"), "{err}");
    // The object layout compiled code reads lists, tuples and range iterators through is
    // measured in the real binary (a failed measurement only costs speed, so say it here).
    let out = molt(&["run", "--tier", "jit", "--stats", hello.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(err.contains("inline list/tuple/range access: yes"), "{err}");
}

#[test]
fn invalid_hash_seed_is_reported() {
    let hello = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/hello.py");
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["run", hello.to_str().unwrap()])
        .env("PYTHONHASHSEED", "banana")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("PYTHONHASHSEED must be"), "{}", text(&out.stderr));
}

#[test]
fn refuses_missing_standard_library_modules() {
    let dir = std::env::temp_dir().join(format!("molt-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prog = dir.join("uses_os.py");
    std::fs::write(&prog, "import os\nprint(os.getcwd())\n").unwrap();
    let out = molt(&["run", prog.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("the standard library module 'os' is not available in Molt yet"));
    // A local module of the same name shadows the standard library, as in CPython.
    std::fs::write(dir.join("os.py"), "def getcwd():\n    return 'local'\n").unwrap();
    let out = molt(&["run", prog.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "local\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `molt run --stats` of a differential case that ends in an uncaught exception, compiling
/// synchronously (so what gets compiled when does not depend on timing): its stderr.
fn jit_stats_of_case(case: &str) -> String {
    let prog = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/differential").join(case);
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["run", "--stats", prog.to_str().unwrap()])
        .env("MOLT_JIT_SYNC", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    text(&out.stderr)
}

#[test]
fn code_that_never_ran_is_recompiled_once_reached() {
    // `phases`, called once, gets compiled for its first loop; the code leaves that loop's
    // nest at the next loop and is compiled again for it.
    let err = jit_stats_of_case("jit/cold_phases_recompile.py");
    assert!(err.contains("phases deoptimized 4 times; compiled code thrown away 4 times (4 on leaving its loop nest)"), "{err}");
    assert!(err.contains("line 22 (block 8, instruction 0): 1 x left the loop nest it was compiled for"), "{err}");
    // `later`, called often, is compiled whole, its rare path had not run then: the code
    // hands over there and is compiled again with what the path does.
    assert!(err.contains("later deoptimized 2 times; compiled code thrown away 2 times\n"), "{err}");
    assert!(err.contains("line 71 (block 6, instruction 2): 1 x reached code that had not run when compiled"), "{err}");
    // The recompiled code runs the rest: most of the work is compiled.
    let share = err.lines().find(|l| l.contains("instructions executed")).unwrap_or_default();
    let pct: f64 = share.split('(').nth(1).and_then(|s| s.split('%').next()).and_then(|s| s.parse().ok()).unwrap_or(0.0);
    assert!(pct > 60.0, "{share}");
}

#[test]
fn small_pure_functions_are_inlined() {
    let err = jit_stats_of_case("jit/inlined_pure_calls.py");
    assert!(err.contains("    inlined: elem, clamp, mix\n"), "{err}");
    // Code with a frame inlines too; a function of ints that outgrew 64 bits does not.
    assert!(err.contains("    inlined: ratio\n"), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    let grow = lines.iter().position(|l| l.starts_with("  grow (")).expect("grow is compiled");
    assert!(!lines[grow + 1].contains("inlined"), "{err}");
}

/// A stdout that cannot be written raises the OSError CPython raises, from the print whose
/// flush failed (a traceback, status 1), or is reported at exit when the last flush fails
/// ("Exception ignored", status 120); a full disk is an OSError too. Never a silent 0.
#[test]
fn unwritable_stdout_is_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    // A reader that takes one line and goes away.
    let mut child = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["run", &fixture("print_many.py")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("molt runs");
    let mut first = [0u8; 2];
    child.stdout.take().expect("piped").read_exact(&mut first).expect("the first line");
    let out = child.wait_with_output().expect("molt exits");
    assert_eq!(text(&first), "0\n");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.ends_with("    print(i)\nBrokenPipeError: [Errno 32] Broken pipe\n"), "{err}");
    // A reader gone before the program ends: its buffered output fails at exit.
    let child = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["run", &fixture("print_then_sleep.py")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("molt runs");
    let mut child = child;
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("molt exits");
    assert_eq!(out.status.code(), Some(120));
    assert_eq!(
        text(&out.stderr),
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n"
    );
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let out = Command::new(env!("CARGO_BIN_EXE_molt")).args(["run", &fixture("print_many.py")]).stdout(full).output().expect("molt runs");
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).ends_with("OSError: [Errno 28] No space left on device\n"), "{}", text(&out.stderr));
    }
}
