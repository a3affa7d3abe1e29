//! Inlining small pure functions at their call sites.
//!
//! A call site that keeps calling one plain function whose body is only arithmetic and
//! comparisons on numbers (`def a_elem(i, j): s = i + j; return 1.0 / (s * (s + 1) // 2 +
//! i + 1)`) gets that body compiled in place: no call, no callee context, its values in
//! machine registers. Every instruction of the inlined body is a guarded fast path. In a
//! body that does nothing observable before its result, a failing fast path (another kind
//! of operand, an int result out of range, a zero divisor) abandons the inlined body and
//! makes the ordinary call instead, which computes the result (or raises, with the callee's
//! traceback entry) from the start. A method that stores numbers into its instance's
//! attributes (`self.n += 1; self.total += v`) cannot start over once it stored one: there
//! the interpreter runs the rest of the call from the failing instruction, with the
//! callee's registers, as a deoptimized frameless call does (`Gen::inline_call`). So the
//! inlined code never deoptimizes the caller, raises by itself or releases anything but an
//! attribute's old value.
//!
//! The call site's function is a constant of the code (the compiler keeps it alive for the
//! process): the inlined body runs only when the called object is that very function, and
//! only with numbers (small ints or floats) for its arguments. An AOT build, which knows no
//! object's address, inlines a module's top-level function where it is called by its global
//! name, when the call site's cache holds the object called with that function's direct
//! entry (`Guard::DirectEntry`; the site is filled by the first call), and a method of a
//! class where a profile saw the site call methods of instances: a word pair in the
//! binary's data remembers the first function object found there with that method's code
//! (`Guard::Filled`).

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
    /// of the callee's attribute sites, which those loads use (0 under `Guard::Filled`,
    /// which finds them at run time).
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
    /// (AOT) The object is the function whose word the first of two words of writable data
    /// holds: the first function object found at the site whose code has this direct entry
    /// (a helper checks and fills the pair, keeping a reference to the function, so the word
    /// stays its own); the second word is the address of that code's attribute sites.
    Filled { entry: cranelift_module::FuncId, pair: cranelift_module::DataId },
}

