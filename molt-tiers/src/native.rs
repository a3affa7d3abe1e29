//! Entering machine code from the interpreter: the `Compiled` implementation shared by the
//! JIT (code in a `JITModule`) and AOT binaries (code linked in).

use crate::codegen::exit;
use crate::runtime::Ctx;
use molt_runtime::exceptions as exc;
use molt_vm::code::{CodeObject, Compiled, CompiledExit};
use molt_vm::interp::{self, Frame};
use molt_vm::ir::Terminator;
use std::cell::Cell;

/// The entry of code compiled with a frame: `(ctx, regs, block) -> exit word`.
pub type Entry = unsafe extern "C" fn(*mut Ctx, *mut u64, u64) -> u64;
/// A direct (frameless) entry: `(ctx, argv, 0) -> value word | ERR` for a call; with
/// `(ctx, regs, block + 1)` it takes over an interpreter frame at a loop header (see
/// `Gen::frame_entry`).
pub type DirectEntry = unsafe extern "C" fn(*mut Ctx, *mut u64, u64) -> u64;

/// One compiled function, JIT- or AOT-compiled: how the interpreter enters its machine code.
pub struct NativeCode {
    /// The entry with a frame. The JIT compiles it for a function with a direct entry only
    /// once a frame needs it (see `run`), so it may come later than `direct`.
    entry: Cell<Option<Entry>>,
    /// The JIT was asked for `entry`.
    entry_asked: Cell<bool>,
    /// The frameless entry, when the function qualifies (`codegen::direct_eligible`).
    direct: Option<DirectEntry>,
    /// Instructions it executed (under `--stats`).
    pub instrs: Cell<u64>,
    pub entries: Cell<u64>,
    /// Of those, interpreter frames taken over at a loop header (on-stack replacement).
    pub takeovers: Cell<u64>,
    counting: bool,
}

impl NativeCode {
    pub fn new(entry: Option<Entry>, direct: Option<DirectEntry>, counting: bool) -> NativeCode {
        NativeCode { entry: Cell::new(entry), entry_asked: Cell::new(false), direct, instrs: Cell::new(0), entries: Cell::new(0), takeovers: Cell::new(0), counting }
    }

    /// Installs the entry with a frame compiled after the direct one.
    pub fn set_entry(&self, entry: Entry) {
        self.entry.set(Some(entry));
    }
}

impl NativeCode {
    /// On-stack replacement into frameless code: a function's frame continues in the direct
    /// code, which is faster than code with a frame (registers in machine registers, no
    /// frame stores), when the frame is at a loop header whose facts hold (a hot loop in a
    /// function called once), or has not started yet (a call with keyword or default
    /// arguments). The direct code takes the registers over and runs the rest of the call;
    /// an exception it raises already carries this frame's traceback entry. `None`: the
    /// frame runs with its frame as before.
    fn take_over(&self, frame: &mut Frame) -> Option<CompiledExit> {
        let entry = self.direct?;
        if frame.func.is_null() || frame.resumed_from == self as *const NativeCode as usize {
            return None;
        }
        let globals: *const molt_runtime::Value = &frame.globals;
        let mut ctx = Ctx::new(&frame.code, globals, std::ptr::null_mut(), frame.func);
        let regs = frame.regs.as_mut_ptr() as *mut u64;
        // SAFETY: the frame's register file is `nregs` words, the layout direct code keeps its
        // registers in; the entry reads them and takes them over only when it answers neither
        // `NOT_AN_ENTRY` nor `ENTRY_FACTS_FAIL`. `func` is the frame's function, which its
        // caller keeps alive for the call.
        let w = unsafe { entry(&mut ctx, regs, u64::from(frame.block) + 1) };
        let taken = match w {
            // At block 0, which is no loop header, the frame has run nothing yet (the
            // interpreter bound the call's arguments to make it): the direct code makes the
            // call with the arguments, its first registers (direct code has positional
            // parameters only).
            // SAFETY: the register file holds at least those words; the entry takes them.
            crate::runtime::NOT_AN_ENTRY if frame.block == 0 => {
                let w = unsafe { entry(&mut ctx, regs, 0) };
                (w, frame.code.ir.params.npos as usize)
            }
            crate::runtime::NOT_AN_ENTRY => return Some(CompiledExit::Interpret),
            crate::runtime::ENTRY_FACTS_FAIL => return None,
            _ => (w, frame.regs.len()),
        };
        let (w, taken) = taken;
        for r in frame.regs[..taken].iter_mut() {
            std::mem::forget(std::mem::replace(r, molt_runtime::Value::UNBOUND));
        }
        if let Some(p) = ctx.take_panic() {
            std::panic::resume_unwind(p);
        }
        if self.counting {
            self.instrs.set(self.instrs.get() + ctx.instrs);
            self.entries.set(self.entries.get() + 1);
            self.takeovers.set(self.takeovers.get() + 1);
        }
        Some(if w == crate::runtime::ERR {
            CompiledExit::Raised(ctx.take_err().unwrap_or_else(|| exc::runtime_error("internal error: compiled code lost its exception")))
        } else {
            // SAFETY: a direct entry answers an owned value word unless it answered ERR.
            CompiledExit::Return(unsafe { molt_runtime::Value::from_bits(w) })
        })
    }
}

