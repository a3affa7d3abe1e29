//! Cranelift code generation for one Molt IR function, generic over `cranelift_module::Module`
//! so the JIT (`JITModule`) and, later, the AOT build (`ObjectModule`) share it.
//!
//! Compiled code keeps Python registers where the interpreter keeps them — in the frame's
//! register file — so control can pass between the tiers at any instruction: compiled code is
//! entered at the start of any block (which is also how on-stack replacement works: a hot loop
//! enters at its header), and hands back to the interpreter by returning the instruction to
//! resume at. Instructions whose operands are small ints or floats (as the feedback says they
//! were) run inline behind tag guards; a failed guard, and every instruction not specialized,
//! calls `molt_jit_step`, which executes that one instruction with tier 0's semantics.
//!
//! The compiled function's signature is `fn(ctx, regs, block) -> exit` (see `exit`).
//!
//! Functions simple enough to need no interpreter frame (no exception handlers, no generator
//! or closure cells, positional parameters only, and only instructions with frameless
//! helpers — see `direct_eligible`) are also compiled a second way, *direct*: registers
//! become Cranelift variables (so SSA values in machine registers), the entry takes its
//! arguments as owned words, `fn(ctx, argv) -> value | ERR`, and compiled code calls it
//! straight from other compiled code. An exception leaving direct code adds its traceback
//! entry as the interpreter would, and every register is released on the way out.

use crate::runtime::{collect, Ctx, Helper, BINOPS, CMPOPS, DONE, ERR, INPLACE, MISSING, SEQ_TUPLE, UNARYOPS};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, AbiParam, AliasRegionData, Block, FuncRef, InstBuilder, MemFlagsData, Signature, StackSlot, StackSlotData, StackSlotKind, Value};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch, Variable};
use cranelift_module::{FuncId, Linkage, Module};
use molt_runtime::attr_site;
use molt_runtime::call_site;
use molt_runtime::ops::{BinOp, CmpOp, UnaryOp};
use molt_runtime::types::TypeId;
use crate::facts::Fact;
use molt_runtime::value::{FIRST_TAGGED, PAYLOAD_MASK, TAG_BOOL, TAG_INT, TAG_PTR, TAG_SHIFT, TAG_UNBOUND};
use molt_vm::code::kind;
use molt_vm::ir::{Const, Function, Instr, Op, Reg, Terminator};

/// How compiled code ended, packed in its return word: the kind in the low byte, the block
/// in the next 24 bits, the instruction index in the high 32.
pub mod exit {
    /// The interpreter resumes at (block, instruction).
    pub const RESUME: u64 = 0;
    /// An exception is pending in the context, raised at (block, instruction).
    pub const ERROR: u64 = 1;
    /// The function returns the register named by the block's `return`.
    pub const RETURN: u64 = 2;

    pub fn pack(kind: u64, block: u32, idx: u32) -> u64 {
        kind | (u64::from(block) << 8) | (u64::from(idx) << 32)
    }
    pub fn unpack(w: u64) -> (u64, u32, u32) {
        (w & 0xff, ((w >> 8) & 0xff_ffff) as u32, (w >> 32) as u32)
    }
}

/// What code generation needs to know besides the IR.
pub struct Layout {
    pub instrs_offset: i32,
    /// Where the context keeps the code object's global-load sites and the globals pointer.
    pub sites_offset: i32,
    pub globals_offset: i32,
    /// Where list and tuple fields are (`None`: no inline item access).
    pub obj: Option<molt_runtime::jit_layout::ObjLayout>,
    /// Count executed instructions (for `--stats`).
    pub count: bool,
    /// The code may embed addresses of IR instructions and words of heap constants (true
    /// in the JIT, where code objects live as long as the process; an AOT object cannot).
    pub embed_ir: bool,
    /// `--deopt-stress` (JIT only): each speculating instruction deoptimizes the first time.
    pub stress: bool,
}

impl Layout {
    /// The layout of this build's `Ctx` (a `repr(C)` struct, so the offsets are the same in
    /// the runtime library an AOT binary links).
    pub fn new(count: bool, embed_ir: bool) -> Layout {
        use std::mem::offset_of;
        Layout {
            instrs_offset: offset_of!(Ctx, instrs) as i32,
            sites_offset: offset_of!(Ctx, sites) as i32,
            globals_offset: offset_of!(Ctx, globals) as i32,
            obj: molt_runtime::jit_layout::layout().copied(),
            count,
            embed_ir,
            stress: embed_ir && crate::deopt_stress(),
        }
    }
}

/// The runtime helpers a compiled function imports, declared once per module, and the word
/// naming the `len` builtin (`molt_runtime::builtins::functions::LEN_BUILTIN`).
pub struct Imports {
    pub ids: Vec<(Helper, FuncId)>,
    pub len_builtin: cranelift_module::DataId,
}

/// The symbol of `LEN_BUILTIN`.
pub const LEN_BUILTIN_SYMBOL: &str = "molt_len_builtin";

impl Imports {
    pub fn declare<M: Module>(module: &mut M) -> Result<Imports, String> {
        let mut ids = Vec::new();
        for &h in Helper::ALL {
            let mut sig = module.make_signature();
            for _ in 0..h.params() {
                sig.params.push(AbiParam::new(types::I64));
            }
            if h.returns() {
                sig.returns.push(AbiParam::new(types::I64));
            }
            ids.push((h, module.declare_function(h.symbol(), Linkage::Import, &sig).map_err(|e| e.to_string())?));
        }
        let len_builtin = module.declare_data(LEN_BUILTIN_SYMBOL, Linkage::Import, false, false).map_err(|e| e.to_string())?;
        Ok(Imports { ids, len_builtin })
    }
}

/// The signature of compiled code: `(ctx, regs, block)` with a frame; direct,
/// `(ctx, argv, 0)` for a call and `(ctx, regs, block + 1)` to take over an interpreter
/// frame's registers at a loop header (`Gen::frame_entry`).
pub fn entry_signature<M: Module>(module: &M, _direct: bool) -> Signature {
    let mut sig = module.make_signature();
    for _ in 0..3 {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

/// The most arguments a direct entry takes (callers with more go through a frame).
pub const MAX_DIRECT_ARGS: u32 = 6;
/// The largest functions that get a direct entry.
pub const MAX_DIRECT_INSTRS: usize = 4000;
/// Direct code keeps registers in SSA variables while registers x instructions stays under
/// this; above it, in a stack slot. Every register is live at every exit of direct code
/// (all are released there), so with variables compile time grows with registers x exits
/// (a 60-register parser method took 20 ms, a 200-register loop 800 ms).
pub const VAR_BUDGET: usize = 1500;

pub fn instr_count(f: &Function) -> usize {
    f.blocks.iter().map(|b| b.instrs.len() + 1).sum()
}

/// Whether `f` can also be compiled as direct (frameless) code.
pub fn direct_eligible(f: &Function) -> bool {
    direct_refusal(f).is_none()
}

/// How a call instruction leaves when its callee raises: it is instruction (bi, ii), and
/// releases `owned` (a reference it made) and takes a reference to `retake` (a word it
/// borrowed, which the exit hands over as a reference) first.
#[derive(Clone, Copy)]
struct ErrExit {
    bi: u32,
    ii: u32,
    owned: Option<Value>,
    retake: Option<Value>,
}

/// Which callees besides Python functions a call site's direct paths are compiled for:
/// plain classes (their instances created in place) and bound methods of functions.
#[derive(Clone, Copy, Default)]
struct Callees {
    classes: bool,
    methods: bool,
    /// The register holding the called function when it dies with the call (the call of
    /// the function the site holds then goes without a reference to it), and whether it
    /// was loaded without a reference in the first place (see `borrowable_global`).
    borrowed: Option<Reg>,
    loaded_borrowed: bool,
}

/// Why `f` gets no direct (frameless) entry, or `None` when it does.
pub fn direct_refusal(f: &Function) -> Option<String> {
    use molt_vm::ir::CodeKind;
    let p = &f.params;
    if !matches!(f.kind, CodeKind::Function | CodeKind::Lambda) {
        return Some(format!("{:?} code", f.kind).to_lowercase());
    }
    if f.is_generator {
        return Some("generator".into());
    }
    if p.nkwonly != 0 || p.vararg || p.kwarg {
        return Some("keyword-only or star parameters".into());
    }
    if p.npos > MAX_DIRECT_ARGS {
        return Some(format!("more than {MAX_DIRECT_ARGS} parameters"));
    }
    let ninstrs = instr_count(f);
    if ninstrs > MAX_DIRECT_INSTRS {
        return Some(format!("too large ({ninstrs} instructions)"));
    }
    for b in &f.blocks {
        if b.handler.is_some() {
            return Some("exception handler".into());
        }
        if !matches!(
            b.term,
            Terminator::Jump(_) | Terminator::Branch { .. } | Terminator::ForIter { .. } | Terminator::Return(_) | Terminator::Raise { .. } | Terminator::Unreachable
        ) {
            return Some(format!("terminator {}", term_name(&b.term)));
        }
        for ins in &b.instrs {
            let ok = match &ins.op {
                Op::LoadConst { .. }
                | Op::Move { .. }
                | Op::LoadLocal { .. }
                | Op::Binary { .. }
                | Op::Inplace { .. }
                | Op::Unary { .. }
                | Op::Compare { .. }
                | Op::Is { .. }
                | Op::Contains { .. }
                | Op::LoadGlobal { .. }
                | Op::StoreGlobal { .. }
                | Op::LoadAttr { .. }
                | Op::StoreAttr { .. }
                | Op::GetItem { .. }
                | Op::SetItem { .. }
                | Op::DeleteItem { .. }
                | Op::FormatValue { .. }
                | Op::BuildString { .. }
                | Op::MakeFunction { .. }
                | Op::BuildList { .. }
                | Op::BuildTuple { .. }
                | Op::GetIter { .. }
                | Op::DeleteLocal { .. }
                | Op::Unpack { .. }
                | Op::BuildSlice { .. }
                | Op::ListAppend { .. }
                | Op::BuildDict { .. }
                | Op::BuildSet { .. }
                | Op::SetAdd { .. }
                | Op::SetUpdate { .. }
                | Op::DictSet { .. }
                | Op::DictUpdate { .. }
                | Op::DictMerge { .. }
                | Op::ListExtend { .. }
                | Op::ListToTuple { .. }
                | Op::CallEx { .. }
                | Op::DeleteAttr { .. }
                | Op::DeleteGlobal { .. }
                | Op::MakeCell { .. }
                | Op::LoadDeref { .. }
                | Op::StoreDeref { .. }
                | Op::Nop => true,
                Op::Call { kwnames, args, .. } | Op::CallMethod { kwnames, args, .. } => kwnames.is_none() && args.len() < 64,
                _ => false,
            };
            if !ok {
                return Some(format!("instruction {} (line {})", op_name(&ins.op), ins.line));
            }
        }
    }
    None
}

fn term_name(t: &Terminator) -> &'static str {
    match t {
        Terminator::Jump(_) => "jump",
        Terminator::Branch { .. } => "branch",
        Terminator::ForIter { .. } => "for_iter",
        Terminator::Return(_) => "return",
        Terminator::Raise { .. } => "raise",
        Terminator::Reraise(_) => "reraise",
        Terminator::Yield { .. } => "yield",
        Terminator::Unreachable => "unreachable",
    }
}

/// The instruction's name as the IR printer spells it (its first word after `=`).
fn op_name(op: &Op) -> String {
    let dbg = format!("{op:?}");
    let name: String = dbg.chars().take_while(|c| c.is_alphanumeric()).collect();
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Whether register `r`, read by instruction `ii` of block `bi`, was last written in that
/// block by a load of the global `name`.
fn loads_global(f: &Function, bi: u32, ii: usize, r: Reg, name: &str) -> bool {
    let block = &f.blocks[bi as usize];
    for ins in block.instrs[..ii].iter().rev() {
        if molt_vm::cfg::op_reads_writes(&ins.op).1.contains(&r) {
            return matches!(&ins.op, Op::LoadGlobal { name: n, .. } if f.names[*n as usize] == name);
        }
    }
    false
}

/// How many instructions from `ii` of block `bi` form an integer chain for `Gen::int_chain`:
/// consecutive arithmetic (`+ - * & | ^ // % << >>`) whose feedback saw ints only, some of
/// them beyond small ints, each after the first using the previous one's result (a temporary
/// nothing else reads) as one operand (the left one of a division or shift) and registers the
/// chain does not write as the other. 0 when there is no chain of two or more.
fn int_chain_len(f: &Function, feedback: &[u32], reads: &[u32], bi: u32, ii: usize) -> usize {
    let (mut n, mut seen, mut len) = (0, 0, 0);
    let mut written: Vec<Reg> = Vec::new();
    let mut consts: Vec<Reg> = Vec::new();
    let mut big = false;
    for ins in &f.blocks[bi as usize].instrs[ii..] {
        seen += 1;
        // Small int constants the arithmetic uses may be loaded in between.
        if let Op::LoadConst { dst, k } = &ins.op {
            // (A register may take one constant after another: registers are shared, see
            // `Function::block_temps`; each load runs in its place in the chain.)
            if crate::facts::const_fact(&f.consts[*k as usize]) != kind::INT || written.contains(dst) || n == 0 {
                break;
            }
            consts.push(*dst);
            continue;
        }
        let (Op::Binary { dst, op, a, b, slot } | Op::Inplace { dst, op, a, b, slot }) = &ins.op else { break };
        let fb = feedback.get(*slot as usize).copied().unwrap_or(0);
        let arith = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::FloorDiv | BinOp::Mod | BinOp::LShift | BinOp::RShift
        );
        if !arith || fb == 0 || fb & !(kind::INT | kind::BIGINT) != 0 {
            break;
        }
        let others: Vec<Reg> = match written.last() {
            None => vec![*a, *b],
            Some(&t) => {
                let divides = matches!(op, BinOp::FloorDiv | BinOp::Mod | BinOp::LShift | BinOp::RShift);
                let chained = if *a == t && *b != t {
                    *b
                } else if *b == t && *a != t && !divides {
                    *a
                } else {
                    break;
                };
                // This instruction reads `t` once; nothing after it may.
                if !dead_after(f, reads, bi, ii + seen - 1, t) {
                    break;
                }
                vec![chained]
            }
        };
        if others.iter().any(|r| written.contains(r)) || written.contains(dst) || consts.contains(dst) {
            break;
        }
        big |= fb & kind::BIGINT != 0;
        written.push(*dst);
        n += 1;
        len = seen;
    }
    if n >= 2 && big {
        len
    } else {
        0
    }
}

/// Whether temporary `t`, read by instruction `at` of block `bi`, is read by nothing after
/// it: the function reads it nowhere else, or it is one of the registers temporaries of
/// single blocks share (`Function::block_temps`) and this block writes it again before
/// reading it, or never reads it again.
fn dead_after(f: &Function, reads: &[u32], bi: u32, at: usize, t: Reg) -> bool {
    if reads[t as usize] == 1 {
        return true;
    }
    if t < f.nregs - f.block_temps {
        return false;
    }
    let blk = &f.blocks[bi as usize];
    for ins in &blk.instrs[at + 1..] {
        let (mut read, mut write) = (false, false);
        ins.op.each_reg(|r, a| {
            if r == t {
                read |= a != molt_vm::ir::Access::Write;
                write |= a != molt_vm::ir::Access::Read;
            }
        });
        if read {
            return false;
        }
        if write {
            return true;
        }
    }
    !molt_vm::cfg::term_reads(&blk.term).contains(&t)
}

/// How often each register of `f` is read, over all instructions and terminators.
fn read_counts(f: &Function) -> Vec<u32> {
    let mut n = vec![0u32; f.nregs as usize];
    for blk in &f.blocks {
        let reads = blk.instrs.iter().flat_map(|ins| molt_vm::cfg::op_reads_writes(&ins.op).0).chain(molt_vm::cfg::term_reads(&blk.term));
        for r in reads {
            n[r as usize] += 1;
        }
    }
    n
}

/// Direct code: for each block, which registers may hold a heap reference when it starts.
/// A register may once it is written (parameters and closure cells from the start), and may
/// not after an instruction kills it (kills release heap values and leave the rest, which
/// need no release). With `refine` (the facts at each block's start, the feedback and whether
/// arithmetic speculates), a register written with a value of a known kind (a number or a
/// bool, see `facts`) may not either. A forward may-analysis to a fixed point over the CFG,
/// with handler edges (a handler may start with anything its block wrote).
///
/// The refined analysis holds in compiled code only: the interpreter computes without the
/// facts. So an entry from an interpreter frame (a take-over at a loop header, see
/// `Gen::frame_entry`, or code with a frame entered at a block, see `check_entry_facts`)
/// checks what the refined analysis assumes beyond the plain one.
fn heap_at_entry(f: &Function, refine: Option<Refine>) -> Vec<Vec<bool>> {
    let n = f.nregs as usize;
    let mut at: Vec<Vec<bool>> = vec![vec![false; n]; f.blocks.len()];
    if f.blocks.is_empty() {
        return at;
    }
    let nparams = (f.params.count() as usize).min(n);
    at[0][..nparams].fill(true);
    for (cell, _) in &f.cells {
        at[0][*cell as usize] = true;
    }
    for r in &f.freevars {
        at[0][*r as usize] = true;
    }
    let mut reached = vec![false; f.blocks.len()];
    reached[0] = true;
    let mut changed = true;
    while changed {
        changed = false;
        for bi in 0..f.blocks.len() {
            if !reached[bi] {
                continue;
            }
            let mut out = at[bi].clone();
            let mut facts = refine.map(|r| r.facts_in[bi].clone());
            for ins in &f.blocks[bi].instrs {
                if let (Some(r), Some(k)) = (refine, facts.as_mut()) {
                    crate::facts::transfer(f, r.feedback, r.speculate, ins, k);
                }
                heap_step(f, &mut out, facts.as_deref(), ins);
            }
            // A loop's item goes to the body only (the exit edge leaves the loop variable as
            // it was); items of the kinds the body assumes (`facts::for_iter_kinds`) are no
            // references (another deoptimizes at the body's start).
            let term = &f.blocks[bi].term;
            let item = match term {
                Terminator::ForIter { dst, body, slot, .. } => {
                    let kinds = refine.map_or(0, |r| crate::facts::for_iter_kinds(r.feedback.get(*slot as usize).copied().unwrap_or(0), r.speculate));
                    Some((*dst, *body, kinds == 0))
                }
                _ => {
                    for w in molt_vm::cfg::term_writes(term) {
                        out[w as usize] = true;
                    }
                    None
                }
            };
            let mut edges: Vec<(u32, Vec<bool>)> = Vec::new();
            if let Some(h) = f.blocks[bi].handler {
                // An exception can leave the block after any of its writes, before a kill.
                let mut exc = at[bi].clone();
                for ins in &f.blocks[bi].instrs {
                    for w in molt_vm::cfg::op_reads_writes(&ins.op).1 {
                        exc[w as usize] = true;
                    }
                }
                edges.push((h, exc));
            }
            edges.extend(crate::facts::successors(term).into_iter().map(|s| {
                let mut o = out.clone();
                if let Some((dst, _, heap)) = item.filter(|i| i.1 == s) {
                    o[dst as usize] = heap;
                }
                (s, o)
            }));
            for (s, out) in edges {
                let s = s as usize;
                for r in 0..n {
                    if out[r] && !at[s][r] {
                        at[s][r] = true;
                        changed = true;
                    }
                }
                if !reached[s] {
                    reached[s] = true;
                    changed = true;
                }
            }
        }
    }
    at
}

/// What refines `heap_at_entry`: the facts at each block's start, the feedback, and whether
/// arithmetic follows its plans.
#[derive(Clone, Copy)]
struct Refine<'a> {
    facts_in: &'a [Vec<Fact>],
    feedback: &'a [u32],
    speculate: bool,
}

/// Moves `held` past instruction `ins`: its writes may hold heap references unless `after`
/// (the facts past it, when refining) knows their kinds; its kills do not.
fn heap_step(f: &Function, held: &mut [bool], after: Option<&[Fact]>, ins: &molt_vm::ir::Instr) {
    let (reads, writes) = molt_vm::cfg::op_reads_writes(&ins.op);
    if let Some(k) = after {
        // An operand the instruction's guards proved a number (arithmetic and comparisons
        // do not kill theirs) holds no reference past it either.
        for r in reads {
            if k[r as usize] != 0 {
                held[r as usize] = false;
            }
        }
    }
    for w in writes {
        // (`del` leaves the register unbound.)
        held[w as usize] = !matches!(ins.op, Op::DeleteLocal { .. }) && after.is_none_or(|k| k[w as usize] == 0);
    }
    for k in f.kills(ins.kills) {
        held[*k as usize] = false;
    }
}

/// The registers that may hold a heap reference before instruction `ii` of block `bi` (its
/// terminator when `ii` is past its instructions), given those at its start (an
/// over-approximation of the refined analysis within the block).
fn heap_before(f: &Function, start: &[bool], bi: u32, ii: usize) -> Vec<bool> {
    let mut held = start.to_vec();
    let instrs = &f.blocks[bi as usize].instrs;
    for ins in &instrs[..ii.min(instrs.len())] {
        heap_step(f, &mut held, None, ins);
    }
    held
}


/// What an inlined callee's guard refers to in an AOT object (see `inline::Guard`).
#[derive(Clone, Copy)]
enum InlineRefs {
    /// (JIT) Nothing: the guard's words are constants.
    None,
    /// The callee's direct entry.
    Entry(FuncRef),
    /// The callee's direct entry and the data word pair remembering its function.
    Pair(FuncRef, cranelift_codegen::ir::GlobalValue),
}

/// How code compiled for one loop nest (see `compile`) treats a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outside {
    /// Compiled: a block of the nest, or (a function's) one that cannot reach another loop
    /// without passing through the nest (what comes before the nest and after it, when no
    /// loop follows: a function with one loop nest, called again, still runs its code).
    No,
    /// Module code outside the nest: the frame goes back to the interpreter at the block's
    /// start, and the module carries on there (module code outside loops runs once).
    HandBack,
    /// The header of another loop (module code), or a function's block of another loop or
    /// leading to one (a `main()` moving on to its next phase; direct code has no frame to
    /// hand back): the code deoptimizes there with `DEOPT_LEFT_NEST`, which throws it away.
    Leave,
}

/// Why compiled code deoptimizes (`molt_vm::code::DEOPT_REASONS` names them).
const DEOPT_KINDS: u8 = 1;
const DEOPT_INT_RANGE: u8 = 2;
const DEOPT_ZERO: u8 = 3;
const DEOPT_ENTRY: u8 = 4;
const DEOPT_STRESS: u8 = 5;

const TAGGED_INT: i64 = (TAG_INT << TAG_SHIFT) as i64;
const TAGGED_BOOL: i64 = (TAG_BOOL << TAG_SHIFT) as i64;
const UNBOUND: i64 = (TAG_UNBOUND << TAG_SHIFT) as i64;

struct Gen<'a, 'b> {
    b: FunctionBuilder<'b>,
    f: &'a Function,
    feedback: &'a [u32],
    /// The words of the function's constants (embedded when `layout.embed_ir`).
    consts: &'a [u64],
    helpers: Vec<(Helper, FuncRef)>,
    /// The address of the word naming the `len` builtin.
    len_builtin: cranelift_codegen::ir::GlobalValue,
    blocks: Vec<Block>,
    ctx: Value,
    /// Where registers live in memory: the frame's register file (code with a frame), or a
    /// stack slot (large direct code).
    regs: Value,
    /// Direct code of moderate size: one variable per register (then `regs` is unused).
    vars: Vec<Variable>,
    /// Registers in memory: the loops whose registers are also kept in variables (see
    /// `regions`), a variable per register for them, the promoted registers of the region
    /// being compiled (flags and list), and the stubs into regions to emit at the end
    /// (block, region, IR block).
    regions: crate::regions::Regions,
    region_vars: Vec<Variable>,
    promoted: Vec<bool>,
    promoted_regs: Vec<Reg>,
    stubs: Vec<(Block, u32, u32)>,
    /// Per global name (with regions): a variable holding the address of its entry's value
    /// word in the globals dict, or 0 (see `regions`); the names the region being compiled
    /// caches (flags and list).
    global_vars: Vec<Variable>,
    cached_globals: Vec<bool>,
    cached_global_names: Vec<u32>,
    direct: bool,
    /// Scratch words: call arguments, and the registers spilled for a NameError.
    scratch: StackSlot,
    /// Direct code: where exceptions leave (takes the line); returns release what they must
    /// in place.
    unwind: Block,
    layout: &'a Layout,
    /// Loads and stores of memory that compiled code writes (registers, counts, values).
    mem: MemFlagsData,
    /// Loads of memory only the runtime's functions write: object tags, instance class and
    /// dict words, class versions, dict headers and keys, borrow flags, attribute and global
    /// sites. A different alias region from `mem`, so Cranelift reuses such a load across
    /// stores compiled code makes (counts, values) until the next call (see `Layout`).
    meta: MemFlagsData,
    /// Direct code: per block, the registers that may hold a heap reference at its start
    /// (see `heap_at_entry`); a `return` releases only those.
    heap_in: Vec<Vec<bool>>,
    /// Direct code, outside inlined bodies: the registers that may hold a heap reference
    /// before the instruction being compiled (storing into or killing any other needs no
    /// release).
    held: Option<Vec<bool>>,
    /// When profiling (JIT only): the address of the code object's branch counters, two
    /// words per feedback slot (see `CodeObject::branch_counts`).
    branch_counts: Option<u64>,
    /// The signature of a direct entry (for calls through a call site), and the context of
    /// such a callee.
    direct_sig: cranelift_codegen::ir::SigRef,
    callee_ctx: StackSlot,
    /// Per feedback slot: the index of its attribute site (`molt_vm::code::attr_site_index`).
    attr_index: Vec<u32>,
    /// Per register: how often the function reads it (`read_counts`).
    reads: Vec<u32>,
    /// While compiling a comparison whose result the block's branch tests next: the branch's
    /// targets, which the comparison's inline paths jump to directly.
    fuse: Option<(Block, Block)>,
    /// Small-int words this code made, with the machine integer (`raw`) or the payload
    /// shifted to the top (`shifted`) they were made from: an operation on such a word
    /// reuses that instead of taking the word apart again. (The form is computed before
    /// the word, in the same block, so it is available wherever the word is.)
    int_forms: std::collections::HashMap<Value, IntForm>,
    /// A fact the instruction being compiled established beyond what `facts::transfer`
    /// says, for its register past it (a global load's small int, `feeds_small_ints`).
    proven: Option<(Reg, Fact)>,
    /// Specialize arithmetic on its feedback, deoptimizing when it does not hold (see
    /// `facts`).
    speculate: bool,
    spec: crate::facts::Speculation,
    /// Callees to inline at their call sites (see `inline`), and while compiling an inlined
    /// body, the block that abandons it for the ordinary call.
    inlines: &'a [crate::inline::Callee<'a>],
    /// Per inlined callee (as `inlines`), what its AOT guard refers to.
    inline_refs: Vec<InlineRefs>,
    intrinsics: &'a [crate::inline::Intrinsic],
    /// Per intrinsic (as `intrinsics`), its data words in an AOT object.
    intrinsic_refs: Vec<Option<cranelift_codegen::ir::GlobalValue>>,
    bail: Option<Block>,
    /// The register the instruction just compiled loaded a global into without taking a
    /// reference (see `borrowable_global`), for the call that follows it.
    borrowed: Option<Reg>,
    /// While compiling the inlined way of such a call: that register, which its kill
    /// unbinds without a release.
    unbind_only: Option<Reg>,
    /// While compiling an inlined method: the address of its code object's attribute sites.
    attr_sites_base: Option<Value>,
    /// The facts at each block's start, and those before the instruction being compiled.
    facts_in: Vec<Vec<Fact>>,
    known: Vec<Fact>,
    /// Deoptimization exits to emit at the end: (block, IR block, instruction, reason).
    /// Deoptimization points: (block, IR block, instruction, reason, and the kinds the
    /// registers are known to hold there, for those the instruction does not write).
    deopts: Vec<(Block, u32, u32, u8, Vec<Fact>)>,
    /// `--deopt-stress`: one flag byte per instruction (numbered from each block's first
    /// instruction's number in `first_instr`), set once it has deoptimized.
    stress_flags: Option<u64>,
    /// Code with a frame: the block every exit jumps to with its exit word (one epilogue
    /// for them all), once made.
    leave: Option<Block>,
    first_instr: Vec<u32>,
    /// Per block: how code compiled for one loop nest treats it (see `compile`).
    outside: Vec<Outside>,
    /// Per global site: its words when compiling began (see `compile`).
    sites: &'a [Option<[u64; 6]>],
}