/// How a callee's body is inlined: the facts at the start of each block it reaches (`None`
/// for blocks it never reaches).
pub struct Plan {
    pub facts_in: Vec<Option<Vec<Fact>>>,
    /// Per block: the first instruction that had never run (the inlined body makes the
    /// ordinary call there instead), if any.
    pub cold: Vec<Option<usize>>,
    /// The body stores attributes of the instance (`self.n += 1`): once it has begun, it
    /// cannot start over as the ordinary call, so wherever a fast path fails the interpreter
    /// runs the rest of the callee from that instruction (`Gen::inline_call`).
    pub effects: bool,
    /// The registers that only ever hold the instance (borrowed from the caller), besides
    /// nothing: its parameter, and copies of it (`r7 = r0; return r7`).
    pub instance: Vec<bool>,
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
/// first), or `None` when its body is not arithmetic on numbers as its feedback says:
/// every instruction a constant number, a move, a negation, or an arithmetic instruction or
/// comparison with a plan (see `facts::binary_plan`); every branch on a known bool and
/// forward. A method's body may also load numbers from its instance's attributes, store
/// numbers into them (in a body of one block), and return the instance. Its registers then
/// only ever hold numbers and bools (or nothing), none of them references, besides the
/// instance (borrowed from the caller) and its copies.
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
    let mut effects = false;
    let mut instance = vec![false; n];
    instance[0] = c.method;
    // (Copies of the instance are made before they are read, in the one block a body with
    // copies may have, so one pass finds them all.)
    'blocks: for bi in 0..f.blocks.len() {
        let Some(start) = facts_in[bi].clone() else { continue };
        let blk = &f.blocks[bi];
        let mut known = start;
        for (ii, ins) in blk.instrs.iter().enumerate() {
            if facts::never_ran(c.feedback, ins) {
                cold[bi] = Some(ii);
                continue 'blocks;
            }
            // The instance and its copies are only read from (attributes loaded or stored,
            // copied, returned): overwritten, released or computed with, they would need
            // references counted.
            let (reads, writes) = molt_vm::cfg::op_reads_writes(&ins.op);
            let copy = matches!(&ins.op, Op::Move { src, .. } | Op::LoadLocal { src, .. } if instance[*src as usize]);
            let reads_instance = match &ins.op {
                Op::LoadAttr { .. } => false,
                Op::StoreAttr { src, .. } => instance[*src as usize],
                _ => !copy && reads.iter().any(|r| instance[*r as usize]),
            };
            if reads_instance || writes.iter().any(|r| instance[*r as usize]) {
                return None;
            }
            if let Some(&d) = writes.first().filter(|_| copy) {
                instance[d as usize] = true;
                if bi != 0 || f.blocks.len() != 1 {
                    return None;
                }
                continue;
            }
            let number = |r: u32| {
                let k = known[r as usize];
                k != 0 && k & !(facts::NUMBER | kind::BOOL) == 0
            };
            let ok = match &ins.op {
                Op::LoadConst { k, .. } => facts::const_fact(&f.consts[*k as usize]) != 0,
                // An attribute of the instance (a number, checked when loaded).
                Op::LoadAttr { obj, slot, .. } => instance[*obj as usize] && kind::operands(fb(*slot)) == kind::INSTANCE,
                // A number stored into an attribute of the instance: only in a body of one
                // block, which has nothing to merge (see `Plan::effects`).
                Op::StoreAttr { obj, src, slot, .. } => {
                    effects = true;
                    instance[*obj as usize] && number(*src) && kind::operands(fb(*slot)) == kind::INSTANCE && f.blocks.len() == 1
                }
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
            Terminator::Return(_) => vec![],
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
    Some(Plan { facts_in, cold, effects, instance })
}

/// A call of a module's function that compiled code computes itself while the module still
/// has that function under the name (`math.sqrt(x)`), with the words that say so.
pub struct Intrinsic {
    pub slot: u32,
    pub words: IntrinsicWords,
}

/// The words that say a call is an intrinsic's (see `IntrinsicWords::of`).
pub enum IntrinsicWords {
    /// (JIT) Known when compiling.
    Known(SqrtWords),
    /// (AOT) In writable data, filled by a helper the first time the call meets a module
    /// that has the function (`runtime::molt_jit_fill_intrinsic`).
    Filled(cranelift_module::DataId),
}

/// The module's word, where its dict's layout version lives and the version then, the
/// address of the name's value word in it, and the function's word.
pub type SqrtWords = [u64; 5];

/// The words of `module.<name>` (`name` a str) when that is `math.sqrt`, taking
/// a reference to the module and to the function that is never released: the module (and
/// so its dict's table while the version holds) and the function stay where they are.
pub fn sqrt_words(module: &molt_runtime::Value, name: &molt_runtime::Value) -> Option<SqrtWords> {
    use molt_runtime::object::Obj;
    let Some(Obj::Module(m)) = module.obj() else { return None };
    let Some(Obj::Dict(d)) = m.dict.obj() else { return None };
    let t = d.borrow();
    let f = t.value_at(t.find_str(name)?);
    if !molt_vm::native::is_math_sqrt(f) {
        return None;
    }
    let words = [module.bits(), t.version_ptr() as u64, t.version(), f as *const molt_runtime::Value as u64, f.bits()];
    std::mem::forget(module.clone());
    std::mem::forget(f.clone());
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code of function `name` in `src`, with feedback saying every attribute
    /// instruction saw an instance giving ints and every other instruction saw ints.
    fn callee(src: &str, name: &str) -> (Function, Vec<u32>) {
        let lowered = molt_vm::compile(src, "t.py", "__main__", 0).expect("compiles");
        let f = lowered.codes.into_iter().find(|f| f.qualname == name).expect("the function");
        let mut fb = vec![kind::INT; f.nslots as usize];
        for ins in f.blocks.iter().flat_map(|b| &b.instrs) {
            if let Op::LoadAttr { slot, .. } | Op::StoreAttr { slot, .. } = &ins.op {
                fb[*slot as usize] = kind::INSTANCE | (kind::INT << kind::ITEM_SHIFT);
            }
        }
        (f, fb)
    }

    fn method_plan(src: &str, name: &str, nargs: usize) -> Option<Plan> {
        let (f, feedback) = callee(src, name);
        plan(&Callee { slot: 0, guard: Guard::Word(0), f: &f, feedback: &feedback, method: true, attr_sites: 0 }, nargs)
    }

    #[test]
    fn methods_storing_numbers_into_their_instance_have_effects() {
        let src = "class C:\n    def add(self, v):\n        self.n += 1\n        self.t += v\n        return self\n";
        let p = method_plan(src, "C.add", 2).expect("inlined");
        assert!(p.effects);
        // The instance and the copy returned.
        assert_eq!(p.instance.iter().filter(|i| **i).count(), 2, "{:?}", p.instance);
        let pure = method_plan("class C:\n    def area(self):\n        return self.w * self.h\n", "C.area", 1).expect("inlined");
        assert!(!pure.effects);
    }

    #[test]
    fn stores_only_of_numbers_in_one_block() {
        // A body of several blocks is inlined without a store, not with one.
        let pure = "class C:\n    def add(self, v):\n        return v if v > 0 else 0\n";
        let (f, _) = callee(pure, "C.add");
        assert!(f.blocks.len() > 1 && method_plan(pure, "C.add", 2).is_some());
        let branchy = "class C:\n    def add(self, v):\n        self.n = v if v > 0 else 0\n        return 0\n";
        assert!(method_plan(branchy, "C.add", 2).is_none());
        assert!(method_plan("class C:\n    def add(self, v):\n        self.n = v + 1\n        return 0\n", "C.add", 2).is_some());
        // The instance stored into itself would need a reference counted.
        assert!(method_plan("class C:\n    def link(self):\n        self.me = self\n", "C.link", 1).is_none());
        // A function's argument is no instance it may store into.
        let (f, feedback) = callee("def put(o, v):\n    o.n = v\n", "put");
        assert!(plan(&Callee { slot: 0, guard: Guard::Word(0), f: &f, feedback: &feedback, method: false, attr_sites: 0 }, 2).is_none());
    }
}
