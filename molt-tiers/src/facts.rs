//! What compiled code knows about the values in registers.
//!
//! An arithmetic or comparison instruction whose feedback saw only numbers is compiled with
//! fast paths for those kinds alone; any other operand deoptimizes (the interpreter resumes
//! at that instruction, see `Gen::deopt`). Past such an instruction its result's kind is
//! known, so later instructions skip their operand checks, and overwriting or killing the
//! register needs no release (the kinds known here are never heap references). A `for`
//! loop whose items were all numbers enters its body with the item's kinds known
//! (`for_iter_kinds`), and item and attribute loads whose sites gave only numbers or bools
//! guard their result's kinds (`item_plan`, `attr_plan`).
//!
//! A fact is a union of `kind::INT` (small int), `kind::FLOAT` and `kind::BOOL`, or 0 when
//! nothing is known. Facts flow forward through each block and meet at block starts (a
//! register is known there only when it is known on every incoming edge). Code with a frame
//! can also be entered from the interpreter at any block start; there the entry checks the
//! block's facts and, when one does not hold, lets the interpreter run that block.

use molt_runtime::ops::{BinOp, UnaryOp};
use molt_vm::code::kind;
use molt_vm::ir::{Const, Function, Instr, Op, Terminator};

pub type Fact = u32;

/// How far compiled code may trust the feedback it is compiled from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speculation {
    /// Not at all: every instruction has its generic path.
    Off,
    /// Arithmetic and comparisons follow their plans (`binary_plan`, `compare_plan`).
    Plans,
    /// Also, an arithmetic instruction or comparison that never ran before compilation
    /// deoptimizes instead of being compiled (`never_ran`), so that the code recompiled
    /// after it knows what it does. Only where code can be recompiled (the JIT).
    PlansAndColdExits,
}

impl Speculation {
    pub fn plans(self) -> bool {
        self != Speculation::Off
    }

    pub fn cold_exits(self) -> bool {
        self == Speculation::PlansAndColdExits
    }
}

/// Whether `ins` had never run when its feedback was taken: the interpreter records the
/// operand kinds of every arithmetic instruction and comparison it runs, so an empty slot
/// there means the instruction was never reached.
pub fn never_ran(feedback: &[u32], ins: &Instr) -> bool {
    match &ins.op {
        Op::Binary { slot, .. } | Op::Inplace { slot, .. } | Op::Compare { slot, .. } => feedback.get(*slot as usize) == Some(&0),
        _ => false,
    }
}

/// The first instruction of block `bi` that compiled code leaves to the interpreter for
/// never having run (see `Speculation::PlansAndColdExits`).
pub fn first_cold(f: &Function, feedback: &[u32], spec: Speculation, bi: usize) -> Option<usize> {
    if !spec.cold_exits() {
        return None;
    }
    f.blocks[bi].instrs.iter().position(|ins| never_ran(feedback, ins))
}

/// The kinds facts speak of.
pub const NUMBER: Fact = kind::INT | kind::FLOAT;

/// How a speculating instruction is compiled: which fast paths it has (any other operand
/// deoptimizes) and its result's kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    pub ints: bool,
    pub floats: bool,
    pub result: Fact,
}

/// The operand kinds an instruction may specialize on: those its feedback saw when it saw
/// only numbers, and those its operands are known to hold (the interpreter marks a site
/// `kind::BIGINT` when small ints gave something else).
fn allowed(feedback: u32, fa: Fact, fb: Fact) -> Fact {
    // Small ints gave a big int here (or an error): not a small-int site.
    if feedback & kind::BIGINT != 0 {
        return 0;
    }
    let mut allow = 0;
    if feedback != 0 && feedback & !NUMBER == 0 {
        allow = feedback;
    }
    if fa != 0 && fb != 0 && (fa | fb) & !NUMBER == 0 {
        allow |= fa | fb;
    }
    allow
}

