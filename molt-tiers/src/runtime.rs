//! The entry points compiled code calls, and the context it runs with.
//!
//! Every helper is `extern "C"` over plain words. Value words passed in are borrowed; a value
//! word returned is owned by the caller. A helper reports a Python exception by storing it in
//! the context and returning `ERR` (a word no Python value has); a Rust panic inside one is
//! caught, parked in the context and resumed once compiled code has returned, so a bug behaves
//! exactly as it would in the interpreter instead of aborting across the C ABI.
//!
//! The helpers are `#[no_mangle]`: the JIT registers their addresses, and AOT objects import
//! them by name from the runtime library linked into the binary (`molt-rt`).

use molt_runtime::object::Obj;
use molt_runtime::ops::{self, BinOp, CmpOp, UnaryOp};
use molt_runtime::value::{TAG_SHIFT, TAG_UNBOUND};
use molt_runtime::{Exc, PyResult, Value};
use molt_vm::code::CodeObject;
use molt_vm::interp::{self, Frame};
use molt_vm::ir::Instr;
use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The answer of a helper that raised.
pub const ERR: u64 = (TAG_UNBOUND << TAG_SHIFT) | 1;
/// `for_iter`'s answer when the iterator is exhausted.
pub const DONE: u64 = TAG_UNBOUND << TAG_SHIFT;
/// `load_global`'s answer when the name is bound nowhere (the caller raises NameError, which
/// needs the frame's locals for its suggestion).
pub const MISSING: u64 = (TAG_UNBOUND << TAG_SHIFT) | 2;
/// The answers of direct code entered at a block of an interpreter frame (`osr` != 0) that
/// did not take the frame's registers: the block is no loop header (the interpreter goes on
/// to one), or the registers do not hold what the code assumes there.
pub const NOT_AN_ENTRY: u64 = (TAG_UNBOUND << TAG_SHIFT) | 3;
pub const ENTRY_FACTS_FAIL: u64 = (TAG_UNBOUND << TAG_SHIFT) | 4;

/// What a compiled function runs with (its first argument). Code compiled with a frame
/// (entered by the interpreter) has `frame`; frameless code (called directly) has a null one.
/// Plain words only (`repr(C)`): compiled code calling compiled code builds its callee's
/// context itself.
#[repr(C)]
pub struct Ctx {
    pub frame: *mut Frame,
    pub code: *const CodeObject,
    pub globals: *const Value,
    /// The code object's global-load sites (`CodeObject::global_sites`).
    pub sites: *const molt_runtime::global_site::GlobalSite,
    /// Direct code: the function being run (for its closure cells); null with a frame.
    pub func: *const molt_runtime::object::FunctionObj,
    /// Instructions executed in compiled code (counted only under `--stats`).
    pub instrs: u64,
    /// The pending exception is a bare re-raise: direct code leaving with it adds no
    /// traceback entry or context for its own frame (0 or 1).
    pub reraise: u64,
    /// The pending exception: an owned exception word, or 0.
    pub err: u64,
    /// A panic caught in a helper, to resume once out of compiled code, or null.
    pub panic: *mut Box<dyn Any + Send>,
    /// The code object's call sites (`CodeObject::call_sites`).
    pub call_sites: *const molt_runtime::call_site::CallSite,
    /// This thread's call depth and limits (`interp::call_state`).
    pub calls: *const interp::CallState,
    /// The code object's attribute sites (`CodeObject::attr_sites`).
    pub attr_sites: *const molt_runtime::attr_site::AttrSite,
}

impl Ctx {
    pub fn new(code: &CodeObject, globals: *const Value, frame: *mut Frame, func: *const molt_runtime::object::FunctionObj) -> Ctx {
        Ctx {
            frame,
            code,
            globals,
            sites: code.global_sites.as_ptr(),
            func,
            instrs: 0,
            reraise: 0,
            err: 0,
            panic: std::ptr::null_mut(),
            call_sites: code.call_sites.as_ptr(),
            calls: interp::call_state(),
            attr_sites: code.attr_sites.as_ptr(),
        }
    }

    /// Parks an exception (replacing one already parked).
    pub fn set_err(&mut self, e: Exc) {
        drop(self.take_err());
        self.err = e.0.into_bits();
    }

    pub fn take_err(&mut self) -> Option<Exc> {
        let bits = std::mem::take(&mut self.err);
        // SAFETY: a nonzero `err` is an owned exception word (set by `set_err`, or moved
        // from a callee's context by compiled code).
        (bits != 0).then(|| Exc(unsafe { Value::from_bits(bits) }))
    }

    fn set_panic(&mut self, p: Box<dyn Any + Send>) {
        if self.panic.is_null() {
            self.panic = Box::into_raw(Box::new(p));
        }
    }

    pub fn take_panic(&mut self) -> Option<Box<dyn Any + Send>> {
        let p = std::mem::replace(&mut self.panic, std::ptr::null_mut());
        // SAFETY: a non-null `panic` came from `Box::into_raw` in `set_panic` (possibly moved
        // from a callee's context by compiled code) and is taken once.
        (!p.is_null()).then(|| *unsafe { Box::from_raw(p) })
    }
}

/// The operators in the order compiled code numbers them.
pub const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
    BinOp::MatMul,
];
pub const CMPOPS: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];
pub const UNARYOPS: [UnaryOp; 4] = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Not];
/// `build_seq`: the flag for a tuple (else a list), above the item count.
pub const SEQ_TUPLE: u64 = 1 << 32;
/// Added to a binary operator's number for the in-place form.
pub const INPLACE: u64 = 0x100;