/// Compiles `f` (with the feedback its code object gathered) into `module` as `name`: with
/// a frame, or (`direct`, only when `direct_eligible`) frameless. With `nest` (code that
/// runs once, see `jit::module_nest`), of the loops only the outermost one containing block
/// `nest` is compiled (see `Outside`). `sites` (JIT only): the global sites' words as
/// they were (`GlobalSite::leak_snapshot`), which global accesses embed.
pub fn compile<M: Module>(
    module: &mut M,
    ctx: &mut cranelift_codegen::Context,
    fctx: &mut FunctionBuilderContext,
    imports: &Imports,
    name: &str,
    f: &Function,
    feedback: &[u32],
    consts: &[u64],
    layout: &Layout,
    direct: bool,
    branch_counts: Option<u64>,
    spec: crate::facts::Speculation,
    inlines: &[crate::inline::Callee],
    intrinsics: &[crate::inline::Intrinsic],
    nest: Option<u32>,
    sites: &[Option<[u64; 6]>],
) -> Result<FuncId, String> {
    // Speculating item loads needs their inline paths (the object layout).
    let spec = if layout.obj.is_none() { crate::facts::Speculation::Off } else { spec };
    ctx.func.signature = entry_signature(module, direct);
    let id = module.declare_function(name, Linkage::Local, &ctx.func.signature).map_err(|e| e.to_string())?;
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let helpers = imports.ids.iter().map(|(h, id)| (*h, module.declare_func_in_func(*id, b.func))).collect();
        let len_builtin = module.declare_data_in_func(imports.len_builtin, b.func);
        let inline_refs = inlines
            .iter()
            .map(|c| match c.guard {
                crate::inline::Guard::DirectEntry(id) => InlineRefs::Entry(module.declare_func_in_func(id, b.func)),
                crate::inline::Guard::Filled { entry, pair } => InlineRefs::Pair(module.declare_func_in_func(entry, b.func), module.declare_data_in_func(pair, b.func)),
                crate::inline::Guard::Word(_) => InlineRefs::None,
            })
            .collect();
        let intrinsic_refs = intrinsics
            .iter()
            .map(|i| match i.words {
                crate::inline::IntrinsicWords::Filled(d) => Some(module.declare_data_in_func(d, b.func)),
                crate::inline::IntrinsicWords::Known(_) => None,
            })
            .collect();
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let blocks: Vec<Block> = f.blocks.iter().map(|_| b.create_block()).collect();
        let max_args = f
            .blocks
            .iter()
            .flat_map(|bl| bl.instrs.iter())
            .map(|ins| match &ins.op {
                // (A call of a class passes the new instance first.)
                Op::Call { args, .. } | Op::CallMethod { args, .. } => args.len() + 1,
                Op::BuildList { items, .. } | Op::BuildTuple { items, .. } | Op::BuildDict { items, .. } => items.len(),
                Op::BuildString { parts, .. } => parts.len(),
                Op::MakeFunction { closure, .. } => closure.len(),
                Op::Unpack { dsts, .. } => dsts.len(),
                _ => 0,
            })
            .max()
            .unwrap_or(0);
        // Direct code spills registers here too, after their bit masks (`spill_registers`),
        // inlined bodies hand their registers to the interpreter from here, and an entry
        // releasing dead registers passes their bit mask here.
        let inlined = inlines.iter().map(|c| c.f.nregs as usize).max().unwrap_or(0);
        let words = max_args.max(inlined).max(if direct { f.nregs as usize } else { 0 } + (f.nregs as usize).div_ceil(64)).max(1);
        let mut region = |user_id: u32, name: &'static str| {
            let r = b.func.dfg.alias_regions.insert(AliasRegionData { user_id, description: name.into() });
            MemFlagsData::trusted().with_alias_region(Some(r))
        };
        let (mem, meta) = (region(1, "written by compiled code"), region(2, "written by the runtime"));
        let scratch = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (words * 8) as u32, 3));
        let in_vars = direct && f.nregs as usize * instr_count(f) <= VAR_BUDGET;
        let vars: Vec<Variable> = if in_vars { (0..f.nregs).map(|_| b.declare_var(types::I64)).collect() } else { Vec::new() };
        let regs = if direct && !in_vars {
            // Registers of large direct code live in this function's stack frame.
            let slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, f.nregs.max(1) * 8, 3));
            b.ins().stack_addr(types::I64, slot, 0)
        } else {
            params[1]
        };
        let unwind = b.create_block();
        let direct_sig = b.import_signature(entry_signature(module, true));
        let callee_ctx = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, std::mem::size_of::<Ctx>() as u32, 3));
        let facts_in = crate::facts::at_entry(f, feedback, spec);
        let regions = if in_vars { crate::regions::Regions::default() } else { crate::regions::loop_regions(f, &|slot| intrinsics.iter().any(|i| i.slot == slot) || inlines.iter().any(|c| c.slot == slot)) };
        let region_vars = if regions.regs.is_empty() { Vec::new() } else { (0..f.nregs).map(|_| b.declare_var(types::I64)).collect() };
        let global_vars = if regions.regs.is_empty() { Vec::new() } else { f.names.iter().map(|_| b.declare_var(types::I64)).collect() };
        let mut heap_in = heap_at_entry(f, Some(Refine { facts_in: &facts_in, feedback, speculate: spec.plans() }));
        let plain = if direct { Vec::new() } else { heap_at_entry(f, None) };
        if !direct {
            // With a frame, named locals are not refined at block starts: the interpreter may
            // leave a heap value in one that is dead (and `locals()` still shows it), so an
            // entry could neither release it nor reject it.
            let nlocals = f.local_names.len().min(f.nregs as usize);
            for (h, p) in heap_in.iter_mut().zip(&plain) {
                for r in 0..nlocals {
                    h[r] |= p[r];
                }
            }
        }
        let mut g = Gen {
            b,
            f,
            feedback,
            consts,
            helpers,
            len_builtin,
            blocks,
            ctx: params[0],
            regs,
            vars,
            regions,
            region_vars,
            promoted: vec![false; f.nregs as usize],
            promoted_regs: Vec::new(),
            stubs: Vec::new(),
            global_vars,
            cached_globals: vec![false; f.names.len()],
            cached_global_names: Vec::new(),
            direct,
            scratch,
            unwind,
            layout,
            mem,
            meta,
            heap_in,
            held: None,
            branch_counts,
            direct_sig,
            callee_ctx,
            attr_index: molt_vm::code::attr_site_index(f),
            reads: read_counts(f),
            fuse: None,
            int_forms: std::collections::HashMap::new(),
            proven: None,
            speculate: spec.plans(),
            spec,
            inlines,
            inline_refs,
            intrinsics,
            intrinsic_refs,
            bail: None,
            borrowed: None,
            unbind_only: None,
            attr_sites_base: None,
            facts_in,
            known: vec![0; f.nregs as usize],
            deopts: Vec::new(),
            // The flags live as long as the process, like the machine code reading them.
            leave: None,
            stress_flags: layout.stress.then(|| Box::leak(vec![0u8; instr_count(f) + 1].into_boxed_slice()).as_ptr() as u64),
            first_instr: f
                .blocks
                .iter()
                .scan(0u32, |n, b| {
                    let first = *n;
                    *n += b.instrs.len() as u32;
                    Some(first)
                })
                .collect(),
            outside: match nest.and_then(|b| crate::regions::outermost_loop(f, b)) {
                Some(body) => {
                    let module = f.kind == molt_vm::ir::CodeKind::Module && !direct;
                    let (headers, onward) = (crate::regions::loop_header_blocks(f), crate::regions::toward_other_loops(f, &body));
                    (0..f.blocks.len())
                        .map(|bi| match (body[bi], module) {
                            (true, _) => Outside::No,
                            (false, true) if headers.contains(&(bi as u32)) => Outside::Leave,
                            (false, true) => Outside::HandBack,
                            (false, false) if onward[bi] => Outside::Leave,
                            (false, false) => Outside::No,
                        })
                        .collect()
                }
                None => vec![Outside::No; f.blocks.len()],
            },
            sites: if layout.embed_ir { sites } else { &[] },
        };
        if direct {
            let (call, take_over) = (g.b.create_block(), g.b.create_block());
            g.b.ins().brif(params[2], take_over, &[], call, &[]);
            g.b.switch_to_block(take_over);
            g.frame_entry(params[1], params[2]);
            g.b.switch_to_block(call);
            // Parameters arrive as owned words; every other register starts unbound.
            let npos = f.params.npos;
            for r in 0..f.nregs {
                let v = if r < npos {
                    g.b.ins().load(types::I64, g.mem, params[1], (r * 8) as i32)
                } else {
                    g.iconst(UNBOUND)
                };
                g.store_raw(r, v);
            }
            // Closure cells, as the interpreter's `init_cells` makes them: own cells (holding
            // their parameter's value, if any), then the function's free variables.
            for (cell, init) in &f.cells {
                let iv = match init {
                    Some(p) => g.load_reg(*p),
                    None => g.iconst(UNBOUND),
                };
                let ctx = g.ctx;
                let c = g.call(Helper::NewCell, &[ctx, iv]).expect("new_cell returns");
                g.store_raw(*cell, c);
            }
            for (i, r) in f.freevars.iter().enumerate() {
                let (ctx, iv) = (g.ctx, g.iconst(i as i64));
                let c = g.call(Helper::FreeVar, &[ctx, iv]).expect("free_var returns");
                g.store_raw(*r, c);
            }
            let b0 = g.edge(None, 0);
            g.b.ins().jump(b0, &[]);
            g.exits();
        } else {
            // Enter at the block the interpreter is at, through a check of what the code
            // assumes there (see `facts`).
            // A block inside a region other than its header is left to the interpreter
            // (which enters again at the next block): a way in loads the region's registers.
            // (Except where the interpreter hands over inside a loop as a matter of course: a
            // generator resuming after a `yield`, a handler after an exception.)
            let mut handed_over = vec![false; f.blocks.len()];
            for b in &f.blocks {
                if let Terminator::Yield { resume, .. } = b.term {
                    handed_over[resume as usize] = true;
                }
                if let Some(h) = b.handler {
                    handed_over[h as usize] = true;
                }
            }
            let inner: Vec<bool> = (0..f.blocks.len() as u32).map(|bi| !handed_over[bi as usize] && g.regions.of(bi).is_some_and(|id| g.regions.headers[id as usize] != bi)).collect();
            let outside: Vec<bool> = g.outside.iter().map(|&o| o != Outside::No).collect();
            let unchecked: Vec<Vec<bool>> = plain.iter().zip(&g.heap_in).map(|(p, h)| p.iter().zip(h).map(|(&p, &h)| p && !h).collect()).collect();
            let checked: Vec<(u32, Block)> = (0..f.blocks.len() as u32)
                .filter(|&bi| !inner[bi as usize] && !outside[bi as usize] && (g.facts_in[bi as usize].iter().any(|&k| k != 0) || unchecked[bi as usize].iter().any(|&u| u)))
                .map(|bi| (bi, g.b.create_block()))
                .collect();
            let mut sw = Switch::new();
            let mut interpret = Vec::new();
            for i in 0..f.blocks.len() as u32 {
                let entry = match checked.iter().find(|(bi, _)| *bi == i) {
                    Some((_, c)) => *c,
                    // (Such a block only hands the frame back, see `block`.)
                    None if outside[i as usize] => g.blocks[i as usize],
                    None if inner[i as usize] => {
                        let b = g.b.create_block();
                        interpret.push((i, b));
                        b
                    }
                    None => g.edge(None, i),
                };
                sw.set_entry(u128::from(i), entry);
            }
            let bad = g.b.create_block();
            sw.emit(&mut g.b, params[2], bad);
            g.b.switch_to_block(bad);
            let w = g.b.ins().iconst(types::I64, exit::pack(exit::RESUME, 0, 0) as i64);
            g.b.ins().return_(&[w]);
            let live = molt_vm::cfg::live_in(f);
            for (bi, c) in checked {
                g.b.switch_to_block(c);
                g.check_entry_facts(bi, &unchecked[bi as usize], &live[bi as usize]);
            }
            for (bi, b) in interpret {
                g.b.switch_to_block(b);
                let w = g.iconst(exit::pack(exit::RESUME, bi, 0) as i64);
                g.b.ins().return_(&[w]);
            }
        }
        for bi in 0..f.blocks.len() {
            g.block(bi as u32);
        }
        g.enter_region(None);
        g.region_stubs();
        let live_in = molt_vm::cfg::live_in(f);
        for (blk, bi, ii, reason, known) in std::mem::take(&mut g.deopts) {
            g.b.switch_to_block(blk);
            let live = molt_vm::cfg::live_before(f, &live_in, bi as usize, ii as usize);
            g.deopt(bi, ii, reason, &known, &live);
        }
        g.b.seal_all_blocks();
        g.b.finalize(module.target_config());
    }
    let registers = match (direct, f.nregs as usize * instr_count(f) <= VAR_BUDGET) {
        (true, true) => "variables",
        (true, false) => "stack slot",
        (false, _) => "frame",
    };
    let cranelift_started = std::time::Instant::now();
    // A developer's aid: MOLT_JIT_DISASM=<function name> prints the machine code of that
    // IR function's compiled forms to stderr.
    let disasm = std::env::var("MOLT_JIT_DISASM").is_ok_and(|want| want == f.name);
    ctx.set_disasm(disasm);
    // With MOLT_JIT_CLIF=1 too, the Cranelift IR before optimization.
    if disasm && std::env::var_os("MOLT_JIT_CLIF").is_some() {
        eprintln!("{}", ctx.func.display());
    }
    module.define_function(id, ctx).map_err(|e| format!("{e:?}"))?;
    // A developer's aid: MOLT_JIT_TIMES=1 prints each compiled form's Cranelift time and size.
    if std::env::var_os("MOLT_JIT_TIMES").is_some() {
        eprintln!("{name} ({}, {} registers in {registers}): {:?} in Cranelift, {} instructions in {} blocks", f.qualname, f.nregs, cranelift_started.elapsed(), ctx.func.dfg.num_insts(), ctx.func.dfg.num_blocks());
    }
    if let Some(code) = ctx.compiled_code().filter(|_| disasm) {
        // The bytes go beside the listing, for `objdump -b binary -m i386:x86-64 -D` with
        // `--adjust-vma` set to the address the perf map gives, to read profiles against.
        let path = std::env::temp_dir().join(format!("{name}.bin"));
        let _ = std::fs::write(&path, code.code_buffer());
        eprintln!("; {name} ({})\n{}", path.display(), code.vcode.as_deref().unwrap_or(""));
    }
    module.clear_context(ctx);
    Ok(id)
}

