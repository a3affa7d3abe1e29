//! The JIT driver: compiles code objects into a `JITModule` and runs them.

use crate::codegen::{self, exit, Imports, Layout};
use crate::runtime::{Ctx, Helper};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Module};
use molt_runtime::exceptions as exc;
use molt_vm::code::{CodeObject, Compiled, CompiledExit};
use molt_vm::interp::{self, Frame};
use molt_vm::ir::Terminator;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Instant;

type Entry = unsafe extern "C" fn(*mut Ctx, *mut u64, u64) -> u64;
type DirectEntry = unsafe extern "C" fn(*mut Ctx, *mut u64) -> u64;

/// One compiled function.
pub struct JitCode {
    entry: Entry,
    /// The frameless entry, when the function qualifies (`codegen::direct_eligible`).
    direct: Option<DirectEntry>,
    /// Instructions it executed (under `--stats`).
    pub instrs: Cell<u64>,
    pub entries: Cell<u64>,
    counting: bool,
}

impl Compiled for JitCode {
    fn run(&self, frame: &mut Frame) -> CompiledExit {
        let code: *const CodeObject = Rc::as_ptr(&frame.code);
        let block = frame.block;
        let fp: *mut Frame = frame;
        let globals: *const molt_runtime::Value = &frame.globals;
        let mut ctx = Ctx { frame: fp, code, globals, instrs: 0, err: None, panic: None };
        // SAFETY: the register file is `nregs` initialized words that stay in place for the
        // whole run (it is never resized); compiled code indexes it only with the function's
        // own registers, and the entry point was compiled from this very code object.
        let w = unsafe {
            let regs = (*fp).regs.as_mut_ptr() as *mut u64;
            (self.entry)(&mut ctx, regs, u64::from(block))
        };
        if let Some(p) = ctx.panic.take() {
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
                let e = ctx.err.take().unwrap_or_else(|| exc::runtime_error("internal error: compiled code lost its exception"));
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

    fn call(&self, code: &CodeObject, globals: &molt_runtime::Value, args: &[molt_runtime::Value]) -> molt_runtime::PyResult<molt_runtime::Value> {
        let Some(entry) = self.direct else { return Err(exc::runtime_error("internal error: no frameless entry")) };
        if !interp::enter_call() {
            interp::leave_call();
            return Err(interp::recursion_error());
        }
        let mut ctx = Ctx { frame: std::ptr::null_mut(), code, globals, instrs: 0, err: None, panic: None };
        // The entry takes ownership of its argument words: give it references of its own.
        for a in args {
            std::mem::forget(a.clone());
        }
        // SAFETY: the entry was compiled from `code` with `entry_signature(direct)` and reads
        // exactly `args.len()` words (its positional parameters) from the pointer.
        let w = unsafe { entry(&mut ctx, args.as_ptr() as *mut u64) };
        interp::leave_call();
        if let Some(p) = ctx.panic.take() {
            std::panic::resume_unwind(p);
        }
        if self.counting {
            self.instrs.set(self.instrs.get() + ctx.instrs);
            self.entries.set(self.entries.get() + 1);
        }
        if w == crate::runtime::ERR {
            return Err(ctx.err.take().unwrap_or_else(|| exc::runtime_error("internal error: compiled code lost its exception")));
        }
        // SAFETY: a direct entry answers an owned value word unless it answered ERR.
        Ok(unsafe { molt_runtime::Value::from_bits(w) })
    }
}

/// Per-function record for `--stats`.
pub struct Record {
    pub code: Rc<CodeObject>,
    pub compiled: Option<&'static JitCode>,
    pub compile_us: u64,
    /// Calls and back-edges when it was compiled.
    pub calls: u64,
    pub backedges: u64,
    pub error: Option<String>,
}

pub struct Jit {
    module: JITModule,
    imports: Imports,
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
    layout: Layout,
    pub records: Vec<Record>,
}

impl Jit {
    pub fn new(count: bool) -> Result<Jit, String> {
        let mut flags = settings::builder();
        for (k, v) in [("opt_level", "speed"), ("is_pic", "false"), ("use_colocated_libcalls", "false")] {
            flags.set(k, v).map_err(|e| e.to_string())?;
        }
        let isa = cranelift_native::builder()
            .map_err(|e| e.to_string())?
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let mut jb = JITBuilder::with_isa(isa, default_libcall_names());
        for &h in Helper::ALL {
            jb.symbol(h.symbol(), h.address());
        }
        let mut module = JITModule::new(jb);
        let imports = Imports::declare(&mut module)?;
        let ctx = module.make_context();
        let layout = Layout { instrs_offset: std::mem::offset_of!(Ctx, instrs) as i32, count, embed_ir: true };
        Ok(Jit { module, imports, ctx, fctx: FunctionBuilderContext::new(), layout, records: Vec::new() })
    }

    /// Compiles `code` with its current feedback and installs the result.
    pub fn compile(&mut self, code: &Rc<CodeObject>) {
        let start = Instant::now();
        let result = self.build(code);
        let compile_us = start.elapsed().as_micros() as u64;
        let (calls, backedges) = (code.calls.get(), code.backedges.get());
        match result {
            Ok(jc) => {
                let jc: &'static JitCode = Box::leak(Box::new(jc));
                code.set_compiled(Some(jc));
                self.records.push(Record { code: code.clone(), compiled: Some(jc), compile_us, calls, backedges, error: None });
            }
            Err(e) => self.records.push(Record { code: code.clone(), compiled: None, compile_us, calls, backedges, error: Some(e) }),
        }
    }

    fn build(&mut self, code: &CodeObject) -> Result<JitCode, String> {
        let feedback: Vec<u32> = code.feedback.iter().map(|c| c.get()).collect();
        let consts: Vec<u64> = code.consts.iter().map(|c| c.bits()).collect();
        let n = self.records.len();
        let mut ids = Vec::new();
        let direct_ok = codegen::direct_eligible(&code.ir) && std::env::var_os("MOLT_JIT_NO_DIRECT").is_none();
        for direct in if direct_ok { &[false, true][..] } else { &[false][..] } {
            let name = format!("molt_fn{n}{}", if *direct { "_direct" } else { "" });
            let id = codegen::compile(
                &mut self.module,
                &mut self.ctx,
                &mut self.fctx,
                &self.imports,
                &name,
                &code.ir,
                &feedback,
                &consts,
                &self.layout,
                *direct,
            )
            .inspect_err(|_| self.module.clear_context(&mut self.ctx))?;
            ids.push(id);
        }
        self.module.finalize_definitions().map_err(|e| e.to_string())?;
        // SAFETY: the functions were compiled with `entry_signature`, which is the ABI of
        // `Entry` (with a frame) and `DirectEntry` (direct).
        let entry = unsafe { std::mem::transmute::<*const u8, Entry>(self.module.get_finalized_function(ids[0])) };
        let direct = ids.get(1).map(|id| unsafe { std::mem::transmute::<*const u8, DirectEntry>(self.module.get_finalized_function(*id)) });
        Ok(JitCode { entry, direct, instrs: Cell::new(0), entries: Cell::new(0), counting: self.layout.count })
    }
}