macro_rules! helpers {
    ($( $(#[$doc:meta])* $variant:ident = $sym:ident ( $($arg:ident),* ) $(-> $ret:ident)? ;)*) => {
        /// The helpers, named so code generation can import them in any `Module`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Helper { $( $(#[$doc])* $variant, )* }

        impl Helper {
            pub const ALL: &'static [Helper] = &[$(Helper::$variant),*];

            pub fn symbol(self) -> &'static str {
                match self { $(Helper::$variant => stringify!($sym),)* }
            }
            pub fn params(self) -> usize {
                match self { $(Helper::$variant => [$(stringify!($arg)),*].len(),)* }
            }
            pub fn returns(self) -> bool {
                match self { $(Helper::$variant => false $(|| { let _ = stringify!($ret); true })?,)* }
            }
            pub fn address(self) -> *const u8 {
                match self { $(Helper::$variant => $sym as *const u8,)* }
            }
        }
    };
}

helpers! {
    /// Runs one instruction through the interpreter: 0, or 1 on an exception.
    Step = molt_jit_step(ctx, block, idx) -> u64;
    /// The truth value of a non-bool word: 0, 1, or 2 on an exception.
    Truthy = molt_jit_truthy(ctx, v) -> u64;
    /// The next item of an iterator, `DONE` or `ERR`.
    ForIter = molt_jit_for_iter(ctx, it) -> u64;
    /// Releases one reference.
    Decref = molt_jit_decref(v);
    /// Empties the registers at `regs` whose bits are set in the `n` words at `mask`,
    /// releasing what they held.
    ReleaseRegs = molt_jit_release_regs(regs, mask, n);
    /// Releases the `n` owned words at `p`.
    ReleaseWords = molt_jit_release_words(p, n);
    /// `x op y` (op numbered as in `BINOPS`, plus `INPLACE`).
    Binary = molt_jit_binary(ctx, op, x, y) -> u64;
    /// `x op y` for a comparison (numbered as in `CMPOPS`).
    Compare = molt_jit_compare(ctx, op, x, y) -> u64;
    /// `x == y` for two strs: 1 or 0; 2 when either is not a str.
    StrEq = molt_jit_str_eq(x, y) -> u64;
    /// `o[k]`.
    GetItem = molt_jit_get_item(ctx, o, k) -> u64;
    /// `o[k] = v`: 0, or `ERR`.
    SetItem = molt_jit_set_item(ctx, o, k, v) -> u64;
    /// `del o[k]`: 0, or `ERR`.
    DelItem = molt_jit_del_item(ctx, o, k) -> u64;
    /// An f-string field: `v` with conversion `conv` (0 for none) and, unless `spec` is 0,
    /// the str `spec` as format spec.
    FormatValue = molt_jit_format_value(ctx, conv, v, spec) -> u64;
    /// A function object for code `packed & 0xffff_ffff` with `packed >> 32` closure cells
    /// at `argv` and its defaults tuple and keyword-defaults dict (each 0 when absent).
    MakeFunction = molt_jit_make_function(ctx, packed, defaults, kwdefaults, argv) -> u64;
    /// The concatenation of the `n` str words at `argv` (an f-string).
    BuildString = molt_jit_build_string(ctx, n, argv) -> u64;
    /// `o.name` for the name and feedback slot packed as `name | slot << 32`.
    LoadAttr = molt_jit_load_attr(ctx, packed, o) -> u64;
    /// A global by name and slot, packed as for `LoadAttr`.
    LoadGlobal = molt_jit_load_global(ctx, packed) -> u64;
    /// A `call`/`call_method` instruction, at `block | idx << 32` (code with a frame).
    Call = molt_jit_call(ctx, at) -> u64;
    /// The function's constant `k` (a new reference), for code that cannot embed its word.
    Const = molt_jit_const(ctx, k) -> u64;
    /// `f(*argv[..n])` with borrowed argument words, for the call site at feedback `slot`: a
    /// call to compiled code fills the site's cache (`CodeObject::call_sites`), which
    /// compiled code then calls through.
    CallSite = molt_jit_call_site(ctx, slot, n, f, argv) -> u64;
    /// `argv[0].name(*argv[1..=n])`, name and slot packed as for `LoadAttr` (the receiver
    /// and the arguments are contiguous, so a method found on the class is called with them
    /// as they are).
    CallMethodDirect = molt_jit_call_method_direct(ctx, packed, n, argv) -> u64;
    /// `f(*argv[..n])` for `f` a builtin method a method call site found on a builtin type
    /// (the receiver is `argv[0]`).
    CallBuiltin = molt_jit_call_builtin(ctx, n, f, argv) -> u64;
    /// A new plain instance of class `cls` (see `construct::plain_init`), for a call site
    /// that calls its `__init__` itself.
    NewInstance = molt_jit_new_instance(cls) -> u64;
    /// Checks (and releases) what `__init__` answered: 0 for None, else `ERR` (TypeError).
    InitResult = molt_jit_init_result(ctx, r) -> u64;
    /// The int with machine value `v` (a heap int beyond small ints).
    IntFromI64 = molt_jit_int_from_i64(v) -> u64;
    /// Raises UnboundLocalError for a register read while unbound: answers `ERR`.
    Unbound = molt_jit_unbound(ctx, reg) -> u64;
    /// Raises NameError for a global (name index) read by frameless code whose registers
    /// were spilled to `regs`: answers `ERR`.
    NameError = molt_jit_name_error(ctx, regs, name) -> u64;
    /// An exception leaves frameless code at `line`: context chaining and traceback entry,
    /// then the `n` owned words at `words` are released.
    Unwind = molt_jit_unwind(ctx, line, words, n);
    /// A list (or, with `SEQ_TUPLE`, a tuple) of `n` borrowed words.
    BuildSeq = molt_jit_build_seq(ctx, n, argv) -> u64;
    /// `iter(v)`.
    GetIter = molt_jit_get_iter(ctx, v) -> u64;
    /// A unary operator numbered as in `UNARYOPS`.
    Unary = molt_jit_unary(ctx, op, v) -> u64;
    /// `item in container` (negated when `negate` is 1): a bool word.
    Contains = molt_jit_contains(ctx, negate, container, item) -> u64;
    /// `o.name = v`: 0, or `ERR`.
    StoreAttr = molt_jit_store_attr(ctx, packed, o, v) -> u64;
    /// `o.name = v` for instance `o` whose class the site's way allows plain stores into
    /// the instance dict, when the dict shows at once that `name` (`key`) is new there:
    /// 1 once appended, else 0 (nothing done).
    AppendAttr = molt_jit_append_attr(o, key, v) -> u64;
    /// Unpacks `v` into exactly `n` owned words at `out`: 0, or `ERR`.
    Unpack = molt_jit_unpack(ctx, n, out, v) -> u64;
    /// `slice(start, stop, step)`.
    BuildSlice = molt_jit_build_slice(ctx, start, stop, step) -> u64;
    /// `list.append(item)` for the list a comprehension builds: 0.
    ListAppend = molt_jit_list_append(ctx, list, item) -> u64;
    /// A dict from `n` borrowed words at `argv`, alternating keys and values.
    BuildDict = molt_jit_build_dict(ctx, n, argv) -> u64;
    /// A set from `n` borrowed words at `argv`.
    BuildSet = molt_jit_build_set(ctx, n, argv) -> u64;
    /// One of the instructions that fill a collection (`collect::SET_ADD`, ...) on borrowed
    /// words: 0 (or the tuple of `LIST_TO_TUPLE`), or `ERR`.
    Collect = molt_jit_collect(ctx, op, a, b, c) -> u64;
    /// `f(*args, **kwargs)` (`kwargs` the unbound word when there are none).
    CallEx = molt_jit_call_ex(ctx, f, args, kwargs) -> u64;
    /// `del o.name` (name index): 0, or `ERR`.
    DeleteAttr = molt_jit_delete_attr(ctx, name, o) -> u64;
    /// `del name` of a global (name index): 0, or `ERR`.
    DeleteGlobal = molt_jit_delete_global(ctx, name) -> u64;
    /// A new closure cell holding `init` (a borrowed word, or unbound).
    NewCell = molt_jit_new_cell(ctx, init) -> u64;
    /// Direct code: the running function's closure cell `i` (a new reference).
    FreeVar = molt_jit_free_var(ctx, i) -> u64;
    /// What a cell holds, or `MISSING` when it is empty.
    LoadDeref = molt_jit_load_deref(ctx, cell) -> u64;
    /// Stores a borrowed word into a cell: 0.
    StoreDeref = molt_jit_store_deref(ctx, cell, v) -> u64;
    /// `name = v` for a global (name index), with a borrowed word: 0, or `ERR`.
    StoreGlobal = molt_jit_store_global(ctx, name, v) -> u64;
    /// Raises the error for reading the empty cell in register `cell` (name and register
    /// packed as for `LoadAttr`) of direct code whose registers were spilled to `regs`.
    DerefError = molt_jit_deref_error(ctx, regs, packed) -> u64;
    /// Direct code deoptimized at `at` (see `deopt_at`): the registers it spilled at `regs`
    /// (owned words) move into an interpreter frame, which finishes the call: its value,
    /// or `ERR`.
    Deopt = molt_jit_deopt(ctx, regs, at) -> u64;
    /// Code with a frame deoptimized at `at`: records it (the interpreter resumes there).
    NoteDeopt = molt_jit_note_deopt(ctx, at);
    /// An inlined body with effects whose fast path failed at `at` (block | instruction <<
    /// 32 of function `f`'s code): the interpreter runs the rest of the call with the
    /// callee's registers at `regs` (owned words). Answers its result or `ERR`.
    FinishInlined = molt_jit_finish_inlined(ctx, f, regs, at) -> u64;
    /// Fills the empty word pair at `pair` (see `inline::Guard::Filled`) when `f` is a
    /// function whose code's direct entry is `entry`: 1 then, else 0 (after
    /// `PAIR_MISSES` such answers the pair gives up, see there).
    FillInlinePair = molt_jit_fill_inline_pair(pair, f, entry) -> u64;
    /// Fills the words at `words` (see `inline::IntrinsicWords::Filled`) when `module` is a
    /// module whose attribute `name` (name index) is the intrinsic's function: 1 then, else 0.
    FillIntrinsic = molt_jit_fill_intrinsic(ctx, words, module, name) -> u64;
    /// `raise e from cause` in direct code; an unbound `e` is a bare `raise`, an unbound
    /// `cause` means no `from`. Answers `ERR`.
    Raise = molt_jit_raise(ctx, e, cause) -> u64;
}

/// Runs `f` with the context, turning an exception (or panic) into `err`.
#[inline(always)]
fn guarded(ctx: *mut Ctx, err: u64, f: impl FnOnce(&Ctx) -> PyResult<u64>) -> u64 {
    // SAFETY: compiled code passes the context its runner built, which outlives the call.
    let ctx = unsafe { &mut *ctx };
    match catch_unwind(AssertUnwindSafe(|| f(ctx))) {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            ctx.set_err(e);
            err
        }
        Err(p) => {
            ctx.set_panic(p);
            err
        }
    }
}

