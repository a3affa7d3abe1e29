//! Differential tests: every `tests/differential/**/NAME.py` runs under `molt run` (in each
//! tier) and as a binary from `molt build` (without and with a profile), and must
//! print exactly what CPython 3.12 printed (stdout, stderr, exit status), as recorded beside it
//! by `tests/regen_expected.py`. The case's directory is mapped to `<DIR>` on both sides and
//! CPython's caret-only traceback lines are ignored. Cases listed in
//! `tests/differential/KNOWN_FAILURES` must fail (a listed case that passes is an error too,
//! so the list only shrinks).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

mod common;
use common::ensure_runtime_lib;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("corpus directory").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            collect(&p, out);
        } else if name.ends_with(".py") {
            out.push(p);
        }
    }
}

fn is_caret_line(l: &str) -> bool {
    let t = l.trim();
    !t.is_empty() && t.chars().all(|c| c == '^' || c == '~')
}

fn normalize_stderr(s: &str) -> String {
    s.lines().filter(|l| !is_caret_line(l)).map(|l| format!("{l}\n")).collect()
}

struct Outcome {
    name: String,
    ok: bool,
    detail: String,
}

fn first_diff(kind: &str, want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b {
            return format!(
                "{kind} differs at line {}:\n      want: {}\n      got:  {}",
                i + 1,
                a.map(|s| format!("{s:?}")).unwrap_or_else(|| "<end>".into()),
                b.map(|s| format!("{s:?}")).unwrap_or_else(|| "<end>".into())
            );
        }
    }
    format!("{kind} differs (trailing newline)")
}

/// The AOT tier: `molt build` into `scratch`, then the binary, both in the case's directory.
/// A build that fails (a refused program) is compared as the run would be.
/// With `pgo`, the build uses a profile recorded from the same program first.
fn build_and_run(molt: &Path, dir: &Path, stem: &str, scratch: &Path, pgo: bool) -> std::process::Output {
    let exe = scratch.join(stem);
    let profile = scratch.join(format!("{stem}.profile"));
    let mut build = Command::new(molt);
    build.args(["build", &format!("{stem}.py"), "-o"]).arg(&exe);
    if pgo {
        let rec = Command::new(molt)
            .args(["profile", &format!("{stem}.py"), "-o"])
            .arg(&profile)
            .current_dir(dir)
            .env("PYTHONHASHSEED", "0")
            .stdin(Stdio::null())
            .output()
            .expect("run molt profile");
        if !profile.exists() {
            // A refused program records nothing; report as the run would.
            return rec;
        }
        build.arg("--pgo").arg(&profile);
    }
    let build = build.current_dir(dir).stdin(Stdio::null()).output().expect("run molt build");
    let _ = std::fs::remove_file(&profile);
    if !build.status.success() {
        return build;
    }
    let out = Command::new(&exe).current_dir(dir).env("PYTHONHASHSEED", "0").stdin(Stdio::null()).output().expect("run the built binary");
    let _ = std::fs::remove_file(&exe);
    out
}

fn run_case(molt: &Path, case: &Path, mode: &[&str], scratch: &Path) -> Outcome {
    let dir = case.parent().unwrap();
    let real_dir = std::fs::canonicalize(dir).unwrap();
    let stem = case.file_stem().unwrap().to_string_lossy().to_string();
    let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{stem}.{ext}")));
    let want_out = read("stdout").unwrap_or_default();
    let want_err = read("stderr").unwrap_or_default();
    let want_status: i32 = read("status").ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let out = if mode == ["aot"] || mode == ["aot-pgo"] {
        build_and_run(molt, dir, &stem, scratch, mode == ["aot-pgo"])
    } else {
        let mut cmd = Command::new(molt);
        cmd.arg("run");
        // `MOLT_X=v` words of a mode are environment settings, the rest arguments.
        for word in mode {
            match word.split_once('=').filter(|(k, _)| k.starts_with("MOLT_")) {
                Some((k, v)) => cmd.env(k, v),
                None => cmd.arg(word),
            };
        }
        cmd.arg(format!("{stem}.py"));
        // Compiled code is checked by Cranelift's verifier in the tests.
        cmd.current_dir(dir).env("PYTHONHASHSEED", "0").env("MOLT_JIT_VERIFY", "1").stdin(Stdio::null());
        cmd.output().expect("run molt")
    };
    let placeholder = |s: &str| s.replace(&format!("{}/", real_dir.display()), "<DIR>/");
    let got_out = placeholder(&String::from_utf8_lossy(&out.stdout));
    let got_err = placeholder(&String::from_utf8_lossy(&out.stderr));
    let got_status = out.status.code().unwrap_or(-1);
    let name = case.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(case).display().to_string();
    let mut problems = Vec::new();
    if got_out != want_out {
        problems.push(first_diff("stdout", &want_out, &got_out));
    }
    if normalize_stderr(&got_err) != normalize_stderr(&want_err) {
        problems.push(first_diff("stderr", &normalize_stderr(&want_err), &normalize_stderr(&got_err)));
    }
    if got_status != want_status {
        problems.push(format!("exit status: want {want_status}, got {got_status}"));
    }
    Outcome { name, ok: problems.is_empty(), detail: problems.join("\n    ") }
}

