//! Profiles (the format is `molt-profile`'s): recording one from the running program's code
//! objects, the stable identity that matches a profile's functions to the program's, warm
//! starts (`molt run --pgo`), and the `molt profile show` report.

use crate::code::{self, kind};
use crate::ir::{Function, Op};
use molt_profile::{FunctionProfile, Profile};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// A hash of a function's IR that does not depend on where the program's files were (the
/// file name is left out) or on the order modules were loaded in (code ids of nested
/// functions are left out: each nested function has its own hash).
pub fn ir_hash(f: &Function) -> u64 {
    let mut g = f.clone();
    g.filename.clear();
    for b in &mut g.blocks {
        for ins in &mut b.instrs {
            if let Op::MakeFunction { code, .. } = &mut ins.op {
                *code = 0;
            }
        }
    }
    molt_profile::stable_hash(&rmp_serde::to_vec(&g).expect("IR always serializes"))
}

/// The running program's profile: every code object's counters, feedback and durations.
pub fn collect() -> Profile {
    let functions = code::all()
        .iter()
        .filter(|c| c.calls.get() > 0 || c.backedges.get() > 0)
        .map(|c| FunctionProfile {
            module: c.ir.module.clone(),
            qualname: c.ir.qualname.clone(),
            firstline: c.ir.firstline,
            ir_hash: ir_hash(&c.ir),
            calls: c.calls.get(),
            backedges: c.backedges.get(),
            feedback: c.feedback.iter().map(|k| k.get()).collect(),
            branches: branches_of(c),
            deopts: deopts_of(c),
            durations: c.durations.borrow().as_deref().cloned().unwrap_or_default(),
        })
        .collect();
    let mut p = Profile { molt_version: env!("CARGO_PKG_VERSION").to_string(), runs: 1, functions };
    p.normalize();
    p
}

/// The deoptimizations of compiled code, by site: the instruction's position in the
/// function (each block's instructions, then its terminator, blocks in order).
fn deopts_of(c: &code::CodeObject) -> Vec<molt_profile::Deopt> {
    let mut first = Vec::with_capacity(c.ir.blocks.len());
    let mut n = 0u32;
    for b in &c.ir.blocks {
        first.push(n);
        n += b.instrs.len() as u32 + 1;
    }
    c.deopt_sites
        .borrow()
        .iter()
        .map(|((b, i), (count, why))| molt_profile::Deopt {
            site: first.get(*b as usize).copied().unwrap_or(0) + i,
            reason: code::DEOPT_REASONS.get(*why as usize).copied().unwrap_or("unknown").to_string(),
            count: *count,
        })
        .collect()
}

/// Per slot [true, false] counts, or nothing when no branch was counted.
fn branches_of(c: &code::CodeObject) -> Vec<[u64; 2]> {
    if c.branch_counts.iter().all(|x| x.get() == 0) {
        return Vec::new();
    }
    c.branch_counts.chunks(2).map(|p| [p[0].get(), p[1].get()]).collect()
}

/// How a function of the program matches a profile.
pub enum Match<'a> {
    Found(&'a FunctionProfile),
    /// The profile has a function of this name whose IR differs: it changed since.
    Stale,
    Absent,
}

/// A profile indexed by function identity.
pub struct Index<'a> {
    by_id: HashMap<(&'a str, &'a str, u64), &'a FunctionProfile>,
    names: HashSet<(&'a str, &'a str)>,
}

impl<'a> Index<'a> {
    pub fn new(p: &'a Profile) -> Index<'a> {
        let mut by_id = HashMap::new();
        let mut names = HashSet::new();
        for f in &p.functions {
            by_id.entry((f.module.as_str(), f.qualname.as_str(), f.ir_hash)).or_insert(f);
            names.insert((f.module.as_str(), f.qualname.as_str()));
        }
        Index { by_id, names }
    }

    pub fn lookup(&self, f: &Function) -> Match<'a> {
        match self.by_id.get(&(f.module.as_str(), f.qualname.as_str(), ir_hash(f))) {
            Some(p) => Match::Found(p),
            None if self.names.contains(&(f.module.as_str(), f.qualname.as_str())) => Match::Stale,
            None => Match::Absent,
        }
    }
}

/// What a warm start gives one code object.
pub struct Seed {
    pub feedback: Vec<u32>,
    /// Compile it at its first call.
    pub hot: bool,
}

thread_local! {
    static WARM: RefCell<Option<(Profile, u64, u64)>> = const { RefCell::new(None) };
}

/// `molt run --pgo`: code objects created from now on start with the profile's feedback, and
/// those the profile shows reaching the tier-up points (per run, `hot_calls` calls or
/// `hot_loops` back-edges) are compiled at once. Stale entries are ignored.
pub fn set_warm_start(p: Profile, hot_calls: u64, hot_loops: u64) {
    WARM.with(|w| *w.borrow_mut() = Some((p, hot_calls, hot_loops)));
}