impl Ctx {
    fn code(&self) -> &CodeObject {
        // SAFETY: the runner sets `code` to the code object being run, which outlives it.
        unsafe { &*self.code }
    }
    fn globals(&self) -> &Value {
        // SAFETY: the runner points `globals` at the running function's globals, held alive
        // by the function object for the whole call.
        unsafe { &*self.globals }
    }
    /// The interpreter frame of code compiled with one.
    ///
    /// # Safety
    /// Only for helpers that code with a frame calls; compiled code does not touch the
    /// registers while the helper runs.
    #[allow(clippy::mut_from_ref)]
    unsafe fn frame(&self) -> &mut Frame {
        // SAFETY: per the contract above.
        unsafe { &mut *self.frame }
    }
}

/// Borrows a word compiled code passed in.
#[inline(always)]
fn word(w: &u64) -> &Value {
    // SAFETY: `Value` is a transparent `u64`; the caller holds the reference for the call.
    unsafe { &*(w as *const u64 as *const Value) }
}

#[no_mangle]
extern "C" fn molt_jit_step(ctx: *mut Ctx, block: u64, idx: u64) -> u64 {
    guarded(ctx, 1, |c| {
        // SAFETY: only code compiled with a frame runs instructions through the interpreter.
        let frame = unsafe { c.frame() };
        frame.block = block as u32;
        interp::step_instr(frame, c.code(), block as u32, idx as u32).map(|()| 0)
    })
}

/// A deoptimization point and its reason in one word (`DEOPT_REASONS` numbers reasons).
pub fn deopt_at(block: u32, idx: u32, reason: u8) -> u64 {
    u64::from(block) | (u64::from(idx) << 24) | (u64::from(reason) << 48)
}

fn deopt_point(at: u64) -> (u32, u32, u8) {
    ((at & 0xff_ffff) as u32, ((at >> 24) & 0xff_ffff) as u32, (at >> 48) as u8)
}

/// A flag in the immediate of `Deopt` and the error helpers that take registers: they come
/// spilled (see `spilled_registers`), not as a register file.
pub const SPILLED: u64 = 1 << 62;

