//! Molt's upper tiers: the tier policy (when to compile), Cranelift code generation shared by
//! the JIT and the AOT build, and the JIT driver.

pub mod codegen;
pub mod facts;
pub mod inline;
pub mod jit;
pub mod native;
pub mod regions;
pub mod runtime;

use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Tier 0 only.
    Interp,
    /// Compile every function at its first call (and module code at its first loop).
    Jit,
    /// Compile what gets hot.
    Auto,
}

/// Calls (and loop back-edges) before `auto` compiles a function.
pub const DEFAULT_HOT_CALLS: u64 = 1000;
pub const DEFAULT_HOT_LOOPS: u64 = 2000;

thread_local! {
    static JIT: RefCell<Option<jit::Jit>> = const { RefCell::new(None) };
}

/// Sets up the tiers for this thread's interpreter. `threshold` overrides both tier-up
/// points of `auto`; `stats` makes compiled code count what it executes.
/// The tier-up points (calls, loop back-edges) of `mode`.
pub fn thresholds(mode: Mode, threshold: Option<u64>) -> (u64, u64) {
    match mode {
        Mode::Interp => (u64::MAX, u64::MAX),
        Mode::Jit => (1, 1),
        Mode::Auto => match threshold {
            Some(n) => (n.max(1), n.max(1)),
            None => (DEFAULT_HOT_CALLS, DEFAULT_HOT_LOOPS),
        },
    }
}

static DEOPT_STRESS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `molt run --deopt-stress`: compiled code deoptimizes at each speculating instruction the
/// first time it runs there (a test mode: every deoptimization path gets taken).
pub fn set_deopt_stress(on: bool) {
    DEOPT_STRESS.store(on, std::sync::atomic::Ordering::Relaxed);
}

pub(crate) fn deopt_stress() -> bool {
    DEOPT_STRESS.load(std::sync::atomic::Ordering::Relaxed)
}

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// When the JIT was installed (about when the program started).
pub(crate) fn started() -> std::time::Instant {
    *STARTED.get_or_init(std::time::Instant::now)
}

pub fn install(mode: Mode, threshold: Option<u64>, stats: bool) -> Result<(), String> {
    started();
    if mode == Mode::Interp {
        return Ok(());
    }
    let (calls, loops) = thresholds(mode, threshold);
    molt_vm::code::set_count_instrs(stats);
    let sync = mode == Mode::Jit || std::env::var_os("MOLT_JIT_SYNC").is_some();
    let j = jit::Jit::new(stats, sync)?;
    JIT.with(|s| *s.borrow_mut() = Some(j));
    molt_vm::code::set_tier_policy(
        calls,
        loops,
        Rc::new(|code| {
            JIT.with(|s| {
                if let Some(j) = s.borrow_mut().as_mut() {
                    j.hot(code);
                }
            })
        }),
    );
    Ok(())
}

/// Compiles the entry with a frame of `code`'s installed code `native`, which has only a
/// direct one (see `NativeCode::run`).
pub(crate) fn ask_frame_entry(code: &Rc<molt_vm::code::CodeObject>, native: *const native::NativeCode) {
    JIT.with(|s| {
        if let Some(j) = s.try_borrow_mut().ok().as_mut().and_then(|j| j.as_mut()) {
            j.ask_frame_entry(code, native);
        }
    })
}

/// Installs finished compilations.
pub(crate) fn poll_compiled() {
    JIT.with(|s| {
        if let Some(j) = s.try_borrow_mut().ok().as_mut().and_then(|j| j.as_mut()) {
            j.poll();
        }
    })
}

/// The JIT's part of `--stats`.
pub fn stats_report() -> String {
    JIT.with(|s| {
        let s = s.borrow();
        let Some(j) = s.as_ref() else { return String::new() };
        let mut out = String::from("molt stats (jit)\n");
        let compiled = j.records.iter().filter(|r| r.compiled.is_some()).count();
        let total_us: u64 = j.records.iter().map(|r| r.compile_us).sum();
        out.push_str(&format!("  functions compiled: {compiled}, failed: {}, compile time: {:.3} ms\n", j.records.len() - compiled, total_us as f64 / 1000.0));
        let inline = if molt_runtime::jit_layout::layout().is_some() { "yes" } else { "no (object layout not measured)" };
        out.push_str(&format!("  inline list/tuple/range access: {inline}\n"));
        let (mut jit_instrs, mut interp_instrs) = (0u64, 0u64);
        for c in molt_vm::code::all() {
            interp_instrs += c.interp_instrs.get();
        }
        for r in &j.records {
            let name = format!("{} ({}:{})", r.code.ir.qualname, r.code.ir.filename.rsplit('/').next().unwrap_or(""), r.code.ir.firstline);
            match (&r.compiled, &r.error) {
                (Some(c), _) => {
                    jit_instrs += c.instrs.get();
                    let form = match codegen::direct_refusal(&r.code.ir) {
                        None if r.frame_entry_later => "direct, then with a frame".to_string(),
                        None => "direct".to_string(),
                        Some(why) => format!("frame only: {why}"),
                    };
                    out.push_str(&format!(
                        "  {name}: compiled in {:.3} ms after {} calls, {} back-edges [{form}], running {:.3} ms after the request ({:.3} ms into the run); entered {} times ({} taking over a frame), {} instructions\n",
                        r.compile_us as f64 / 1000.0,
                        r.calls,
                        r.backedges,
                        r.ready_us as f64 / 1000.0,
                        r.installed_at_us as f64 / 1000.0,
                        c.entries.get(),
                        c.takeovers.get(),
                        c.instrs.get()
                    ));
                    if !r.inlined.is_empty() {
                        out.push_str(&format!("    inlined: {}\n", r.inlined.join(", ")));
                    }
                }
                (None, e) => out.push_str(&format!("  {name}: not compiled: {}\n", e.as_deref().unwrap_or("?"))),
            }
        }
        // Deoptimizations, per code object (once, however often it was compiled).
        let mut seen: Vec<*const molt_vm::code::CodeObject> = Vec::new();
        for r in &j.records {
            let code = &r.code;
            if seen.contains(&Rc::as_ptr(code)) {
                continue;
            }
            seen.push(Rc::as_ptr(code));
            let sites = code.deopt_sites.borrow();
            if sites.is_empty() {
                continue;
            }
            let total: u64 = sites.values().map(|(n, _)| n).sum();
            let moves = code.nest_moves.get();
            let moved = if moves == 0 { String::new() } else { format!(" ({moves} on leaving its loop nest)") };
            out.push_str(&format!(
                "  {} deoptimized {total} times; compiled code thrown away {} times{moved}\n",
                code.ir.qualname,
                code.invalidations.get() + moves
            ));
            for ((b, i), (n, why)) in sites.iter() {
                let blk = &code.ir.blocks[*b as usize];
                let line = blk.instrs.get(*i as usize).map_or(blk.term_line, |x| x.line);
                let reason = molt_vm::code::DEOPT_REASONS.get(*why as usize).copied().unwrap_or("?");
                out.push_str(&format!("    line {line} (block {b}, instruction {i}): {n} x {reason}\n"));
            }
        }
        let total = (jit_instrs + interp_instrs).max(1);
        out.push_str(&format!(
            "  instructions executed: {} compiled ({:.1}%), {} interpreted ({:.1}%)\n",
            jit_instrs,
            100.0 * jit_instrs as f64 / total as f64,
            interp_instrs,
            100.0 * interp_instrs as f64 / total as f64
        ));
        out
    })
}
