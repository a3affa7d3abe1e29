//! The entry points compiled code calls, and the context it runs with.
//!
//! Every helper is `extern "C"` over plain words. Helpers that run Python code report an
//! exception by storing it in the context and returning non-zero; a Rust panic inside one is
//! caught, parked in the context and resumed once compiled code has returned, so a bug
//! behaves exactly as it would in the interpreter instead of aborting across the C ABI.

use molt_runtime::{Exc, Value};
use molt_vm::code::CodeObject;
use molt_vm::interp::{self, Frame};
use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

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

/// The helpers, named so code generation can import them in any `Module`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Helper {
    /// `(ctx, block, idx) -> 0 | 1`: runs one instruction through the interpreter.
    Step,
    /// `(ctx, block) -> 0 | 1 | 2`: the truth value of the block's branch condition.
    Truthy,
    /// `(ctx, block) -> 0 | 1 | 2`: advances the block's `for_iter` (done, item, error).
    ForIter,
    /// `(word)`: releases one reference.
    Decref,
}

impl Helper {
    pub const ALL: [Helper; 4] = [Helper::Step, Helper::Truthy, Helper::ForIter, Helper::Decref];

    pub fn symbol(self) -> &'static str {
        match self {
            Helper::Step => "molt_jit_step",
            Helper::Truthy => "molt_jit_truthy",
            Helper::ForIter => "molt_jit_for_iter",
            Helper::Decref => "molt_jit_decref",
        }
    }

    pub fn params(self) -> usize {
        match self {
            Helper::Step => 3,
            Helper::Truthy | Helper::ForIter => 2,
            Helper::Decref => 1,
        }
    }

    pub fn returns(self) -> bool {
        self != Helper::Decref
    }

    pub fn address(self) -> *const u8 {
        match self {
            Helper::Step => molt_jit_step as *const u8,
            Helper::Truthy => molt_jit_truthy as *const u8,
            Helper::ForIter => molt_jit_for_iter as *const u8,
            Helper::Decref => molt_jit_decref as *const u8,
        }
    }
}

/// Runs `f` on the context's frame and code; `Err` parks the exception (or panic) in the
/// context and yields `err_code`.
fn with_frame(ctx: *mut Ctx, err_code: u64, f: impl FnOnce(&mut Frame, &CodeObject) -> Result<u64, Exc>) -> u64 {
    // SAFETY: compiled code passes the context its runner built; the frame and code outlive
    // the run, and compiled code does not touch the registers while a helper runs.
    let ctx = unsafe { &mut *ctx };
    let (frame, code) = unsafe { (&mut *ctx.frame, &*ctx.code) };
    match catch_unwind(AssertUnwindSafe(|| f(frame, code))) {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            ctx.err = Some(e);
            err_code
        }
        Err(p) => {
            ctx.panic = Some(p);
            err_code
        }
    }
}

extern "C" fn molt_jit_step(ctx: *mut Ctx, block: u64, idx: u64) -> u64 {
    with_frame(ctx, 1, |frame, code| {
        frame.block = block as u32;
        interp::step_instr(frame, code, block as u32, idx as u32).map(|()| 0)
    })
}

extern "C" fn molt_jit_truthy(ctx: *mut Ctx, block: u64) -> u64 {
    with_frame(ctx, 2, |frame, code| interp::step_truthy(frame, code, block as u32).map(u64::from))
}

extern "C" fn molt_jit_for_iter(ctx: *mut Ctx, block: u64) -> u64 {
    with_frame(ctx, 2, |frame, code| interp::step_for_iter(frame, code, block as u32).map(u64::from))
}

extern "C" fn molt_jit_decref(word: u64) {
    // SAFETY: compiled code passes a heap word it owned one reference to and no longer uses.
    drop(unsafe { Value::from_bits(word) });
}
