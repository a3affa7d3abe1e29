//! Code objects: an IR function with its constants and names materialized as runtime values,
//! its feedback vector and hotness counters. The program's code table is thread-local.

use crate::ir::{Const, Function};
use molt_runtime::{intern, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Observed operand kinds, one bit each, or-ed into a feedback slot.
pub mod kind {
    pub const INT: u32 = 1;
    pub const FLOAT: u32 = 2;
    pub const BOOL: u32 = 4;
    pub const NONE: u32 = 8;
    pub const STR: u32 = 16;
    pub const LIST: u32 = 32;
    pub const TUPLE: u32 = 64;
    pub const DICT: u32 = 128;
    pub const INSTANCE: u32 = 256;
    pub const BIGINT: u32 = 512;
    /// A function written in Python (what compiled code can call straight into).
    pub const FUNCTION: u32 = 1024;
    /// Anything else, builtin functions and builtin types included.
    pub const OTHER: u32 = 2048;
    /// A class whose instances compiled code can create itself (`construct::plain_init`
    /// may accept it): `construct::plain_class`.
    pub const CLASS: u32 = 4096;
    /// A bound method (`obj.f` taken as a value): compiled code can call one of a Python
    /// function straight into the function's code, the receiver first.
    pub const METHOD: u32 = 8192;
    pub const NAMES: [&str; 14] = ["int", "float", "bool", "None", "str", "list", "tuple", "dict", "instance", "bigint", "function", "other", "class", "method"];
    /// A `get_item` or `load_attr` slot also records the kinds of the values it gave (its
    /// items), these bits up.
    pub const ITEM_SHIFT: u32 = 16;

    /// The kinds an instruction's operand had (a `get_item`'s container, a `load_attr`'s
    /// object).
    pub fn operands(bits: u32) -> u32 {
        bits & ((1 << ITEM_SHIFT) - 1)
    }

    /// The kinds of the values a `get_item` or `load_attr` gave.
    pub fn items(bits: u32) -> u32 {
        bits >> ITEM_SHIFT
    }

    /// The kinds in `bits`, named (`int, float`; items after `->`).
    pub fn describe(bits: u32) -> String {
        let names = |b: u32| (0..NAMES.len()).filter(|i| b & (1 << i) != 0).map(|i| NAMES[i]).collect::<Vec<_>>().join(", ");
        match items(bits) {
            0 => names(bits),
            i => format!("{} -> {}", names(operands(bits)), names(i)),
        }
    }
}

pub struct CodeObject {
    pub ir: Function,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub feedback: Vec<Cell<u32>>,
    /// Per feedback slot: the global-load cache of a `LoadGlobal` there (see `GlobalSite`);
    /// then, per name, the cache of a `StoreGlobal` of it (`store_site`), which compiled code
    /// stores through while it is valid. Never resized: compiled code reads the sites through
    /// their address.
    pub global_sites: Box<[molt_runtime::global_site::GlobalSite]>,
    /// Per feedback slot: the call-site cache of a `Call` there, which compiled code calls
    /// through (never resized either).
    pub call_sites: Box<[molt_runtime::call_site::CallSite]>,
    /// The inline caches of attribute sites (`load_attr`, `store_attr`, `call_method`),
    /// numbered by `attr_site_index` (never resized: compiled code reads them in place).
    pub attr_sites: Box<[molt_runtime::attr_site::AttrSite]>,
    /// Per feedback slot: its attribute site's index, or `u32::MAX`.
    pub attr_index: Box<[u32]>,
    /// Per name: where a `store_global` of it last found its entry in the globals dict.
    pub store_hints: Vec<Cell<usize>>,
    pub calls: Cell<u64>,
    pub backedges: Cell<u64>,
    /// Deoptimizations of the installed compiled code (reset when it is replaced), and how
    /// often compiled code was thrown away for deoptimizing too often, or for reaching code
    /// that had never run when it was compiled (`cold_invalidations` of them; see
    /// `DEOPT_COLD`).
    pub deopts: Cell<u64>,
    pub invalidations: Cell<u32>,
    pub cold_invalidations: Cell<u32>,
    /// How often code compiled for one loop nest was thrown away for leaving it
    /// (`DEOPT_LEFT_NEST`): not a failed assumption, so counted apart.
    pub nest_moves: Cell<u32>,
    /// The block a loop back-edge of the interpreter went to when this code last tiered up
    /// from a loop (`u32::MAX`: it has not, or it tiered up from calls since): compiled
    /// module code, and a function's called once, cover that loop's nest.
    pub hot_block: Cell<u32>,
    /// Per deoptimization point (block, instruction): how often, and the reason's number
    /// (for `--stats`).
    pub deopt_sites: RefCell<std::collections::BTreeMap<(u32, u32), (u64, u8)>>,
    /// The call sites (`CallSite` addresses, in immortal code objects) that cached this
    /// code's frameless entry; cleared when the code is replaced.
    pub callers: RefCell<Vec<usize>>,
    /// Tier-up points: the call count and the loop back-edge count at which the tier policy
    /// is asked to compile this code (`u64::MAX`: never).
    pub hot_calls: Cell<u64>,
    pub hot_loops: Cell<u64>,
    /// Compiled code installed by the JIT tier; the interpreter enters it at block starts.
    /// Machine code is never freed (a frame may still be running code that was replaced),
    /// so its handle is `'static`.
    pub compiled: Cell<Option<&'static dyn Compiled>>,
    /// Instructions the interpreter executed here, counted only when `count_instrs`
    /// (`--stats`).
    pub interp_instrs: Cell<u64>,
    pub count_instrs: bool,
    /// Recording a profile (`molt profile`): call durations are measured.
    pub profiling: bool,
    pub durations: RefCell<Option<Box<molt_profile::Durations>>>,
    /// When profiling: per feedback slot, how often a conditional branch there went each way
    /// ([2 * slot] true, [2 * slot + 1] false). Compiled code increments these words in place
    /// (the vector is never resized).
    pub branch_counts: Vec<Cell<u64>>,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub nlocals: u32,
    /// The `__name__`, `__qualname__` and `__doc__` every function made from this code starts
    /// with (made once: closures and lambdas are made anew on every call of their parent).
    pub func_strings: [Value; 3],
}

/// Numbers the attribute sites of `f` (its `load_attr`, `store_attr` and `call_method`
/// instructions, in block order): per feedback slot, the site's index or `u32::MAX`. The
/// interpreter and the code generator derive the same numbering from the same IR.
pub fn attr_site_index(f: &Function) -> Vec<u32> {
    let mut index = vec![u32::MAX; f.nslots as usize];
    let mut n = 0;
    for ins in f.blocks.iter().flat_map(|b| &b.instrs) {
        if let crate::ir::Op::LoadAttr { slot, .. } | crate::ir::Op::StoreAttr { slot, .. } | crate::ir::Op::CallMethod { slot, .. } = &ins.op {
            if let Some(i) = index.get_mut(*slot as usize) {
                if *i == u32::MAX {
                    *i = n;
                    n += 1;
                }
            }
        }
    }
    index
}

pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::NONE,
        Const::Bool(b) => Value::bool(*b),
        Const::Int(i) => molt_runtime::int::from_big(i.clone()),
        Const::Float(f) => Value::float(*f),
        Const::Str(s) => intern(s),
        Const::Bytes(b) => molt_runtime::bytes_new(b.clone()),
        Const::Ellipsis => molt_runtime::singleton_ellipsis(),
        Const::Tuple(items) => molt_runtime::tuple_new(items.iter().map(const_value).collect()),
    }
}