/// The register file of `n` owned words that direct code with registers in variables spilled
/// at `p` (`Gen::spill_registers`): `n.div_ceil(64)` mask words (bit i of word m: register
/// 64m + i was kept), then the kept registers' words in order; the others are unbound.
fn spilled_registers(p: u64, n: usize) -> Vec<Value> {
    // SAFETY: the spilling code stored this many mask words at `p`.
    let masks = unsafe { std::slice::from_raw_parts(p as *const u64, n.div_ceil(64)) };
    let kept: usize = masks.iter().map(|m| m.count_ones() as usize).sum();
    let mut vals = words(p + 8 * masks.len() as u64, kept as u64).iter();
    (0..n)
        .map(|r| {
            if masks[r / 64] >> (r % 64) & 1 == 0 {
                return Value::UNBOUND;
            }
            // SAFETY: each kept word is owned by the spilled registers and read exactly once.
            vals.next().map_or(Value::UNBOUND, |v| unsafe { std::ptr::read(v) })
        })
        .collect()
}

/// Records a deoptimization; throws the code away when it deoptimizes too often, emptying
/// the call sites that would still enter it.
fn note_deopt(code: &CodeObject, block: u32, idx: u32, reason: u8) {
    if !code.note_deopt(block, idx, reason) {
        return;
    }
    for site in code.invalidate(reason == molt_vm::code::DEOPT_COLD, reason == molt_vm::code::DEOPT_LEFT_NEST) {
        // SAFETY: call sites live in code objects, which are immortal (`code::register`).
        let site = unsafe { &*(site as *const molt_runtime::call_site::CallSite) };
        if site.code.get() == code as *const CodeObject as usize {
            site.forget();
        }
    }
}

#[no_mangle]
extern "C" fn molt_jit_deopt(ctx: *mut Ctx, regs: u64, at: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        let (block, idx, reason) = deopt_point(at & !SPILLED);
        // SAFETY: direct code runs with its function object, which the caller holds.
        let func = unsafe { &*c.func };
        let n = c.code().ir.nregs as usize;
        // The registers move out of the compiled frame (which returns right after this).
        let regs: Vec<Value> = if at & SPILLED != 0 {
            spilled_registers(regs, n)
        } else {
            take_words(regs, n)
        };
        let code = func.code.clone().downcast::<CodeObject>().map_err(|_| molt_runtime::exceptions::runtime_error("foreign code object"))?;
        // The code giving up (before `note_deopt` may throw it away).
        let from = code.compiled.get().map_or(0, |c| c as *const dyn molt_vm::code::Compiled as *const u8 as usize);
        note_deopt(&code, block, idx, reason);
        interp::resume_deoptimized(code, func, from, regs, block, idx).map(Value::into_bits)
    })
}

#[no_mangle]
extern "C" fn molt_jit_finish_inlined(ctx: *mut Ctx, f: u64, regs: u64, at: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        // Held for the call: the class it was found in may let go of it meanwhile.
        let func = word(&f).clone();
        let Some(Obj::Function(fo)) = func.obj() else { return Err(molt_runtime::exceptions::runtime_error("internal error: inlined callee is not a function")) };
        let code = fo.code.clone().downcast::<CodeObject>().map_err(|_| molt_runtime::exceptions::runtime_error("foreign code object"))?;
        // (The callee's registers, stored there by compiled code.)
        let regs = take_words(regs, code.ir.nregs as usize);
        // The inlined call did not count itself (compiled code checked there was room).
        if !interp::enter_call() {
            interp::leave_call();
            drop(regs);
            return Err(interp::recursion_error());
        }
        let r = interp::resume_deoptimized(code, fo, 0, regs, at as u32, (at >> 32) as u32);
        interp::leave_call();
        r.map(Value::into_bits)
    })
}

#[no_mangle]
extern "C" fn molt_jit_note_deopt(ctx: *mut Ctx, at: u64) {
    let _ = guarded(ctx, 0, |c| {
        let (block, idx, reason) = deopt_point(at);
        // SAFETY: only code compiled with a frame notes deoptimizations this way.
        let frame = unsafe { c.frame() };
        note_deopt(&frame.code, block, idx, reason);
        Ok(0)
    });
}

#[no_mangle]
extern "C" fn molt_jit_truthy(ctx: *mut Ctx, v: u64) -> u64 {
    guarded(ctx, 2, |_| ops::truthy(word(&v)).map(u64::from))
}

#[no_mangle]
extern "C" fn molt_jit_for_iter(ctx: *mut Ctx, it: u64) -> u64 {
    guarded(ctx, ERR, |_| Ok(ops::iter_next(word(&it))?.map(Value::into_bits).unwrap_or(DONE)))
}

#[no_mangle]
extern "C" fn molt_jit_str_eq(x: u64, y: u64) -> u64 {
    if x == y {
        // The same word: the same str (or the same other object, which the generic path
        // compares, as `__eq__` need not say an object equals itself).
        return if word(&x).obj().is_some_and(|o| matches!(o, Obj::Str(_))) { 1 } else { 2 };
    }
    match (word(&x).obj(), word(&y).obj()) {
        (Some(Obj::Str(a)), Some(Obj::Str(b))) => u64::from(a.s.len() == b.s.len() && a.s == b.s),
        _ => 2,
    }
}

#[no_mangle]
extern "C" fn molt_jit_decref(v: u64) {
    // SAFETY: compiled code passes a heap word it owned one reference to and no longer uses.
    drop(unsafe { Value::from_bits(v) });
}

#[no_mangle]
extern "C" fn molt_jit_release_regs(regs: u64, mask: u64, n: u64) {
    let regs = regs as *mut u64;
    // SAFETY: compiled code stores the `n` mask words there for the call.
    let mask = unsafe { std::slice::from_raw_parts(mask as *const u64, n as usize) };
    for (i, mut m) in mask.iter().copied().enumerate() {
        while m != 0 {
            let r = i * 64 + m.trailing_zeros() as usize;
            m &= m - 1;
            // SAFETY: compiled code passes its register file (an interpreter frame's) and a
            // mask of registers in it, each an owned word, taken exactly once and replaced.
            drop(unsafe { Value::from_bits(std::ptr::replace(regs.add(r), Value::UNBOUND.bits())) });
        }
    }
}