impl<'a> Gen<'a, '_> {
    fn helper(&self, h: Helper) -> FuncRef {
        self.helpers.iter().find(|(x, _)| *x == h).map(|(_, r)| *r).expect("every helper is imported")
    }

    fn call(&mut self, h: Helper, args: &[Value]) -> Option<Value> {
        let r = self.helper(h);
        let inst = self.b.ins().call(r, args);
        self.forget_globals();
        self.b.inst_results(inst).first().copied()
    }

    fn iconst(&mut self, v: i64) -> Value {
        self.b.ins().iconst(types::I64, v)
    }

    fn load_reg(&mut self, r: Reg) -> Value {
        if !self.vars.is_empty() {
            return self.b.use_var(self.vars[r as usize]);
        }
        if self.promoted[r as usize] {
            return self.b.use_var(self.region_vars[r as usize]);
        }
        self.b.ins().load(types::I64, self.mem, self.regs, (r * 8) as i32)
    }

    fn store_raw(&mut self, r: Reg, v: Value) {
        if !self.vars.is_empty() {
            return self.b.def_var(self.vars[r as usize], v);
        }
        self.b.ins().store(self.mem, v, self.regs, (r * 8) as i32);
        if self.promoted[r as usize] {
            self.b.def_var(self.region_vars[r as usize], v);
        }
    }

    /// Compiles what follows as part of region `region` (`None`: outside every region).
    fn enter_region(&mut self, region: Option<u32>) {
        for &r in &self.promoted_regs {
            self.promoted[r as usize] = false;
        }
        self.promoted_regs = region.map_or_else(Vec::new, |id| self.regions.regs[id as usize].clone());
        for &r in &self.promoted_regs {
            self.promoted[r as usize] = true;
        }
        for &n in &self.cached_global_names {
            self.cached_globals[n as usize] = false;
        }
        self.cached_global_names = region.map_or_else(Vec::new, |id| self.regions.globals[id as usize].clone());
        for &n in &self.cached_global_names {
            self.cached_globals[n as usize] = true;
        }
    }

    /// In a region: the address of global `name`'s entry in the globals dict, from its
    /// variable when known, else the one `vouch` finds through a site (which jumps away
    /// when it cannot), then remembered until the next call out.
    fn remembered_global(&mut self, name: u32, vouch: impl FnOnce(&mut Self) -> Value) -> Value {
        let var = self.global_vars[name as usize];
        let known = self.b.use_var(var);
        let (check, hit) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(hit, types::I64);
        self.b.ins().brif(known, hit, &[known.into()], check, &[]);
        self.b.switch_to_block(check);
        // Only the first access after a call out checks: that code goes out of line.
        let first = self.b.func.dfg.num_blocks();
        let p = vouch(self);
        self.b.def_var(var, p);
        self.b.ins().jump(hit, &[p.into()]);
        self.cold_since(first);
        self.b.set_cold_block(check);
        self.b.switch_to_block(hit);
        self.b.block_params(hit)[0]
    }

    /// Starts filling `slow`, the out-of-line path of an instruction: it and the blocks
    /// made until `cold_since(first)` (with the answer) are placed after all the others.
    fn begin_slow(&mut self, slow: Block) -> usize {
        let first = self.b.func.dfg.num_blocks();
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        first
    }

    /// Marks the blocks made since the function had `first` blocks as cold: the code
    /// emitter places them after all the others.
    fn cold_since(&mut self, first: usize) {
        for i in first..self.b.func.dfg.num_blocks() {
            self.b.set_cold_block(Block::from_u32(i as u32));
        }
    }

    /// After a call out of compiled code (which may have changed the globals dict's layout):
    /// the region's global entry addresses are unknown again.
    fn forget_globals(&mut self) {
        for i in 0..self.cached_global_names.len() {
            let var = self.global_vars[self.cached_global_names[i] as usize];
            let zero = self.iconst(0);
            self.b.def_var(var, zero);
        }
    }

    /// The block to jump to from IR block `from` (`None`: from an entry) to IR block `to`:
    /// `to` itself, or a stub loading the promoted registers when the jump enters a region.
    fn edge(&mut self, from: Option<u32>, to: u32) -> Block {
        let target = self.regions.of(to);
        let Some(region) = target.filter(|_| from.and_then(|b| self.regions.of(b)) != target) else {
            return self.blocks[to as usize];
        };
        if let Some((stub, ..)) = self.stubs.iter().find(|s| (s.1, s.2) == (region, to)) {
            return *stub;
        }
        let stub = self.b.create_block();
        self.stubs.push((stub, region, to));
        stub
    }

    /// Loads promoted register `r` from memory into its variable.
    fn reload(&mut self, r: Reg) {
        let v = self.b.ins().load(types::I64, self.mem, self.regs, (r * 8) as i32);
        self.b.def_var(self.region_vars[r as usize], v);
    }

    /// After the interpreter ran instruction (bi, ii) on the frame (`Step`, or `Call` whose
    /// arguments it may take out of dying registers): reloads the promoted registers it
    /// wrote or killed.
    fn reload_after(&mut self, bi: u32, ii: u32) {
        if !self.vars.is_empty() || self.promoted_regs.is_empty() {
            return;
        }
        let ins = &self.f.blocks[bi as usize].instrs[ii as usize];
        for r in molt_vm::cfg::op_reads_writes(&ins.op).1.into_iter().chain(self.f.kills(ins.kills).iter().copied()) {
            if self.promoted[r as usize] {
                self.reload(r);
            }
        }
    }

    /// The ways into regions `edge` handed out.
    fn region_stubs(&mut self) {
        for (stub, region, to) in std::mem::take(&mut self.stubs) {
            self.b.switch_to_block(stub);
            self.enter_region(Some(region));
            for i in 0..self.promoted_regs.len() {
                self.reload(self.promoted_regs[i]);
            }
            self.forget_globals();
            let t = self.blocks[to as usize];
            self.b.ins().jump(t, &[]);
        }
        self.enter_region(None);
    }

    /// Direct code's shared exception exit, `unwind(line, n)`: records the exception's
    /// traceback entry, releases the `n` words the raising site stored in the scratch area
    /// (registers in variables) or every register (registers in memory), and answers ERR.
    fn exits(&mut self) {
        let unwind = self.unwind;
        self.b.append_block_param(unwind, types::I64);
        self.b.append_block_param(unwind, types::I64);
        self.b.switch_to_block(unwind);
        let (line, n) = (self.b.block_params(unwind)[0], self.b.block_params(unwind)[1]);
        let ctx = self.ctx;
        let words = self.b.ins().stack_addr(types::I64, self.scratch, 0);
        self.call(Helper::Unwind, &[ctx, line, words, n]);
        if self.vars.is_empty() {
            // (One call, not a release per register: a function whose registers are in
            // memory has many.)
            let (regs, n) = (self.regs, self.iconst(i64::from(self.f.nregs)));
            self.call(Helper::ReleaseWords, &[regs, n]);
        }
        let e = self.iconst(ERR as i64);
        self.b.ins().return_(&[e]);
    }

    /// Direct code with registers in variables: the registers that may hold a heap reference
    /// before instruction (bi, ii) (`heap_before`), less those known to hold numbers.
    fn heap_regs(&self, bi: u32, ii: u32, known: &[Fact]) -> Vec<bool> {
        let mut held = heap_before(self.f, &self.heap_in[bi as usize], bi, ii as usize);
        for (r, h) in held.iter_mut().enumerate() {
            *h &= known[r] == 0;
        }
        held
    }

    /// Direct code with registers in variables: the address of the registers marked in
    /// `keep` spilled to the scratch area as `runtime::spilled_registers` reads them (a bit
    /// mask of the kept registers, then their words in register order; the others are unbound).
    fn spill_registers(&mut self, keep: &[bool]) -> Value {
        let masks = (self.f.nregs as usize).div_ceil(64);
        for m in 0..masks {
            let bits = (0..64).filter(|i| keep.get(m * 64 + i).copied().unwrap_or(false)).fold(0u64, |acc, i| acc | 1 << i);
            let w = self.iconst(bits as i64);
            self.b.ins().stack_store(types::I64, w, self.scratch, (m * 8) as i32);
        }
        for (at, r) in (masks..).zip((0..self.f.nregs).filter(|r| keep[*r as usize])) {
            let v = self.load_reg(r);
            self.b.ins().stack_store(types::I64, v, self.scratch, (at * 8) as i32);
        }
        self.b.ins().stack_addr(types::I64, self.scratch, 0)
    }

    fn line_of(&self, bi: u32, idx: u32) -> u32 {
        let blk = &self.f.blocks[bi as usize];
        blk.instrs.get(idx as usize).map(|i| i.line).unwrap_or(blk.term_line)
    }

    /// Leaves because instruction (bi, idx) raised (the exception is in the context).
    fn exit_error(&mut self, bi: u32, idx: u32) {
        if self.direct {
            // With registers in variables, the registers that may hold a heap reference go to
            // the scratch area for the shared exit to release: only those stay live up to
            // here (not every register wherever an instruction can raise). What this
            // instruction writes may already hold something else.
            let mut n = 0;
            if !self.vars.is_empty() {
                let blk = &self.f.blocks[bi as usize];
                let writes = match blk.instrs.get(idx as usize) {
                    Some(ins) => molt_vm::cfg::op_reads_writes(&ins.op).1,
                    None => molt_vm::cfg::term_writes(&blk.term),
                };
                let known = self.known.clone();
                let mut held = self.heap_regs(bi, idx, &known);
                for w in writes {
                    held[w as usize] = true;
                }
                for r in (0..self.f.nregs).filter(|r| held[*r as usize]) {
                    let v = self.load_reg(r);
                    self.b.ins().stack_store(types::I64, v, self.scratch, n * 8);
                    n += 1;
                }
            }
            let line = self.iconst(i64::from(self.line_of(bi, idx)));
            let n = self.iconst(i64::from(n));
            let unwind = self.unwind;
            self.b.ins().jump(unwind, &[line.into(), n.into()]);
        } else {
            self.exit(exit::ERROR, bi, idx);
        }
    }

    /// Raises the error for the first unbound value among `operands` (in evaluation order),
    /// or, with a frame, lets the interpreter run the instruction and raise it.
    fn unbound_path(&mut self, bi: u32, ii: u32, operands: &[(Reg, Value)]) {
        if !self.direct {
            return self.generic(bi, ii);
        }
        for &(r, v) in operands {
            let is_unbound = self.b.ins().icmp_imm_s(IntCC::Equal, v, UNBOUND);
            let raise = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(is_unbound, raise, &[], next, &[]);
            self.b.switch_to_block(raise);
            let (ctx, rv) = (self.ctx, self.iconst(i64::from(r)));
            self.call(Helper::Unbound, &[ctx, rv]);
            self.exit_error(bi, ii);
            self.b.switch_to_block(next);
        }
        // Unreachable: one operand was unbound.
        self.exit_error(bi, ii);
        let after = self.b.create_block();
        self.b.switch_to_block(after);
    }

    /// Continues when no operand is unbound; otherwise raises (see `unbound_path`) and
    /// continues at `done` (the frame path may have run the instruction instead).
    fn guard_bound(&mut self, bi: u32, ii: u32, operands: &[(Reg, Value)], done: Block) {
        if operands.is_empty() {
            return;
        }
        let mut any = None;
        for &(_, v) in operands {
            let u = self.b.ins().icmp_imm_s(IntCC::Equal, v, UNBOUND);
            any = Some(match any {
                None => u,
                Some(a) => self.b.ins().bor(a, u),
            });
        }
        let slow = self.b.create_block();
        let fast = self.b.create_block();
        self.b.ins().brif(any.expect("operands"), slow, &[], fast, &[]);
        self.b.switch_to_block(slow);
        self.unbound_path(bi, ii, operands);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(fast);
    }

    /// The address of the scratch area after storing `vals` in it.
    fn scratch_words(&mut self, vals: &[Value]) -> Value {
        for (i, &v) in vals.iter().enumerate() {
            self.b.ins().stack_store(types::I64, v, self.scratch, (i * 8) as i32);
        }
        self.b.ins().stack_addr(types::I64, self.scratch, 0)
    }

    fn tag(&mut self, v: Value) -> Value {
        self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64)
    }

    fn is_tag(&mut self, v: Value, tag: u64) -> Value {
        let t = self.tag(v);
        self.b.ins().icmp_imm_s(IntCC::Equal, t, tag as i64)
    }

    /// The word `v` is when it is a constant (as an unbound register's initial value).
    fn const_word(&self, v: Value) -> Option<u64> {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        let dfg = &self.b.func.dfg;
        let ValueDef::Result(inst, 0) = dfg.value_def(dfg.resolve_aliases(v)) else { return None };
        match dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => Some(imm.bits() as u64),
            _ => None,
        }
    }

    /// Per register: whether the facts say it holds a small int or a float (what an inlined
    /// body's arguments must be).
    fn small_numbers(&self, regs: &[Reg]) -> Vec<bool> {
        regs.iter()
            .map(|r| {
                let k = self.known[*r as usize];
                k != 0 && k & !(kind::INT | kind::FLOAT) == 0
            })
            .collect()
    }

    /// `k` when `v` is the constant small int 2**k.
    fn power_of_two(&self, v: Value) -> Option<u32> {
        let w = self.const_word(v).filter(|w| w >> TAG_SHIFT == TAG_INT)?;
        let p = w & PAYLOAD_MASK;
        // (A payload with its top bit set is a negative int.)
        (p.is_power_of_two() && p < 1 << (TAG_SHIFT - 1)).then(|| p.trailing_zeros())
    }

    /// Whether `v` is a constant word of no heap reference.
    fn no_reference(&self, v: Value) -> bool {
        self.const_word(v).is_some_and(|w| w >> TAG_SHIFT != TAG_PTR)
    }

    /// Releases `v` when it is a heap reference.
    fn release(&mut self, v: Value) {
        if self.no_reference(v) {
            return;
        }
        let heap = self.is_tag(v, TAG_PTR);
        let rel = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(heap, rel, &[], done, &[]);
        self.b.set_cold_block(rel);
        self.b.switch_to_block(rel);
        self.call(Helper::Decref, &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
    }

    /// Takes a new reference for `v` when it is a heap reference (count at offset 0).
    fn incref(&mut self, v: Value) {
        if self.no_reference(v) {
            return;
        }
        let heap = self.is_tag(v, TAG_PTR);
        let inc = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(heap, inc, &[], done, &[]);
        self.b.switch_to_block(inc);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let c = self.b.ins().load(types::I64, self.mem, p, 0);
        let c1 = self.b.ins().iadd_imm_s(c, 1);
        self.b.ins().store(self.mem, c1, p, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
    }

    /// Stores an owned value into a register, releasing what it held (unless that is known
    /// to be no heap reference).
    fn store_reg(&mut self, r: Reg, v: Value) {
        if let Some(h) = self.held.as_mut() {
            // A second store into the register within the instruction releases the first.
            if !std::mem::replace(&mut h[r as usize], true) {
                return self.store_raw(r, v);
            }
        }
        if self.known[r as usize] != 0 {
            return self.store_raw(r, v);
        }
        // (A promoted register's old value comes from memory, which holds it too: its
        // variable then need not stay live from one write to the next.)
        let old = if self.vars.is_empty() { self.b.ins().load(types::I64, self.mem, self.regs, (r * 8) as i32) } else { self.load_reg(r) };
        self.store_raw(r, v);
        self.release(old);
    }

    /// Releases the instruction's dying temporaries, except those the fast path proved hold
    /// no heap reference.
    fn kills(&mut self, kills: &[Reg], known_unboxed: &[Reg]) {
        for &r in kills {
            if self.unbind_only == Some(r) {
                let u = self.iconst(UNBOUND);
                self.store_raw(r, u);
                continue;
            }
            if known_unboxed.contains(&r) || self.known[r as usize] != 0 || self.held.as_ref().is_some_and(|h| !h[r as usize]) {
                continue;
            }
            let v = self.load_reg(r);
            let heap = self.is_tag(v, TAG_PTR);
            let rel = self.b.create_block();
            let done = self.b.create_block();
            self.b.ins().brif(heap, rel, &[], done, &[]);
            self.b.switch_to_block(rel);
            let u = self.iconst(UNBOUND);
            self.store_raw(r, u);
            // The count drops in place unless this is the last reference (the helper frees).
            let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
            let c = self.b.ins().load(types::I64, self.mem, p, 0);
            let last = self.b.ins().icmp_imm_s(IntCC::Equal, c, 1);
            let free = self.b.create_block();
            let keep = self.b.create_block();
            self.b.ins().brif(last, free, &[], keep, &[]);
            self.b.switch_to_block(keep);
            let c1 = self.b.ins().iadd_imm_s(c, -1);
            self.b.ins().store(self.mem, c1, p, 0);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(free);
            self.call(Helper::Decref, &[v]);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(done);
            self.b.seal_block(done);
        }
    }

    fn exit(&mut self, kind: u64, block: u32, idx: u32) {
        let w = self.iconst(exit::pack(kind, block, idx) as i64);
        if let Some(leave) = self.leave {
            self.b.ins().jump(leave, &[w.into()]);
            return;
        }
        let leave = self.b.create_block();
        self.leave = Some(leave);
        self.b.ins().jump(leave, &[w.into()]);
        self.b.append_block_param(leave, types::I64);
        self.b.switch_to_block(leave);
        let w = self.b.block_params(leave)[0];
        self.b.ins().return_(&[w]);
    }

    /// Executes instruction `idx` through the interpreter, leaving on an exception.
    fn generic(&mut self, block: u32, idx: u32) {
        assert!(!self.direct, "direct code runs no instruction through the interpreter");
        let (bv, iv) = (self.iconst(i64::from(block)), self.iconst(i64::from(idx)));
        let ctx = self.ctx;
        let r = self.call(Helper::Step, &[ctx, bv, iv]).expect("step returns");
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(r, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.exit_error(block, idx);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
        self.reload_after(block, idx);
    }

    fn count(&mut self, n: usize) {
        if !self.layout.count || n == 0 {
            return;
        }
        let off = self.layout.instrs_offset;
        let c = self.b.ins().load(types::I64, self.mem, self.ctx, off);
        let c1 = self.b.ins().iadd_imm_s(c, n as i64);
        self.b.ins().store(self.mem, c1, self.ctx, off);
    }

    fn block(&mut self, bi: u32) {
        let blk = self.blocks[bi as usize];
        self.b.switch_to_block(blk);
        match self.outside[bi as usize] {
            Outside::No => self.enter_region(self.regions.of(bi)),
            Outside::HandBack => {
                self.enter_region(None);
                return self.exit(exit::RESUME, bi, 0);
            }
            Outside::Leave => {
                self.enter_region(None);
                self.known = self.facts_in[bi as usize].clone();
                let out = self.deopt_block(bi, 0, molt_vm::code::DEOPT_LEFT_NEST);
                self.b.ins().jump(out, &[]);
                return;
            }
        }
        let f = self.f;
        let block = &f.blocks[bi as usize];
        // Code that never ran is left to the interpreter (the code is thrown away there and
        // recompiled later, see `facts::Speculation`).
        let cold = crate::facts::first_cold(f, self.feedback, self.spec, bi as usize);
        self.count(cold.unwrap_or(block.instrs.len() + 1));
        // A block ending `rX = compare ...; branch rX` branches straight from the
        // comparison's inline paths (it still stores rX); the branch below then only serves
        // the generic path. Not while counting branches for a profile.
        let fuse = match (block.instrs.last(), &block.term) {
            (Some(Instr { op: Op::Compare { dst, .. }, .. }), Terminator::Branch { cond, then, els, .. })
                if dst == cond && self.branch_counts.is_none() =>
            {
                Some((self.edge(Some(bi), *then), self.edge(Some(bi), *els)))
            }
            _ => None,
        };
        self.known = self.facts_in[bi as usize].clone();
        self.held = Some(self.heap_in[bi as usize].clone());
        let end = cold.unwrap_or(block.instrs.len());
        let mut ii = 0;
        while ii < end {
            let n = int_chain_len(f, self.feedback, &self.reads, bi, ii);
            if n >= 2 && ii + n <= end {
                // (A chain never ends in the comparison a fused branch needs.)
                self.int_chain(bi, ii, n);
                ii += n;
                continue;
            }
            self.fuse = if ii + 1 == block.instrs.len() { fuse } else { None };
            self.plain_instr(bi, ii);
            self.fuse = None;
            ii += 1;
        }
        if let Some(c) = cold {
            let out = self.deopt_block(bi, c as u32, molt_vm::code::DEOPT_COLD);
            self.b.ins().jump(out, &[]);
            return;
        }
        let n = block.instrs.len() as u32;
        match &block.term {
            Terminator::Jump(t) => {
                let t = self.edge(Some(bi), *t);
                self.b.ins().jump(t, &[]);
            }
            Terminator::Branch { cond, then, els, slot } => {
                let (mut then, mut els) = (self.edge(Some(bi), *then), self.edge(Some(bi), *els));
                if let Some(base) = self.branch_counts {
                    // Count each way on its own edge.
                    let here = self.b.current_block().expect("a block is being filled");
                    let addr = base + 16 * u64::from(*slot);
                    then = self.counting_edge(addr, then);
                    els = self.counting_edge(addr + 8, els);
                    self.b.switch_to_block(here);
                }
                let c = self.load_reg(*cond);
                match self.known[*cond as usize] {
                    kind::BOOL => {
                        let bit = self.b.ins().band_imm_s(c, 1);
                        self.b.ins().brif(bit, then, &[], els, &[]);
                        return;
                    }
                    // An int is true when its payload is nonzero, a float when it is not
                    // zero (NaN is true).
                    kind::INT => {
                        let payload = self.b.ins().band_imm_s(c, PAYLOAD_MASK as i64);
                        self.b.ins().brif(payload, then, &[], els, &[]);
                        return;
                    }
                    kind::FLOAT => {
                        let x = self.b.ins().bitcast(types::F64, MemFlagsData::new(), c);
                        let zero = self.b.ins().f64const(0.0);
                        let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, x, zero);
                        self.b.ins().brif(nonzero, then, &[], els, &[]);
                        return;
                    }
                    _ => {}
                }
                let is_bool = self.is_tag(c, TAG_BOOL);
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                self.b.ins().brif(is_bool, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let bit = self.b.ins().band_imm_s(c, 1);
                self.b.ins().brif(bit, then, &[], els, &[]);
                // An int is true when its payload is nonzero.
                self.b.switch_to_block(slow);
                let is_int = self.is_tag(c, TAG_INT);
                let int = self.b.create_block();
                let other = self.b.create_block();
                self.b.ins().brif(is_int, int, &[], other, &[]);
                self.b.switch_to_block(int);
                let payload = self.b.ins().band_imm_s(c, PAYLOAD_MASK as i64);
                self.b.ins().brif(payload, then, &[], els, &[]);
                self.b.switch_to_block(other);
                let ctx = self.ctx;
                let r = self.call(Helper::Truthy, &[ctx, c]).expect("truthy returns");
                self.dispatch3(r, els, then, bi, n);
            }
            Terminator::ForIter { iter, dst, body, exit: done, slot } => {
                let body_bi = *body;
                let (body, done) = (self.edge(Some(bi), *body), self.edge(Some(bi), *done));
                let items = crate::facts::for_iter_kinds(self.feedback_of(*slot), self.speculate);
                let it = self.load_reg(*iter);
                if let Some(l) = self.layout.obj {
                    // Range and list/tuple iterators with a next value advance inline; the
                    // end of a loop and every other iterator take the helper.
                    let slow = self.b.create_block();
                    let dst = *dst;
                    let held = self.held.clone();
                    self.iter_next_inline(it, &l, slow, |g, v, int| {
                        // (Each way stores into `dst` once, from the state before.)
                        g.held.clone_from(&held);
                        g.store_reg(dst, v);
                        // (A range's item is a small int: the kinds check is needed only
                        // when the body assumes no ints.)
                        let check = if int && items & kind::INT != 0 { 0 } else { items };
                        g.enter_loop_body(v, dst, check, body, body_bi);
                    });
                    self.held = held;
                    self.b.switch_to_block(slow);
                }
                let ctx = self.ctx;
                let r = self.call_checked(Helper::ForIter, &[ctx, it], bi, n);
                let got = self.b.create_block();
                let exhausted = self.b.ins().icmp_imm_s(IntCC::Equal, r, DONE as i64);
                self.b.ins().brif(exhausted, done, &[], got, &[]);
                self.b.switch_to_block(got);
                self.store_reg(*dst, r);
                self.enter_loop_body(r, *dst, items, body, body_bi);
            }
            Terminator::Return(r) if self.direct => {
                // The returned reference moves out of its register; the registers that may
                // still hold references here are released, right here, so the return path
                // does not test every register of the function.
                let v = self.load_reg(*r);
                let held = self.held.clone().expect("direct code tracks the registers holding references");
                for reg in (0..self.f.nregs).filter(|x| x != r && held[*x as usize]) {
                    let w = self.load_reg(reg);
                    self.release(w);
                }
                self.b.ins().return_(&[v]);
            }
            Terminator::Return(_) => self.exit(exit::RETURN, bi, n),
            Terminator::Raise { exc, cause } if self.direct => {
                let e = match exc {
                    Some(r) => self.load_reg(*r),
                    None => self.iconst(UNBOUND),
                };
                let c = match cause {
                    Some(r) => self.load_reg(*r),
                    None => self.iconst(UNBOUND),
                };
                let ctx = self.ctx;
                self.call(Helper::Raise, &[ctx, e, c]);
                self.exit_error(bi, n);
            }
            Terminator::Unreachable if self.direct => {
                let (ctx, r) = (self.ctx, self.iconst(i64::from(u32::MAX)));
                self.call(Helper::Unbound, &[ctx, r]);
                self.exit_error(bi, n);
            }
            // Raising, re-raising and suspending are the interpreter's business.
            Terminator::Raise { .. } | Terminator::Reraise(_) | Terminator::Yield { .. } | Terminator::Unreachable => {
                self.exit(exit::RESUME, bi, n)
            }
        }
    }

    /// Compiles instruction `ii` of block `bi` and moves the facts past it.
    fn plain_instr(&mut self, bi: u32, ii: usize) {
        let f = self.f;
        let ins = &f.blocks[bi as usize].instrs[ii];
        let kills = f.kills(ins.kills);
        let mut after = self.known.clone();
        crate::facts::transfer(f, self.feedback, self.speculate, ins, &mut after);
        // (`instr` sees the registers holding references before `ins`.)
        let held_after = self.held.clone().map(|mut h| {
            heap_step(f, &mut h, Some(&after), ins);
            h
        });
        self.instr(bi, ii as u32, ins, kills);
        // A global loaded without a reference is for the next instruction only, which takes it.
        if !matches!(ins.op, Op::LoadGlobal { .. }) {
            debug_assert!(self.borrowed.is_none(), "a borrowed global outlived its call");
            self.borrowed = None;
        }
        self.known = after;
        self.held = held_after;
        if let Some((r, fact)) = self.proven.take() {
            self.known[r as usize] = fact;
            if let Some(h) = self.held.as_mut() {
                h[r as usize] = false;
            }
        }
    }

    /// Whether the value global load (bi, ii) puts in `dst` goes, as its next use, to an
    /// instruction of the same block that deoptimizes unless it is a small int (an
    /// arithmetic instruction or comparison whose plan has small ints only, with the value
    /// known to be one).
    fn feeds_small_ints(&self, bi: u32, ii: u32, dst: Reg) -> bool {
        if !self.speculate || self.bail.is_some() {
            return false;
        }
        let f = self.f;
        let instrs = &f.blocks[bi as usize].instrs[ii as usize..];
        let mut facts = self.known.clone();
        // (The reader's plan as it would be without this: its feedback must have seen small
        // ints only, or the facts of its operands say so.)
        crate::facts::transfer(f, self.feedback, self.speculate, &instrs[0], &mut facts);
        for ins in &instrs[1..] {
            let (reads, writes) = molt_vm::cfg::op_reads_writes(&ins.op);
            if reads.contains(&dst) {
                let plan = match &ins.op {
                    Op::Binary { op, a, b, slot, .. } | Op::Inplace { op, a, b, slot, .. } => {
                        crate::facts::binary_plan(*op, self.feedback_of(*slot), facts[*a as usize], facts[*b as usize])
                    }
                    Op::Compare { a, b, slot, .. } => crate::facts::compare_plan(self.feedback_of(*slot), facts[*a as usize], facts[*b as usize]),
                    _ => None,
                };
                return plan.is_some_and(|p| p.ints && !p.floats);
            }
            if writes.contains(&dst) {
                return false;
            }
            crate::facts::transfer(f, self.feedback, self.speculate, ins, &mut facts);
        }
        false
    }

    /// Instructions `ii..ii + n` of block `bi`, an `int_chain_len` chain: while every
    /// operand is a small int and no intermediate result leaves 64 bits, computed on
    /// machine integers with only the last result boxed (intermediate results beyond small
    /// ints would otherwise be heap ints made and dropped at once, as in
    /// `(x * 1103515245 + 12345) & 0x7FFFFFFF`); otherwise the instructions one by one.
    /// The chain has no effect before its last store, so starting over is exact.
    fn int_chain(&mut self, bi: u32, ii: usize, n: usize) {
        let f = self.f;
        let instrs = &f.blocks[bi as usize].instrs[ii..ii + n];
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let before = self.known.clone();
        let held_before = self.held.clone();
        let mut after = before.clone();
        for ins in instrs {
            crate::facts::transfer(f, self.feedback, self.speculate, ins, &mut after);
        }
        let mut raw: Option<(Reg, Value)> = None;
        let mut last = None;
        let mut loaded: Vec<Reg> = Vec::new();
        for (k, ins) in instrs.iter().enumerate() {
            if let Op::LoadConst { dst, .. } = &ins.op {
                self.instr(bi, (ii + k) as u32, ins, f.kills(ins.kills));
                loaded.push(*dst);
                continue;
            }
            let (Op::Binary { dst, op, a, b, .. } | Op::Inplace { dst, op, a, b, .. }) = &ins.op else { unreachable!("chains are arithmetic") };
            let operand = |g: &mut Self, r: Reg| match raw {
                Some((t, v)) if t == r => v,
                _ => {
                    let w = g.load_reg(r);
                    if before[r as usize] != kind::INT && !loaded.contains(&r) {
                        let ok = g.b.create_block();
                        let int = g.is_tag(w, TAG_INT);
                        g.b.ins().brif(int, ok, &[], slow, &[]);
                        g.b.switch_to_block(ok);
                        g.b.seal_block(ok);
                    }
                    g.unbox_int(w)
                }
            };
            let x = operand(self, *a);
            let y = operand(self, *b);
            let r = self.raw_int_op(*op, x, y, slow);
            raw = Some((*dst, r));
            last = Some(*dst);
        }
        let (dst, r) = (last.expect("a chain has instructions"), raw.expect("a chain computes").1);
        // The result: a small int, else (unless the facts promise a small int) a heap int.
        let (big, store) = (self.b.create_block(), self.b.create_block());
        let word = self.b.append_block_param(store, types::I64);
        let w = self.box_int(r, big);
        self.b.ins().jump(store, &[w.into()]);
        self.b.switch_to_block(big);
        if after[dst as usize] != 0 {
            self.b.ins().jump(slow, &[]);
        } else {
            let w = self.call(Helper::IntFromI64, &[r]).expect("int_from_i64 returns");
            self.b.ins().jump(store, &[w.into()]);
        }
        self.b.switch_to_block(store);
        // The intermediate registers are dead after the chain (nothing else reads them): they
        // are left unbound, releasing what they held as the instructions' stores would.
        for ins in instrs {
            if let Op::Binary { dst: t, .. } | Op::Inplace { dst: t, .. } = &ins.op {
                if *t != dst {
                    let u = self.iconst(UNBOUND);
                    self.store_reg(*t, u);
                }
            }
        }
        let kills: Vec<Reg> = instrs.iter().flat_map(|ins| f.kills(ins.kills).iter().copied()).filter(|k| *k != dst).collect();
        self.store_reg(dst, word);
        self.kills(&kills, &[]);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        self.known = before;
        // (The instructions one by one leave `held` as past the chain.)
        self.held = held_before;
        for k in 0..n {
            self.plain_instr(bi, ii + k);
        }
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        self.known = after;
    }

    /// `x op y` on machine integers (any 64-bit values) as Python computes it on ints, for
    /// the operators `int_chain_len` admits; results outside 64 bits, zero or negative
    /// divisors and negative shift counts go to `fail`.
    fn raw_int_op(&mut self, op: BinOp, x: Value, y: Value, fail: Block) -> Value {
        let checked = |g: &mut Self, (r, of): (Value, Value)| {
            let ok = g.b.create_block();
            g.b.ins().brif(of, fail, &[], ok, &[]);
            g.b.switch_to_block(ok);
            g.b.seal_block(ok);
            r
        };
        match op {
            BinOp::Add => {
                let pair = self.b.ins().sadd_overflow(x, y);
                checked(self, pair)
            }
            BinOp::Sub => {
                let pair = self.b.ins().ssub_overflow(x, y);
                checked(self, pair)
            }
            BinOp::Mul => {
                let pair = self.b.ins().smul_overflow(x, y);
                checked(self, pair)
            }
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => self.b.ins().bxor(x, y),
            BinOp::FloorDiv | BinOp::Mod | BinOp::RShift | BinOp::LShift => self.int_div_or_shift(op, x, y, fail, true),
            _ => unreachable!("int_chain_len admits no other operator"),
        }
    }

    /// Goes to a loop's body with the next item `v` (already in the loop variable); when
    /// the body assumes the item's kinds (`facts::for_iter_kinds`), another item deoptimizes
    /// at the body's start instead.
    fn enter_loop_body(&mut self, v: Value, dst: Reg, items: Fact, body: Block, body_bi: u32) {
        if items == 0 {
            self.b.ins().jump(body, &[]);
            return;
        }
        let ok = self.has_kinds(v, items);
        // (The item register holds the new item, whatever the facts before the loop said.)
        let other = self.deopt_block_past(body_bi, 0, DEOPT_KINDS, dst);
        self.b.ins().brif(ok, body, &[], other, &[]);
    }

    /// A block that increments the counter word at `addr` and jumps to `to`.
    fn counting_edge(&mut self, addr: u64, to: Block) -> Block {
        let e = self.b.create_block();
        self.b.switch_to_block(e);
        let a = self.iconst(addr as i64);
        let c = self.b.ins().load(types::I64, self.mem, a, 0);
        let c1 = self.b.ins().iadd_imm_s(c, 1);
        self.b.ins().store(self.mem, c1, a, 0);
        self.b.ins().jump(to, &[]);
        e
    }

    /// Branches on a helper's 0/1/2 answer: false, true, or an exception.
    fn dispatch3(&mut self, r: Value, zero: Block, one: Block, bi: u32, n: u32) {
        let not_zero = self.b.create_block();
        let err = self.b.create_block();
        self.b.ins().brif(r, not_zero, &[], zero, &[]);
        self.b.switch_to_block(not_zero);
        let is_one = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.b.ins().brif(is_one, one, &[], err, &[]);
        self.b.switch_to_block(err);
        self.exit_error(bi, n);
    }

    fn saw(&self, slot: u32, k: u32) -> bool {
        let fb = self.feedback.get(slot as usize).copied().unwrap_or(0);
        if fb == 0 {
            // Nothing recorded: code compiled without feedback (an AOT build without a
            // profile, a first call) gets every fast path; code that leaves what had not run
            // to the interpreter and is recompiled after it (`Speculation::cold_exits`), as
            // a `main` compiled in its first loop is, gives an instruction that had not run
            // its general path only, which is small (the loops it may run in get compiled
            // again once their arithmetic runs).
            return !self.spec.cold_exits();
        }
        fb & k != 0
    }

    fn instr(&mut self, bi: u32, ii: u32, ins: &Instr, kills: &[Reg]) {
        let op = &ins.op;
        match op {
            Op::LoadConst { dst, k } => {
                let bits = match immediate(&self.f.consts[*k as usize]) {
                    Some(bits) => bits,
                    None if self.layout.embed_ir => {
                        // A heap constant: the code object holds it for the life of the
                        // process, so its word can be embedded and a reference taken.
                        let w = self.consts.get(*k as usize).copied().expect("constant words are provided");
                        let v = self.iconst(w as i64);
                        self.incref(v);
                        self.store_reg(*dst, v);
                        return self.kills(kills, &[]);
                    }
                    None => {
                        let (ctx, kv) = (self.ctx, self.iconst(i64::from(*k)));
                        let v = self.call_checked(Helper::Const, &[ctx, kv], bi, ii);
                        self.store_reg(*dst, v);
                        return self.kills(kills, &[]);
                    }
                };
                let v = self.iconst(bits as i64);
                self.store_reg(*dst, v);
                self.kills(kills, &[]);
            }
            Op::Move { dst, src } | Op::LoadLocal { dst, src } if self.known[*src as usize] != 0 => {
                // A number or bool: bound, and no reference to take or move.
                let v = self.load_reg(*src);
                self.store_reg(*dst, v);
                self.kills(kills, &[]);
            }
            Op::Move { dst, src } | Op::LoadLocal { dst, src } => {
                let moving = matches!(op, Op::Move { .. }) && kills.contains(src);
                let v = self.load_reg(*src);
                let done = self.b.create_block();
                self.guard_bound(bi, ii, &[(*src, v)], done);
                if moving {
                    let u = self.iconst(UNBOUND);
                    self.store_raw(*src, u);
                } else {
                    self.incref(v);
                }
                self.store_reg(*dst, v);
                let rest: Vec<Reg> = kills.iter().copied().filter(|r| r != src).collect();
                self.kills(&rest, &[]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::Binary { dst, op: bop, a, b, slot } | Op::Inplace { dst, op: bop, a, b, slot } => {
                let (fa, fb) = (self.known[*a as usize], self.known[*b as usize]);
                if let Some(plan) = self.speculate.then(|| crate::facts::binary_plan(*bop, self.feedback_of(*slot), fa, fb)).flatten() {
                    return self.binary_speculated(bi, ii, *bop, plan, (*a, *b), *dst, kills);
                }
                let int_ok = matches!(
                    bop,
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::FloorDiv | BinOp::Mod | BinOp::LShift | BinOp::RShift
                ) && self.saw(*slot, kind::INT);
                // Floats, and ints mixed with floats (a small int converts to float exactly);
                // `int / int` too, which is the correctly rounded quotient of the exact
                // float values.
                let float_ok = matches!(bop, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv)
                    && (self.saw(*slot, kind::FLOAT) || (*bop == BinOp::TrueDiv && self.saw(*slot, kind::INT)));
                let code = binop_number(*bop) | if matches!(op, Op::Inplace { .. }) { INPLACE } else { 0 };
                let (x, y) = (self.load_reg(*a), self.load_reg(*b));
                if !int_ok && !float_ok {
                    return self.value_op(bi, ii, &[(*a, x), (*b, y)], Helper::Binary, &[code as i64], Some(*dst), kills);
                }
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let float_entry = if int_ok && float_ok { self.b.create_block() } else { slow };
                if int_ok {
                    self.int_binop(*bop, x, y, *dst, float_entry, slow, true);
                    self.kills(kills, &[*a, *b]);
                    self.b.ins().jump(done, &[]);
                    if float_ok {
                        self.b.switch_to_block(float_entry);
                    }
                }
                if float_ok {
                    self.float_binop(*bop, (x, 0), (y, 0), *dst, slow, slow);
                    self.kills(kills, &[*a, *b]);
                    self.b.ins().jump(done, &[]);
                }
                let first = self.begin_slow(slow);
                self.value_op(bi, ii, &[(*a, x), (*b, y)], Helper::Binary, &[code as i64], Some(*dst), kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::Compare { dst, op: cop, a, b, slot } => {
                let (fa, fb) = (self.known[*a as usize], self.known[*b as usize]);
                if let Some(plan) = self.speculate.then(|| crate::facts::compare_plan(self.feedback_of(*slot), fa, fb)).flatten() {
                    return self.compare_speculated(bi, ii, *cop, plan, (*a, *b), *dst, kills);
                }
                let int_ok = self.saw(*slot, kind::INT);
                let float_ok = self.saw(*slot, kind::FLOAT);
                let cmp_code = CMPOPS.iter().position(|c| c == cop).expect("every comparison is numbered") as i64;
                let (x, y) = (self.load_reg(*a), self.load_reg(*b));
                if !int_ok && !float_ok && matches!(cop, CmpOp::Eq | CmpOp::Ne) && self.saw(*slot, kind::STR) {
                    // Text equality: a helper that cannot fail answers for two strs; anything
                    // else takes the generic path.
                    let r = self.call(Helper::StrEq, &[x, y]).expect("StrEq answers");
                    let decided = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, r, 2);
                    let fast = self.b.create_block();
                    let slow = self.b.create_block();
                    let done = self.b.create_block();
                    self.b.ins().brif(decided, fast, &[], slow, &[]);
                    self.b.switch_to_block(fast);
                    self.b.seal_block(fast);
                    let t = if *cop == CmpOp::Eq { r } else { self.b.ins().bxor_imm_s(r, 1) };
                    let v = self.b.ins().bor_imm_s(t, TAGGED_BOOL);
                    self.store_reg(*dst, v);
                    self.kills(kills, &[]);
                    self.b.ins().jump(done, &[]);
                    let first = self.begin_slow(slow);
                    self.value_op(bi, ii, &[(*a, x), (*b, y)], Helper::Compare, &[cmp_code], Some(*dst), kills);
                    self.b.ins().jump(done, &[]);
                    self.cold_since(first);
                    self.b.switch_to_block(done);
                    return;
                }
                if !int_ok && !float_ok {
                    return self.value_op(bi, ii, &[(*a, x), (*b, y)], Helper::Compare, &[cmp_code], Some(*dst), kills);
                }
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.compare_paths(*cop, (*a, x, 0), (*b, y, 0), *dst, kills, (int_ok, float_ok), slow, done);
                let first = self.begin_slow(slow);
                self.value_op(bi, ii, &[(*a, x), (*b, y)], Helper::Compare, &[cmp_code], Some(*dst), kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::Unary { dst, op: uop, a } => {
                let x = self.load_reg(*a);
                let n = UNARYOPS.iter().position(|u| u == uop).expect("every unary operator is numbered") as i64;
                if *uop != UnaryOp::Neg {
                    return self.value_op(bi, ii, &[(*a, x)], Helper::Unary, &[n], Some(*dst), kills);
                }
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.negate(x, *dst, kills, done, slow);
                let first = self.begin_slow(slow);
                self.value_op(bi, ii, &[(*a, x)], Helper::Unary, &[n], Some(*dst), kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::Contains { dst, item, container, negate } => {
                let (c, i) = (self.load_reg(*container), self.load_reg(*item));
                self.value_op(bi, ii, &[(*container, c), (*item, i)], Helper::Contains, &[i64::from(*negate)], Some(*dst), kills);
            }
            Op::GetItem { dst, obj, key, slot } if crate::facts::item_plan(self.feedback_of(*slot), self.speculate) != 0 => {
                let item = crate::facts::item_plan(self.feedback_of(*slot), self.speculate);
                self.get_item_speculated(bi, ii, (*obj, *key), *dst, item, kills);
            }
            Op::GetItem { dst, obj, key, slot } => {
                let (o, k) = (self.load_reg(*obj), self.load_reg(*key));
                let seq = self.layout.obj.filter(|_| self.saw(*slot, kind::LIST | kind::TUPLE));
                let Some(l) = seq else {
                    return self.value_op(bi, ii, &[(*obj, o), (*key, k)], Helper::GetItem, &[], Some(*dst), kills);
                };
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let at = self.item_address(o, k, &l, false, slow);
                self.load_word_into(at, *dst, kills, done);
                let first = self.begin_slow(slow);
                self.value_op(bi, ii, &[(*obj, o), (*key, k)], Helper::GetItem, &[], Some(*dst), kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::SetItem { obj, key, src } => {
                let (o, k, v) = (self.load_reg(*obj), self.load_reg(*key), self.load_reg(*src));
                let Some(l) = self.layout.obj else {
                    return self.value_op(bi, ii, &[(*obj, o), (*key, k), (*src, v)], Helper::SetItem, &[], None, kills);
                };
                let slow = self.b.create_block();
                let done = self.b.create_block();
                // An unbound value raises (generic path); the list and index checks make the
                // other operands bound.
                self.unless_unbound(*src, v, slow);
                let at = self.item_address(o, k, &l, true, slow);
                self.store_word_then(at, *src, v, kills, done);
                let first = self.begin_slow(slow);
                self.value_op(bi, ii, &[(*obj, o), (*key, k), (*src, v)], Helper::SetItem, &[], None, kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::LoadAttr { dst, obj, name, slot } => {
                self.load_attr(bi, ii, *dst, *obj, *name, *slot, kills);
                let values = crate::facts::attr_plan(self.feedback_of(*slot), self.speculate);
                if values != 0 {
                    self.check_result(bi, ii, *dst, values);
                }
            }
            Op::StoreAttr { obj, name, src, slot } => {
                let (o, v) = (self.load_reg(*obj), self.load_reg(*src));
                let Some(l) = self.layout.obj.filter(|_| self.saw(*slot, kind::INSTANCE)) else {
                    return self.value_op(bi, ii, &[(*obj, o), (*src, v)], Helper::StoreAttr, &[pack(*name, *slot)], None, kills);
                };
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let append = self.b.create_block();
                self.unless_unbound(*src, v, slow);
                let (p, site, way) = self.attr_way(o, *slot, attr_site::STORE_OK, &l, slow);
                let at = self.instance_value_address(p, site, way, &l, true, append);
                self.store_word_then(at, *src, v, kills, done);
                // Not where the way says: a new attribute (`self.x = x` in `__init__`) is
                // appended by a small helper when the dict shows at once that it is absent.
                self.b.switch_to_block(append);
                let key = self.b.ins().load(types::I64, self.meta, site, std::mem::offset_of!(molt_runtime::attr_site::AttrSite, key) as i32);
                let added = self.call(Helper::AppendAttr, &[o, key, v]).expect("append_attr answers");
                let appended = self.b.create_block();
                self.b.ins().brif(added, appended, &[], slow, &[]);
                self.b.switch_to_block(appended);
                self.kills(kills, &[]);
                self.b.ins().jump(done, &[]);
                let first = self.begin_slow(slow);
                self.value_op(bi, ii, &[(*obj, o), (*src, v)], Helper::StoreAttr, &[pack(*name, *slot)], None, kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::GetIter { dst, src } => {
                let v = self.load_reg(*src);
                self.value_op(bi, ii, &[(*src, v)], Helper::GetIter, &[], Some(*dst), kills);
            }
            Op::LoadGlobal { dst, name, slot } => {
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let v = match self.layout.obj.filter(|_| self.vars.is_empty() && self.cached_globals[*name as usize]) {
                    Some(l) => {
                        // In a region (a builtin takes the site every time).
                        let (plain, got) = (self.b.create_block(), self.b.create_block());
                        self.b.append_block_param(got, types::I64);
                        let p = self.remembered_global(*name, |g| g.region_global_address(*slot, &l, plain));
                        let v = self.b.ins().load(types::I64, self.mem, p, 0);
                        self.b.ins().jump(got, &[v.into()]);
                        // (No site vouched for the entry: out of line.)
                        let first = self.b.func.dfg.num_blocks();
                        self.b.switch_to_block(plain);
                        let v = self.cached_global(*slot, slow);
                        self.b.ins().jump(got, &[v.into()]);
                        self.cold_since(first);
                        self.b.set_cold_block(plain);
                        self.b.switch_to_block(got);
                        self.b.block_params(got)[0]
                    }
                    None => self.cached_global(*slot, slow),
                };
                let borrow = self.borrowable_global(bi, ii, *dst);
                let small_int = !borrow && self.feeds_small_ints(bi, ii, *dst);
                if small_int {
                    // The instruction reading the value next deoptimizes unless it is a
                    // small int: so does this one, right after the load, and past it the
                    // value is known to be one (no reference to take, nor to check again).
                    let (small, other) = (self.b.create_block(), self.b.create_block());
                    let int = self.is_tag(v, TAG_INT);
                    self.b.ins().brif(int, small, &[], other, &[]);
                    self.b.set_cold_block(other);
                    self.b.switch_to_block(other);
                    // (Each way stores into `dst` once: the other starts from the same state.)
                    let held = self.held.clone();
                    self.incref(v);
                    self.store_reg(*dst, v);
                    self.kills(kills, &[]);
                    let out = self.deopt_block_past(bi, ii + 1, DEOPT_KINDS, *dst);
                    self.b.ins().jump(out, &[]);
                    self.held = held;
                    self.b.switch_to_block(small);
                    self.b.seal_block(small);
                    self.proven = Some((*dst, kind::INT));
                } else if !borrow {
                    self.incref(v);
                }
                self.store_reg(*dst, v);
                self.kills(kills, &[]);
                self.b.ins().jump(done, &[]);
                let first = self.begin_slow(slow);
                let packed = self.iconst(pack(*name, *slot));
                let ctx = self.ctx;
                let r = self.call_checked(Helper::LoadGlobal, &[ctx, packed], bi, ii);
                if borrow {
                    // The dict holds the value too (nothing runs before the call below): the
                    // helper's reference goes, as the fast path takes none.
                    let found = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, MISSING as i64);
                    let (drop, next) = (self.b.create_block(), self.b.create_block());
                    self.b.ins().brif(found, drop, &[], next, &[]);
                    self.b.switch_to_block(drop);
                    self.release(r);
                    self.b.ins().jump(next, &[]);
                    self.b.switch_to_block(next);
                }
                self.store_or_raise_missing(bi, ii, r, *dst, kills, Helper::NameError, i64::from(*name));
                if small_int {
                    // The helper's value is checked as the fast path's is.
                    let w = self.load_reg(*dst);
                    let int = self.is_tag(w, TAG_INT);
                    let out = self.deopt_block_past(bi, ii + 1, DEOPT_KINDS, *dst);
                    self.b.ins().brif(int, done, &[], out, &[]);
                } else {
                    self.b.ins().jump(done, &[]);
                }
                self.cold_since(first);
                self.b.switch_to_block(done);
                self.borrowed = borrow.then_some(*dst);
            }
            Op::DeleteItem { obj, key } => {
                let (o, k) = (self.load_reg(*obj), self.load_reg(*key));
                self.value_op(bi, ii, &[(*obj, o), (*key, k)], Helper::DelItem, &[], None, kills);
            }
            Op::FormatValue { dst, value, conversion, spec } => {
                let v = self.load_reg(*value);
                let mut operands = vec![(*value, v)];
                let sv = match spec {
                    Some(r) => {
                        let sv = self.load_reg(*r);
                        operands.push((*r, sv));
                        sv
                    }
                    None => self.iconst(0),
                };
                let conv = i64::from(*conversion);
                self.helper_op(bi, ii, &operands, Helper::FormatValue, &[conv], &[v, sv], Some(*dst), kills);
            }
            Op::MakeFunction { dst, code, defaults, kwdefaults, closure } => {
                let mut operands = Vec::new();
                let mut word_of = |g: &mut Self, r: &Option<Reg>| match r {
                    Some(r) => {
                        let v = g.load_reg(*r);
                        operands.push((*r, v));
                        v
                    }
                    None => g.iconst(0),
                };
                let (d, k) = (word_of(self, defaults), word_of(self, kwdefaults));
                let cells: Vec<(Reg, Value)> = closure.iter().map(|r| (*r, self.load_reg(*r))).collect();
                let vals: Vec<Value> = cells.iter().map(|(_, v)| *v).collect();
                operands.extend(cells);
                let argv = self.scratch_words(&vals);
                let packed = i64::from(*code) | ((closure.len() as i64) << 32);
                self.helper_op(bi, ii, &operands, Helper::MakeFunction, &[packed], &[d, k, argv], Some(*dst), kills);
            }
            Op::BuildString { dst, parts } => {
                self.argv_op(bi, ii, None, parts, Helper::BuildString, &[parts.len() as i64], Some(*dst), kills);
            }
            Op::BuildList { dst, items } | Op::BuildTuple { dst, items } => {
                let flag = if matches!(op, Op::BuildTuple { .. }) { SEQ_TUPLE } else { 0 };
                let n = (flag | items.len() as u64) as i64;
                self.argv_op(bi, ii, None, items, Helper::BuildSeq, &[n], Some(*dst), kills);
            }
            // Calls without keywords, in both forms (the argument words are borrowed; dying
            // temporaries are released after the call, as CPython's value stack does).
            Op::Call { dst, func, args, slot, kwnames: None, .. } if args.len() < 64 => {
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let f = self.load_reg(*func);
                let argv: Vec<Value> = args.iter().map(|r| self.load_reg(*r)).collect();
                let numbers: Vec<bool> = args.iter().map(|r| self.known[*r as usize] != 0).collect();
                let small = self.small_numbers(args);
                let mut inlined = false;
                let classes = self.saw(*slot, kind::CLASS);
                let methods = self.saw(*slot, kind::METHOD);
                let site_paths = classes || methods || self.saw(*slot, kind::FUNCTION);
                let len = self.layout.obj.is_some() && argv.len() == 1 && loads_global(self.f, bi, ii as usize, *func, "len");
                let inline = self.inlines.iter().find(|c| c.slot == *slot && !c.method);
                // The function was loaded without a reference (see `borrowable_global`):
                // an inlined body without effects only compares it, and so does the way
                // straight into the function the call site holds; every other way takes a
                // reference first.
                let dying = kills.contains(func) && !args.contains(func) && *dst != *func;
                let mut borrowed = None;
                let loaded_borrowed = self.borrowed.take() == Some(*func);
                if loaded_borrowed {
                    match inline.and_then(|c| crate::inline::plan(c, argv.len()).filter(|p| !p.effects).map(|p| (c, p))) {
                        Some((c, plan)) => {
                            self.unbind_only = Some(*func);
                            self.inline_call((bi, ii), c, &plan, f, (&argv, &small), *dst, kills, done);
                            self.unbind_only = None;
                            self.incref(f);
                            inlined = true;
                        }
                        None if inline.is_none() && site_paths && !len => borrowed = Some(*func),
                        None => self.incref(f),
                    }
                } else if dying && inline.is_none() && !len && self.bail.is_none() && self.stress_flags.is_none() {
                    borrowed = Some(*func);
                }
                if let (true, [arg]) = (len, &argv[..]) {
                    let l = self.layout.obj.expect("len is compiled with layouts");
                    self.builtin_len(f, *arg, &l, *dst, kills, done);
                }
                if let Some(c) = inline.filter(|_| !inlined) {
                    if let Some(plan) = crate::inline::plan(c, argv.len()) {
                        self.stress_point(bi, ii);
                        self.inline_call((bi, ii), c, &plan, f, (&argv, &small), *dst, kills, done);
                    }
                }
                // Straight into a Python function's code, or creating a plain class's
                // instance, only where the site saw such callees: builtins and builtin types
                // are always called the long way.
                if site_paths {
                    self.site_call(bi, ii, f, &argv, &numbers, *slot, *dst, kills, slow, done, Callees { classes, methods, borrowed, loaded_borrowed: loaded_borrowed && borrowed.is_some() });
                } else {
                    self.b.ins().jump(slow, &[]);
                }
                let first = self.begin_slow(slow);
                let imms = [i64::from(*slot), args.len() as i64];
                self.argv_op(bi, ii, Some(*func), args, Helper::CallSite, &imms, Some(*dst), kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::CallMethod { dst, obj, name, args, slot, kwnames: None, .. } if args.len() < 64 => {
                let done = self.b.create_block();
                if let (Some(it), [arg]) = (self.intrinsics.iter().find(|i| i.slot == *slot), &args[..]) {
                    if self.borrowed.take() == Some(*obj) {
                        // The module was loaded without a reference (see `Op::Call`).
                        self.unbind_only = Some(*obj);
                        self.sqrt_call(it, *obj, *name, *arg, *dst, kills, done);
                        self.unbind_only = None;
                        let o = self.load_reg(*obj);
                        self.incref(o);
                    } else {
                        self.sqrt_call(it, *obj, *name, *arg, *dst, kills, done);
                    }
                }
                if let Some(l) = self.layout.obj.filter(|_| self.saw(*slot, kind::INSTANCE)) {
                    // A method the class has, called straight into its direct entry.
                    let slow = self.b.create_block();
                    let o = self.load_reg(*obj);
                    let (p, site, way) = self.attr_way(o, *slot, attr_site::INSTANCE_FIRST | attr_site::METHOD, &l, slow);
                    self.unless_in_instance_dict(p, site, &l, slow);
                    let f = self.b.ins().load(types::I64, self.mem, way, std::mem::offset_of!(attr_site::AttrWay, class_attr) as i32);
                    let argv: Vec<Value> = std::iter::once(o).chain(args.iter().map(|r| self.load_reg(*r))).collect();
                    // Each inlined method in turn, for the instances whose class has it.
                    let plans: Vec<_> = self.inlines.iter().filter(|c| c.slot == *slot && c.method).filter_map(|c| Some((c, crate::inline::plan(c, argv.len())?))).collect();
                    if !plans.is_empty() {
                        self.stress_point(bi, ii);
                    }
                    let small: Vec<bool> = std::iter::once(false).chain(self.small_numbers(args)).collect();
                    for (c, plan) in plans {
                        self.inline_call((bi, ii), c, &plan, f, (&argv, &small), *dst, kills, done);
                    }
                    let numbers: Vec<bool> = std::iter::once(false).chain(args.iter().map(|r| self.known[*r as usize] != 0)).collect();
                    self.site_call(bi, ii, f, &argv, &numbers, *slot, *dst, kills, slow, done, Callees::default());
                    self.b.switch_to_block(slow);
                }
                if let (Some(l), Some(ty)) = (self.layout.obj, self.feedback.get(*slot as usize).copied()) {
                    let builtin = match ty {
                        kind::STR => Some((l.str_tag, TypeId::Str)),
                        kind::LIST => Some((l.list_tag, TypeId::List)),
                        kind::TUPLE => Some((l.tuple_tag, TypeId::Tuple)),
                        kind::DICT => Some((l.dict_tag, TypeId::Dict)),
                        _ => None,
                    };
                    if let Some((tag, id)) = builtin {
                        // A method of the builtin type the site always saw, called without
                        // the lookup.
                        let slow = self.b.create_block();
                        let o = self.load_reg(*obj);
                        let f = self.builtin_method(o, *slot, tag, id, &l, slow);
                        let operands: Vec<(Reg, Value)> = std::iter::once(obj).chain(args).map(|r| (*r, self.load_reg(*r))).collect();
                        let vals: Vec<Value> = operands.iter().map(|(_, v)| *v).collect();
                        let argv = self.scratch_words(&vals);
                        self.helper_op(bi, ii, &operands, Helper::CallBuiltin, &[vals.len() as i64], &[f, argv], Some(*dst), kills);
                        self.b.ins().jump(done, &[]);
                        self.b.switch_to_block(slow);
                    }
                }
                let imms = [pack(*name, *slot), args.len() as i64];
                let operands: Vec<(Reg, Value)> = std::iter::once(obj).chain(args).map(|r| (*r, self.load_reg(*r))).collect();
                let vals: Vec<Value> = operands.iter().map(|(_, v)| *v).collect();
                let argv = self.scratch_words(&vals);
                self.helper_op(bi, ii, &operands, Helper::CallMethodDirect, &imms, &[argv], Some(*dst), kills);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::Call { dst, .. } | Op::CallMethod { dst, .. } => {
                let at = self.iconst(i64::from(bi) | (i64::from(ii) << 32));
                let ctx = self.ctx;
                let r = self.call_checked(Helper::Call, &[ctx, at], bi, ii);
                self.reload_after(bi, ii);
                self.store_reg(*dst, r);
                self.kills(kills, &[]);
            }
            Op::Is { dst, a, b, negate } => {
                let (x, y) = (self.load_reg(*a), self.load_reg(*b));
                let done = self.b.create_block();
                self.guard_bound(bi, ii, &[(*a, x), (*b, y)], done);
                let cc = if *negate { IntCC::NotEqual } else { IntCC::Equal };
                let c = self.b.ins().icmp(cc, x, y);
                self.store_bool(*dst, c);
                self.kills(kills, &[]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::Unpack { dsts, src } => {
                let v = self.load_reg(*src);
                let done = self.b.create_block();
                self.guard_bound(bi, ii, &[(*src, v)], done);
                let got = self.b.create_block();
                for _ in dsts {
                    self.b.append_block_param(got, types::I64);
                }
                if let Some(l) = self.layout.obj {
                    // A tuple or list of exactly that length: its items, each a new reference.
                    let general = self.b.create_block();
                    let obj = self.b.create_block();
                    let is_ptr = self.is_tag(v, TAG_PTR);
                    self.b.ins().brif(is_ptr, obj, &[], general, &[]);
                    self.b.switch_to_block(obj);
                    let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
                    let (data, len) = self.seq_data_len(p, &l, false, general);
                    let exact = self.b.ins().icmp_imm_s(IntCC::Equal, len, dsts.len() as i64);
                    let fits = self.b.create_block();
                    self.b.ins().brif(exact, fits, &[], general, &[]);
                    self.b.switch_to_block(fits);
                    let mut items = Vec::with_capacity(dsts.len());
                    for i in 0..dsts.len() {
                        let x = self.b.ins().load(types::I64, self.mem, data, (i * 8) as i32);
                        self.incref(x);
                        items.push(x.into());
                    }
                    self.b.ins().jump(got, &items);
                    self.b.switch_to_block(general);
                }
                let out = self.b.ins().stack_addr(types::I64, self.scratch, 0);
                let (ctx, n) = (self.ctx, self.iconst(dsts.len() as i64));
                self.call_checked(Helper::Unpack, &[ctx, n, out, v], bi, ii);
                let items: Vec<_> = (0..dsts.len()).map(|i| self.b.ins().stack_load(types::I64, types::I64, self.scratch, (i * 8) as i32).into()).collect();
                self.b.ins().jump(got, &items);
                self.b.switch_to_block(got);
                // A register named twice is released by its second store.
                for d in dsts {
                    self.known[*d as usize] = 0;
                }
                let items = self.b.block_params(got).to_vec();
                for (d, x) in dsts.iter().zip(items) {
                    self.store_reg(*d, x);
                }
                self.kills(kills, &[]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::BuildSlice { dst, start, stop, step } => {
                let (a, b, c) = (self.load_reg(*start), self.load_reg(*stop), self.load_reg(*step));
                self.value_op(bi, ii, &[(*start, a), (*stop, b), (*step, c)], Helper::BuildSlice, &[], Some(*dst), kills);
            }
            Op::ListAppend { list, item } => {
                let (l, x) = (self.load_reg(*list), self.load_reg(*item));
                // The interpreter checks only the item (the list is the comprehension's own).
                self.helper_op(bi, ii, &[(*item, x)], Helper::ListAppend, &[], &[l, x], None, kills);
            }
            Op::BuildDict { dst, items } => {
                self.argv_op(bi, ii, None, items, Helper::BuildDict, &[items.len() as i64], Some(*dst), kills);
            }
            Op::BuildSet { dst, items } => {
                self.argv_op(bi, ii, None, items, Helper::BuildSet, &[items.len() as i64], Some(*dst), kills);
            }
            // Filling the collections of displays, comprehensions and star arguments; the
            // collection itself is the compiler's temporary, always bound.
            Op::SetAdd { set: a, item: b } | Op::SetUpdate { set: a, iterable: b } | Op::DictUpdate { dict: a, mapping: b } => {
                let what = match op {
                    Op::SetAdd { .. } => collect::SET_ADD,
                    Op::SetUpdate { .. } => collect::SET_UPDATE,
                    _ => collect::DICT_UPDATE,
                };
                let (x, y, none) = (self.load_reg(*a), self.load_reg(*b), self.iconst(UNBOUND));
                self.helper_op(bi, ii, &[(*b, y)], Helper::Collect, &[what], &[x, y, none], None, kills);
            }
            Op::DictSet { dict, key, value } => {
                let (d, k, v) = (self.load_reg(*dict), self.load_reg(*key), self.load_reg(*value));
                self.helper_op(bi, ii, &[(*key, k), (*value, v)], Helper::Collect, &[collect::DICT_SET], &[d, k, v], None, kills);
            }
            Op::DictMerge { dict, mapping, func } => {
                let (d, m, f) = (self.load_reg(*dict), self.load_reg(*mapping), self.load_reg(*func));
                self.helper_op(bi, ii, &[(*mapping, m)], Helper::Collect, &[collect::DICT_MERGE], &[d, m, f], None, kills);
            }
            Op::ListExtend { list, iterable, call } => {
                let (l, it) = (self.load_reg(*list), self.load_reg(*iterable));
                let f = match call {
                    Some(r) => self.load_reg(*r),
                    None => self.iconst(UNBOUND),
                };
                self.helper_op(bi, ii, &[(*iterable, it)], Helper::Collect, &[collect::LIST_EXTEND], &[l, it, f], None, kills);
            }
            Op::ListToTuple { dst, list } => {
                let (l, none) = (self.load_reg(*list), self.iconst(UNBOUND));
                self.helper_op(bi, ii, &[], Helper::Collect, &[collect::LIST_TO_TUPLE], &[l, none, none], Some(*dst), kills);
            }
            Op::CallEx { dst, func, args, kwargs } => {
                let mut checked = vec![(*func, self.load_reg(*func)), (*args, self.load_reg(*args))];
                if let Some(k) = kwargs {
                    checked.push((*k, self.load_reg(*k)));
                }
                let none = self.iconst(UNBOUND);
                let words = [checked[0].1, checked[1].1, checked.get(2).map_or(none, |c| c.1)];
                self.helper_op(bi, ii, &checked, Helper::CallEx, &[], &words, Some(*dst), kills);
            }
            Op::DeleteAttr { obj, name } => {
                let o = self.load_reg(*obj);
                self.helper_op(bi, ii, &[(*obj, o)], Helper::DeleteAttr, &[i64::from(*name)], &[o], None, kills);
            }
            Op::DeleteGlobal { name } => {
                self.helper_op(bi, ii, &[], Helper::DeleteGlobal, &[i64::from(*name)], &[], None, kills);
            }
            Op::MakeCell { dst, init } => {
                let iv = match init {
                    Some(r) => self.load_reg(*r),
                    None => self.iconst(UNBOUND),
                };
                let ctx = self.ctx;
                let r = self.call_checked(Helper::NewCell, &[ctx, iv], bi, ii);
                self.store_reg(*dst, r);
                self.kills(kills, &[]);
            }
            Op::LoadDeref { dst, cell, name } => {
                let c = self.load_reg(*cell);
                let done = self.b.create_block();
                if let Some(l) = self.layout.obj {
                    // A bound cell not borrowed mutably: its value, inline.
                    let slow = self.b.create_block();
                    let at = self.cell_value_address(c, &l, false, slow);
                    let v = self.b.ins().load(types::I64, self.mem, at, 0);
                    let bound = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, UNBOUND);
                    let hit = self.b.create_block();
                    self.b.ins().brif(bound, hit, &[], slow, &[]);
                    self.b.switch_to_block(hit);
                    self.incref(v);
                    self.store_reg(*dst, v);
                    self.kills(kills, &[]);
                    self.b.ins().jump(done, &[]);
                    self.b.switch_to_block(slow);
                }
                let ctx = self.ctx;
                let r = self.call_checked(Helper::LoadDeref, &[ctx, c], bi, ii);
                self.store_or_raise_missing(bi, ii, r, *dst, kills, Helper::DerefError, pack(*name, *cell));
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::StoreDeref { cell, src } => {
                let (c, v) = (self.load_reg(*cell), self.load_reg(*src));
                let Some(l) = self.layout.obj else {
                    return self.helper_op(bi, ii, &[(*src, v)], Helper::StoreDeref, &[], &[c, v], None, kills);
                };
                // A bound value into a cell nobody borrows: replaced inline.
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.unless_unbound(*src, v, slow);
                let at = self.cell_value_address(c, &l, true, slow);
                self.store_word_then(at, *src, v, kills, done);
                let first = self.begin_slow(slow);
                self.helper_op(bi, ii, &[(*src, v)], Helper::StoreDeref, &[], &[c, v], None, kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::StoreGlobal { name, src } => {
                let v = self.load_reg(*src);
                let Some(l) = self.layout.obj else {
                    return self.helper_op(bi, ii, &[(*src, v)], Helper::StoreGlobal, &[i64::from(*name)], &[v], None, kills);
                };
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.unless_unbound(*src, v, slow);
                let at = if self.vars.is_empty() && self.cached_globals[*name as usize] {
                    self.remembered_global(*name, |g| g.global_store_address(*name, &l, slow))
                } else {
                    self.global_store_address(*name, &l, slow)
                };
                self.store_word_then(at, *src, v, kills, done);
                let first = self.begin_slow(slow);
                self.helper_op(bi, ii, &[(*src, v)], Helper::StoreGlobal, &[i64::from(*name)], &[v], None, kills);
                self.b.ins().jump(done, &[]);
                self.cold_since(first);
                self.b.switch_to_block(done);
            }
            Op::DeleteLocal { reg } => {
                let u = self.iconst(UNBOUND);
                self.store_reg(*reg, u);
                self.kills(kills, &[]);
            }
            Op::Nop => {}
            _ => self.generic(bi, ii),
        }
    }

    /// Calls a helper answering a value word (or `ERR`, which leaves through the exception
    /// exit of instruction (bi, idx)).
    fn call_checked(&mut self, h: Helper, args: &[Value], bi: u32, idx: u32) -> Value {
        let r = self.call(h, args).expect("value helpers return");
        let is_err = self.b.ins().icmp_imm_s(IntCC::Equal, r, ERR as i64);
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(is_err, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.exit_error(bi, idx);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
        r
    }

    /// An instruction run by a value helper over its operand words (after the immediates):
    /// an unbound operand raises the interpreter's error; the answer goes to `dst`, then the
    /// dying temporaries are released.
    fn value_op(&mut self, bi: u32, ii: u32, operands: &[(Reg, Value)], h: Helper, imms: &[i64], dst: Option<Reg>, kills: &[Reg]) {
        let words: Vec<Value> = operands.iter().map(|(_, v)| *v).collect();
        self.helper_op(bi, ii, operands, h, imms, &words, dst, kills)
    }

    /// `value_op` where the words checked for unbound (`checked`) differ from the helper's
    /// word arguments (`words`, after the context and the immediates).
    fn helper_op(&mut self, bi: u32, ii: u32, checked: &[(Reg, Value)], h: Helper, imms: &[i64], words: &[Value], dst: Option<Reg>, kills: &[Reg]) {
        let done = self.b.create_block();
        self.guard_bound(bi, ii, checked, done);
        let mut args = vec![self.ctx];
        for &i in imms {
            args.push(self.iconst(i));
        }
        args.extend_from_slice(words);
        let r = self.call_checked(h, &args, bi, ii);
        if let Some(d) = dst {
            self.store_reg(d, r);
        }
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// A helper taking a word array: `lead` (if any) and `items` are checked for unbound in
    /// that order, the items are stored in the scratch area, and the helper gets
    /// `(ctx, imms…, lead?, argv)`.
    fn argv_op(&mut self, bi: u32, ii: u32, lead: Option<Reg>, items: &[Reg], h: Helper, imms: &[i64], dst: Option<Reg>, kills: &[Reg]) {
        let lead = lead.map(|r| (r, self.load_reg(r)));
        let operands: Vec<(Reg, Value)> = lead.iter().copied().chain(items.iter().map(|r| (*r, self.load_reg(*r)))).collect();
        let vals: Vec<Value> = operands[lead.is_some() as usize..].iter().map(|(_, v)| *v).collect();
        let argv = self.scratch_words(&vals);
        let words: Vec<Value> = lead.map(|(_, v)| v).into_iter().chain([argv]).collect();
        self.helper_op(bi, ii, &operands, h, imms, &words, dst, kills);
    }

    /// Stores a helper's answer in `dst`, unless it is `MISSING`: then with a frame the
    /// interpreter runs the instruction (and raises), and direct code spills its registers
    /// for `error` (its message looks at the locals), called with `(ctx, regs, imm)`.
    fn store_or_raise_missing(&mut self, bi: u32, ii: u32, r: Value, dst: Reg, kills: &[Reg], error: Helper, imm: i64) {
        let found = self.b.create_block();
        let missing = self.b.create_block();
        let done = self.b.create_block();
        let is_missing = self.b.ins().icmp_imm_s(IntCC::Equal, r, MISSING as i64);
        self.b.ins().brif(is_missing, missing, &[], found, &[]);
        self.b.switch_to_block(found);
        self.store_reg(dst, r);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(missing);
        if self.direct {
            // The error's message looks at the named locals only.
            let regs = if self.vars.is_empty() {
                self.regs
            } else {
                let locals: Vec<bool> = (0..self.f.nregs as usize).map(|r| r < self.f.local_names.len()).collect();
                self.spill_registers(&locals)
            };
            let spilled = if self.vars.is_empty() { 0 } else { crate::runtime::SPILLED };
            let (ctx, iv) = (self.ctx, self.iconst(imm | spilled as i64));
            self.call(error, &[ctx, regs, iv]);
            self.exit_error(bi, ii);
        } else {
            self.generic(bi, ii);
            self.b.ins().jump(done, &[]);
        }
        self.b.switch_to_block(done);
    }

    /// Calls function word `f` with `argv` straight into the direct entry the call site of
    /// `slot` cached, when it is that function (or another with its code), no argument is
    /// unbound and the call depth and native stack allow another call; otherwise jumps to
    /// `slow` (the helper, which raises what must be raised and fills the site). Does what
    /// `NativeCode::call` does: counts the call depth, builds the callee's context, gives it
    /// references to its arguments, and takes over its exception (or caught panic) when it
    /// answers ERR. With `classes`, the site may also hold a class (`CallSite::fill_class`):
    /// while its version holds, the call creates the instance and calls `__init__` the same
    /// way.
    #[allow(clippy::too_many_arguments)]
    fn site_call(&mut self, bi: u32, ii: u32, f: Value, argv: &[Value], numbers: &[bool], slot: u32, dst: Reg, kills: &[Reg], slow: Block, done: Block, callees: Callees) {
        use molt_runtime::call_site::CallSite;
        use std::mem::{offset_of, size_of};
        let may_recurse = self.may_call_itself(bi, ii);
        let mem = self.mem;
        let sites = self.b.ins().load(types::I64, mem, self.ctx, offset_of!(Ctx, call_sites) as i32);
        let site = self.b.ins().iadd_imm_s(sites, (slot as usize * size_of::<CallSite>()) as i64);
        let cached = self.b.ins().load(types::I64, mem, site, offset_of!(CallSite, func) as i32);
        // (Arguments known to be numbers are bound.)
        debug_assert_eq!(argv.len(), numbers.len());
        let mut bound = self.b.ins().iconst(types::I8, 1);
        for (&a, _) in argv.iter().zip(numbers).filter(|(_, n)| !**n) {
            let b = self.b.ins().icmp_imm_s(IntCC::NotEqual, a, UNBOUND);
            bound = self.b.ins().band(bound, b);
        }
        let same = self.b.ins().icmp(IntCC::Equal, f, cached);
        let ok = self.b.ins().band(same, bound);
        // The callee's function object and the address of its globals word: the cached
        // function's, or those of another function with the same code (below).
        let function = self.b.create_block();
        let callee = self.b.append_block_param(function, types::I64);
        let globals = self.b.append_block_param(function, types::I64);
        // (Only where the site was seen calling Python functions: code compiled without
        // feedback, as an AOT build without a profile, stays smaller.)
        let same_code = self.layout.obj.filter(|_| self.feedback_of(slot) & kind::FUNCTION != 0);
        let not_bound = match same_code {
            Some(_) => self.b.create_block(),
            None => slow,
        };
        let bound_methods = self.layout.obj.filter(|_| callees.methods);
        let other = match bound_methods {
            Some(_) => self.b.create_block(),
            None => not_bound,
        };
        let layout = self.layout.obj.filter(|_| callees.classes);
        // A site that saw classes but no Python function calls a function the long way
        // (its call path would be code that never runs). A site without feedback (AOT
        // without a profile) keeps every path.
        let functions = layout.is_none() || self.saw(slot, kind::FUNCTION);
        // The call of the function the site holds needs no reference to it (the site keeps
        // it alive, see `call_site::retire`): a borrowed function stays so on that way only,
        // and a function in a dying register gives its reference back there.
        let retake_other = self.b.create_block();
        let retake_slow = self.b.create_block();
        let (other_ways, slow_way) = match callees.borrowed {
            Some(_) if callees.loaded_borrowed => (retake_other, retake_slow),
            _ => (other, slow),
        };
        // (Filled last, when some way goes there: they take the reference and go on.)
        let retaking = |g: &mut Self| {
            let used = [(callees.loaded_borrowed, retake_other, other), (callees.borrowed.is_some(), retake_slow, slow)];
            for (_, b, to) in used.into_iter().filter(|(used, ..)| *used) {
                g.b.switch_to_block(b);
                g.incref(f);
                g.b.ins().jump(to, &[]);
            }
        };
        let plain_call = |g: &mut Self| match callees.borrowed {
            Some(r) => {
                if !callees.loaded_borrowed {
                    // (The site holds a reference too: no release is due.)
                    let p = g.b.ins().band_imm_s(f, PAYLOAD_MASK as i64);
                    let c = g.b.ins().load(types::I64, g.mem, p, 0);
                    let c1 = g.b.ins().iadd_imm_s(c, -1);
                    g.b.ins().store(g.mem, c1, p, 0);
                }
                let (fo, gl) = g.cached_callee(site);
                let cs = g.enter_call_depth(retake_slow);
                let w = g.direct_site_call(site, cs, argv, numbers, fo, gl, may_recurse, ErrExit { bi, ii, owned: None, retake: Some(f) });
                g.store_reg(dst, w);
                g.unbind_only = Some(r);
                g.kills(kills, &[]);
                g.unbind_only = None;
                g.b.ins().jump(done, &[]);
            }
            None => {
                let (fo, gl) = g.cached_callee(site);
                g.b.ins().jump(function, &[fo.into(), gl.into()]);
            }
        };
        match layout {
            Some(l) => {
                let matched = self.b.create_block();
                self.b.ins().brif(ok, matched, &[], other_ways, &[]);
                self.b.switch_to_block(matched);
                let init = self.b.ins().load(types::I64, mem, site, offset_of!(CallSite, init) as i32);
                let class = self.b.create_block();
                let plain = self.b.create_block();
                self.b.ins().brif(init, class, &[], plain, &[]);
                self.b.switch_to_block(plain);
                if functions {
                    plain_call(self);
                } else {
                    self.b.ins().jump(slow_way, &[]);
                }
                self.b.switch_to_block(class);
                if callees.borrowed.is_some() && callees.loaded_borrowed {
                    self.incref(f);
                }
                // (Not a site calling bound methods of the function `f` is.)
                let is_class = self.b.ins().icmp_imm_s(IntCC::NotEqual, init, call_site::BOUND as i64);
                let construct = self.b.create_block();
                self.b.ins().brif(is_class, construct, &[], slow, &[]);
                self.b.switch_to_block(construct);
                self.construct_call(bi, ii, f, argv, numbers, site, &l, dst, kills, slow, done);
            }
            None => {
                // Compiled without the class path, the site may still come to hold a class
                // (when the name is rebound to one): its entry is then `__init__`'s, which
                // takes the new instance first, so only a function matches.
                let init = self.b.ins().load(types::I64, mem, site, offset_of!(CallSite, init) as i32);
                let no_init = self.b.ins().icmp_imm_s(IntCC::Equal, init, 0);
                let ok = self.b.ins().band(ok, no_init);
                let matched = self.b.create_block();
                self.b.ins().brif(ok, matched, &[], other_ways, &[]);
                self.b.switch_to_block(matched);
                plain_call(self);
            }
        }
        if let Some(l) = bound_methods {
            // A bound method of the function the site holds (`m = obj.f; m(x)`): its
            // receiver goes first.
            self.b.switch_to_block(other);
            let init = self.b.ins().load(types::I64, mem, site, offset_of!(CallSite, init) as i32);
            let is_bound = self.b.ins().icmp_imm_s(IntCC::Equal, init, call_site::BOUND as i64);
            let ok = self.b.ins().band(is_bound, bound);
            let next = self.b.create_block();
            self.b.ins().brif(ok, next, &[], not_bound, &[]);
            self.b.switch_to_block(next);
            let p = self.heap_with_tag(f, l.tag, l.bound_tag, not_bound);
            let func = self.b.ins().load(types::I64, mem, p, l.bound_func);
            let same = self.b.ins().icmp(IntCC::Equal, func, cached);
            let enter = self.b.create_block();
            self.b.ins().brif(same, enter, &[], not_bound, &[]);
            self.b.switch_to_block(enter);
            // (The receiver is borrowed from the bound method, which the caller holds.)
            let receiver = self.b.ins().load(types::I64, mem, p, l.bound_recv);
            let all: Vec<Value> = std::iter::once(receiver).chain(argv.iter().copied()).collect();
            let numbers: Vec<bool> = std::iter::once(false).chain(numbers.iter().copied()).collect();
            let (fo, gl) = self.cached_callee(site);
            let cs = self.enter_call_depth(slow);
            let w = self.direct_site_call(site, cs, &all, &numbers, fo, gl, may_recurse, ErrExit { bi, ii, owned: None, retake: None });
            self.store_reg(dst, w);
            self.kills(kills, &[]);
            self.b.ins().jump(done, &[]);
        }
        if let Some(l) = same_code {
            // Another function object with the cached function's code (closures and
            // lambdas made anew each time: `make_adder(k)(x)`) enters the same code with its
            // own function object (cells, defaults) and globals. Not when the site holds a
            // class (its `func_obj` is the `__init__`, which takes one more argument).
            self.b.switch_to_block(not_bound);
            let filled = self.b.ins().icmp_imm_s(IntCC::NotEqual, cached, call_site::EMPTY as i64);
            let init = self.b.ins().load(types::I64, mem, site, offset_of!(CallSite, init) as i32);
            let no_init = self.b.ins().icmp_imm_s(IntCC::Equal, init, 0);
            let ok = self.b.ins().band(filled, no_init);
            let ok = self.b.ins().band(ok, bound);
            let next = self.b.create_block();
            self.b.ins().brif(ok, next, &[], slow, &[]);
            self.b.switch_to_block(next);
            let p = self.heap_with_tag(f, l.tag, l.func_tag, slow);
            let fo = self.b.ins().load(types::I64, mem, p, l.func_box);
            let was = self.b.ins().load(types::I64, mem, site, offset_of!(CallSite, func_obj) as i32);
            let code = offset_of!(molt_runtime::object::FunctionObj, code) as i32;
            let (a0, a1) = (self.b.ins().load(types::I64, mem, fo, code), self.b.ins().load(types::I64, mem, fo, code + 8));
            let (b0, b1) = (self.b.ins().load(types::I64, mem, was, code), self.b.ins().load(types::I64, mem, was, code + 8));
            let e0 = self.b.ins().icmp(IntCC::Equal, a0, b0);
            let e1 = self.b.ins().icmp(IntCC::Equal, a1, b1);
            let code_matches = self.b.ins().band(e0, e1);
            let gl = self.b.ins().iadd_imm_s(fo, offset_of!(molt_runtime::object::FunctionObj, globals) as i64);
            self.b.ins().brif(code_matches, function, &[fo.into(), gl.into()], slow, &[]);
        }
        self.b.switch_to_block(function);
        if !functions {
            // (Unreached.)
            self.b.ins().jump(slow, &[]);
            retaking(self);
            return;
        }
        let cs = self.enter_call_depth(slow);
        let w = self.direct_site_call(site, cs, argv, numbers, callee, globals, may_recurse, ErrExit { bi, ii, owned: None, retake: None });
        self.store_reg(dst, w);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
        retaking(self);
    }

    /// Whether the global that instruction (bi, ii) loads into `dst` may be loaded without
    /// taking a reference: the next instruction of the block is the last use of `dst`, as
    /// the called function of a call inlining a body without effects, or the module of an
    /// intrinsic (`math.sqrt`). Those only compare the word while the module dict, which
    /// nothing can change in between, holds the value; every other way from there takes a
    /// reference first. (Not under the deopt stress mode, nor when the call had not run
    /// when compiled: a deoptimization at the call would hand the word to the interpreter
    /// as a reference.)
    fn borrowable_global(&self, bi: u32, ii: u32, dst: Reg) -> bool {
        if self.stress_flags.is_some() || self.bail.is_some() {
            return false;
        }
        let Some(next) = self.f.blocks[bi as usize].instrs.get(ii as usize + 1) else { return false };
        // (A call that had not run when compiled is an exit handing the register over.)
        let cold = crate::facts::first_cold(self.f, self.feedback, self.spec, bi as usize);
        if cold.is_some_and(|c| c <= ii as usize + 1) || !self.f.kills(next.kills).contains(&dst) {
            return false;
        }
        match &next.op {
            Op::Call { dst: to, func, args, slot, kwnames: None } if *func == dst && *to != dst && !args.contains(&dst) && args.len() < 64 => {
                match self.inlines.iter().find(|c| c.slot == *slot && !c.method) {
                    Some(c) => crate::inline::plan(c, args.len()).is_some_and(|p| !p.effects),
                    // The call of the function the call site holds (see `site_call`).
                    None => self.saw(*slot, kind::FUNCTION) && !loads_global(self.f, bi, ii as usize + 1, dst, "len"),
                }
            }
            Op::CallMethod { obj, args, slot, kwnames: None, .. } if *obj == dst && !args.contains(&dst) && args.len() == 1 => self.intrinsics.iter().any(|i| i.slot == *slot),
            _ => false,
        }
    }

    /// Whether call instruction (bi, ii) may call the function being compiled: it calls the
    /// global of the function's name (`fib(n - 1)`), or a method of that name. Only such
    /// sites get the way into the function's own code that passes this call's context (see
    /// `direct_site_call`); other recursion takes the ordinary way.
    fn may_call_itself(&self, bi: u32, ii: u32) -> bool {
        let f = self.f;
        match &f.blocks[bi as usize].instrs[ii as usize].op {
            Op::Call { func, .. } => loads_global(f, bi, ii as usize, *func, &f.name),
            Op::CallMethod { name, .. } => f.names[*name as usize] == f.name,
            _ => false,
        }
    }

    /// The body of `c` compiled in place of a call of `f` with `argv` (see `inline`): when
    /// `f` is that function and every argument a number, the body's result goes to `dst`
    /// and on to `done`; otherwise the code goes on in the block this leaves current, which
    /// makes the ordinary call. A fast path of the body that fails goes there too, or, in a
    /// body with effects, to the interpreter finishing the call (`Plan::effects`), whose
    /// result also goes to `dst`.
    #[allow(clippy::too_many_arguments)]
    fn inline_call(&mut self, at: (u32, u32), c: &crate::inline::Callee<'a>, plan: &crate::inline::Plan, f: Value, (argv, numbers): (&[Value], &[bool]), dst: Reg, kills: &[Reg], done: Block) {
        let bail = self.b.create_block();
        let cont = self.b.create_block();
        let result = self.b.append_block_param(cont, types::I64);
        let refs = self.inline_refs[self.inlines.iter().position(|x| std::ptr::eq(x, c)).expect("an inlined callee of this code")];
        let mut attr_sites = None;
        let mut ok = match (c.guard, refs) {
            (crate::inline::Guard::Word(w), _) => {
                if c.method {
                    attr_sites = Some(self.iconst(c.attr_sites as i64));
                }
                self.b.ins().icmp_imm_s(IntCC::Equal, f, w as i64)
            }
            (crate::inline::Guard::Filled { .. }, InlineRefs::Pair(entry, pair)) => {
                // The pair's function, or (while the pair is empty) a function the helper
                // finds with the callee's code, which fills the pair.
                let mem = self.mem;
                let at = self.b.ins().symbol_value(types::I64, pair);
                let held = self.b.ins().load(types::I64, mem, at, 0);
                let same = self.b.ins().icmp(IntCC::Equal, f, held);
                let (empty, checked) = (self.b.create_block(), self.b.create_block());
                let yes = self.b.append_block_param(checked, types::I8);
                self.b.set_cold_block(empty);
                let unfilled = self.b.ins().icmp_imm_s(IntCC::Equal, held, crate::runtime::PAIR_EMPTY as i64);
                let no = self.b.ins().iconst(types::I8, 0);
                let next = self.b.create_block();
                self.b.ins().brif(same, checked, &[same.into()], next, &[]);
                self.b.switch_to_block(next);
                self.b.ins().brif(unfilled, empty, &[], checked, &[no.into()]);
                self.b.switch_to_block(empty);
                let want = self.b.ins().func_addr(types::I64, entry);
                let filled = self.call(Helper::FillInlinePair, &[at, f, want]).expect("fill_inline_pair answers");
                let filled = self.b.ins().icmp_imm_s(IntCC::NotEqual, filled, 0);
                self.b.ins().jump(checked, &[filled.into()]);
                self.b.switch_to_block(checked);
                if c.method {
                    attr_sites = Some(self.b.ins().load(types::I64, mem, at, 8));
                }
                yes
            }
            (crate::inline::Guard::DirectEntry(_), InlineRefs::Entry(entry)) => {
                use molt_runtime::call_site::CallSite;
                use std::mem::{offset_of, size_of};
                let sites = self.b.ins().load(types::I64, self.mem, self.ctx, offset_of!(Ctx, call_sites) as i32);
                let site = self.b.ins().iadd_imm_s(sites, (c.slot as usize * size_of::<CallSite>()) as i64);
                let cached = self.b.ins().load(types::I64, self.mem, site, offset_of!(CallSite, func) as i32);
                let held = self.b.ins().load(types::I64, self.mem, site, offset_of!(CallSite, entry) as i32);
                // (A site holding a class holds its `__init__`'s entry.)
                let init = self.b.ins().load(types::I64, self.mem, site, offset_of!(CallSite, init) as i32);
                let want = self.b.ins().func_addr(types::I64, entry);
                let same = self.b.ins().icmp(IntCC::Equal, f, cached);
                let ours = self.b.ins().icmp(IntCC::Equal, held, want);
                let function = self.b.ins().icmp_imm_s(IntCC::Equal, init, 0);
                let both = self.b.ins().band(same, ours);
                self.b.ins().band(both, function)
            }
            _ => unreachable!("an AOT guard has its references"),
        };
        // (A method's instance is the caller's to check: it found the method on its class.)
        for (&a, _) in argv.iter().zip(numbers).skip(usize::from(c.method)).filter(|(_, known)| !**known) {
            // A small int, or a float (every word below the tagged range).
            let int = self.is_tag(a, TAG_INT);
            let float = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, a, FIRST_TAGGED as i64);
            let number = self.b.ins().bor(int, float);
            ok = self.b.ins().band(ok, number);
        }
        if plan.effects {
            // Room for the call the interpreter may finish (see below).
            let (_, _, within, above) = self.call_depth_room();
            ok = self.b.ins().band(ok, within);
            ok = self.b.ins().band(ok, above);
        }
        let body: Vec<Option<Block>> = plan.facts_in.iter().map(|k| k.as_ref().map(|_| self.b.create_block())).collect();
        self.b.ins().brif(ok, body[0].expect("the entry block is reached"), &[], bail, &[]);
        // The callee's registers are variables of their own while its body is compiled.
        let vars: Vec<Variable> = (0..c.f.nregs).map(|_| self.b.declare_var(types::I64)).collect();
        let saved = (
            std::mem::replace(&mut self.f, c.f),
            std::mem::replace(&mut self.feedback, c.feedback),
            std::mem::replace(&mut self.vars, vars),
            std::mem::take(&mut self.known),
            self.held.take(),
            self.bail.replace(bail),
            self.fuse.take(),
            std::mem::replace(&mut self.attr_index, molt_vm::code::attr_site_index(c.f)),
            std::mem::replace(&mut self.attr_sites_base, attr_sites),
            self.unbind_only.take(),
        );
        // Where a fast path fails: a body with effects has the interpreter finish the call
        // from that instruction (emitted below); any other starts over as the ordinary call.
        let mut finishes: Vec<(Block, usize, usize)> = Vec::new();
        let mut finish_at = |g: &mut Self, bi: usize, ii: usize| {
            if !plan.effects {
                return bail;
            }
            let b = g.b.create_block();
            g.b.set_cold_block(b);
            finishes.push((b, bi, ii));
            b
        };
        // Variables are defined on entry to the body (arguments, and unbound for the rest).
        if let Some(b0) = body[0] {
            self.b.switch_to_block(b0);
            for r in 0..c.f.nregs {
                let v = match argv.get(r as usize) {
                    Some(&a) => a,
                    None => self.iconst(UNBOUND),
                };
                self.store_raw(r, v);
            }
        }
        for (bi, blk) in c.f.blocks.iter().enumerate() {
            let (Some(cb), Some(facts)) = (body[bi], &plan.facts_in[bi]) else { continue };
            if bi != 0 {
                self.b.switch_to_block(cb);
            }
            self.known = facts.clone();
            let end = plan.cold[bi].unwrap_or(blk.instrs.len());
            for (ii, ins) in blk.instrs[..end].iter().enumerate() {
                let mut after = self.known.clone();
                crate::facts::transfer(c.f, c.feedback, true, ins, &mut after);
                // A method's instance is borrowed from the caller: never released here.
                let kills: Vec<Reg> = c.f.kills(ins.kills).iter().copied().filter(|&r| !plan.instance[r as usize]).collect();
                let fail = finish_at(self, bi, ii);
                self.bail = Some(fail);
                self.inline_instr(bi as u32, ii as u32, ins, &kills, fail);
                self.known = after;
            }
            if let Some(ii) = plan.cold[bi] {
                let fail = finish_at(self, bi, ii);
                self.b.ins().jump(fail, &[]);
                continue;
            }
            match &blk.term {
                Terminator::Jump(t) => {
                    let t = body[*t as usize].expect("a jump's target is reached");
                    self.b.ins().jump(t, &[]);
                }
                Terminator::Branch { cond, then, els, .. } => {
                    let (t, e) = (body[*then as usize].expect("reached"), body[*els as usize].expect("reached"));
                    let v = self.load_reg(*cond);
                    let bit = self.b.ins().band_imm_s(v, 1);
                    self.b.ins().brif(bit, t, &[], e, &[]);
                }
                Terminator::Return(r) => {
                    let v = self.load_reg(*r);
                    if plan.instance[*r as usize] {
                        self.incref(v);
                    }
                    self.b.ins().jump(cont, &[v.into()]);
                }
                _ => unreachable!("inline::plan admits jumps, branches and returns only"),
            }
        }
        let callee_vars = std::mem::take(&mut self.vars);
        (self.f, self.feedback, self.vars, self.known, self.held, self.bail, self.fuse, self.attr_index, self.attr_sites_base, self.unbind_only) = saved;
        for (b, cbi, cii) in finishes {
            // The callee's registers (references of their own: the instance's copies get
            // one) go to an interpreter frame, which runs the rest of the call.
            self.b.switch_to_block(b);
            let words: Vec<Value> = callee_vars.iter().map(|v| self.b.use_var(*v)).collect();
            for (w, _) in words.iter().zip(&plan.instance).filter(|(_, i)| **i) {
                self.incref(*w);
            }
            let regs = self.scratch_words(&words);
            let point = self.iconst(cbi as i64 | ((cii as i64) << 32));
            let ctx = self.ctx;
            let w = self.call(Helper::FinishInlined, &[ctx, f, regs, point]).expect("finish_inlined returns");
            self.exit_if_err(w, at.0, at.1, None, false);
            self.b.ins().jump(cont, &[w.into()]);
        }
        self.b.switch_to_block(cont);
        self.store_reg(dst, result);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(bail);
    }

    /// `-x` for a small int whose negation is one, or a float: stored in `dst` (then the
    /// dying registers released, and on to `done`); anything else goes to `slow`.
    fn negate(&mut self, x: Value, dst: Reg, kills: &[Reg], done: Block, slow: Block) {
        let int = self.is_tag(x, TAG_INT);
        let (on_int, not_int) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(int, on_int, &[], not_int, &[]);
        self.b.switch_to_block(on_int);
        let i = self.unbox_int(x);
        let zero = self.iconst(0);
        let r = self.b.ins().isub(zero, i);
        let v = self.box_int(r, slow);
        self.store_reg(dst, v);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(not_int);
        let float = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, x, FIRST_TAGGED as i64);
        let on_float = self.b.create_block();
        self.b.ins().brif(float, on_float, &[], slow, &[]);
        self.b.switch_to_block(on_float);
        let f = self.b.ins().bitcast(types::F64, MemFlagsData::new(), x);
        let r = self.b.ins().fneg(f);
        let v = self.box_f64(r);
        self.store_reg(dst, v);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
    }

    /// `math.sqrt(x)` computed in place (see `inline::Intrinsic`) when `obj` holds that
    /// module, which still has that function under the name, and `x` is a small int or a
    /// float that is not negative; otherwise the code goes on in the block this leaves
    /// current, which makes the call (and raises for negative numbers).
    fn sqrt_call(&mut self, it: &crate::inline::Intrinsic, obj: Reg, name: u32, arg: Reg, dst: Reg, kills: &[Reg], done: Block) {
        use crate::inline::IntrinsicWords;
        let mem = self.mem;
        let slow = self.b.create_block();
        let go = self.b.create_block();
        let o = self.load_reg(obj);
        // The words (see `inline::SqrtWords`): constants, or loads from the data they are in.
        let data = match it.words {
            IntrinsicWords::Known(_) => None,
            IntrinsicWords::Filled(_) => {
                let gv = self.intrinsic_refs[self.intrinsics.iter().position(|x| std::ptr::eq(x, it)).expect("an intrinsic of this code")];
                Some(self.b.ins().symbol_value(types::I64, gv.expect("filled intrinsics have their data")))
            }
        };
        let word = |g: &mut Self, i: usize| match (&it.words, data) {
            (IntrinsicWords::Known(w), _) => g.iconst(w[i] as i64),
            (_, Some(at)) => g.b.ins().load(types::I64, mem, at, (i * 8) as i32),
            _ => unreachable!("filled words have their data"),
        };
        let entry = self.b.create_block();
        let other = match data {
            Some(_) => self.b.create_block(),
            None => slow,
        };
        // (The version's address is only the module's words' once the module matched: AOT
        // words start without one.)
        let module = word(self, 0);
        let same = self.b.ins().icmp(IntCC::Equal, o, module);
        let matched = self.b.create_block();
        self.b.ins().brif(same, matched, &[], other, &[]);
        self.b.switch_to_block(matched);
        let vp = word(self, 1);
        let version = self.b.ins().load(types::I64, mem, vp, 0);
        let then = word(self, 2);
        let current = self.b.ins().icmp(IntCC::Equal, version, then);
        self.b.ins().brif(current, entry, &[], other, &[]);
        if let Some(at) = data {
            // Another module (or the first call, or the dict changed): the helper refills
            // the words when the module has the function.
            self.b.set_cold_block(other);
            self.b.switch_to_block(other);
            let (ctx, name) = (self.ctx, self.iconst(i64::from(name)));
            let r = self.call(Helper::FillIntrinsic, &[ctx, at, o, name]).expect("fill_intrinsic answers");
            self.b.ins().brif(r, go, &[], slow, &[]);
        }
        // The entry's address is only valid while the version holds: read it after.
        self.b.switch_to_block(entry);
        let fp = word(self, 3);
        let f = self.b.ins().load(types::I64, mem, fp, 0);
        let func = word(self, 4);
        let still = self.b.ins().icmp(IntCC::Equal, f, func);
        self.b.ins().brif(still, go, &[], slow, &[]);
        self.b.switch_to_block(go);
        let x = self.load_reg(arg);
        let k = self.known[arg as usize];
        let fx = self.f64_of(x, k, slow);
        let zero = self.b.ins().f64const(0.0);
        // Negative numbers raise (the call does that); NaN's root is NaN.
        let negative = self.b.ins().fcmp(FloatCC::LessThan, fx, zero);
        let fine = self.b.create_block();
        self.b.ins().brif(negative, slow, &[], fine, &[]);
        self.b.switch_to_block(fine);
        let r = self.b.ins().sqrt(fx);
        let v = self.box_f64(r);
        self.store_reg(dst, v);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
    }

    /// An instruction of an inlined body (`inline::plan` admitted it): constants, moves of
    /// known numbers, and arithmetic and comparisons by their plans (whose failures go to
    /// `self.bail`).
    fn inline_instr(&mut self, bi: u32, ii: u32, ins: &Instr, kills: &[Reg], bail: Block) {
        match &ins.op {
            Op::LoadAttr { dst, obj, slot, .. } => {
                // An attribute in the instance's own dict, when it is a number.
                let l = self.layout.obj.expect("methods are inlined with the object layout");
                let o = self.load_reg(*obj);
                let (p, site, way) = self.attr_way(o, *slot, attr_site::INSTANCE_FIRST, &l, bail);
                let at = self.instance_value_address(p, site, way, &l, false, bail);
                let v = self.b.ins().load(types::I64, self.mem, at, 0);
                // The kinds the facts past the load say (see `facts::attr_plan`), else numbers.
                let values = crate::facts::attr_plan(self.feedback_of(*slot), true);
                let number = self.has_kinds(v, if values != 0 { values } else { crate::facts::NUMBER });
                let next = self.b.create_block();
                self.b.ins().brif(number, next, &[], bail, &[]);
                self.b.switch_to_block(next);
                self.store_raw(*dst, v);
            }
            Op::StoreAttr { obj, src, slot, .. } => {
                // A number into the instance's own dict, where it has the attribute.
                let l = self.layout.obj.expect("methods are inlined with the object layout");
                let (o, v) = (self.load_reg(*obj), self.load_reg(*src));
                let (p, site, way) = self.attr_way(o, *slot, attr_site::STORE_OK, &l, bail);
                let at = self.instance_value_address(p, site, way, &l, true, bail);
                let done = self.b.create_block();
                self.store_word_then(at, *src, v, kills, done);
                self.b.switch_to_block(done);
            }
            Op::Unary { dst, a, .. } => {
                let x = self.load_reg(*a);
                let done = self.b.create_block();
                self.negate(x, *dst, kills, done, bail);
                self.b.switch_to_block(done);
            }
            Op::LoadConst { dst, k } => {
                let bits = immediate(&self.f.consts[*k as usize]).expect("inline::plan admits numbers only");
                let v = self.iconst(bits as i64);
                self.store_raw(*dst, v);
            }
            Op::Move { dst, src } => {
                let v = self.load_reg(*src);
                self.store_raw(*dst, v);
            }
            Op::LoadLocal { dst, src } => {
                // A local that may be unbound: the ordinary call (or the interpreter
                // finishing it) raises UnboundLocalError.
                let v = self.load_reg(*src);
                let bound = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, UNBOUND);
                let next = self.b.create_block();
                self.b.ins().brif(bound, next, &[], bail, &[]);
                self.b.switch_to_block(next);
                self.store_raw(*dst, v);
            }
            Op::Binary { dst, op, a, b, slot } | Op::Inplace { dst, op, a, b, slot } => {
                let (fa, fb) = (self.known[*a as usize], self.known[*b as usize]);
                let plan = crate::facts::binary_plan(*op, self.feedback_of(*slot), fa, fb).expect("inline::plan checked the plan");
                self.binary_speculated(bi, ii, *op, plan, (*a, *b), *dst, kills);
            }
            Op::Compare { dst, op, a, b, slot } => {
                let (fa, fb) = (self.known[*a as usize], self.known[*b as usize]);
                let plan = crate::facts::compare_plan(self.feedback_of(*slot), fa, fb).expect("inline::plan checked the plan");
                self.compare_speculated(bi, ii, *op, plan, (*a, *b), *dst, kills);
            }
            _ => unreachable!("inline::plan admits constants, moves and arithmetic only"),
        }
    }

    /// The call of class `f` through `site` (which holds it): unless its version changed
    /// (then `slow`), a new instance, `__init__` called on it and the arguments through the
    /// site's entry, and its None answer checked.
    #[allow(clippy::too_many_arguments)]
    fn construct_call(&mut self, bi: u32, ii: u32, f: Value, argv: &[Value], numbers: &[bool], site: Value, l: &molt_runtime::jit_layout::ObjLayout, dst: Reg, kills: &[Reg], slow: Block, done: Block) {
        use molt_runtime::call_site::CallSite;
        use std::mem::offset_of;
        let mem = self.mem;
        let version = self.class_version(f, l);
        let want = self.b.ins().load(types::I64, mem, site, offset_of!(CallSite, version) as i32);
        let same = self.b.ins().icmp(IntCC::Equal, version, want);
        let current = self.b.create_block();
        self.b.ins().brif(same, current, &[], slow, &[]);
        self.b.switch_to_block(current);
        let cs = self.enter_call_depth(slow);
        let obj = self.call(Helper::NewInstance, &[f]).expect("new_instance returns");
        let all: Vec<Value> = std::iter::once(obj).chain(argv.iter().copied()).collect();
        let numbers: Vec<bool> = std::iter::once(false).chain(numbers.iter().copied()).collect();
        let (fo, globals) = self.cached_callee(site);
        let w = self.direct_site_call(site, cs, &all, &numbers, fo, globals, false, ErrExit { bi, ii, owned: Some(obj), retake: None });
        let none = self.b.ins().icmp_imm_s(IntCC::Equal, w, molt_runtime::Value::NONE.bits() as i64);
        let (fine, other) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(none, fine, &[], other, &[]);
        self.b.switch_to_block(other);
        let ctx = self.ctx;
        let r = self.call(Helper::InitResult, &[ctx, w]).expect("init_result returns");
        self.exit_if_err(r, bi, ii, Some(obj), false);
        self.b.ins().jump(fine, &[]);
        self.b.switch_to_block(fine);
        self.store_reg(dst, obj);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
    }

    /// Checks that the call depth and native stack allow another call (else jumps to
    /// `slow`) and counts the call; answers the `CallState` address.
    fn enter_call_depth(&mut self, slow: Block) -> Value {
        use molt_vm::interp::CallState;
        use std::mem::offset_of;
        let mem = self.mem;
        let (cs, r1, within, above) = self.call_depth_room();
        let (room, enter) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(within, room, &[], slow, &[]);
        self.b.switch_to_block(room);
        self.b.ins().brif(above, enter, &[], slow, &[]);
        self.b.switch_to_block(enter);
        self.b.ins().istore32(mem, r1, cs, offset_of!(CallState, room) as i32);
        cs
    }

    /// Whether the recursion limit and the native stack allow another call: the `CallState`
    /// address, its room less the call, and the two conditions.
    fn call_depth_room(&mut self) -> (Value, Value, Value, Value) {
        use molt_vm::interp::CallState;
        use std::mem::offset_of;
        let mem = self.mem;
        let cs = self.b.ins().load(types::I64, mem, self.ctx, offset_of!(Ctx, calls) as i32);
        let r = self.b.ins().sload32(mem, cs, offset_of!(CallState, room) as i32);
        let r1 = self.b.ins().iadd_imm_s(r, -1);
        let floor = self.b.ins().load(types::I64, mem, cs, offset_of!(CallState, stack_floor) as i32);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let within = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, r1, 0);
        let above = self.b.ins().icmp(IntCC::UnsignedGreaterThan, sp, floor);
        (cs, r1, within, above)
    }

    /// The function object (`FunctionObj` address) call site `site` was filled for, and the
    /// address of its globals word.
    fn cached_callee(&mut self, site: Value) -> (Value, Value) {
        use molt_runtime::call_site::CallSite;
        use std::mem::offset_of;
        let fo = self.b.ins().load(types::I64, self.mem, site, offset_of!(CallSite, func_obj) as i32);
        let gl = self.b.ins().load(types::I64, self.mem, site, offset_of!(CallSite, globals) as i32);
        (fo, gl)
    }

    /// Calls the direct entry `site` holds with `argv` (borrowed words; the callee gets
    /// references of its own, except of those `numbers` marks as known numbers) as function
    /// `func_obj` (a `FunctionObj` address, whose globals word is at `globals`) after
    /// `enter_call_depth`, which it undoes; answers the callee's word, or leaves through
    /// `err` when the callee raised.
    #[allow(clippy::too_many_arguments)]
    fn direct_site_call(&mut self, site: Value, cs: Value, argv: &[Value], numbers: &[bool], func_obj: Value, globals: Value, may_recurse: bool, err: ErrExit) -> Value {
        use molt_runtime::call_site::CallSite;
        use molt_vm::interp::CallState;
        use std::mem::offset_of;
        let mem = self.mem;
        let (sig, cslot) = (self.direct_sig, self.callee_ctx);
        let field = |g: &mut Self, off: usize| g.b.ins().load(types::I64, mem, site, off as i32);
        // The callee owns its argument words.
        debug_assert_eq!(argv.len(), numbers.len());
        for (&a, _) in argv.iter().zip(numbers).filter(|(_, n)| !**n) {
            self.incref(a);
        }
        let argp = self.scratch_words(argv);
        let entry = field(self, offset_of!(CallSite, entry));
        let not_osr = self.iconst(0);
        let join = self.b.create_block();
        let w = self.b.append_block_param(join, types::I64);
        // After the call: the depth back, and the callee's answer checked (`callee`: its
        // exception is in the callee's context).
        let returned = |g: &mut Self, r: Value, callee: bool| {
            let room = g.b.ins().load(types::I32, mem, cs, offset_of!(CallState, room) as i32);
            let back = g.b.ins().iadd_imm_s(room, 1);
            g.b.ins().store(mem, back, cs, offset_of!(CallState, room) as i32);
            let is_err = g.b.ins().icmp_imm_s(IntCC::Equal, r, ERR as i64);
            let raised = g.b.create_block();
            g.b.set_cold_block(raised);
            g.b.ins().brif(is_err, raised, &[], join, &[r.into()]);
            g.b.switch_to_block(raised);
            g.call_error_exit(err, callee);
        };
        if self.direct && may_recurse {
            let own = self.b.create_block();
            // Direct code calling its own function (recursion): the callee's context would
            // hold exactly what this one holds (code, globals, sites, function; no frame), so
            // the callee runs in this one. Its exception, if any, is then already here.
            let me = self.b.ins().load(types::I64, mem, self.ctx, offset_of!(Ctx, func) as i32);
            let same = self.b.ins().icmp(IntCC::Equal, func_obj, me);
            let other = self.b.create_block();
            self.b.ins().brif(same, own, &[], other, &[]);
            self.b.switch_to_block(own);
            let ctx = self.ctx;
            let call = self.b.ins().call_indirect(sig, entry, &[ctx, argp, not_osr]);
            self.forget_globals();
            let r = self.b.inst_results(call)[0];
            returned(self, r, false);
            self.b.switch_to_block(other);
        }
        let zero = self.iconst(0);
        let words = [
            (offset_of!(Ctx, frame), zero),
            (offset_of!(Ctx, code), field(self, offset_of!(CallSite, code))),
            (offset_of!(Ctx, globals), globals),
            (offset_of!(Ctx, sites), field(self, offset_of!(CallSite, global_sites))),
            (offset_of!(Ctx, func), func_obj),
            (offset_of!(Ctx, instrs), zero),
            (offset_of!(Ctx, reraise), zero),
            (offset_of!(Ctx, err), zero),
            (offset_of!(Ctx, panic), zero),
            (offset_of!(Ctx, call_sites), field(self, offset_of!(CallSite, call_sites))),
            (offset_of!(Ctx, calls), cs),
            (offset_of!(Ctx, attr_sites), field(self, offset_of!(CallSite, attr_sites))),
        ];
        for (off, v) in words {
            self.b.ins().stack_store(types::I64, v, cslot, off as i32);
        }
        let callee = self.b.ins().stack_addr(types::I64, cslot, 0);
        let call = self.b.ins().call_indirect(sig, entry, &[callee, argp, not_osr]);
        self.forget_globals();
        let r = self.b.inst_results(call)[0];
        returned(self, r, true);
        self.b.switch_to_block(join);
        w
    }

    /// Leaves through the error exit of instruction (bi, ii) when `w` is ERR, releasing
    /// `owned` (a reference this instruction made) first. `callee`: the ERR came from a
    /// direct call, whose exception (or caught panic) moves into this context.
    fn exit_if_err(&mut self, w: Value, bi: u32, ii: u32, owned: Option<Value>, callee: bool) {
        let is_err = self.b.ins().icmp_imm_s(IntCC::Equal, w, ERR as i64);
        let (err, fine) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(is_err, err, &[], fine, &[]);
        self.b.switch_to_block(err);
        self.call_error_exit(ErrExit { bi, ii, owned, retake: None }, callee);
        self.b.switch_to_block(fine);
    }

    /// The error exit of a call instruction, in the current block: `callee`: the exception
    /// (or caught panic) is in the callee's context and moves into this one.
    fn call_error_exit(&mut self, e: ErrExit, callee: bool) {
        use std::mem::offset_of;
        if callee {
            for off in [offset_of!(Ctx, err), offset_of!(Ctx, panic)] {
                let v = self.b.ins().stack_load(types::I64, types::I64, self.callee_ctx, off as i32);
                self.b.ins().store(self.mem, v, self.ctx, off as i32);
            }
        }
        if let Some(o) = e.owned {
            self.release(o);
        }
        if let Some(v) = e.retake {
            self.incref(v);
        }
        self.exit_error(e.bi, e.ii);
    }

    /// The address of item `k` of `o` when `o` is a list (or, unless `store`, a tuple) not
    /// borrowed in a conflicting way and `k` a small int within its bounds (negative ones
    /// count from the end); otherwise jumps to `slow` (which raises IndexError and the rest).
    fn item_address(&mut self, o: Value, k: Value, l: &molt_runtime::jit_layout::ObjLayout, store: bool, slow: Block) -> Value {
        let is_ptr = self.is_tag(o, TAG_PTR);
        let is_int = self.is_tag(k, TAG_INT);
        let both = self.b.ins().band(is_ptr, is_int);
        let obj = self.b.create_block();
        self.b.ins().brif(both, obj, &[], slow, &[]);
        self.b.switch_to_block(obj);
        let p = self.b.ins().band_imm_s(o, PAYLOAD_MASK as i64);
        let (data, len) = self.seq_data_len(p, l, store, slow);
        let i = self.unbox_int(k);
        let from_end = self.b.ins().iadd(i, len);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let idx = self.b.ins().select(neg, from_end, i);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inside, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
        let off = self.b.ins().ishl_imm_s(idx, 3);
        self.b.ins().iadd(data, off)
    }

    /// `dst = obj.name`: from the instance's dict or the class's data through the site's
    /// cache, else by the helper.
    #[allow(clippy::too_many_arguments)]
    fn load_attr(&mut self, bi: u32, ii: u32, dst: Reg, obj: Reg, name: u32, slot: u32, kills: &[Reg]) {
        let o = self.load_reg(obj);
        let Some(l) = self.layout.obj.filter(|_| self.saw(slot, kind::INSTANCE)) else {
            return self.value_op(bi, ii, &[(obj, o)], Helper::LoadAttr, &[pack(name, slot)], Some(dst), kills);
        };
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let (p, site, way) = self.attr_way(o, slot, attr_site::INSTANCE_FIRST, &l, slow);
        let not_own = self.b.create_block();
        let at = self.instance_value_address(p, site, way, &l, false, not_own);
        self.load_word_into(at, dst, kills, done);
        self.b.switch_to_block(not_own);
        let at = self.class_data_address(p, site, way, &l, slow);
        self.load_word_into(at, dst, kills, done);
        let first = self.begin_slow(slow);
        self.value_op(bi, ii, &[(obj, o)], Helper::LoadAttr, &[pack(name, slot)], Some(dst), kills);
        self.b.ins().jump(done, &[]);
        self.cold_since(first);
        self.b.switch_to_block(done);
    }

    /// After instruction (bi, ii) stored its result in `dst`: continues when the result is
    /// of the kinds in `k` (what the facts past the instruction say), else deoptimizes at
    /// the next instruction (the result goes to the interpreter with the registers).
    fn check_result(&mut self, bi: u32, ii: u32, dst: Reg, k: Fact) {
        let v = self.load_reg(dst);
        let ok = self.has_kinds(v, k);
        let other = self.deopt_block(bi, ii + 1, DEOPT_KINDS);
        // The register holds the result, whatever the facts before the instruction said.
        if let Some(d) = self.deopts.iter_mut().find(|d| d.0 == other) {
            d.4[dst as usize] = 0;
        }
        let fine = self.b.create_block();
        self.b.ins().brif(ok, fine, &[], other, &[]);
        self.b.switch_to_block(fine);
    }

    /// `dst = obj[key]` for a site that saw only lists and tuples giving items of the kinds
    /// in `item` (`facts::item_plan`): the item, inline; any other container, key, index or
    /// item deoptimizes (before anything happened).
    fn get_item_speculated(&mut self, bi: u32, ii: u32, (obj, key): (Reg, Reg), dst: Reg, item: Fact, kills: &[Reg]) {
        let l = self.layout.obj.expect("item plans need the object layout");
        self.stress_point(bi, ii);
        let (o, k) = (self.load_reg(obj), self.load_reg(key));
        let other = self.deopt_block(bi, ii, DEOPT_KINDS);
        let at = self.item_address(o, k, &l, false, other);
        let v = self.b.ins().load(types::I64, self.mem, at, 0);
        let ok = self.has_kinds(v, item);
        let fine = self.b.create_block();
        self.b.ins().brif(ok, fine, &[], other, &[]);
        self.b.switch_to_block(fine);
        // A number: no reference to take.
        self.store_reg(dst, v);
        self.kills(kills, &[]);
    }

    /// The next value of `it` (an owned word) when it is a range iterator with a next value
    /// that is a small int, or an iterator over a list or tuple with items left (neither
    /// borrowed); the iterator advances and `each` gets the value and whether it is a range's
    /// (in a block of its own, which it ends). Otherwise jumps to `slow`, which also ends loops.
    fn iter_next_inline(&mut self, it: Value, l: &molt_runtime::jit_layout::ObjLayout, slow: Block, mut each: impl FnMut(&mut Self, Value, bool)) {
        let mem = self.mem;
        let p = self.heap_with_tag(it, l.tag, l.iter_tag, slow);
        let cell = self.b.ins().iadd_imm_s(p, i64::from(l.iter_cell));
        let flag = self.b.ins().load(types::I64, mem, cell, l.iter_borrow);
        let kind = self.b.ins().uload8(types::I64, mem, cell, l.iter_kind);
        let free = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
        let range = self.b.create_block();
        let not_range = self.b.create_block();
        let is_range = self.b.ins().icmp_imm_s(IntCC::Equal, kind, i64::from(l.range_tag));
        let range_ok = self.b.ins().band(is_range, free);
        self.b.ins().brif(range_ok, range, &[], not_range, &[]);
        self.b.switch_to_block(not_range);
        let seq = self.b.create_block();
        let is_seq = self.b.ins().icmp_imm_s(IntCC::Equal, kind, i64::from(l.seq_tag));
        let seq_ok = self.b.ins().band(is_seq, free);
        self.b.ins().brif(seq_ok, seq, &[], slow, &[]);

        // A sequence iterator: the item at the index, if any.
        self.b.switch_to_block(seq);
        let s = self.b.ins().load(types::I64, mem, cell, l.seq_seq);
        let idx = self.b.ins().load(types::I64, mem, cell, l.seq_index);
        let sp = self.b.ins().band_imm_s(s, PAYLOAD_MASK as i64);
        let (data, len) = self.seq_data_len(sp, l, false, slow);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let item = self.b.create_block();
        self.b.ins().brif(inside, item, &[], slow, &[]);
        self.b.switch_to_block(item);
        let off = self.b.ins().ishl_imm_s(idx, 3);
        let at = self.b.ins().iadd(data, off);
        let v = self.b.ins().load(types::I64, mem, at, 0);
        self.incref(v);
        let idx1 = self.b.ins().iadd_imm_s(idx, 1);
        self.b.ins().store(mem, idx1, cell, l.seq_index);
        each(self, v, false);

        // A range iterator.
        self.b.switch_to_block(range);
        let next = self.b.ins().load(types::I64, mem, cell, l.range_next);
        let stop = self.b.ins().load(types::I64, mem, cell, l.range_stop);
        let step = self.b.ins().load(types::I64, mem, cell, l.range_step);
        // More to come: step > 0 and next < stop, or step < 0 and next > stop (a step is
        // never 0). Counting up is tested first, as a branch of its own.
        let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let (counting_up, counting_down, advance) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().brif(up, counting_up, &[], counting_down, &[]);
        self.b.switch_to_block(counting_up);
        let below = self.b.ins().icmp(IntCC::SignedLessThan, next, stop);
        self.b.ins().brif(below, advance, &[], slow, &[]);
        self.b.switch_to_block(counting_down);
        let above = self.b.ins().icmp(IntCC::SignedGreaterThan, next, stop);
        self.b.ins().brif(above, advance, &[], slow, &[]);
        self.b.switch_to_block(advance);
        let (after, overflow) = self.b.ins().sadd_overflow(next, step);
        let stepped = self.b.create_block();
        self.b.ins().brif(overflow, slow, &[], stepped, &[]);
        self.b.switch_to_block(stepped);
        let v = self.box_int(next, slow);
        self.b.ins().store(mem, after, cell, l.range_next);
        each(self, v, true);
    }

    /// For `o` an ordinary instance (not an exception) whose class (at its current version)
    /// has a way at the attribute site of `slot` with all of `flags`: the instance's heap
    /// address, the site's address and the way's. Otherwise jumps to `slow`. Ways are filled
    /// only for classes of plain instances (`interp::fill_attr_cache`), and an instance's
    /// class word is always a class of its layout (`__class__` assignment keeps layouts), so
    /// a way matching the class's version is all it takes. The first way is tried first
    /// (a site's first class takes it).
    fn attr_way(&mut self, o: Value, slot: u32, flags: u64, l: &molt_runtime::jit_layout::ObjLayout, slow: Block) -> (Value, Value, Value) {
        use molt_runtime::attr_site::{AttrSite, AttrWay, WAYS};
        use std::mem::{offset_of, size_of};
        let mem = self.meta;
        let p = self.heap_with_tag(o, l.tag, l.inst_tag, slow);
        // The class word is only replaced (never borrowed across other code) by a
        // `__class__` assignment, which cannot be running now.
        let cls = self.b.ins().load(types::I64, mem, p, l.inst_class);
        let version = self.class_version(cls, l);
        let index = self.attr_index[slot as usize];
        assert!(index != u32::MAX, "attribute instructions have attribute sites");
        let sites = match self.attr_sites_base {
            Some(a) => a,
            None => self.b.ins().load(types::I64, mem, self.ctx, offset_of!(Ctx, attr_sites) as i32),
        };
        let site = self.b.ins().iadd_imm_s(sites, index as i64 * size_of::<AttrSite>() as i64);
        // The way whose version matches (empty ways hold 0, which no class has).
        let way_at = |w: usize| (offset_of!(AttrSite, ways) + w * size_of::<AttrWay>()) as i64;
        let found = self.b.create_block();
        let way = self.b.append_block_param(found, types::I64);
        let scan = self.b.create_block();
        self.b.set_cold_block(scan);
        let first = self.b.ins().iadd_imm_s(site, way_at(0));
        let v0 = self.b.ins().load(types::I64, mem, first, offset_of!(AttrWay, version) as i32);
        let eq0 = self.b.ins().icmp(IntCC::Equal, v0, version);
        self.b.ins().brif(eq0, found, &[first.into()], scan, &[]);
        self.b.switch_to_block(scan);
        let mut other = self.b.ins().iadd_imm_s(site, way_at(WAYS - 1));
        let mut any = None;
        for w in (1..WAYS).rev() {
            let v = self.b.ins().load(types::I64, mem, site, (way_at(w) as usize + offset_of!(AttrWay, version)) as i32);
            let eq = self.b.ins().icmp(IntCC::Equal, v, version);
            if w != WAYS - 1 {
                let here = self.b.ins().iadd_imm_s(site, way_at(w));
                other = self.b.ins().select(eq, here, other);
            }
            any = Some(match any {
                None => eq,
                Some(f) => self.b.ins().bor(f, eq),
            });
        }
        self.b.ins().brif(any.expect("a site has several ways"), found, &[other.into()], slow, &[]);
        self.b.switch_to_block(found);
        let have = self.b.ins().load(types::I64, mem, way, offset_of!(AttrWay, flags) as i32);
        let wanted = self.b.ins().band_imm_s(have, flags as i64);
        let all = self.b.ins().icmp_imm_s(IntCC::Equal, wanted, flags as i64);
        let cached = self.b.create_block();
        self.b.ins().brif(all, cached, &[], slow, &[]);
        self.b.switch_to_block(cached);
        (p, site, way)
    }

    /// The builtin function method site `slot` found on values of builtin type `id` (whose
    /// objects carry `tag`), when `o` is such a value and the site's first way holds one;
    /// otherwise jumps to `slow`.
    fn builtin_method(&mut self, o: Value, slot: u32, tag: u8, id: TypeId, l: &molt_runtime::jit_layout::ObjLayout, slow: Block) -> Value {
        use molt_runtime::attr_site::{AttrSite, AttrWay, BUILTIN_WAYS, METHOD};
        use std::mem::{offset_of, size_of};
        let mem = self.meta;
        self.heap_with_tag(o, l.tag, tag, slow);
        let index = self.attr_index[slot as usize];
        assert!(index != u32::MAX, "method calls have attribute sites");
        let sites = self.b.ins().load(types::I64, mem, self.ctx, offset_of!(Ctx, attr_sites) as i32);
        let way = self.b.ins().iadd_imm_s(sites, (index as usize * size_of::<AttrSite>() + offset_of!(AttrSite, ways)) as i64);
        let version = self.b.ins().load(types::I64, mem, way, offset_of!(AttrWay, version) as i32);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, version, (BUILTIN_WAYS + id as u64) as i64);
        let flags = self.b.ins().load(types::I64, mem, way, offset_of!(AttrWay, flags) as i32);
        let method = self.b.ins().band_imm_s(flags, METHOD as i64);
        let method = self.b.ins().icmp_imm_s(IntCC::NotEqual, method, 0);
        let both = self.b.ins().band(same, method);
        let ok = self.b.create_block();
        self.b.ins().brif(both, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
        self.b.ins().load(types::I64, mem, way, offset_of!(AttrWay, class_attr) as i32)
    }

    /// The version of class word `cls` (bumped whenever its dict or a base's changes).
    fn class_version(&mut self, cls: Value, l: &molt_runtime::jit_layout::ObjLayout) -> Value {
        let cp = self.b.ins().band_imm_s(cls, PAYLOAD_MASK as i64);
        let bx = self.b.ins().load(types::I64, self.meta, cp, l.class_box);
        self.b.ins().load(types::I64, self.meta, bx, l.class_version)
    }

    /// The heap address of instance `p`'s dict, when it is not borrowed mutably (for a
    /// `store`: not borrowed at all); otherwise jumps to `slow`.
    fn instance_dict(&mut self, p: Value, l: &molt_runtime::jit_layout::ObjLayout, store: bool, slow: Block) -> Value {
        let mem = self.meta;
        // An instance's `__dict__` is always a dict (assigning it replaces its contents).
        let d = self.b.ins().load(types::I64, mem, p, l.inst_dict);
        let dp = self.b.ins().band_imm_s(d, PAYLOAD_MASK as i64);
        self.unless_borrowed(dp, l.dict_borrow, store, slow);
        dp
    }

    /// The address of the value word of the site's name in instance `p`'s dict, when it is
    /// at the entry the way remembers (see `instance_dict` for borrows); otherwise jumps to
    /// `slow` (which looks further and updates the way).
    fn instance_value_address(&mut self, p: Value, site: Value, way: Value, l: &molt_runtime::jit_layout::ObjLayout, store: bool, slow: Block) -> Value {
        use molt_runtime::attr_site::AttrWay;
        use std::mem::offset_of;
        let mem = self.mem;
        let dp = self.instance_dict(p, l, store, slow);
        let hint = self.b.ins().load(types::I64, mem, way, offset_of!(AttrWay, hint) as i32);
        self.entry_value_address(dp, hint, site, l, slow)
    }

    /// The address of the value word of entry `pos` of dict `dp` when that entry's key is
    /// the site's name (pointer equality with the interned name); otherwise jumps to `slow`.
    fn entry_value_address(&mut self, dp: Value, pos: Value, site: Value, l: &molt_runtime::jit_layout::ObjLayout, slow: Block) -> Value {
        use molt_runtime::attr_site::AttrSite;
        use std::mem::offset_of;
        let mem = self.meta;
        let len = self.b.ins().load(types::I64, mem, dp, l.dict_len);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, pos, len);
        let entry = self.b.create_block();
        self.b.ins().brif(inside, entry, &[], slow, &[]);
        self.b.switch_to_block(entry);
        let entries = self.b.ins().load(types::I64, mem, dp, l.dict_entries);
        let off = self.b.ins().imul_imm_s(pos, i64::from(l.entry_size));
        let e = self.b.ins().iadd(entries, off);
        let key = self.b.ins().load(types::I64, mem, e, l.entry_key);
        let name = self.b.ins().load(types::I64, mem, site, offset_of!(AttrSite, key) as i32);
        let same = self.b.ins().icmp(IntCC::Equal, key, name);
        let at = self.b.create_block();
        self.b.ins().brif(same, at, &[], slow, &[]);
        self.b.switch_to_block(at);
        self.b.ins().iadd_imm_s(e, i64::from(l.entry_value))
    }

    /// The address of the value word of the plain data a way with `CLASS_DATA` found in a
    /// class namespace (see `attr_site::CLASS_DATA`), when instance `p`'s dict does not have
    /// the name; otherwise jumps to `slow`.
    fn class_data_address(&mut self, p: Value, site: Value, way: Value, l: &molt_runtime::jit_layout::ObjLayout, slow: Block) -> Value {
        use molt_runtime::attr_site::{AttrWay, CLASS_DATA};
        use std::mem::offset_of;
        let mem = self.meta;
        let flags = self.b.ins().load(types::I64, mem, way, offset_of!(AttrWay, flags) as i32);
        let data = self.b.ins().band_imm_s(flags, CLASS_DATA as i64);
        let has = self.b.create_block();
        self.b.ins().brif(data, has, &[], slow, &[]);
        self.b.switch_to_block(has);
        self.unless_in_instance_dict(p, site, l, slow);
        // The namespace reads as a dict object from `dict_cell` bytes before it.
        let ns = self.b.ins().load(types::I64, mem, way, offset_of!(AttrWay, data) as i32);
        let dp = self.b.ins().iadd_imm_s(ns, -i64::from(l.dict_cell));
        self.unless_borrowed(dp, l.dict_borrow, false, slow);
        let pos = self.b.ins().load(types::I64, mem, way, offset_of!(AttrWay, data_pos) as i32);
        self.entry_value_address(dp, pos, site, l, slow)
    }

    /// Continues when instance `p`'s dict has no entry whose hash is the site's name's (so
    /// the name is not there: equal strings hash equally); jumps to `slow` when it might, or
    /// when the dict is large (more than `SCAN` entries) or borrowed mutably. The dict's hash
    /// bits answer first: most names were never a key of it.
    fn unless_in_instance_dict(&mut self, p: Value, site: Value, l: &molt_runtime::jit_layout::ObjLayout, slow: Block) {
        use molt_runtime::attr_site::AttrSite;
        use std::mem::offset_of;
        const SCAN: i64 = 16;
        let mem = self.meta;
        let dp = self.instance_dict(p, l, false, slow);
        let hash = self.b.ins().load(types::I64, mem, site, offset_of!(AttrSite, hash) as i32);
        let bits = self.b.ins().load(types::I64, mem, dp, l.dict_hash_bits);
        // (Shifts take their amount modulo 64: bit `hash & 63`.)
        let bit = self.b.ins().ushr(bits, hash);
        let maybe = self.b.ins().band_imm_s(bit, 1);
        let absent = self.b.create_block();
        let sized = self.b.create_block();
        self.b.ins().brif(maybe, sized, &[], absent, &[]);
        self.b.switch_to_block(sized);
        let len = self.b.ins().load(types::I64, mem, dp, l.dict_len);
        let small = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, len, SCAN);
        let scan = self.b.create_block();
        self.b.ins().brif(small, scan, &[], slow, &[]);
        self.b.switch_to_block(scan);
        let entries = self.b.ins().load(types::I64, mem, dp, l.dict_entries);
        let end = self.b.ins().imul_imm_s(len, i64::from(l.entry_size));
        let end = self.b.ins().iadd(entries, end);
        let head = self.b.create_block();
        let at = self.b.append_block_param(head, types::I64);
        let body = self.b.create_block();
        let next = self.b.create_block();
        self.b.ins().jump(head, &[entries.into()]);
        self.b.switch_to_block(head);
        let past = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, at, end);
        self.b.ins().brif(past, absent, &[], body, &[]);
        self.b.switch_to_block(body);
        let h = self.b.ins().load(types::I64, mem, at, l.entry_hash);
        let same = self.b.ins().icmp(IntCC::Equal, h, hash);
        self.b.ins().brif(same, slow, &[], next, &[]);
        self.b.switch_to_block(next);
        let after = self.b.ins().iadd_imm_s(at, i64::from(l.entry_size));
        self.b.ins().jump(head, &[after.into()]);
        self.b.switch_to_block(absent);
    }

    /// The heap address of `v` when it is a heap object whose variant tag (the byte at
    /// `tag_at`) is `tag`; otherwise jumps to `slow`.
    fn heap_with_tag(&mut self, v: Value, tag_at: i32, tag: u8, slow: Block) -> Value {
        let is_ptr = self.is_tag(v, TAG_PTR);
        let obj = self.b.create_block();
        self.b.ins().brif(is_ptr, obj, &[], slow, &[]);
        self.b.switch_to_block(obj);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let t = self.b.ins().uload8(types::I64, self.meta, p, tag_at);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, t, i64::from(tag));
        let tagged = self.b.create_block();
        self.b.ins().brif(same, tagged, &[], slow, &[]);
        self.b.switch_to_block(tagged);
        p
    }

    /// Continues when the `RefCell` whose borrow flag is at `p + flag_at` is not borrowed
    /// mutably (for a `store`: not borrowed at all), else jumps to `slow`.
    fn unless_borrowed(&mut self, p: Value, flag_at: i32, store: bool, slow: Block) {
        let flag = self.b.ins().load(types::I64, self.meta, p, flag_at);
        let free = if store {
            self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0)
        } else {
            self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, flag, 0)
        };
        let ok = self.b.create_block();
        self.b.ins().brif(free, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
    }

    /// Continues when `v` (register `r`'s word) is bound, else jumps to `slow`; no check
    /// when `r` is known to hold a number.
    fn unless_unbound(&mut self, r: Reg, v: Value, slow: Block) {
        if self.known[r as usize] != 0 {
            return;
        }
        let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, v, UNBOUND);
        let fast = self.b.create_block();
        self.b.ins().brif(unbound, slow, &[], fast, &[]);
        self.b.switch_to_block(fast);
    }

    /// The end of an inline load: a new reference to the word at `at` goes to `dst`, the
    /// dying temporaries are released, and control goes to `done`.
    fn load_word_into(&mut self, at: Value, dst: Reg, kills: &[Reg], done: Block) {
        let v = self.b.ins().load(types::I64, self.mem, at, 0);
        self.incref(v);
        self.store_reg(dst, v);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
    }

    /// The end of an inline store: a new reference to `v` (register `r`'s word; a known
    /// number needs none) replaces the word at `at`, releasing what it held, the dying
    /// temporaries are released, and control goes to `done`.
    fn store_word_then(&mut self, at: Value, r: Reg, v: Value, kills: &[Reg], done: Block) {
        if self.known[r as usize] == 0 {
            self.incref(v);
        }
        let old = self.b.ins().load(types::I64, self.mem, at, 0);
        self.b.ins().store(self.mem, v, at, 0);
        self.release(old);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
    }

    /// The address of the value word of closure cell `c`, when it is a cell that is not
    /// borrowed mutably (for a `store`: not borrowed at all); otherwise jumps to `slow`.
    fn cell_value_address(&mut self, c: Value, l: &molt_runtime::jit_layout::ObjLayout, store: bool, slow: Block) -> Value {
        let p = self.heap_with_tag(c, l.tag, l.cell_tag, slow);
        self.unless_borrowed(p, l.cell_borrow, store, slow);
        self.b.ins().iadd_imm_s(p, i64::from(l.cell_value))
    }

    /// `len(v)` read from the object when `f` is the `len` builtin and `v` a str, list (not
    /// borrowed mutably) or tuple, then on to `done`; otherwise code continues where it was
    /// (with the general call).
    fn builtin_len(&mut self, f: Value, v: Value, l: &molt_runtime::jit_layout::ObjLayout, dst: Reg, kills: &[Reg], done: Block) {
        let mem = self.mem;
        let gv = self.len_builtin;
        let at = self.b.ins().symbol_value(types::I64, gv);
        let len_fn = self.b.ins().load(types::I64, mem, at, 0);
        let is_len = self.b.ins().icmp(IntCC::Equal, f, len_fn);
        let general = self.b.create_block();
        let obj = self.b.create_block();
        let is_ptr = self.is_tag(v, TAG_PTR);
        let both = self.b.ins().band(is_len, is_ptr);
        self.b.ins().brif(both, obj, &[], general, &[]);
        self.b.switch_to_block(obj);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let tag = self.b.ins().uload8(types::I64, mem, p, l.tag);
        let got = self.b.create_block();
        let n = self.b.append_block_param(got, types::I64);
        let (text, other) = (self.b.create_block(), self.b.create_block());
        let is_text = self.b.ins().icmp_imm_s(IntCC::Equal, tag, i64::from(l.str_tag));
        self.b.ins().brif(is_text, text, &[], other, &[]);
        self.b.switch_to_block(text);
        let chars = self.b.ins().load(types::I64, mem, p, l.str_chars);
        self.b.ins().jump(got, &[chars.into()]);
        self.b.switch_to_block(other);
        let (_, items) = self.seq_data_len(p, l, false, general);
        self.b.ins().jump(got, &[items.into()]);
        self.b.switch_to_block(got);
        // A length is far below the small-int limit (no object has 2**47 items).
        let low = self.b.ins().band_imm_s(n, PAYLOAD_MASK as i64);
        let boxed = self.b.ins().bor_imm_s(low, TAGGED_INT);
        self.store_reg(dst, boxed);
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(general);
    }

    /// The data pointer and length of the list (or, unless `store`, tuple) at heap address
    /// `p`, when no borrow conflicts (reading needs no mutable borrow in progress, writing
    /// no borrow at all); otherwise jumps to `slow`.
    fn seq_data_len(&mut self, p: Value, l: &molt_runtime::jit_layout::ObjLayout, store: bool, slow: Block) -> (Value, Value) {
        // (Headers only the runtime writes: see `meta`.)
        let mem = self.meta;
        let tag = self.b.ins().uload8(types::I64, mem, p, l.tag);
        let list = self.b.create_block();
        let checked = self.b.create_block();
        let data = self.b.append_block_param(checked, types::I64);
        let len = self.b.append_block_param(checked, types::I64);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, tag, i64::from(l.list_tag));
        if store {
            self.b.ins().brif(is_list, list, &[], slow, &[]);
        } else {
            let not_list = self.b.create_block();
            let tuple = self.b.create_block();
            self.b.ins().brif(is_list, list, &[], not_list, &[]);
            self.b.switch_to_block(not_list);
            let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, tag, i64::from(l.tuple_tag));
            self.b.ins().brif(is_tuple, tuple, &[], slow, &[]);
            self.b.switch_to_block(tuple);
            let d = self.b.ins().load(types::I64, mem, p, l.tuple_ptr);
            let n = self.b.ins().load(types::I64, mem, p, l.tuple_len);
            self.b.ins().jump(checked, &[d.into(), n.into()]);
        }
        self.b.switch_to_block(list);
        self.unless_borrowed(p, l.list_borrow, store, slow);
        let d = self.b.ins().load(types::I64, mem, p, l.list_ptr);
        let n = self.b.ins().load(types::I64, mem, p, l.list_len);
        self.b.ins().jump(checked, &[d.into(), n.into()]);
        self.b.switch_to_block(checked);
        (data, len)
    }

    /// The value word (borrowed) the global-load site `slot` caches, read as
    /// `GlobalSite::get` reads it; jumps to `miss` when the cache is empty or stale.
    fn cached_global(&mut self, slot: u32, miss: Block) -> Value {
        let p = self.cached_global_address(slot, miss);
        self.b.ins().load(types::I64, self.mem, p, 0)
    }

    /// The address of the value word `cached_global` reads.
    fn cached_global_address(&mut self, slot: u32, miss: Block) -> Value {
        use molt_runtime::global_site::GlobalSite;
        use std::mem::offset_of;
        if let Some((at, _)) = self.embedded_site(slot, true, miss) {
            return at;
        }
        let mem = self.meta;
        let (site, _) = self.global_site(slot, miss);
        let field = |g: &mut Self, off: usize| g.b.ins().load(types::I64, mem, site, off as i32);
        let bp = field(self, offset_of!(GlobalSite, builtins_version_ptr));
        let builtin = self.b.create_block();
        let hit = self.b.create_block();
        self.b.ins().brif(bp, builtin, &[], hit, &[]);
        self.b.switch_to_block(builtin);
        let now = self.b.ins().load(types::I64, mem, bp, 0);
        let then = field(self, offset_of!(GlobalSite, builtins_version));
        let same = self.b.ins().icmp(IntCC::Equal, now, then);
        self.b.ins().brif(same, hit, &[], miss, &[]);
        self.b.switch_to_block(hit);
        field(self, offset_of!(GlobalSite, value))
    }

    /// The address of the value word the global-load site `slot` caches when it is an entry
    /// of the globals dict (not the builtins') and the dict is not borrowed, so that stores
    /// may go there too; otherwise jumps to `fail`.
    fn region_global_address(&mut self, slot: u32, l: &molt_runtime::jit_layout::ObjLayout, fail: Block) -> Value {
        use molt_runtime::global_site::GlobalSite;
        use std::mem::offset_of;
        if let Some((at, globals)) = self.embedded_site(slot, false, fail) {
            self.unless_globals_borrowed(globals, l, fail);
            return at;
        }
        let (site, globals) = self.global_site(slot, fail);
        let bp = self.b.ins().load(types::I64, self.meta, site, offset_of!(GlobalSite, builtins_version_ptr) as i32);
        let ok = self.b.create_block();
        self.b.ins().brif(bp, fail, &[], ok, &[]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
        self.unless_globals_borrowed(globals, l, fail);
        self.b.ins().load(types::I64, self.meta, site, offset_of!(GlobalSite, value) as i32)
    }

    /// The address of global `name`'s value word in the globals dict, from the name's store
    /// site (after the load sites), which holds it while the dict's layout is unchanged and
    /// the dict is not borrowed; otherwise jumps to `slow`.
    fn global_store_address(&mut self, name: u32, l: &molt_runtime::jit_layout::ObjLayout, slow: Block) -> Value {
        if let Some((at, globals)) = self.embedded_site(self.f.nslots + name, false, slow) {
            self.unless_globals_borrowed(globals, l, slow);
            return at;
        }
        let (site, globals) = self.global_site(self.f.nslots + name, slow);
        self.unless_globals_borrowed(globals, l, slow);
        self.b.ins().load(types::I64, self.meta, site, std::mem::offset_of!(molt_runtime::global_site::GlobalSite, value) as i32)
    }

    /// Continues when nothing borrows the globals dict (word `globals`), so that an entry's
    /// value word may be written; otherwise jumps to `fail`.
    fn unless_globals_borrowed(&mut self, globals: Value, l: &molt_runtime::jit_layout::ObjLayout, fail: Block) {
        let dp = self.b.ins().band_imm_s(globals, PAYLOAD_MASK as i64);
        self.unless_borrowed(dp, l.dict_borrow, true, fail);
    }

    /// With global site `index`'s words embedded (see `compile`; not in an inlined body,
    /// whose sites are another code object's): the address of the value word the site
    /// cached and the globals word, checked as `GlobalSite::get` checks (the globals are
    /// the same dict, and its layout, and the builtins' for a builtin, unchanged), else
    /// jumps to `miss`. The embedded words stay good whatever becomes of the site: they
    /// are what the check compares against, and the dicts they point into stay allocated
    /// (`leak_snapshot`). `None` without embedded words, or for a builtin unless
    /// `builtins`.
    fn embedded_site(&mut self, index: u32, builtins: bool, miss: Block) -> Option<(Value, Value)> {
        let [globals_then, gvp, gv, bvp, bv, at] = self.sites.get(index as usize).copied().flatten().filter(|_| self.bail.is_none())?;
        if bvp != 0 && !builtins {
            return None;
        }
        let mem = self.meta;
        let gp = self.b.ins().load(types::I64, mem, self.ctx, self.layout.globals_offset);
        let globals = self.b.ins().load(types::I64, mem, gp, 0);
        let mut checks = vec![(globals, globals_then)];
        for (p, then) in [(gvp, gv), (bvp, bv)] {
            if p != 0 {
                let addr = self.iconst(p as i64);
                checks.push((self.b.ins().load(types::I64, mem, addr, 0), then));
            }
        }
        for (now, then) in checks {
            let same = self.b.ins().icmp_imm_s(IntCC::Equal, now, then as i64);
            let next = self.b.create_block();
            self.b.ins().brif(same, next, &[], miss, &[]);
            self.b.switch_to_block(next);
        }
        Some((self.iconst(at as i64), globals))
    }

    /// The address of global site `index` (`CodeObject::global_sites`) and the globals
    /// word, when the site was filled for these globals and their dict's layout version is
    /// unchanged; otherwise jumps to `miss`.
    fn global_site(&mut self, index: u32, miss: Block) -> (Value, Value) {
        use molt_runtime::global_site::GlobalSite;
        use std::mem::{offset_of, size_of};
        let mem = self.meta;
        let sites = self.b.ins().load(types::I64, mem, self.ctx, self.layout.sites_offset);
        let site = self.b.ins().iadd_imm_s(sites, (index as usize * size_of::<GlobalSite>()) as i64);
        let field = |g: &mut Self, off: usize| g.b.ins().load(types::I64, mem, site, off as i32);
        let cached = field(self, offset_of!(GlobalSite, globals));
        let gp = self.b.ins().load(types::I64, mem, self.ctx, self.layout.globals_offset);
        let globals = self.b.ins().load(types::I64, mem, gp, 0);
        let same = self.b.ins().icmp(IntCC::Equal, cached, globals);
        let next = self.b.create_block();
        self.b.ins().brif(same, next, &[], miss, &[]);
        self.b.switch_to_block(next);
        let vp = field(self, offset_of!(GlobalSite, globals_version_ptr));
        let now = self.b.ins().load(types::I64, mem, vp, 0);
        let then = field(self, offset_of!(GlobalSite, globals_version));
        let same = self.b.ins().icmp(IntCC::Equal, now, then);
        let next = self.b.create_block();
        self.b.ins().brif(same, next, &[], miss, &[]);
        self.b.switch_to_block(next);
        (site, globals)
    }

    fn feedback_of(&self, slot: u32) -> u32 {
        self.feedback.get(slot as usize).copied().unwrap_or(0)
    }

    /// `deopt_block`, from a point where register `dst` was just written (the instruction
    /// before, or a loop's item): whatever the facts said of it before, they say nothing now.
    fn deopt_block_past(&mut self, bi: u32, ii: u32, reason: u8, dst: Reg) -> Block {
        let out = self.deopt_block(bi, ii, reason);
        if let Some(d) = self.deopts.iter_mut().find(|d| d.0 == out) {
            d.4[dst as usize] = 0;
        }
        out
    }

    /// A block that deoptimizes at instruction (bi, ii) for `reason` (emitted at the end of
    /// the function, see `deopt`).
    fn deopt_block(&mut self, bi: u32, ii: u32, reason: u8) -> Block {
        if let Some(b) = self.bail {
            return b;
        }
        if let Some((b, ..)) = self.deopts.iter().find(|d| (d.1, d.2, d.3) == (bi, ii, reason)) {
            return *b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        let mut known = self.known.clone();
        if let Some(ins) = self.f.blocks[bi as usize].instrs.get(ii as usize) {
            for w in molt_vm::cfg::op_reads_writes(&ins.op).1 {
                known[w as usize] = 0;
            }
        }
        self.deopts.push((b, bi, ii, reason, known));
        b
    }

    /// `--deopt-stress`: deoptimizes at instruction (bi, ii) the first time it runs.
    fn stress_point(&mut self, bi: u32, ii: u32) {
        let Some(base) = self.stress_flags.filter(|_| self.bail.is_none()) else { return };
        let addr = self.iconst((base + u64::from(self.first_instr[bi as usize] + ii)) as i64);
        let flag = self.b.ins().uload8(types::I64, self.mem, addr, 0);
        let first = self.b.create_block();
        let on = self.b.create_block();
        self.b.ins().brif(flag, on, &[], first, &[]);
        self.b.switch_to_block(first);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(self.mem, one, addr, 0);
        let out = self.deopt_block(bi, ii, DEOPT_STRESS);
        self.b.ins().jump(out, &[]);
        self.b.switch_to_block(on);
    }

    /// Leaves compiled code so that the interpreter runs instruction (bi, ii) and what
    /// follows, with the registers as they are: they are where the interpreter keeps them
    /// (code with a frame), or they move into a frame the helper makes and runs (direct
    /// code, which then returns what that frame returns).
    /// Deoptimizes at instruction (bi, ii). Direct code hands its registers to the
    /// interpreter: with registers in variables, those live there (`live`), those that may
    /// hold a heap reference (to be released in time) and the named locals not known to hold
    /// numbers; the others go as unbound words, so they need not stay live up to here.
    fn deopt(&mut self, bi: u32, ii: u32, reason: u8, known: &[Fact], live: &[bool]) {
        let spilled = if self.direct && !self.vars.is_empty() { crate::runtime::SPILLED } else { 0 };
        let at = self.iconst((crate::runtime::deopt_at(bi, ii, reason) | spilled) as i64);
        let ctx = self.ctx;
        if !self.direct {
            self.call(Helper::NoteDeopt, &[ctx, at]);
            return self.exit(exit::RESUME, bi, ii);
        }
        let regs = if self.vars.is_empty() {
            self.regs
        } else {
            let mut keep = self.heap_regs(bi, ii, known);
            for (r, k) in keep.iter_mut().enumerate() {
                *k |= live[r] || (r < self.f.local_names.len() && known[r] == 0);
            }
            self.spill_registers(&keep)
        };
        let r = self.call(Helper::Deopt, &[ctx, regs, at]).expect("deopt returns");
        self.b.ins().return_(&[r]);
    }

    /// Direct code entered from an interpreter frame (on-stack replacement into frameless
    /// code): at a loop header (`osr` = block + 1) whose facts the frame's registers `regs`
    /// satisfy, the code takes the registers over (they are owned words) and runs the rest of
    /// the call; otherwise it answers `NOT_AN_ENTRY` or `ENTRY_FACTS_FAIL` without touching
    /// them.
    fn frame_entry(&mut self, regs: Value, osr: Value) {
        let mem = self.mem;
        let headers = crate::regions::loop_header_blocks(self.f);
        let not_entry = self.b.create_block();
        let fail = self.b.create_block();
        let take = self.b.create_block();
        let mut sw = Switch::new();
        let checks: Vec<(u32, Block)> = headers.iter().map(|&bi| (bi, self.b.create_block())).collect();
        for &(bi, c) in &checks {
            sw.set_entry(u128::from(bi) + 1, c);
        }
        sw.emit(&mut self.b, osr, not_entry);
        // The interpreter computes without the facts: a register the refined analysis says
        // holds no heap reference at the header may hold one in the frame (any register the
        // plain analysis says may).
        let plain = heap_at_entry(self.f, None);
        let live = molt_vm::cfg::live_in(self.f);
        for (bi, c) in checks {
            self.b.switch_to_block(c);
            let b = bi as usize;
            let unchecked: Vec<bool> = (0..self.f.nregs as usize).map(|r| plain[b][r] && !self.heap_in[b][r]).collect();
            self.check_frame_registers(regs, bi, &unchecked, &live[b], fail);
            self.b.ins().jump(take, &[]);
        }
        self.b.switch_to_block(take);
        for r in 0..self.f.nregs {
            let v = self.b.ins().load(types::I64, mem, regs, (r * 8) as i32);
            self.store_raw(r, v);
        }
        let mut sw = Switch::new();
        for &bi in &headers {
            let entry = self.edge(None, bi);
            sw.set_entry(u128::from(bi) + 1, entry);
        }
        sw.emit(&mut self.b, osr, not_entry);
        for (blk, answer) in [(not_entry, crate::runtime::NOT_AN_ENTRY), (fail, crate::runtime::ENTRY_FACTS_FAIL)] {
            self.b.switch_to_block(blk);
            let w = self.iconst(answer as i64);
            self.b.ins().return_(&[w]);
        }
    }

    /// Code with a frame, entered at block `bi` from the interpreter: continues there when
    /// the registers hold what the block's facts say, and those the refined analysis says
    /// hold no heap reference there but the interpreter might have left one in (`unchecked`)
    /// hold none if live (dead ones are released and left unbound); else lets the
    /// interpreter run the block.
    fn check_entry_facts(&mut self, bi: u32, unchecked: &[bool], live: &[bool]) {
        let fail = self.b.create_block();
        let regs = self.regs;
        self.check_frame_registers(regs, bi, unchecked, live, fail);
        let blk = self.edge(None, bi);
        self.b.ins().jump(blk, &[]);
        self.b.switch_to_block(fail);
        let (ctx, at) = (self.ctx, self.iconst(crate::runtime::deopt_at(bi, 0, DEOPT_ENTRY) as i64));
        self.call(Helper::NoteDeopt, &[ctx, at]);
        self.exit(exit::RESUME, bi, 0);
    }

    /// Checks an interpreter frame's registers at `regs` on entry at block `bi`: each holds
    /// what the block's facts say, and each live one the refined reference analysis assumes
    /// reference-free beyond the plain one (`unchecked`) holds no reference (else jumps to
    /// `fail`); the dead ones of those are released and left unbound.
    fn check_frame_registers(&mut self, regs: Value, bi: u32, unchecked: &[bool], live: &[bool], fail: Block) {
        let mem = self.mem;
        for (r, &k) in self.facts_in[bi as usize].clone().iter().enumerate() {
            let want = if k != 0 {
                Some(k)
            } else {
                (live[r] && unchecked[r]).then_some(0)
            };
            let Some(k) = want else { continue };
            let v = self.b.ins().load(types::I64, mem, regs, (r * 8) as i32);
            let ok = if k != 0 {
                self.has_kinds(v, k)
            } else {
                let t = self.tag(v);
                self.b.ins().icmp_imm_s(IntCC::NotEqual, t, TAG_PTR as i64)
            };
            let next = self.b.create_block();
            self.b.ins().brif(ok, next, &[], fail, &[]);
            self.b.switch_to_block(next);
        }
        let dead: Vec<usize> = (0..unchecked.len()).filter(|&r| unchecked[r] && !live[r]).collect();
        if dead.len() > 2 {
            // One call for them all, with their bit mask (the scratch words have room for
            // one bit per register): this runs once per entry, and a large function (module
            // code above all) has many of them.
            let mut mask = vec![0u64; unchecked.len().div_ceil(64)];
            for &r in &dead {
                mask[r / 64] |= 1 << (r % 64);
            }
            let words: Vec<Value> = mask.iter().map(|&m| self.iconst(m as i64)).collect();
            let maskp = self.scratch_words(&words);
            let n = self.iconst(mask.len() as i64);
            self.call(Helper::ReleaseRegs, &[regs, maskp, n]);
            return;
        }
        for r in dead {
            let v = self.b.ins().load(types::I64, mem, regs, (r * 8) as i32);
            let u = self.iconst(UNBOUND);
            self.b.ins().store(mem, u, regs, (r * 8) as i32);
            self.release(v);
        }
    }

    /// Whether word `v` is of one of the kinds in fact `k`.
    fn has_kinds(&mut self, v: Value, k: Fact) -> Value {
        let mut any = None;
        for (bit, test) in [(kind::INT, 0), (kind::FLOAT, 1), (kind::BOOL, 2)] {
            if k & bit == 0 {
                continue;
            }
            let t = match test {
                0 => self.is_tag(v, TAG_INT),
                1 => self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, v, FIRST_TAGGED as i64),
                _ => self.is_tag(v, TAG_BOOL),
            };
            any = Some(match any {
                None => t,
                Some(a) => self.b.ins().bor(a, t),
            });
        }
        any.expect("a fact names a kind")
    }

    /// The float value of `v` with fact `k`: known floats and ints convert without checks.
    fn f64_of(&mut self, v: Value, k: Fact, fail: Block) -> Value {
        match k {
            kind::FLOAT => self.b.ins().bitcast(types::F64, MemFlagsData::new(), v),
            kind::INT => {
                let i = self.unbox_int(v);
                self.b.ins().fcvt_from_sint(types::F64, i)
            }
            _ => self.as_f64(v, fail),
        }
    }

    /// The start of a speculating instruction (bi, ii) on registers `a` and `b`: their words
    /// and facts, and the exit that deoptimizes for operands of other kinds.
    fn speculated_operands(&mut self, bi: u32, ii: u32, a: Reg, b: Reg) -> ((Value, Fact), (Value, Fact), Block) {
        self.stress_point(bi, ii);
        let (x, y) = (self.load_reg(a), self.load_reg(b));
        let kinds = self.deopt_block(bi, ii, DEOPT_KINDS);
        ((x, self.known[a as usize]), (y, self.known[b as usize]), kinds)
    }

    /// `a op b` compiled to `plan`: only its fast paths, deoptimizing otherwise.
    fn binary_speculated(&mut self, bi: u32, ii: u32, op: BinOp, plan: crate::facts::Plan, (a, b): (Reg, Reg), dst: Reg, kills: &[Reg]) {
        let ((x, fa), (y, fb), kinds) = self.speculated_operands(bi, ii, a, b);
        let done = self.b.create_block();
        if plan.ints {
            let not_ints = if plan.floats { self.b.create_block() } else { kinds };
            let range = self.deopt_block(bi, ii, DEOPT_INT_RANGE);
            let check = !(fa == kind::INT && fb == kind::INT);
            self.int_binop(op, x, y, dst, not_ints, range, check);
            self.kills(kills, &[a, b]);
            self.b.ins().jump(done, &[]);
            if plan.floats {
                self.b.switch_to_block(not_ints);
            }
        }
        if plan.floats {
            let zero = if op == BinOp::TrueDiv { self.deopt_block(bi, ii, DEOPT_ZERO) } else { kinds };
            self.float_binop(op, (x, fa), (y, fb), dst, kinds, zero);
            self.kills(kills, &[a, b]);
            self.b.ins().jump(done, &[]);
        }
        // (Every way here is known: sealing now lets the next instruction see this one's
        // values themselves, see `int_forms`.)
        self.b.switch_to_block(done);
        self.b.seal_block(done);
    }

    /// A comparison of numbers compiled to `plan` (see `binary_speculated`).
    fn compare_speculated(&mut self, bi: u32, ii: u32, op: CmpOp, plan: crate::facts::Plan, (a, b): (Reg, Reg), dst: Reg, kills: &[Reg]) {
        let ((x, fa), (y, fb), kinds) = self.speculated_operands(bi, ii, a, b);
        let done = self.b.create_block();
        self.compare_paths(op, (a, x, fa), (b, y, fb), dst, kills, (plan.ints, plan.floats), kinds, done);
        self.b.switch_to_block(done);
    }

    /// The inline paths of a comparison of numbers (operands with their registers and
    /// facts): small ints when `ints` (checked unless both are known ints; others go on to
    /// the float path, or to `fail`), then floats, and ints as floats, when `floats`
    /// (anything else goes to `fail`). Each path stores the bool, releases the dying
    /// operands and leaves through the fused branch, if any, else to `done`.
    #[allow(clippy::too_many_arguments)]
    fn compare_paths(&mut self, op: CmpOp, (a, x, fa): (Reg, Value, Fact), (b, y, fb): (Reg, Value, Fact), dst: Reg, kills: &[Reg], (ints, floats): (bool, bool), fail: Block, done: Block) {
        let fused = self.fuse.take();
        let leave = |g: &mut Self, c: Value| match fused {
            Some((then, els)) => {
                g.b.ins().brif(c, then, &[], els, &[]);
            }
            None => {
                g.b.ins().jump(done, &[]);
            }
        };
        if ints {
            let next = if floats { self.b.create_block() } else { fail };
            if !(fa == kind::INT && fb == kind::INT) {
                self.guard_both(x, y, TAG_INT, next);
            }
            // Equal small ints have equal words; payloads shifted to the top order as the
            // ints do.
            let c = if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                self.b.ins().icmp(int_cc(op), x, y)
            } else {
                let (sx, sy) = (self.shifted_int(x), self.shifted_int(y));
                self.b.ins().icmp(int_cc(op), sx, sy)
            };
            self.store_bool(dst, c);
            self.kills(kills, &[a, b]);
            leave(self, c);
            if floats {
                self.b.switch_to_block(next);
            }
        }
        if floats {
            let (fx, fy) = (self.f64_of(x, fa, fail), self.f64_of(y, fb, fail));
            let c = self.b.ins().fcmp(float_cc(op), fx, fy);
            self.store_bool(dst, c);
            self.kills(kills, &[a, b]);
            leave(self, c);
        }
    }

    /// Continues in the current block when both words carry `tag`, else jumps to `fail`.
    fn guard_both(&mut self, x: Value, y: Value, tag: u64, fail: Block) {
        let tx = self.is_tag(x, tag);
        let ty = self.is_tag(y, tag);
        let both = self.b.ins().band(tx, ty);
        let ok = self.b.create_block();
        self.b.ins().brif(both, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
    }

    /// The float value of a float or small-int word (exact: small ints have 48 bits);
    /// jumps to `fail` for anything else.
    fn as_f64(&mut self, v: Value, fail: Block) -> Value {
        let is_float = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, v, FIRST_TAGGED as i64);
        let float = self.b.create_block();
        let not_float = self.b.create_block();
        let int = self.b.create_block();
        let join = self.b.create_block();
        let out = self.b.append_block_param(join, types::F64);
        self.b.ins().brif(is_float, float, &[], not_float, &[]);
        self.b.switch_to_block(float);
        let f = self.b.ins().bitcast(types::F64, MemFlagsData::new(), v);
        self.b.ins().jump(join, &[f.into()]);
        self.b.switch_to_block(not_float);
        let is_int = self.is_tag(v, TAG_INT);
        self.b.ins().brif(is_int, int, &[], fail, &[]);
        self.b.switch_to_block(int);
        let i = self.unbox_int(v);
        let f = self.b.ins().fcvt_from_sint(types::F64, i);
        self.b.ins().jump(join, &[f.into()]);
        self.b.switch_to_block(join);
        out
    }

    fn unbox_int(&mut self, v: Value) -> Value {
        if let Some(IntForm::Raw(r)) = self.int_forms.get(&self.b.func.dfg.resolve_aliases(v)) {
            return *r;
        }
        let s = self.shifted_int(v);
        self.b.ins().sshr_imm_s(s, 16)
    }

    /// The payload of small-int word `v` shifted 16 bits to the top (the int times 2**16).
    fn shifted_int(&mut self, v: Value) -> Value {
        match self.int_forms.get(&self.b.func.dfg.resolve_aliases(v)) {
            Some(IntForm::Shifted(s)) => *s,
            Some(IntForm::Raw(r)) => {
                let r = *r;
                self.b.ins().ishl_imm_s(r, 16)
            }
            None => self.b.ins().ishl_imm_s(v, 16),
        }
    }

    /// Boxes a 64-bit result as a small int, jumping to `fail` when it does not fit 48 bits.
    fn box_int(&mut self, r: Value, fail: Block) -> Value {
        let s = self.b.ins().ishl_imm_s(r, 16);
        let back = self.b.ins().sshr_imm_s(s, 16);
        let fits = self.b.ins().icmp(IntCC::Equal, back, r);
        let ok = self.b.create_block();
        self.b.ins().brif(fits, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
        self.tag_raw(r)
    }

    /// The small-int word of machine integer `r`, which fits 48 bits.
    fn tag_raw(&mut self, r: Value) -> Value {
        let low = self.b.ins().band_imm_s(r, PAYLOAD_MASK as i64);
        let w = self.b.ins().bor_imm_s(low, TAGGED_INT);
        self.int_forms.insert(w, IntForm::Raw(r));
        w
    }

    /// `x // y`, `x % y`, `x >> y` or `x << y` on machine integers as Python computes them
    /// on ints; a zero divisor, a negative shift count or a left shift losing bits goes to
    /// `fail` (the generic path raises or makes a big int). `wide`: `x` may have all 64 bits,
    /// so only a positive divisor is taken (`i64::MIN // -1` overflows).
    fn int_div_or_shift(&mut self, op: BinOp, ix: Value, iy: Value, fail: Block, wide: bool) -> Value {
        match op {
            BinOp::FloorDiv | BinOp::Mod => {
                let ok = self.b.create_block();
                let usable = if wide { self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, iy, 0) } else { self.b.ins().icmp_imm_s(IntCC::NotEqual, iy, 0) };
                self.b.ins().brif(usable, ok, &[], fail, &[]);
                self.b.switch_to_block(ok);
                self.b.seal_block(ok);
                let q = self.b.ins().sdiv(ix, iy);
                let r = self.b.ins().srem(ix, iy);
                // Python rounds toward negative infinity: when the remainder is nonzero and
                // its sign differs from the divisor's, step the quotient down and the
                // remainder over by one divisor.
                let sign = self.b.ins().bxor(r, iy);
                let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sign, 0);
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let adjust = self.b.ins().band(differ, nonzero);
                let adj = self.b.ins().uextend(types::I64, adjust);
                if op == BinOp::FloorDiv {
                    self.b.ins().isub(q, adj)
                } else {
                    let step = self.b.ins().imul(adj, iy);
                    self.b.ins().iadd(r, step)
                }
            }
            _ => {
                let ok = self.b.create_block();
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, iy, 0);
                self.b.ins().brif(neg, fail, &[], ok, &[]);
                self.b.switch_to_block(ok);
                self.b.seal_block(ok);
                let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, iy, 63);
                let sixty_three = self.iconst(63);
                let n = self.b.ins().select(big, sixty_three, iy);
                if op == BinOp::RShift {
                    self.b.ins().sshr(ix, n)
                } else {
                    let r = self.b.ins().ishl(ix, n);
                    let back = self.b.ins().sshr(r, n);
                    let exact = self.b.ins().icmp(IntCC::Equal, back, ix);
                    let small = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, iy, 63);
                    let fits = self.b.ins().band(exact, small);
                    let ok = self.b.create_block();
                    self.b.ins().brif(fits, ok, &[], fail, &[]);
                    self.b.switch_to_block(ok);
                    self.b.seal_block(ok);
                    r
                }
            }
        }
    }

    fn store_bool(&mut self, dst: Reg, c: Value) {
        let w = self.b.ins().uextend(types::I64, c);
        let v = self.b.ins().bor_imm_s(w, TAGGED_BOOL);
        self.store_reg(dst, v);
    }

    /// Both operands small ints: the operation, else `not_ints`; a result the fast path
    /// cannot give (overflow, a zero divisor, a negative shift) goes to `fail`.
    fn int_binop(&mut self, op: BinOp, x: Value, y: Value, dst: Reg, not_ints: Block, fail: Block, check: bool) {
        if check {
            self.guard_both(x, y, TAG_INT, not_ints);
        }
        // Small ints are their 48-bit two's complement payload under the int tag, so some
        // operators work on the words themselves: `&` and `|` keep the tag and give the
        // payload of the result (which fits, as do `^`'s and `>>`'s); `+`, `-` and `*` work
        // on payloads shifted to the top, where leaving 48 bits is the machine's overflow.
        let v = match op {
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => {
                let r = self.b.ins().bxor(x, y);
                self.b.ins().bor_imm_s(r, TAGGED_INT)
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let ys = self.shifted_int(y);
                let (r, of) = match op {
                    BinOp::Add => {
                        let xs = self.shifted_int(x);
                        self.b.ins().sadd_overflow(xs, ys)
                    }
                    BinOp::Sub => {
                        let xs = self.shifted_int(x);
                        self.b.ins().ssub_overflow(xs, ys)
                    }
                    _ => {
                        let ix = self.unbox_int(x);
                        self.b.ins().smul_overflow(ix, ys)
                    }
                };
                let ok = self.b.create_block();
                self.b.ins().brif(of, fail, &[], ok, &[]);
                self.b.switch_to_block(ok);
                self.b.seal_block(ok);
                self.retag_shifted(r)
            }
            BinOp::RShift => {
                let (ix, iy) = (self.unbox_int(x), self.unbox_int(y));
                let r = self.int_div_or_shift(op, ix, iy, fail, false);
                self.tag_raw(r)
            }
            BinOp::FloorDiv | BinOp::Mod if self.power_of_two(y).is_some() => {
                // Floor division by 2**k is the arithmetic shift by k, and the (never
                // negative) remainder the low k bits.
                let k = self.power_of_two(y).expect("checked");
                let ix = self.unbox_int(x);
                let r = if op == BinOp::FloorDiv { self.b.ins().sshr_imm_s(ix, i64::from(k)) } else { self.b.ins().band_imm_s(ix, (1i64 << k) - 1) };
                self.tag_raw(r)
            }
            BinOp::FloorDiv | BinOp::Mod | BinOp::LShift => {
                let (ix, iy) = (self.unbox_int(x), self.unbox_int(y));
                let r = self.int_div_or_shift(op, ix, iy, fail, false);
                self.box_int(r, fail)
            }
            _ => unreachable!("int fast path for {op:?}"),
        };
        self.store_reg(dst, v);
    }

    /// The small-int word of a payload shifted 16 bits to the top.
    fn retag_shifted(&mut self, s: Value) -> Value {
        let low = self.b.ins().ushr_imm_s(s, 16);
        let w = self.b.ins().bor_imm_s(low, TAGGED_INT);
        self.int_forms.insert(w, IntForm::Shifted(s));
        w
    }

    /// Floats, or a float and a small int (operands with their facts): the operation, else
    /// `fail`; a zero divisor goes to `zero_block`.
    fn float_binop(&mut self, op: BinOp, (x, fx): (Value, Fact), (y, fy): (Value, Fact), dst: Reg, fail: Block, zero_block: Block) {
        if op != BinOp::TrueDiv && fx != kind::FLOAT && fy != kind::FLOAT {
            // Two ints give an int: only `/` may take them as floats.
            let ix = self.is_tag(x, TAG_INT);
            let iy = self.is_tag(y, TAG_INT);
            let both = self.b.ins().band(ix, iy);
            let ok = self.b.create_block();
            self.b.ins().brif(both, fail, &[], ok, &[]);
            self.b.switch_to_block(ok);
            self.b.seal_block(ok);
        }
        let fx = self.f64_of(x, fx, fail);
        let fy = self.f64_of(y, fy, fail);
        let r = match op {
            BinOp::Add => self.b.ins().fadd(fx, fy),
            BinOp::Sub => self.b.ins().fsub(fx, fy),
            BinOp::Mul => self.b.ins().fmul(fx, fy),
            BinOp::TrueDiv => {
                // Division by zero raises: the generic path does that.
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, fy, zero);
                let ok = self.b.create_block();
                self.b.ins().brif(is_zero, zero_block, &[], ok, &[]);
                self.b.switch_to_block(ok);
                self.b.seal_block(ok);
                self.b.ins().fdiv(fx, fy)
            }
            _ => unreachable!("float fast path for {op:?}"),
        };
        let v = self.box_f64(r);
        self.store_reg(dst, v);
    }

    /// The word of float `r`, computed by arithmetic from floats of Values (or from ints):
    /// a NaN is canonical then (see `CANONICAL_NAN`).
    fn box_f64(&mut self, r: Value) -> Value {
        self.b.ins().bitcast(types::I64, MemFlagsData::new(), r)
    }
}

/// What a small-int word was made from (see `Gen::int_forms`).
#[derive(Clone, Copy)]
enum IntForm {
    /// The int as a machine integer.
    Raw(Value),
    /// The int times 2**16.
    Shifted(Value),
}

/// A name index and a feedback slot in one immediate.
fn pack(name: u32, slot: u32) -> i64 {
    (u64::from(name) | (u64::from(slot) << 32)) as i64
}

fn binop_number(op: BinOp) -> u64 {
    BINOPS.iter().position(|b| *b == op).expect("every operator is numbered") as u64
}

fn int_cc(op: CmpOp) -> IntCC {
    match op {
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::Le => IntCC::SignedLessThanOrEqual,
        CmpOp::Eq => IntCC::Equal,
        CmpOp::Ne => IntCC::NotEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

/// Python's float comparisons: ordered, except `!=`, which is true for NaN.
fn float_cc(op: CmpOp) -> FloatCC {
    match op {
        CmpOp::Lt => FloatCC::LessThan,
        CmpOp::Le => FloatCC::LessThanOrEqual,
        CmpOp::Eq => FloatCC::Equal,
        CmpOp::Ne => FloatCC::NotEqual,
        CmpOp::Gt => FloatCC::GreaterThan,
        CmpOp::Ge => FloatCC::GreaterThanOrEqual,
    }
}

/// The word of a constant that needs no heap object.
fn immediate(c: &Const) -> Option<u64> {
    let v = match c {
        Const::None | Const::Bool(_) | Const::Float(_) => molt_vm::code::const_value(c),
        Const::Int(i) => {
            let small = i64::try_from(i).ok()?;
            if !(molt_runtime::value::SMALL_INT_MIN..=molt_runtime::value::SMALL_INT_MAX).contains(&small) {
                return None;
            }
            molt_runtime::Value::small_int(small)
        }
        _ => return None,
    };
    debug_assert!(!v.is_heap());
    Some(v.into_bits())
}