/// The plan for `a op b` (operand facts `fa`, `fb`), or `None` to compile it as before
/// (fast paths that fall back to the generic operation in place).
pub fn binary_plan(op: BinOp, feedback: u32, fa: Fact, fb: Fact) -> Option<Plan> {
    let allow = allowed(feedback, fa, fb);
    if allow == 0 {
        return None;
    }
    // Code that never ran (no feedback) speculates on known operands only where no int
    // result can leave the small-int range: an untried int site could overflow every time.
    if feedback == 0 && allow & kind::INT != 0 && op != BinOp::TrueDiv {
        return None;
    }
    let int_op = matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::FloorDiv | BinOp::Mod | BinOp::LShift | BinOp::RShift
    );
    let float_op = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv);
    let ints = allow & kind::INT != 0 && int_op;
    let floats = float_op && (allow & kind::FLOAT != 0 || op == BinOp::TrueDiv);
    // Every kind seen needs a path, or the code would keep deoptimizing.
    if (allow & kind::FLOAT != 0 && !floats) || (allow & kind::INT != 0 && !ints && op != BinOp::TrueDiv) {
        return None;
    }
    let result = match (ints, floats) {
        _ if op == BinOp::TrueDiv => kind::FLOAT,
        (true, true) => NUMBER,
        (true, false) => kind::INT,
        (false, true) => kind::FLOAT,
        (false, false) => return None,
    };
    Some(Plan { ints, floats, result })
}

/// The plan for a comparison of numbers (its result is a bool).
pub fn compare_plan(feedback: u32, fa: Fact, fb: Fact) -> Option<Plan> {
    let allow = allowed(feedback, fa, fb);
    (allow != 0).then_some(Plan { ints: allow & kind::INT != 0, floats: allow & kind::FLOAT != 0, result: kind::BOOL })
}

/// The kinds a `for` loop's item is known to have in its body: those its feedback saw when
/// they were numbers only (small ints from `range`, mostly; floats from lists of them), or 0.
/// An item of another kind deoptimizes at the body's start, where the interpreter finds it
/// in the loop variable.
pub fn for_iter_kinds(feedback: u32, speculate: bool) -> Fact {
    if speculate && feedback != 0 && feedback & !NUMBER == 0 {
        feedback
    } else {
        0
    }
}

/// The kinds of the items a `get_item` site gives when compiled for lists and tuples only,
/// with the item's kind guarded (anything else deoptimizes): the kinds its feedback saw
/// when it saw only lists and tuples giving numbers or bools; otherwise 0 (the site is
/// compiled with its generic path).
pub fn item_plan(feedback: u32, speculate: bool) -> Fact {
    let (seq, items) = (kind::operands(feedback), kind::items(feedback));
    let seq_only = seq != 0 && seq & !(kind::LIST | kind::TUPLE) == 0;
    if speculate && seq_only && items != 0 && items & !(NUMBER | kind::BOOL) == 0 {
        items
    } else {
        0
    }
}

/// The kinds of the values a `load_attr` site gives when compiled to check them (a value of
/// another kind leaves compiled code right after the load): the kinds its feedback saw when
/// they were numbers or bools; otherwise 0.
pub fn attr_plan(feedback: u32, speculate: bool) -> Fact {
    let values = kind::items(feedback);
    if speculate && values != 0 && values & !(NUMBER | kind::BOOL) == 0 {
        values
    } else {
        0
    }
}

/// The kind of a constant that needs no heap object.
pub fn const_fact(c: &Const) -> Fact {
    match c {
        Const::Bool(_) => kind::BOOL,
        Const::Float(_) => kind::FLOAT,
        Const::Int(i) => match i64::try_from(i) {
            Ok(v) if (molt_runtime::value::SMALL_INT_MIN..=molt_runtime::value::SMALL_INT_MAX).contains(&v) => kind::INT,
            _ => 0,
        },
        _ => 0,
    }
}