impl CodeObject {
    /// The global-store cache of name `name` (see `global_sites`).
    pub fn store_site(&self, name: u32) -> &molt_runtime::global_site::GlobalSite {
        &self.global_sites[self.ir.nslots as usize + name as usize]
    }

    pub fn new(ir: Function) -> CodeObject {
        let consts = ir.consts.iter().map(const_value).collect();
        let names = ir.names.iter().map(|n| intern(n)).collect();
        let feedback: Vec<Cell<u32>> = (0..ir.nslots).map(|_| Cell::new(0)).collect();
        let global_sites = (0..ir.nslots as usize + ir.names.len()).map(|_| molt_runtime::global_site::GlobalSite::empty()).collect();
        let call_sites = (0..ir.nslots).map(|_| molt_runtime::call_site::CallSite::empty()).collect();
        let attr_index = attr_site_index(&ir);
        let nattr = attr_index.iter().filter(|&&i| i != u32::MAX).count();
        let attr_sites = (0..nattr).map(|_| molt_runtime::attr_site::AttrSite::empty()).collect();
        let store_hints = (0..ir.names.len()).map(|_| Cell::new(usize::MAX)).collect();
        let filename: Rc<str> = ir.filename.as_str().into();
        let name: Rc<str> = ir.name.as_str().into();
        let nlocals = ir.local_names.len() as u32;
        let profiling = PROFILING.with(|c| c.get());
        let nslots = ir.nslots as usize;
        let (mut hot_calls, mut hot_loops) = THRESHOLDS.with(|t| t.get());
        if let Some(seed) = crate::profiling::warm_start_for(&ir) {
            // A profile says this function gets hot: start from its feedback and compile it
            // at its first call or loop iteration.
            if seed.feedback.len() == feedback.len() {
                for (c, k) in feedback.iter().zip(&seed.feedback) {
                    c.set(*k);
                }
            }
            if seed.hot && hot_calls != u64::MAX {
                (hot_calls, hot_loops) = (1, 1);
            }
        }
        let func_strings = [
            intern(&ir.name),
            molt_runtime::str_new(&ir.qualname),
            ir.docstring.as_deref().map_or(Value::NONE, molt_runtime::str_new),
        ];
        CodeObject {
            func_strings,
            ir,
            consts,
            names,
            feedback,
            global_sites,
            call_sites,
            attr_sites,
            attr_index: attr_index.into_boxed_slice(),
            store_hints,
            calls: Cell::new(0),
            backedges: Cell::new(0),
            deopts: Cell::new(0),
            invalidations: Cell::new(0),
            cold_invalidations: Cell::new(0),
            nest_moves: Cell::new(0),
            hot_block: Cell::new(u32::MAX),
            deopt_sites: RefCell::new(Default::default()),
            callers: RefCell::new(Vec::new()),
            hot_calls: Cell::new(hot_calls),
            hot_loops: Cell::new(hot_loops),
            compiled: Cell::new(None),
            interp_instrs: Cell::new(0),
            count_instrs: COUNT_INSTRS.with(|c| c.get()),
            profiling,
            durations: RefCell::new(None),
            branch_counts: if profiling { (0..2 * nslots).map(|_| Cell::new(0)).collect() } else { Vec::new() },
            filename,
            name,
            nlocals,
        }
    }