pub fn warm_start_for(ir: &Function) -> Option<Seed> {
    WARM.with(|w| {
        let w = w.borrow();
        let (p, hot_calls, hot_loops) = w.as_ref()?;
        // Code objects are created once each: a linear scan by name first keeps this cheap
        // without holding an index that borrows the profile.
        let candidates: Vec<&FunctionProfile> = p.functions.iter().filter(|f| f.qualname == ir.qualname && f.module == ir.module).collect();
        if candidates.is_empty() {
            return None;
        }
        let h = ir_hash(ir);
        let f = candidates.into_iter().find(|f| f.ir_hash == h)?;
        let runs = p.runs.max(1);
        Some(Seed { feedback: f.feedback.clone(), hot: f.calls / runs >= *hot_calls || f.backedges / runs >= *hot_loops })
    })
}

fn kinds(bits: u32) -> String {
    kind::describe(bits)
}

/// What compiled code does at a site that saw these kinds.
fn specialization(bits: u32) -> &'static str {
    let numeric = kind::INT | kind::FLOAT | kind::BOOL;
    let items = kind::items(bits);
    if items != 0 {
        let seq = kind::operands(bits) & !(kind::LIST | kind::TUPLE) == 0;
        return if seq && items & !numeric == 0 { "inline item load, item kind guarded" } else if seq { "inline item load" } else { "generic path (runtime helper)" };
    }
    if bits & !numeric != 0 {
        "generic path (runtime helper)"
    } else if bits == kind::INT || bits == kind::INT | kind::BOOL {
        "inline small-int path, guarded"
    } else if bits == kind::FLOAT {
        "inline float path, guarded"
    } else {
        "inline int and float paths, guarded"
    }
}

/// `molt profile show`: hot functions by time and calls, polymorphic sites, deopts, and what
/// each observed site is specialized to.
pub fn show(p: &Profile) -> String {
    let mut out = format!("profile: {} functions, {} run(s), recorded by Molt {}\n", p.functions.len(), p.runs, p.molt_version);
    let mut fs: Vec<&FunctionProfile> = p.functions.iter().collect();
    let total_ns = |f: &FunctionProfile| f.durations.0.mean() * f.durations.0.len() as f64;
    fs.sort_by(|a, b| total_ns(b).total_cmp(&total_ns(a)).then(b.calls.cmp(&a.calls)));
    out.push_str("\nhot functions (by total time in calls):\n");
    out.push_str(&format!("  {:<40} {:>12} {:>12} {:>12} {:>10} {:>10}\n", "function", "calls", "back-edges", "total ms", "p50 us", "p99 us"));
    for f in fs.iter().take(20) {
        let d = &f.durations.0;
        let (p50, p99) = if d.is_empty() { (0.0, 0.0) } else { (d.value_at_quantile(0.5) as f64 / 1e3, d.value_at_quantile(0.99) as f64 / 1e3) };
        let name = format!("{}.{}:{}", f.module, f.qualname, f.firstline);
        out.push_str(&format!(
            "  {name:<40} {:>12} {:>12} {:>12.3} {p50:>10.1} {p99:>10.1}\n",
            f.calls,
            f.backedges,
            total_ns(f) / 1e6
        ));
    }
    out.push_str("\npolymorphic sites:\n");
    let mut any = false;
    for f in &p.functions {
        for (slot, bits) in f.feedback.iter().enumerate() {
            if kind::operands(*bits).count_ones() > 1 {
                any = true;
                out.push_str(&format!("  {}.{} @{slot}: {}\n", f.module, f.qualname, kinds(*bits)));
            }
        }
    }
    if !any {
        out.push_str("  none\n");
    }
    out.push_str("\nbranches (times true / false):\n");
    let mut any = false;
    for f in &fs {
        for (slot, [t, e]) in f.branches.iter().enumerate() {
            let total = t.saturating_add(*e);
            if total > 0 {
                any = true;
                let pct = 100.0 * *t as f64 / total as f64;
                out.push_str(&format!("  {}.{} @{slot}: {t} / {e} ({pct:.1}% true)\n", f.module, f.qualname));
            }
        }
    }
    if !any {
        out.push_str("  none recorded\n");
    }
    out.push_str("\ndeopts:\n");
    let deopts: Vec<String> =
        p.functions.iter().flat_map(|f| f.deopts.iter().map(move |d| format!("  {}.{} @{}: {} x{}\n", f.module, f.qualname, d.site, d.reason, d.count))).collect();
    if deopts.is_empty() {
        out.push_str("  none recorded\n");
    }
    out.extend(deopts);
    out.push_str("\nspecializations (per observed site):\n");
    for f in &fs {
        let sites: Vec<String> =
            f.feedback.iter().enumerate().filter(|(_, b)| **b != 0).map(|(s, b)| format!("    @{s} [{}]: {}\n", kinds(*b), specialization(*b))).collect();
        if !sites.is_empty() {
            out.push_str(&format!("  {}.{}:{}\n", f.module, f.qualname, f.firstline));
            out.extend(sites);
        }
    }
    out
}
