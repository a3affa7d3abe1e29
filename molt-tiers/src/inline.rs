//! Inlining small pure functions at their call sites.
//!
//! A call site that keeps calling one plain function whose body is only arithmetic and
//! comparisons on numbers (`def a_elem(i, j): s = i + j; return 1.0 / (s * (s + 1) // 2 +
//! i + 1)`) gets that body compiled in place: no call, no callee context, its values in
//! machine registers. The inlined body can do nothing observable before its result: every
//! instruction is a guarded fast path whose failure (another kind of operand, an int result
//! out of range, a zero divisor) abandons the inlined body and makes the ordinary call
//! instead, which computes the result (or raises, with the callee's traceback entry) from
//! the start. So the inlined code never deoptimizes, raises or releases anything.
//!
//! The call site's function is a constant of the code (the compiler keeps it alive for the
//! process): the inlined body runs only when the called object is that very function, and
//! only with numbers (small ints or floats) for its arguments. An AOT build, which knows no
//! object's address, inlines a module's top-level function where it is called by its global
//! name, when the call site's cache holds the object called with that function's direct
//! entry (`Guard::DirectEntry`; the site is filled by the first call).

use crate::facts::{self, Fact};
use molt_vm::code::kind;
use molt_runtime::ops::UnaryOp;
use molt_vm::ir::{CodeKind, Function, Op, Terminator};

/// Callee bodies larger than this many instructions are called, not inlined.
pub const MAX_INLINE_INSTRS: usize = 40;

/// A call site's callee, as the compiler sees it.
pub struct Callee<'a> {
    /// The call's feedback slot in the caller.
    pub slot: u32,
    pub guard: Guard,
    pub f: &'a Function,
    pub feedback: &'a [u32],
    /// A method called on an instance (its first parameter): the body may read the
    /// instance's attributes (`self.w * self.h`), and do nothing else with it. The address
    /// of the callee's attribute sites, which those loads use.
    pub method: bool,
    pub attr_sites: u64,
}

/// How compiled code knows that the object a site calls is the inlined function.
#[derive(Clone, Copy, Debug)]
pub enum Guard {
    /// (JIT) The object is this word: the function object, kept alive for the process, so
    /// no other object can take its address.
    Word(u64),
    /// (AOT) The call site's cache holds the object called, and the direct entry it holds is
    /// this function's (the callee's code compiled into the same object file, see
    /// `CallSite::entry`): the program's code object, whatever function object carries it.
    DirectEntry(cranelift_module::FuncId),
}

/// How a callee's body is inlined: the facts at the start of each block it reaches (`None`
/// for blocks it never reaches).
pub struct Plan {
    pub facts_in: Vec<Option<Vec<Fact>>>,
    /// Per block: the first instruction that had never run (the inlined body makes the
    /// ordinary call there instead), if any.
    pub cold: Vec<Option<usize>>,
}

/// Whether `f` could be inlined at all (before its feedback is looked at): a plain function
/// of positional parameters without cells, handlers or loops, small enough.
pub fn candidate(f: &Function, nargs: usize) -> bool {
    let p = &f.params;
    let size: usize = f.blocks.iter().map(|b| b.instrs.len() + 1).sum();
    matches!(f.kind, CodeKind::Function | CodeKind::Lambda)
        && !f.is_generator
        && p.npos as usize == nargs
        && p.nkwonly == 0
        && !p.vararg
        && !p.kwarg
        && f.cells.is_empty()
        && f.freevars.is_empty()
        && size <= MAX_INLINE_INSTRS
        && f.blocks.iter().all(|b| b.handler.is_none())
}

/// The plan for inlining `c` at a call with `nargs` arguments (each checked to be a number
/// first), or `None` when its body is not pure arithmetic on numbers as its feedback says:
/// every instruction a constant number, a move, a negation, or an arithmetic instruction or
/// comparison with a plan (see `facts::binary_plan`); every branch on a known bool and
/// forward. Its registers then only ever hold numbers and bools (or nothing), none of them
/// references (a method's instance aside, which is only read from).
pub fn plan(c: &Callee, nargs: usize) -> Option<Plan> {
    let f = c.f;
    if !candidate(f, nargs) {
        return None;
    }
    let fb = |slot: u32| c.feedback.get(slot as usize).copied().unwrap_or(0);
    let n = f.nregs as usize;
    let mut facts_in: Vec<Option<Vec<Fact>>> = vec![None; f.blocks.len()];
    // The arguments are checked to be numbers, but not which kind: the feedback says what
    // each operation gets (taking them as ints or floats would widen its plan).
    facts_in[0] = Some(vec![0; n]);
    let mut cold = vec![None; f.blocks.len()];
    'blocks: for bi in 0..f.blocks.len() {
        let Some(start) = facts_in[bi].clone() else { continue };
        let blk = &f.blocks[bi];
        let mut known = start;
        for (ii, ins) in blk.instrs.iter().enumerate() {
            if facts::never_ran(c.feedback, ins) {
                cold[bi] = Some(ii);
                continue 'blocks;
            }
            // The instance is only read from: moved, overwritten, released or computed with,
            // it would need references counted.
            let (reads, writes) = molt_vm::cfg::op_reads_writes(&ins.op);
            if c.method && ((!matches!(ins.op, Op::LoadAttr { .. }) && reads.contains(&0)) || writes.contains(&0)) {
                return None;
            }
            let ok = match &ins.op {
                Op::LoadConst { k, .. } => facts::const_fact(&f.consts[*k as usize]) != 0,
                // An attribute of the instance (a number, checked when loaded).
                Op::LoadAttr { obj: 0, slot, .. } => c.method && kind::operands(fb(*slot)) == kind::INSTANCE,
                // Every register holds a number, a bool or nothing: no references to count.
                Op::Move { .. } | Op::LoadLocal { .. } => true,
                // A number negated (anything else makes the call).
                Op::Unary { op: UnaryOp::Neg, .. } => true,
                Op::Binary { op, a, b, slot, .. } | Op::Inplace { op, a, b, slot, .. } => {
                    facts::binary_plan(*op, fb(*slot), known[*a as usize], known[*b as usize]).is_some()
                }
                Op::Compare { a, b, slot, .. } => facts::compare_plan(fb(*slot), known[*a as usize], known[*b as usize]).is_some(),
                _ => false,
            };
            if !ok {
                return None;
            }
            facts::transfer(f, c.feedback, true, ins, &mut known);
        }
        let targets: Vec<u32> = match &blk.term {
            Terminator::Jump(t) => vec![*t],
            Terminator::Branch { cond, then, els, .. } if known[*cond as usize] == kind::BOOL => vec![*then, *els],
            Terminator::Return(r) if !(c.method && *r == 0) => vec![],
            _ => return None,
        };
        for t in targets {
            // Forward only: no loops.
            if t as usize <= bi {
                return None;
            }
            let cur = facts_in[t as usize].get_or_insert_with(|| known.clone());
            for (c, k) in cur.iter_mut().zip(&known) {
                *c = if *c == 0 || *k == 0 { 0 } else { *c | *k };
            }
        }
    }
    Some(Plan { facts_in, cold })
}

/// A call of a module's function that compiled code computes itself while the module still
/// has that function under the name (`math.sqrt(x)`): the module's word, where its dict's
/// layout version lives and the version then, the address of the name's value word in it,
/// and the function's word (all kept alive by a reference the compiler never releases).
pub struct Intrinsic {
    pub slot: u32,
    pub module: u64,
    pub version_ptr: u64,
    pub version: u64,
    pub value_ptr: u64,
    pub func: u64,
}