#[no_mangle]
extern "C" fn molt_jit_release_words(p: u64, n: u64) {
    drop(take_words(p, n as usize));
}

/// Takes the `n` words compiled code owns at `p` (registers it hands over or lets go of):
/// each is read exactly once, and compiled code no longer uses them.
fn take_words(p: u64, n: usize) -> Vec<Value> {
    // SAFETY: as above; `words` borrows them, and each is moved out once.
    words(p, n as u64).iter().map(|v| unsafe { std::ptr::read(v) }).collect()
}

#[no_mangle]
extern "C" fn molt_jit_binary(ctx: *mut Ctx, op: u64, x: u64, y: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let bop = BINOPS[(op & 0xff) as usize];
        let r = if op & INPLACE != 0 { ops::inplace_op(word(&x), word(&y), bop) } else { ops::binary_op(word(&x), word(&y), bop) };
        r.map(Value::into_bits)
    })
}

#[no_mangle]
extern "C" fn molt_jit_compare(ctx: *mut Ctx, op: u64, x: u64, y: u64) -> u64 {
    guarded(ctx, ERR, |_| ops::compare(word(&x), word(&y), CMPOPS[op as usize]).map(Value::into_bits))
}

#[no_mangle]
extern "C" fn molt_jit_get_item(ctx: *mut Ctx, o: u64, k: u64) -> u64 {
    guarded(ctx, ERR, |_| ops::getitem(word(&o), word(&k)).map(Value::into_bits))
}

#[no_mangle]
extern "C" fn molt_jit_set_item(ctx: *mut Ctx, o: u64, k: u64, v: u64) -> u64 {
    guarded(ctx, ERR, |_| ops::setitem(word(&o), word(&k), word(&v).clone()).map(|()| 0))
}

#[no_mangle]
extern "C" fn molt_jit_del_item(ctx: *mut Ctx, o: u64, k: u64) -> u64 {
    guarded(ctx, ERR, |_| ops::delitem(word(&o), word(&k)).map(|()| 0))
}

#[no_mangle]
extern "C" fn molt_jit_format_value(ctx: *mut Ctx, conv: u64, v: u64, spec: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let spec = if spec == 0 { "" } else { molt_runtime::str_of(word(&spec)) };
        molt_runtime::fmt::format_field(word(&v), conv as u8 as char, spec).map(Value::into_bits)
    })
}

#[no_mangle]
extern "C" fn molt_jit_make_function(ctx: *mut Ctx, packed: u64, defaults: u64, kwdefaults: u64, argv: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        let cells = words(argv, packed >> 32).to_vec();
        let defaults = (defaults != 0).then(|| word(&defaults));
        let kwdefaults = (kwdefaults != 0).then(|| word(&kwdefaults));
        Ok(interp::make_function(packed as u32, c.globals(), defaults, kwdefaults, cells).into_bits())
    })
}

#[no_mangle]
extern "C" fn molt_jit_build_string(ctx: *mut Ctx, n: u64, argv: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let parts = words(argv, n);
        let mut s = String::with_capacity(parts.iter().map(|p| molt_runtime::str_of(p).len()).sum());
        for p in parts {
            s.push_str(molt_runtime::str_of(p));
        }
        Ok(molt_runtime::str_from(s).into_bits())
    })
}

#[no_mangle]
extern "C" fn molt_jit_load_attr(ctx: *mut Ctx, packed: u64, o: u64) -> u64 {
    guarded(ctx, ERR, |c| interp::load_attr_value(c.code(), word(&o), packed as u32, (packed >> 32) as u32).map(Value::into_bits))
}

#[no_mangle]
extern "C" fn molt_jit_load_global(ctx: *mut Ctx, packed: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        Ok(interp::load_global_frameless(c.globals(), c.code(), packed as u32, (packed >> 32) as u32).map(Value::into_bits).unwrap_or(MISSING))
    })
}

#[no_mangle]
extern "C" fn molt_jit_call(ctx: *mut Ctx, at: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        let code = c.code();
        let ins: &Instr = &code.ir.blocks[(at & 0xffff_ffff) as usize].instrs[(at >> 32) as usize];
        // SAFETY: only code compiled with a frame uses this helper.
        let frame = unsafe { c.frame() };
        interp::call_value(frame, code, ins).map(Value::into_bits)
    })
}

#[no_mangle]
extern "C" fn molt_jit_const(ctx: *mut Ctx, k: u64) -> u64 {
    guarded(ctx, ERR, |c| Ok(c.code().consts[k as usize].clone().into_bits()))
}

/// Borrows `n` argument words compiled code stored at `argv`.
fn words<'a>(argv: u64, n: u64) -> &'a [Value] {
    if n == 0 {
        return &[];
    }
    // SAFETY: compiled code stores `n` live words at `argv` (a stack slot) and keeps them
    // for the duration of the call.
    unsafe { std::slice::from_raw_parts(argv as *const Value, n as usize) }
}

/// Calls `f` with borrowed arguments, directly when it is compiled frameless code.
fn call_with_args(f: &Value, args: &[Value]) -> PyResult<Value> {
    call_and_cache(f, args, None)
}

/// `call_with_args`, remembering in `site` (when given) a callee compiled code may call
/// directly from then on.
fn call_and_cache(f: &Value, args: &[Value], site: Option<&molt_runtime::call_site::CallSite>) -> PyResult<Value> {
    if let Some(Obj::Function(fo)) = f.obj() {
        if let Some((code, c)) = direct_callee(fo, args.len()) {
            remember(site, f, fo, code, c, false);
            return c.call(code, fo, args);
        }
        return interp::call_function(f, args, &[]);
    }
    if let Some(Obj::BoundMethod { func, receiver }) = f.obj() {
        if let Some(Obj::Function(fo)) = func.obj() {
            if let Some((code, c)) = direct_callee(fo, args.len() + 1) {
                remember(site, func, fo, code, c, true);
                return with_receiver(receiver, args, |all| c.call(code, fo, all));
            }
        }
    }
    if let Some(site) = site {
        cache_constructor(f, args.len(), site);
    }
    molt_runtime::call::call_kw(f, args, &[])
}