/// Updates `facts` past instruction `ins`. `speculate`: arithmetic follows its plans.
pub fn transfer(f: &Function, feedback: &[u32], speculate: bool, ins: &Instr, facts: &mut [Fact]) {
    let fb = |slot: u32| feedback.get(slot as usize).copied().unwrap_or(0);
    // Past a speculating instruction its operands are known too: they passed its guards
    // (small ints for a plan without floats; numbers otherwise, ints going the float way).
    let mut operands = None;
    let result = match &ins.op {
        Op::LoadConst { dst, k } => Some((*dst, const_fact(&f.consts[*k as usize]))),
        Op::Move { dst, src } | Op::LoadLocal { dst, src } => Some((*dst, facts[*src as usize])),
        Op::Binary { dst, op, a, b, slot } | Op::Inplace { dst, op, a, b, slot } => {
            let plan = speculate.then(|| binary_plan(*op, fb(*slot), facts[*a as usize], facts[*b as usize])).flatten();
            if let Some(p) = plan {
                let ints_only = p.ints && !p.floats && *op != BinOp::TrueDiv;
                operands = Some(([*a, *b], if ints_only { kind::INT } else { NUMBER }));
            }
            Some((*dst, plan.map_or(0, |p| p.result)))
        }
        Op::Compare { dst, a, b, slot, .. } => {
            let plan = speculate.then(|| compare_plan(fb(*slot), facts[*a as usize], facts[*b as usize])).flatten();
            if let Some(p) = plan {
                operands = Some(([*a, *b], if p.floats { NUMBER } else { kind::INT }));
            }
            Some((*dst, plan.map_or(0, |p| p.result)))
        }
        Op::Is { dst, .. } | Op::Contains { dst, .. } | Op::Unary { dst, op: UnaryOp::Not, .. } => Some((*dst, kind::BOOL)),
        Op::GetItem { dst, slot, .. } => Some((*dst, item_plan(fb(*slot), speculate))),
        Op::LoadAttr { dst, slot, .. } => Some((*dst, attr_plan(fb(*slot), speculate))),
        _ => None,
    };
    if let Some((regs, k)) = operands {
        for r in regs {
            let known = facts[r as usize];
            // A narrower fact already known stays.
            if known == 0 || known & !k != 0 {
                facts[r as usize] = k;
            }
        }
    }
    let (_, writes) = molt_vm::cfg::op_reads_writes(&ins.op);
    for w in writes {
        facts[w as usize] = 0;
    }
    // A dying register may be moved out of (left unbound) rather than released.
    for k in f.kills(ins.kills) {
        facts[*k as usize] = 0;
    }
    if let Some((dst, fact)) = result {
        facts[dst as usize] = fact;
    }
}

fn meet(a: Fact, b: Fact) -> Fact {
    if a == 0 || b == 0 {
        0
    } else {
        a | b
    }
}