#[test]
fn differential_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential");
    let molt = PathBuf::from(env!("CARGO_BIN_EXE_molt"));
    let mut cases = Vec::new();
    collect(&root, &mut cases);
    if let Ok(filter) = std::env::var("MOLT_TEST_FILTER") {
        cases.retain(|c| c.to_string_lossy().contains(&filter));
    }
    assert!(!cases.is_empty(), "no differential cases found under {}", root.display());
    let known: Vec<String> = std::fs::read_to_string(root.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    // Every tier: the interpreter alone; everything compiled at its first call; tiny
    // tier-up points so functions and loops switch tiers in the middle of a run (compiling
    // while the interpreter waits, so every hot loop is taken over by compiled code at a
    // back-edge); the same with compiles in the background and every speculating instruction
    // deoptimizing the first time it runs; a binary built ahead of time; and one built with
    // a profile recorded from the same program.
    let mut modes: Vec<(&str, Vec<&str>)> = vec![
        ("interp", vec!["--tier", "interp"]),
        ("jit", vec!["--tier", "jit"]),
        ("auto-tiny", vec!["--tier", "auto", "--jit-threshold", "2", "MOLT_JIT_SYNC=1"]),
        ("deopt-stress", vec!["--tier", "auto", "--jit-threshold", "2", "--deopt-stress"]),
        ("aot", vec!["aot"]),
        ("aot-pgo", vec!["aot-pgo"]),
    ];
    if let Ok(only) = std::env::var("MOLT_TEST_TIERS") {
        modes.retain(|(m, _)| only.split(',').any(|o| o == *m));
    }
    if modes.iter().any(|(m, _)| m.starts_with("aot")) {
        ensure_runtime_lib(&molt);
    }
    let scratch = std::env::temp_dir().join(format!("molt-differential-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch directory");
    let queue = Arc::new(Mutex::new(cases.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let threads: Vec<_> = (0..std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2))
        .map(|_| {
            let (queue, results, molt, modes, scratch) = (queue.clone(), results.clone(), molt.clone(), modes.clone(), scratch.clone());
            std::thread::spawn(move || loop {
                let Some(case) = queue.lock().unwrap().pop() else { break };
                for (mode, args) in &modes {
                    let o = run_case(&molt, &case, args, &scratch);
                    results.lock().unwrap().push((mode.to_string(), o));
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let mut results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();
    results.sort_by(|a, b| a.1.name.cmp(&b.1.name));
    let mut per_area: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut passed, mut failed, mut xfail) = (0, 0, 0);
    let mut report = String::new();
    for (mode, o) in &results {
        let rel = o.name.trim_start_matches('/').trim_start_matches("tests/differential/").to_string();
        let area = rel.split('/').next().unwrap_or("").to_string();
        let listed = known.contains(&rel);
        let e = per_area.entry(area).or_default();
        match (o.ok, listed) {
            (true, false) => {
                passed += 1;
                e.0 += 1;
            }
            (false, true) => {
                xfail += 1;
                e.1 += 1;
            }
            (false, false) => {
                failed += 1;
                e.1 += 1;
                report.push_str(&format!("FAIL [{mode}] {rel}\n    {}\n", o.detail));
            }
            (true, true) => {
                failed += 1;
                report.push_str(&format!("UNEXPECTED PASS [{mode}] {rel}: remove it from KNOWN_FAILURES\n"));
            }
        }
    }
    // Written to the stderr handle directly so the summary shows even when the test passes
    // (the test harness captures print! output of passing tests).
    let mut summary = report.clone();
    summary.push_str("per area (passed / not passed):\n");
    for (a, (p, f)) in &per_area {
        summary.push_str(&format!("  {a:<16} {p:>4} / {f}\n"));
    }
    summary.push_str(&format!("differential: {passed} passed, {failed} failed, {xfail} known failures\n"));
    use std::io::Write;
    let _ = std::io::stderr().write_all(summary.as_bytes());
    assert_eq!(failed, 0, "{failed} differential cases failed");
}