/// Remembers in `site` (when given) that it calls function `func` (`fo`, of `code`, whose
/// compiled code `c` has a direct entry), through its bound methods when `bound`; calls of
/// profiled code are counted instead, as compiled code would not count them.
fn remember(site: Option<&molt_runtime::call_site::CallSite>, func: &Value, fo: &molt_runtime::object::FunctionObj, code: &CodeObject, c: &dyn molt_vm::code::Compiled, bound: bool) {
    if code.profiling {
        // Calls between compiled functions bypass the interpreter's counter.
        code.calls.set(code.calls.get() + 1);
    } else if let (Some(site), Some(t)) = (site, direct_target(code, fo, c)) {
        let held = if bound { site.calls_bound(func) } else { site.calls(func) };
        if !held && site.refill_allowed(func) {
            if bound {
                site.fill_bound(func, t);
            } else {
                site.fill(func, t);
            }
            code.add_caller(site);
        }
    }
}

/// Runs `k` on `args` with `receiver` in front (borrowed words, as `args` are).
fn with_receiver<R>(receiver: &Value, args: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    let mut buf = [0u64; 8];
    if args.len() >= buf.len() {
        let all: Vec<Value> = std::iter::once(receiver.clone()).chain(args.iter().cloned()).collect();
        return k(&all);
    }
    buf[0] = receiver.bits();
    for (b, a) in buf[1..].iter_mut().zip(args) {
        *b = a.bits();
    }
    // SAFETY: `Value` is a transparent word; these are borrowed copies of words of live
    // values (`receiver`, `args`), which outlive the call and are not released through them.
    let all = unsafe { std::slice::from_raw_parts(buf.as_ptr() as *const Value, args.len() + 1) };
    k(all)
}

/// The code of a function taking `n` positional arguments and its compiled code, when that
/// has a direct entry.
fn direct_callee(fo: &molt_runtime::object::FunctionObj, n: usize) -> Option<(&CodeObject, &'static dyn molt_vm::code::Compiled)> {
    let code = fo.code.downcast_ref::<CodeObject>()?;
    let c = code.compiled.get().filter(|c| c.has_direct())?;
    (code.ir.params.npos as usize == n).then_some((code, c))
}

#[no_mangle]
extern "C" fn molt_jit_fill_inline_pair(pair: u64, f: u64, entry: u64) -> u64 {
    let f = word(&f);
    let pair = pair as *mut u64;
    // SAFETY: compiled code passes the address of its two words of writable data, which
    // only compiled code and this helper touch.
    unsafe {
        let Some(Obj::Function(fo)) = f.obj() else { return give_up(pair) };
        let Some(code) = fo.code.downcast_ref::<CodeObject>() else { return give_up(pair) };
        if code.compiled.get().and_then(|c| c.direct_address()) != Some(entry as usize) {
            return give_up(pair);
        }
        // The reference taken here is never released: the word stays this function's, and
        // its code's attribute sites stay where they are.
        pair.write(f.clone().into_bits());
        pair.add(1).write(code.attr_sites.as_ptr() as u64);
    }
    1
}

#[no_mangle]
extern "C" fn molt_jit_fill_intrinsic(ctx: *mut Ctx, words: u64, module: u64, name: u64) -> u64 {
    guarded(ctx, 0, |c| {
        let Some(w) = crate::inline::sqrt_words(word(&module), &c.code().names[name as usize]) else { return Ok(0) };
        // SAFETY: compiled code passes the address of its words of writable data, which only
        // compiled code and this helper touch.
        unsafe { std::ptr::copy_nonoverlapping(w.as_ptr(), words as *mut u64, w.len()) };
        Ok(1)
    })
}

/// An empty inline pair (`molt_jit_fill_inline_pair`) counts the other functions met in its
/// second word; after this many it holds `PAIR_GAVE_UP` in its first, so compiled code no
/// longer asks.
const PAIR_MISSES: u64 = 16;

/// The first word of an inline pair while it is empty, and after it gave up: words of null
/// heap references (no value has them, so no callee compares equal, not even a float).
pub const PAIR_EMPTY: u64 = molt_runtime::call_site::EMPTY;
pub const PAIR_GAVE_UP: u64 = molt_runtime::call_site::EMPTY | 8;

/// Counts a miss of the empty pair at `pair`: 0.
///
/// # Safety
/// `pair` is the address of an inline pair's two words.
unsafe fn give_up(pair: *mut u64) -> u64 {
    // SAFETY: per this function's contract.
    unsafe {
        let misses = pair.add(1).read() + 1;
        pair.add(1).write(misses);
        if misses >= PAIR_MISSES {
            pair.write(PAIR_GAVE_UP);
        }
    }
    0
}

/// What a call site records to call a function's direct entry.
fn direct_target(code: &CodeObject, fo: &molt_runtime::object::FunctionObj, c: &dyn molt_vm::code::Compiled) -> Option<molt_runtime::call_site::Target> {
    Some(molt_runtime::call_site::Target {
        entry: c.direct_address()?,
        code: code as *const CodeObject as usize,
        globals: &fo.globals as *const Value as usize,
        global_sites: code.global_sites.as_ptr() as usize,
        call_sites: code.call_sites.as_ptr() as usize,
        func_obj: fo as *const molt_runtime::object::FunctionObj as usize,
        attr_sites: code.attr_sites.as_ptr() as usize,
    })
}

/// A call site calling class `cls` with `n` arguments remembers it when compiled code can
/// create its instances itself: plain instances set up by an `__init__` with a direct
/// entry taking them and the arguments.
fn cache_constructor(cls: &Value, n: usize, site: &molt_runtime::call_site::CallSite) {
    let Some((version, init)) = molt_runtime::construct::plain_init(cls) else { return };
    let Some(Obj::Function(fo)) = init.obj() else { return };
    let Some((code, c)) = direct_callee(fo, n + 1) else { return };
    if code.profiling || (site.calls(cls) && site.version.get() == version) {
        return;
    }
    if let Some(t) = direct_target(code, fo, c) {
        site.fill_class(cls, version, &init, t);
        code.add_caller(site);
    }
}

#[no_mangle]
extern "C" fn molt_jit_new_instance(cls: u64) -> u64 {
    molt_runtime::construct::new_plain_instance(word(&cls)).into_bits()
}