/// The facts about live registers at each block's start: a forward analysis to a fixed
/// point over the blocks' own edges (entries from the interpreter check the facts instead,
/// see the module comment). Blocks never reached this way know nothing.
pub fn at_entry(f: &Function, feedback: &[u32], spec: Speculation) -> Vec<Vec<Fact>> {
    let speculate = spec.plans();
    let n = f.nregs as usize;
    let mut at: Vec<Option<Vec<Fact>>> = vec![None; f.blocks.len()];
    if f.blocks.is_empty() {
        return Vec::new();
    }
    at[0] = Some(vec![0; n]);
    // Blocks the interpreter can be at (whence it enters compiled code): reached along
    // terminators and exception edges.
    let mut reachable = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    reachable[0] = true;
    while let Some(bi) = work.pop() {
        let blk = &f.blocks[bi];
        for s in successors(&blk.term).into_iter().chain(blk.handler) {
            if !std::mem::replace(&mut reachable[s as usize], true) {
                work.push(s as usize);
            }
        }
    }
    loop {
        let mut changed = true;
        while changed {
            changed = false;
            for bi in 0..f.blocks.len() {
                let Some(start) = &at[bi] else { continue };
                let mut out = start.clone();
                let blk = &f.blocks[bi];
                // An exception edge carries what holds at every point the block can raise
                // at (the interpreter enters a handler through a check of its facts, and
                // the code after it assumes them).
                let mut exc = blk.handler.map(|_| start.clone());
                for ins in &blk.instrs {
                    transfer(f, feedback, speculate, ins, &mut out);
                    if let Some(e) = exc.as_mut() {
                        for (c, o) in e.iter_mut().zip(&out) {
                            *c = meet(*c, *o);
                        }
                    }
                }
                let mut edges: Vec<(u32, Vec<Fact>)> = Vec::new();
                if let (Some(h), Some(e)) = (blk.handler, exc) {
                    edges.push((h, e));
                }
                // Compiled code leaves the block at an instruction that never ran: it
                // continues nowhere.
                if first_cold(f, feedback, spec, bi).is_none() {
                    for w in molt_vm::cfg::term_writes(&blk.term) {
                        out[w as usize] = 0;
                    }
                    for s in successors(&blk.term) {
                        let mut edge = out.clone();
                        if let Terminator::ForIter { dst, body, slot, .. } = &blk.term {
                            let k = for_iter_kinds(feedback.get(*slot as usize).copied().unwrap_or(0), speculate);
                            if *body == s && k != 0 {
                                edge[*dst as usize] = k;
                            }
                        }
                        edges.push((s, edge));
                    }
                }
                for (s, edge) in edges {
                    let s = s as usize;
                    match &mut at[s] {
                        None => {
                            at[s] = Some(edge);
                            changed = true;
                        }
                        Some(cur) => {
                            for (c, o) in cur.iter_mut().zip(&edge) {
                                let m = meet(*c, *o);
                                if m != *c {
                                    *c = m;
                                    changed = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        // A block only the interpreter reaches (past an instruction compiled code leaves
        // at) is entered knowing nothing, and what it knows flows on: compiled code jumps
        // from it to the next blocks, which must not assume more.
        let mut seeded = false;
        for bi in 0..f.blocks.len() {
            if reachable[bi] && at[bi].is_none() {
                at[bi] = Some(vec![0; n]);
                seeded = true;
            }
        }
        if !seeded {
            break;
        }
    }
    // Only live registers: the interpreter may leave anything in a dead one (code with a
    // frame checks the facts when the interpreter enters it).
    let live = molt_vm::cfg::live_in(f);
    let facts: Vec<Vec<Fact>> = at
        .into_iter()
        .zip(live)
        .map(|(a, live)| match a {
            Some(facts) => facts.iter().zip(live).map(|(k, l)| if l { *k } else { 0 }).collect(),
            None => vec![0; n],
        })
        .collect();
    // A developer's aid: MOLT_JIT_FACTS=<function name> prints its facts per block.
    if std::env::var("MOLT_JIT_FACTS").is_ok_and(|w| w == f.name) {
        for (bi, k) in facts.iter().enumerate() {
            let known: Vec<String> = k.iter().enumerate().filter(|(_, x)| **x != 0).map(|(r, x)| format!("r{r}:{x}")).collect();
            eprintln!("block{bi}: {}", known.join(" "));
        }
    }
    facts
}

/// The blocks a terminator continues at within compiled code.
pub fn successors(t: &Terminator) -> Vec<u32> {
    match t {
        Terminator::Jump(b) => vec![*b],
        Terminator::Branch { then, els, .. } => vec![*then, *els],
        Terminator::ForIter { body, exit, .. } => vec![*body, *exit],
        Terminator::Yield { resume, .. } => vec![*resume],
        Terminator::Return(_) | Terminator::Raise { .. } | Terminator::Reraise(_) | Terminator::Unreachable => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_follow_feedback_and_facts() {
        let f = binary_plan(BinOp::Sub, kind::FLOAT, 0, 0).unwrap();
        assert_eq!(f, Plan { ints: false, floats: true, result: kind::FLOAT });
        let i = binary_plan(BinOp::Add, kind::INT, 0, 0).unwrap();
        assert_eq!(i, Plan { ints: true, floats: false, result: kind::INT });
        assert_eq!(binary_plan(BinOp::Add, kind::INT | kind::FLOAT, 0, 0).unwrap().result, NUMBER);
        assert_eq!(binary_plan(BinOp::TrueDiv, kind::INT, 0, 0).unwrap().result, kind::FLOAT);
        // Floor division of floats has no fast path: no speculation.
        assert_eq!(binary_plan(BinOp::FloorDiv, kind::INT | kind::FLOAT, 0, 0), None);
        assert_eq!(binary_plan(BinOp::Add, kind::INT | kind::STR, 0, 0), None);
        assert_eq!(binary_plan(BinOp::Add, 0, 0, 0), None);
        // Known operands need no feedback, unless an int result could overflow.
        assert_eq!(binary_plan(BinOp::Mul, 0, kind::FLOAT, kind::FLOAT).unwrap().result, kind::FLOAT);
        assert_eq!(binary_plan(BinOp::Mul, 0, kind::INT, kind::INT), None);
        assert_eq!(binary_plan(BinOp::TrueDiv, 0, kind::INT, kind::INT).unwrap().result, kind::FLOAT);
        assert_eq!(binary_plan(BinOp::Mul, kind::INT, kind::INT, kind::INT).unwrap().result, kind::INT);
        assert_eq!(compare_plan(kind::BIGINT, 0, 0), None);
        assert_eq!(compare_plan(kind::INT, 0, 0).unwrap().result, kind::BOOL);
    }

    #[test]
    fn facts_meet_at_block_starts() {
        assert_eq!(meet(kind::INT, kind::FLOAT), NUMBER);
        assert_eq!(meet(kind::INT, 0), 0);
        assert_eq!(meet(0, kind::BOOL), 0);
    }
}