    /// The attribute site of the instruction with feedback slot `slot`.
    #[inline(always)]
    pub fn attr_site(&self, slot: u32) -> &molt_runtime::attr_site::AttrSite {
        &self.attr_sites[self.attr_index[slot as usize] as usize]
    }

    /// Installs (or, with `None`, removes) compiled code; the interpreter uses it from the next
    /// block it enters.
    pub fn set_compiled(&self, c: Option<&'static dyn Compiled>) {
        self.compiled.set(c);
    }

    /// Records one call's duration (when profiling).
    #[cold]
    pub fn record_duration(&self, since: std::time::Instant) {
        let ns = since.elapsed().as_nanos().min(u128::from(u64::MAX)) as u64;
        self.durations.borrow_mut().get_or_insert_with(Default::default).record(ns);
    }

    /// Counts which way the conditional branch at `slot` went (when profiling).
    #[inline]
    pub fn count_branch(&self, slot: u32, taken: bool) {
        if let Some(c) = self.branch_counts.get(2 * slot as usize + usize::from(!taken)) {
            c.set(c.get() + 1);
        }
    }

    /// Records a deoptimization at (block, idx) for `reason`; answers whether the compiled
    /// code should now be thrown away (see `invalidate`): it has deoptimized so often, or it
    /// reached code that had not run when it was compiled (the recompiled code will know
    /// what that code does; a hot loop in a function called once, e.g. the second of two
    /// loops in `main()` or module code, would otherwise run unspecialized to the end).
    pub fn note_deopt(&self, block: u32, idx: u32, reason: u8) -> bool {
        {
            let mut sites = self.deopt_sites.borrow_mut();
            let e = sites.entry((block, idx)).or_insert((0, reason));
            *e = (e.0 + 1, reason);
        }
        let n = self.deopts.get() + 1;
        self.deopts.set(n);
        (n >= DEOPT_LIMIT || reason == DEOPT_COLD || reason == DEOPT_LEFT_NEST) && self.compiled.get().is_some()
    }