#[no_mangle]
extern "C" fn molt_jit_init_result(ctx: *mut Ctx, r: u64) -> u64 {
    // SAFETY: `r` is the owned word `__init__` answered.
    let r = unsafe { Value::from_bits(r) };
    guarded(ctx, ERR, |_| molt_runtime::construct::init_result(&r).map(|()| 0))
}

#[no_mangle]
extern "C" fn molt_jit_call_site(ctx: *mut Ctx, slot: u64, n: u64, f: u64, argv: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        let site = &c.code().call_sites[slot as usize];
        call_and_cache(word(&f), words(argv, n), Some(site)).map(Value::into_bits)
    })
}

#[no_mangle]
extern "C" fn molt_jit_call_builtin(ctx: *mut Ctx, n: u64, f: u64, argv: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let (f, all) = (word(&f), words(argv, n));
        match f.obj() {
            Some(Obj::Builtin(b)) if b.bound.is_none() => (b.f)(all, &[]),
            _ => molt_runtime::call::call_kw(f, all, &[]),
        }
        .map(Value::into_bits)
    })
}

#[no_mangle]
extern "C" fn molt_jit_call_method_direct(ctx: *mut Ctx, packed: u64, n: u64, argv: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        let all = words(argv, n + 1);
        let slot = (packed >> 32) as u32;
        match interp::lookup_method_cached(c.code(), &all[0], packed as u32, slot)? {
            // The call site remembers the method for compiled code to call directly.
            molt_runtime::attr::Method::Unbound(m) => call_and_cache(&m, all, Some(&c.code().call_sites[slot as usize])),
            molt_runtime::attr::Method::Bound(m) => call_with_args(&m, &all[1..]),
        }
        .map(Value::into_bits)
    })
}

#[no_mangle]
extern "C" fn molt_jit_int_from_i64(v: u64) -> u64 {
    Value::int(v as i64).into_bits()
}

#[no_mangle]
extern "C" fn molt_jit_unbound(ctx: *mut Ctx, reg: u64) -> u64 {
    guarded(ctx, ERR, |c| Err(interp::unbound_error(c.code(), reg as u32)))
}

#[no_mangle]
extern "C" fn molt_jit_name_error(ctx: *mut Ctx, regs: u64, name: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        let n = c.code().ir.nregs;
        if name & SPILLED != 0 {
            // The spilled words stay owned by the compiled code (it releases them on the way
            // out): the file is borrowed here, and its words are forgotten, not released.
            let file = spilled_registers(regs, n as usize);
            let e = interp::name_error_in(c.code(), &file, c.globals(), (name & !SPILLED) as u32);
            file.into_iter().for_each(std::mem::forget);
            return Err(e);
        }
        Err(interp::name_error_in(c.code(), words(regs, u64::from(n)), c.globals(), name as u32))
    })
}

#[no_mangle]
extern "C" fn molt_jit_unwind(ctx: *mut Ctx, line: u64, p: u64, n: u64) {
    // SAFETY: as in `guarded`.
    let ctx = unsafe { &mut *ctx };
    if std::mem::take(&mut ctx.reraise) == 0 && ctx.err != 0 {
        let code = ctx.code();
        let e = word(&ctx.err);
        if catch_unwind(AssertUnwindSafe(|| interp::note_raise(code, e, line as u32))).is_err() {
            ctx.set_panic(Box::new("internal error while unwinding"));
        }
    }
    for w in words(p, n) {
        // SAFETY: the raising code stored `n` words it owned and no longer uses at `p`.
        drop(unsafe { std::ptr::read(w) });
    }
}

#[no_mangle]
extern "C" fn molt_jit_build_seq(ctx: *mut Ctx, n: u64, argv: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let items = words(argv, n & 0xffff_ffff).to_vec();
        Ok(if n & SEQ_TUPLE != 0 { molt_runtime::tuple_new(items) } else { molt_runtime::list_new(items) }.into_bits())
    })
}

#[no_mangle]
extern "C" fn molt_jit_get_iter(ctx: *mut Ctx, v: u64) -> u64 {
    guarded(ctx, ERR, |_| ops::get_iter(word(&v)).map(Value::into_bits))
}

#[no_mangle]
extern "C" fn molt_jit_unary(ctx: *mut Ctx, op: u64, v: u64) -> u64 {
    guarded(ctx, ERR, |_| ops::unary_op(word(&v), UNARYOPS[op as usize]).map(Value::into_bits))
}

#[no_mangle]
extern "C" fn molt_jit_contains(ctx: *mut Ctx, negate: u64, container: u64, item: u64) -> u64 {
    guarded(ctx, ERR, |_| Ok(Value::bool(ops::contains(word(&container), word(&item))? != (negate != 0)).into_bits()))
}

#[no_mangle]
extern "C" fn molt_jit_store_attr(ctx: *mut Ctx, packed: u64, o: u64, v: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        interp::store_attr_value(c.code(), word(&o), packed as u32, (packed >> 32) as u32, word(&v).clone()).map(|()| 0)
    })
}

#[no_mangle]
extern "C" fn molt_jit_append_attr(o: u64, key: u64, v: u64) -> u64 {
    let Some(Obj::Instance(inst)) = word(&o).obj() else { return 0 };
    if inst.exc.is_some() {
        return 0;
    }
    let Ok(mut t) = inst.table().try_borrow_mut() else { return 0 };
    match t.append_absent_str(word(&key), word(&v).clone()) {
        Ok(_) => 1,
        Err(v) => {
            drop(t);
            drop(v);
            0
        }
    }
}

#[no_mangle]
extern "C" fn molt_jit_unpack(ctx: *mut Ctx, n: u64, out: u64, v: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let items = interp::unpack_exact(word(&v), n as usize)?;
        for (i, x) in items.into_iter().enumerate() {
            // SAFETY: compiled code passes a scratch area of at least `n` words; it takes
            // ownership of the words written there.
            unsafe { (out as *mut u64).add(i).write(x.into_bits()) };
        }
        Ok(0)
    })
}

#[no_mangle]
extern "C" fn molt_jit_build_slice(ctx: *mut Ctx, start: u64, stop: u64, step: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let s = molt_runtime::object::SliceObj { start: word(&start).clone(), stop: word(&stop).clone(), step: word(&step).clone() };
        Ok(Value::new(Obj::Slice(s)).into_bits())
    })
}