impl Compiled for NativeCode {
    fn run(&self, frame: &mut Frame) -> CompiledExit {
        let block = frame.block;
        if let Some(exit) = self.take_over(frame) {
            return exit;
        }
        let entry = match self.entry.get() {
            Some(e) => e,
            None => {
                // The frame continues in the interpreter until the entry with a frame is
                // compiled (asked for once, installed when ready).
                if !self.entry_asked.replace(true) {
                    crate::ask_frame_entry(&frame.code, self);
                } else {
                    crate::poll_compiled();
                }
                match self.entry.get() {
                    Some(e) => e,
                    None => return CompiledExit::Interpret,
                }
            }
        };
        let fp: *mut Frame = frame;
        let globals: *const molt_runtime::Value = &frame.globals;
        let mut ctx = Ctx::new(&frame.code, globals, fp, std::ptr::null());
        // SAFETY: the register file is `nregs` initialized words that stay in place for the
        // whole run (it is never resized); compiled code indexes it only with the function's
        // own registers, and the entry point was compiled from this very code object.
        let w = unsafe {
            let regs = (*fp).regs.as_mut_ptr() as *mut u64;
            entry(&mut ctx, regs, u64::from(block))
        };
        if let Some(p) = ctx.take_panic() {
            std::panic::resume_unwind(p);
        }
        if self.counting {
            self.instrs.set(self.instrs.get() + ctx.instrs);
            self.entries.set(self.entries.get() + 1);
        }
        let (kind, b, i) = exit::unpack(w);
        frame.block = b;
        let code = &frame.code;
        let blk = &code.ir.blocks[b as usize];
        match kind {
            exit::RESUME => CompiledExit::Resume(i),
            exit::ERROR => {
                let line = blk.instrs.get(i as usize).map(|ins| ins.line).unwrap_or(blk.term_line);
                let e = ctx.take_err().unwrap_or_else(|| exc::runtime_error("internal error: compiled code lost its exception"));
                CompiledExit::Error(e, line)
            }
            _ => match &blk.term {
                Terminator::Return(r) => CompiledExit::Return(frame.regs[*r as usize].clone()),
                _ => CompiledExit::Error(exc::runtime_error("internal error: bad exit from compiled code"), blk.term_line),
            },
        }
    }

    fn has_direct(&self) -> bool {
        self.direct.is_some()
    }

    fn direct_address(&self) -> Option<usize> {
        // Counted runs (`--stats`) call through `call`, which counts.
        self.direct.filter(|_| !self.counting).map(|e| e as usize)
    }

    fn call(&self, code: &CodeObject, func: &molt_runtime::object::FunctionObj, args: &[molt_runtime::Value]) -> molt_runtime::PyResult<molt_runtime::Value> {
        let Some(entry) = self.direct else { return Err(exc::runtime_error("internal error: no frameless entry")) };
        if !interp::enter_call() {
            interp::leave_call();
            return Err(interp::recursion_error());
        }
        let started = code.profiling.then(std::time::Instant::now);
        let mut ctx = Ctx::new(code, &func.globals, std::ptr::null_mut(), func);
        // The entry takes ownership of its argument words: give it references of its own.
        for a in args {
            std::mem::forget(a.clone());
        }
        // SAFETY: the entry was compiled from `code` with `entry_signature(direct)` and reads
        // exactly `args.len()` words (its positional parameters) from the pointer.
        let w = unsafe { entry(&mut ctx, args.as_ptr() as *mut u64, 0) };
        interp::leave_call();
        if let Some(t) = started {
            code.record_duration(t);
        }
        if let Some(p) = ctx.take_panic() {
            std::panic::resume_unwind(p);
        }
        if self.counting {
            self.instrs.set(self.instrs.get() + ctx.instrs);
            self.entries.set(self.entries.get() + 1);
        }
        if w == crate::runtime::ERR {
            return Err(ctx.take_err().unwrap_or_else(|| exc::runtime_error("internal error: compiled code lost its exception")));
        }
        // Helpers park an exception only when they answer ERR, which leaves direct code with ERR.
        debug_assert!(ctx.err == 0);
        // SAFETY: a direct entry answers an owned value word unless it answered ERR.
        Ok(unsafe { molt_runtime::Value::from_bits(w) })
    }
}