    /// Throws away the installed compiled code (it keeps deoptimizing: what it assumed no
    /// longer holds); the code tiers up again later, compiled from the wider feedback the
    /// interpreter gathers meanwhile. Answers the addresses of the call sites that cached
    /// its frameless entry, which the caller must empty (`CallSite::forget`) when they
    /// still call this code.
    /// `cold`: it reached code that had not run; the code was hot already, and tiers up
    /// again as soon as the interpreter has run the new code a little.
    /// `moved`: code compiled for one loop nest left it (see `nest_moves`).
    pub fn invalidate(&self, cold: bool, moved: bool) -> Vec<usize> {
        self.set_compiled(None);
        self.deopts.set(0);
        if moved {
            self.nest_moves.set(self.nest_moves.get() + 1);
        } else {
            self.invalidations.set(self.invalidations.get() + 1);
        }
        if cold {
            self.cold_invalidations.set(self.cold_invalidations.get() + 1);
        }
        let cold = cold || moved;
        let (calls, loops) = THRESHOLDS.with(|t| t.get());
        if calls != u64::MAX {
            let (calls, loops) = if cold { (calls.min(REHEAT), loops.min(REHEAT)) } else { (calls.max(REHEAT), loops.max(REHEAT)) };
            self.hot_calls.set(self.calls.get().saturating_add(calls));
            self.hot_loops.set(self.backedges.get().saturating_add(loops));
        }
        self.callers.take()
    }

    /// Remembers that call site `site` cached this code's frameless entry.
    pub fn add_caller(&self, site: &molt_runtime::call_site::CallSite) {
        let a = site as *const molt_runtime::call_site::CallSite as usize;
        let mut c = self.callers.borrow_mut();
        if !c.contains(&a) {
            c.push(a);
        }
    }

    /// No further tier-up requests for this code.
    pub fn stop_tiering(&self) {
        self.hot_calls.set(u64::MAX);
        self.hot_loops.set(u64::MAX);
    }
}

/// Machine code for one code object (the JIT tier implements this; tier 0 only calls it).
pub trait Compiled {
    /// Runs from the start of `frame.block` until the function returns, raises, or hands
    /// control back to the interpreter in the middle of a block.
    fn run(&self, frame: &mut crate::interp::Frame) -> CompiledExit;

    /// Whether the code also has a frameless entry (see `call`).
    fn has_direct(&self) -> bool {
        false
    }

    /// The address of the frameless entry, for compiled callers to call directly (`None`
    /// when calls must go through `call`, e.g. to count them).
    fn direct_address(&self) -> Option<usize> {
        None
    }

    /// Calls the code through its frameless entry with borrowed arguments (exactly its
    /// positional parameters). Only called when `has_direct`.
    fn call(&self, _code: &CodeObject, _func: &molt_runtime::object::FunctionObj, _args: &[Value]) -> molt_runtime::PyResult<Value> {
        Err(molt_runtime::exceptions::runtime_error("internal error: no frameless entry"))
    }
}

/// How a run of compiled code ended.
pub enum CompiledExit {
    Return(Value),
    /// An exception raised at `line` of `frame.block`.
    Error(molt_runtime::Exc, u32),
    /// The interpreter continues at this instruction of `frame.block` (its terminator when it
    /// equals the block's length).
    Resume(u32),
    /// An exception that ended the call and already carries the frame's traceback entry
    /// (frameless code took the frame over and raised it).
    Raised(molt_runtime::Exc),
    /// The interpreter runs `frame.block` itself (compiled code enters the frame at a later
    /// block).
    Interpret,
}

/// Compiled code that deoptimizes this often is thrown away and compiled again later.
pub const DEOPT_LIMIT: u64 = 64;
/// After that, the code tiers up again after at least this many more calls or back-edges
/// (so the interpreter records what changed first).
const REHEAT: u64 = 100;

/// Why compiled code deoptimized (numbered as the code generator passes them).
pub const DEOPT_REASONS: [&str; 8] = [
    "unknown",
    "operand kinds",
    "int result out of range, zero divisor or negative shift",
    "zero divisor",
    "entered with a register of another kind",
    "forced (--deopt-stress)",
    "reached code that had not run when compiled",
    "left the loop nest it was compiled for",
];

/// The reason number of a deoptimization at code that had never run when it was compiled
/// (compiled code leaves such code to the interpreter; `note_deopt` throws it away at once).
pub const DEOPT_COLD: u8 = 6;

/// The reason number of code compiled for one loop nest (module code, a function called
/// once; see `CodeObject::hot_block`) leaving it: module code reaching another loop's
/// header, a function any block outside the nest. The code is thrown away at once too, and
/// tiers up again from the loop it is in then.
pub const DEOPT_LEFT_NEST: u8 = 7;

/// Called when a code object reaches a tier-up point (the JIT tier installs it).
pub type TierUp = Rc<dyn Fn(&Rc<CodeObject>)>;

thread_local! {
    static THRESHOLDS: Cell<(u64, u64)> = const { Cell::new((u64::MAX, u64::MAX)) };
    static TIER_UP: RefCell<Option<TierUp>> = const { RefCell::new(None) };
    static COUNT_INSTRS: Cell<bool> = const { Cell::new(false) };
    static PROFILING: Cell<bool> = const { Cell::new(false) };
}

