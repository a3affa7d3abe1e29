//! The entry points compiled code calls, and the context it runs with.
//!
//! Every helper is `extern "C"` over plain words. Value words passed in are borrowed; a value
//! word returned is owned by the caller. A helper reports a Python exception by storing it in
//! the context and returning `ERR` (a word no Python value has); a Rust panic inside one is
//! caught, parked in the context and resumed once compiled code has returned, so a bug behaves
//! exactly as it would in the interpreter instead of aborting across the C ABI.

use molt_runtime::ops::{self, BinOp, CmpOp};
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

/// What a compiled function runs with (its first argument).
#[repr(C)]
pub struct Ctx {
    pub frame: *mut Frame,
    pub code: *const CodeObject,
    /// Instructions executed in compiled code (counted only under `--stats`).
    pub instrs: u64,
    pub err: Option<Exc>,
    pub panic: Option<Box<dyn Any + Send>>,
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
    /// `x op y` (op numbered as in `BINOPS`, plus `INPLACE`).
    Binary = molt_jit_binary(ctx, op, x, y) -> u64;
    /// `x op y` for a comparison (numbered as in `CMPOPS`).
    Compare = molt_jit_compare(ctx, op, x, y) -> u64;
    /// `o[k]`.
    GetItem = molt_jit_get_item(ctx, o, k) -> u64;
    /// `o[k] = v`: 0, or `ERR`.
    SetItem = molt_jit_set_item(ctx, o, k, v) -> u64;
    /// `o.name` for the name and feedback slot packed as `name | slot << 32`.
    LoadAttr = molt_jit_load_attr(ctx, packed, o) -> u64;
    /// A global by name and slot, packed as for `LoadAttr`.
    LoadGlobal = molt_jit_load_global(ctx, packed) -> u64;
    /// A `call`/`call_method` instruction, given its address.
    Call = molt_jit_call(ctx, instr) -> u64;
}

/// Runs `f` with the context's frame and code, turning an exception (or panic) into `err`.
#[inline(always)]
fn guarded(ctx: *mut Ctx, err: u64, f: impl FnOnce(&mut Frame, &CodeObject) -> PyResult<u64>) -> u64 {
    // SAFETY: compiled code passes the context its runner built; the frame and code outlive
    // the run, and compiled code does not touch the registers while a helper runs.
    let ctx = unsafe { &mut *ctx };
    let (frame, code) = unsafe { (&mut *ctx.frame, &*ctx.code) };
    match catch_unwind(AssertUnwindSafe(|| f(frame, code))) {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            ctx.err = Some(e);
            err
        }
        Err(p) => {
            ctx.panic = Some(p);
            err
        }
    }
}

/// Borrows a word compiled code passed in.
#[inline(always)]
fn word(w: &u64) -> &Value {
    // SAFETY: `Value` is a transparent `u64`; the caller holds the reference for the call.
    unsafe { &*(w as *const u64 as *const Value) }
}

extern "C" fn molt_jit_step(ctx: *mut Ctx, block: u64, idx: u64) -> u64 {
    guarded(ctx, 1, |frame, code| {
        frame.block = block as u32;
        interp::step_instr(frame, code, block as u32, idx as u32).map(|()| 0)
    })
}

extern "C" fn molt_jit_truthy(ctx: *mut Ctx, v: u64) -> u64 {
    guarded(ctx, 2, |_, _| ops::truthy(word(&v)).map(u64::from))
}

extern "C" fn molt_jit_for_iter(ctx: *mut Ctx, it: u64) -> u64 {
    guarded(ctx, ERR, |_, _| Ok(ops::iter_next(word(&it))?.map(Value::into_bits).unwrap_or(DONE)))
}

extern "C" fn molt_jit_decref(v: u64) {
    // SAFETY: compiled code passes a heap word it owned one reference to and no longer uses.
    drop(unsafe { Value::from_bits(v) });
}

extern "C" fn molt_jit_binary(ctx: *mut Ctx, op: u64, x: u64, y: u64) -> u64 {
    guarded(ctx, ERR, |_, _| {
        let bop = BINOPS[(op & 0xff) as usize];
        let r = if op & INPLACE != 0 { ops::inplace_op(word(&x), word(&y), bop) } else { ops::binary_op(word(&x), word(&y), bop) };
        r.map(Value::into_bits)
    })
}

extern "C" fn molt_jit_compare(ctx: *mut Ctx, op: u64, x: u64, y: u64) -> u64 {
    guarded(ctx, ERR, |_, _| ops::compare(word(&x), word(&y), CMPOPS[op as usize]).map(Value::into_bits))
}

extern "C" fn molt_jit_get_item(ctx: *mut Ctx, o: u64, k: u64) -> u64 {
    guarded(ctx, ERR, |_, _| ops::getitem(word(&o), word(&k)).map(Value::into_bits))
}

extern "C" fn molt_jit_set_item(ctx: *mut Ctx, o: u64, k: u64, v: u64) -> u64 {
    guarded(ctx, ERR, |_, _| ops::setitem(word(&o), word(&k), word(&v).clone()).map(|()| 0))
}

extern "C" fn molt_jit_load_attr(ctx: *mut Ctx, packed: u64, o: u64) -> u64 {
    guarded(ctx, ERR, |_, code| interp::load_attr_value(code, word(&o), packed as u32, (packed >> 32) as u32).map(Value::into_bits))
}

extern "C" fn molt_jit_load_global(ctx: *mut Ctx, packed: u64) -> u64 {
    guarded(ctx, ERR, |frame, code| interp::load_global_value(frame, code, packed as u32, (packed >> 32) as u32).map(Value::into_bits))
}

extern "C" fn molt_jit_call(ctx: *mut Ctx, instr: u64) -> u64 {
    guarded(ctx, ERR, |frame, code| {
        // SAFETY: code generation embeds the address of one of this code object's
        // instructions; the IR is never changed or freed while the program runs.
        let ins = unsafe { &*(instr as *const Instr) };
        interp::call_value(frame, code, ins).map(Value::into_bits)
    })
}