#[no_mangle]
extern "C" fn molt_jit_list_append(ctx: *mut Ctx, list: u64, item: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        if let Some(Obj::List(l)) = word(&list).obj() {
            l.borrow_mut().push(word(&item).clone());
        }
        Ok(0)
    })
}

#[no_mangle]
extern "C" fn molt_jit_build_dict(ctx: *mut Ctx, n: u64, argv: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let d = molt_runtime::dict_new();
        for pair in words(argv, n).chunks(2) {
            molt_runtime::builtins::dict::dict_set(&d, pair[0].clone(), pair[1].clone())?;
        }
        Ok(d.into_bits())
    })
}

#[no_mangle]
extern "C" fn molt_jit_build_set(ctx: *mut Ctx, n: u64, argv: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let s = molt_runtime::builtins::set::new_set(false);
        for v in words(argv, n) {
            molt_runtime::builtins::set::set_add(&s, v.clone())?;
        }
        Ok(s.into_bits())
    })
}

/// The instructions `Helper::Collect` runs, and what its words `a`, `b`, `c` are.
pub mod collect {
    /// `set.add(item)` of a comprehension: (set, item).
    pub const SET_ADD: i64 = 0;
    /// `{*it}`: (set, iterable).
    pub const SET_UPDATE: i64 = 1;
    /// `d[k] = v` of a comprehension or display: (dict, key, value).
    pub const DICT_SET: i64 = 2;
    /// `{**m}`: (dict, mapping).
    pub const DICT_UPDATE: i64 = 3;
    /// `f(**m)`: (dict, mapping, function called).
    pub const DICT_MERGE: i64 = 4;
    /// `[*it]`, `f(*it)`: (list, iterable, function called or the unbound word).
    pub const LIST_EXTEND: i64 = 5;
    /// `tuple(list)` of a display or a call: (list); answers the tuple.
    pub const LIST_TO_TUPLE: i64 = 6;
}

#[no_mangle]
extern "C" fn molt_jit_collect(ctx: *mut Ctx, op: u64, a: u64, b: u64, c: u64) -> u64 {
    use molt_runtime::builtins::{dict, set};
    guarded(ctx, ERR, |_| {
        let (a, b, c) = (word(&a), word(&b), word(&c));
        match op as i64 {
            collect::SET_ADD => {
                set::set_add(a, b.clone())?;
            }
            collect::SET_UPDATE => set::set_update(a, b)?,
            collect::DICT_SET => dict::dict_set(a, b.clone(), c.clone())?,
            collect::DICT_UPDATE => interp::dict_update(a, b)?,
            collect::DICT_MERGE => interp::dict_merge(a, b, c)?,
            collect::LIST_EXTEND => interp::list_extend(a, b, (!c.is_unbound()).then_some(c))?,
            _ => return Ok(interp::list_to_tuple(a).into_bits()),
        }
        Ok(0)
    })
}

#[no_mangle]
extern "C" fn molt_jit_call_ex(ctx: *mut Ctx, f: u64, args: u64, kwargs: u64) -> u64 {
    guarded(ctx, ERR, |_| interp::call_ex(word(&f), word(&args), Some(word(&kwargs)).filter(|k| !k.is_unbound())).map(Value::into_bits))
}

#[no_mangle]
extern "C" fn molt_jit_delete_attr(ctx: *mut Ctx, name: u64, o: u64) -> u64 {
    guarded(ctx, ERR, |c| molt_runtime::attr::delattr(word(&o), &c.code().names[name as usize]).map(|()| 0))
}

#[no_mangle]
extern "C" fn molt_jit_delete_global(ctx: *mut Ctx, name: u64) -> u64 {
    guarded(ctx, ERR, |c| interp::delete_global(c.globals(), &c.code().names[name as usize]).map(|()| 0))
}

#[no_mangle]
extern "C" fn molt_jit_new_cell(ctx: *mut Ctx, init: u64) -> u64 {
    guarded(ctx, ERR, |_| Ok(Value::new(Obj::Cell(std::cell::RefCell::new(word(&init).clone()))).into_bits()))
}

#[no_mangle]
extern "C" fn molt_jit_free_var(ctx: *mut Ctx, i: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        // SAFETY: the runner of direct code points `func` at the function being called,
        // which the caller keeps alive for the call.
        let f = unsafe { &*c.func };
        Ok(f.closure[i as usize].clone().into_bits())
    })
}

#[no_mangle]
extern "C" fn molt_jit_load_deref(ctx: *mut Ctx, cell: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        let v = interp::cell_contents(word(&cell));
        Ok(if v.is_unbound() { MISSING } else { v.into_bits() })
    })
}

#[no_mangle]
extern "C" fn molt_jit_store_deref(ctx: *mut Ctx, cell: u64, v: u64) -> u64 {
    guarded(ctx, ERR, |_| {
        if let Some(Obj::Cell(c)) = word(&cell).obj() {
            let old = c.replace(word(&v).clone());
            drop(old);
        }
        Ok(0)
    })
}

#[no_mangle]
extern "C" fn molt_jit_store_global(ctx: *mut Ctx, name: u64, v: u64) -> u64 {
    guarded(ctx, ERR, |c| interp::store_global(c.globals(), c.code(), name as u32, word(&v).clone()).map(|()| 0))
}

#[no_mangle]
extern "C" fn molt_jit_deref_error(ctx: *mut Ctx, regs: u64, packed: u64) -> u64 {
    guarded(ctx, ERR, |c| {
        let regs = words(regs, u64::from(c.code().ir.nregs));
        Err(interp::deref_error_in(c.code(), regs, c.globals(), packed as u32, (packed >> 32) as u32))
    })
}

#[no_mangle]
extern "C" fn molt_jit_raise(ctx: *mut Ctx, e: u64, cause: u64) -> u64 {
    let given = |w: &u64| if word(w).is_unbound() { None } else { Some(word(w).clone()) };
    let (e, cause) = (given(&e), given(&cause));
    let mut reraise = false;
    let r = guarded(ctx, ERR, |_| {
        let (exc, bare) = interp::raise_values(e.as_ref(), cause.as_ref());
        reraise = bare;
        Err(exc)
    });
    // SAFETY: as in `guarded`; the closure above has finished with the context.
    unsafe { (*ctx).reraise = u64::from(reraise) };
    r
}