/// Makes code objects created from now on measure their calls' durations (`molt profile`).
pub fn set_profiling(on: bool) {
    PROFILING.with(|c| c.set(on));
}

/// Makes code objects created from now on count the instructions the interpreter executes.
pub fn set_count_instrs(on: bool) {
    COUNT_INSTRS.with(|c| c.set(on));
}

/// Sets the tier-up points of code objects created from now on, and the hook they call.
pub fn set_tier_policy(hot_calls: u64, hot_loops: u64, hook: TierUp) {
    THRESHOLDS.with(|t| t.set((hot_calls, hot_loops)));
    TIER_UP.with(|t| *t.borrow_mut() = Some(hook));
}

/// Asks the tier policy to compile `code` (it reached a tier-up point).
#[cold]
pub fn tier_up(code: &Rc<CodeObject>) {
    code.stop_tiering();
    let hook = TIER_UP.with(|t| t.borrow().clone());
    if let Some(h) = hook {
        h(code);
    }
}

thread_local! {
    /// Every code object of the program. They are immortal: compiled code embeds addresses
    /// of their instructions and constants, and the JIT's compiler thread may still be
    /// reading one while the process exits (which runs this thread's thread-local
    /// destructors), so the table is never dropped.
    static CODES: RefCell<std::mem::ManuallyDrop<Vec<Rc<CodeObject>>>> = const { RefCell::new(std::mem::ManuallyDrop::new(Vec::new())) };
}

pub fn next_code_id() -> u32 {
    CODES.with(|c| c.borrow().len() as u32)
}

pub fn register(f: Function) -> u32 {
    CODES.with(|c| {
        let mut c = c.borrow_mut();
        c.push(Rc::new(CodeObject::new(f)));
        c.len() as u32 - 1
    })
}

pub fn get(id: u32) -> Rc<CodeObject> {
    CODES.with(|c| c.borrow()[id as usize].clone())
}

pub fn all() -> Vec<Rc<CodeObject>> {
    CODES.with(|c| c.borrow().to_vec())
}

/// What the runtime shows of a Python function's code: its `__code__` attributes and the
/// names of its free variables in closure order.
pub fn code_info(func: &Value) -> molt_runtime::call::CodeInfo {
    use molt_runtime::object::Obj;
    let mut info = molt_runtime::call::CodeInfo { attrs: Vec::new(), freevars: Vec::new() };
    let Some(Obj::Function(f)) = func.obj() else { return info };
    let Ok(code) = f.code.clone().downcast::<CodeObject>() else { return info };
    let ir = &code.ir;
    let name = |r: &crate::ir::Reg| ir.name_of_local(*r).unwrap_or("").to_string();
    info.freevars = ir.freevars.iter().map(name).collect();
    // CPython sorts the names of free and cell variables.
    let mut freevars = info.freevars.clone();
    freevars.sort();
    let cell_regs: Vec<crate::ir::Reg> = ir.cells.iter().map(|(r, _)| *r).collect();
    let mut cellvars: Vec<String> = cell_regs.iter().map(name).collect();
    cellvars.sort();
    // Parameters first (their registers come first), then the other named locals.
    let mut varnames: Vec<String> = Vec::new();
    for r in 0..ir.local_names.len() as crate::ir::Reg {
        let n = name(&r);
        let is_param = r < ir.params.count();
        let is_plain = !cellvars.contains(&n) && !freevars.contains(&n);
        if !n.is_empty() && !n.starts_with('.') && (is_param || is_plain) && !varnames.contains(&n) {
            varnames.push(n);
        }
    }
    let strs = |v: &[String]| molt_runtime::tuple_new(v.iter().map(|s| molt_runtime::str_new(s)).collect());
    let int = |n: u32| Value::int(n as i64);
    info.attrs = vec![
        ("co_name", molt_runtime::str_new(&ir.name)),
        ("co_qualname", molt_runtime::str_new(&ir.qualname)),
        ("co_filename", molt_runtime::str_new(&ir.filename)),
        ("co_firstlineno", int(ir.firstline)),
        ("co_argcount", int(ir.params.npos)),
        ("co_posonlyargcount", int(ir.params.posonly)),
        ("co_kwonlyargcount", int(ir.params.nkwonly)),
        ("co_nlocals", Value::int(varnames.len() as i64)),
        ("co_varnames", strs(&varnames)),
        ("co_cellvars", strs(&cellvars)),
        ("co_freevars", strs(&freevars)),
    ];
    info
}
