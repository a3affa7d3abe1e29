//! The JIT driver: compiles code objects into a `JITModule` and runs them.

use crate::codegen::{self, Imports, Layout};
use crate::facts::Speculation;
use crate::native::{DirectEntry, Entry, NativeCode};
use crate::runtime::Helper;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::FunctionBuilderContext;
use crossbeam_channel::{bounded, unbounded, Receiver, Sender};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Module};
use molt_runtime::object::Obj;
use molt_runtime::attr_site;
use molt_vm::code::{kind, CodeObject};
use molt_vm::ir::{CodeKind, Function, Op};
use std::rc::Rc;
use std::time::Instant;

/// Per-function record for `--stats`.
pub struct Record {
    pub code: Rc<CodeObject>,
    pub compiled: Option<&'static NativeCode>,
    pub compile_us: u64,
    /// From the request to installation (compiling, waiting for the compiler thread, and
    /// waiting for the next tier-up point), and from the process's start to installation.
    pub ready_us: u64,
    pub installed_at_us: u64,
    /// Calls and back-edges when compilation was requested.
    pub calls: u64,
    pub backedges: u64,
    pub error: Option<String>,
    /// The entry with a frame was compiled later, on demand (its time is in `compile_us`).
    pub frame_entry_later: bool,
    /// The functions inlined at its call sites (qualified names, one per call site and
    /// callee).
    pub inlined: Vec<String>,
}

/// The IR of a code object, read by the compiler thread. Code objects live for the whole
/// process and their IR never changes after registration, so the compiler may read it while
/// the interpreter runs; compiled code may also embed the addresses of its instructions.
struct IrRef(*const Function);
// SAFETY: see the type's comment: the referent is immutable and outlives every reader.
unsafe impl Send for IrRef {}

struct Job {
    id: u64,
    ir: IrRef,
    feedback: Vec<u32>,
    consts: Vec<u64>,
    /// The code object's branch counters when profiling (they live as long as the process).
    branch_counts: Option<u64>,
    /// Specialize on the feedback with guards that deoptimize (off once the code has been
    /// thrown away `MAX_RECOMPILES` times for deoptimizing too often: no endless
    /// recompiles), and leave code that never ran to the interpreter (while the code has
    /// some feedback, i.e. it ran before, and was thrown away for reaching such code fewer
    /// than `MAX_COLD_RECOMPILES` times).
    spec: Speculation,
    forms: Forms,
    /// Callees to inline at the call sites that keep calling them (see `inline`).
    inlines: Vec<InlineJob>,
    intrinsics: Vec<crate::inline::Intrinsic>,
    /// Code that runs once and tiered up in a loop: a block of that loop (see
    /// `module_nest`).
    nest: Option<u32>,
    /// Per global site, its words while valid (`GlobalSite::leak_snapshot`).
    sites: Vec<Option<[u64; 6]>>,
}

/// The block whose outermost enclosing loop the compiled code covers (`None`: all of it):
/// the loop that made module code, or a function called once so far (a `main()`), hot.
/// Such code runs once, so its code outside loops runs once too and is left to the
/// interpreter, and its loops mostly run one after the other: compiling only the one
/// running now keeps each compilation small (the interpreter runs the code meanwhile), and
/// lets module code speculate on the loop's own feedback, as a function's does. Reaching
/// another loop throws the code away (`DEOPT_LEFT_NEST`), and the code tiers up again from
/// there; after `MAX_NEST_MOVES` of those (a script of many short loops), or when a
/// function called again leaves its nest (it then tiers up from calls, or with calls
/// counted), it is compiled whole.
fn module_nest(code: &CodeObject) -> Option<u32> {
    let b = code.hot_block.get();
    let once = match code.ir.kind {
        CodeKind::Module => true,
        CodeKind::Function => code.calls.get() <= 1,
        _ => false,
    };
    (once && b != u32::MAX && code.nest_moves.get() < MAX_NEST_MOVES).then_some(b)
}

/// See `module_nest`.
const MAX_NEST_MOVES: u32 = 32;

/// The `math.sqrt(x)` calls of `code` whose module and function are as they are now
/// (see `inline::Intrinsic`): the receiver is loaded from a global (`math`), as the
/// interpreter's global-load cache has it now.
fn intrinsics(code: &CodeObject) -> Vec<crate::inline::Intrinsic> {
    let mut out = Vec::new();
    for blk in &code.ir.blocks {
        for (ii, ins) in blk.instrs.iter().enumerate() {
            let Op::CallMethod { slot, obj, name, args, kwnames: None, .. } = &ins.op else { continue };
            if args.len() != 1 {
                continue;
            }
            let Some(module) = global_loaded_into(code, &blk.instrs[..ii], *obj) else { continue };
            if let Some(w) = crate::inline::sqrt_words(&module, &code.names[*name as usize]) {
                out.push(crate::inline::Intrinsic { slot: *slot, words: crate::inline::IntrinsicWords::Known(w) });
            }
        }
    }
    out
}

/// A call site's callee, captured for inlining: the function object's word (its reference
/// leaked, so no other object can take its address while code compares with it), its IR
/// and its feedback now.
struct InlineJob {
    slot: u32,
    func: u64,
    ir: IrRef,
    feedback: Vec<u32>,
    method: bool,
    attr_sites: u64,
}

/// The callees worth inlining into `code`: at each plain call site that called a plain
/// function last (its call-site cache says which), when that function's body can be
/// inlined with its feedback now.
fn inline_jobs(code: &CodeObject, spec: Speculation) -> Vec<InlineJob> {
    let mut out = Vec::new();
    if !spec.plans() {
        return out;
    }
    for blk in &code.ir.blocks {
        for (ii, ins) in blk.instrs.iter().enumerate() {
            let (slot, funcs, nargs, method) = match &ins.op {
                Op::Call { slot, func, args, kwnames: None, .. } => {
                    let Some(f) = called_function(code, &blk.instrs[..ii], *slot, *func) else { continue };
                    (*slot, vec![f], args.len(), false)
                }
                // The methods of the classes the site saw (one per way that has one: each is
                // tried in turn, guarded by its identity).
                Op::CallMethod { slot, args, kwnames: None, .. } if code.feedback.get(*slot as usize).map(|k| k.get()) == Some(kind::INSTANCE) => {
                    let site = code.attr_site(*slot);
                    let mut funcs: Vec<molt_runtime::Value> = Vec::new();
                    for f in site.ways.iter().filter(|w| w.version.get() != 0 && w.has(attr_site::METHOD)).filter_map(|w| w.class_attr()) {
                        if !funcs.iter().any(|g| g.bits() == f.bits()) {
                            funcs.push(f);
                        }
                    }
                    (*slot, funcs, args.len() + 1, true)
                }
                _ => continue,
            };
            for f in funcs {
                let Some(Obj::Function(fo)) = f.obj() else { continue };
                let Some(callee) = fo.code.downcast_ref::<CodeObject>() else { continue };
                if !crate::inline::candidate(&callee.ir, nargs) {
                    continue;
                }
                let feedback: Vec<u32> = callee.feedback.iter().map(|c| c.get()).collect();
                let attr_sites = callee.attr_sites.as_ptr() as u64;
                let c = crate::inline::Callee { slot, guard: crate::inline::Guard::Word(f.bits()), f: &callee.ir, feedback: &feedback, method, attr_sites };
                if crate::inline::plan(&c, nargs).is_none() {
                    continue;
                }
                // One more reference, never released: the word stays this function's for
                // the process (code objects, and so `callee.ir` and its attribute sites, live
                // that long anyway).
                std::mem::forget(f.clone());
                out.push(InlineJob { slot, func: f.bits(), ir: IrRef(&callee.ir), feedback, method, attr_sites });
            }
        }
    }
    out
}

/// The function a call (feedback `slot`, callee in register `func`, after the instructions
/// `before` of its block) called last: the one its call-site cache holds, else the value of
/// the global it loads the callee from, as the global's cache has it now.
fn called_function(code: &CodeObject, before: &[molt_vm::ir::Instr], slot: u32, func: u32) -> Option<molt_runtime::Value> {
    let site = code.call_sites.get(slot as usize)?;
    if site.func.get() != molt_runtime::call_site::EMPTY && site.init.get() == 0 {
        // SAFETY: the word of a site that is not empty is its own reference; it is only
        // cloned here.
        let f = std::mem::ManuallyDrop::new(unsafe { molt_runtime::Value::from_bits(site.func.get()) });
        return Some((*f).clone());
    }
    global_loaded_into(code, before, func)
}

/// The value of the global that the last of the instructions `before` writing register
/// `reg` loads, as the interpreter's cache for that load has it now (`None` when `reg` is
/// written otherwise, or the cache is empty or stale).
fn global_loaded_into(code: &CodeObject, before: &[molt_vm::ir::Instr], reg: u32) -> Option<molt_runtime::Value> {
    let load = before.iter().rev().find(|i| molt_vm::cfg::op_reads_writes(&i.op).1.contains(&reg))?;
    let Op::LoadGlobal { slot, .. } = &load.op else { return None };
    code.global_sites.get(*slot as usize)?.cached().cloned()
}

impl Job {
    /// Compiling `forms` of `code` from its feedback now.
    fn new(id: u64, code: &CodeObject, forms: Forms) -> Job {
        let spec = speculation(code);
        Job {
            id,
            ir: IrRef(&code.ir),
            feedback: code.feedback.iter().map(|c| c.get()).collect(),
            consts: code.consts.iter().map(|c| c.bits()).collect(),
            branch_counts: (!code.branch_counts.is_empty()).then_some(code.branch_counts.as_ptr() as u64),
            spec,
            forms,
            inlines: inline_jobs(code, spec),
            intrinsics: intrinsics(code),
            nest: module_nest(code),
            sites: code.global_sites.iter().map(|s| s.leak_snapshot()).collect(),
        }
    }
}

/// Which entries a job compiles. A function with a direct (frameless) entry gets its entry
/// with a frame only once a frame needs it (see `NativeCode::run`: after a deoptimization):
/// calls, and frames at their start or a loop header, enter the direct code, so most such
/// functions never need the other one, and compiling it would double their compile time.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Forms {
    /// The direct entry, or the entry with a frame for a function without one.
    Direct,
    /// The entry with a frame, asked for later.
    Frame,
}

/// After this many compilations replaced for deoptimizing too often, a code object's code
/// no longer speculates.
const MAX_RECOMPILES: u32 = 3;
/// After this many compilations replaced for reaching code that had not run, a code
/// object's code compiles such code too. Each replacement follows new feedback (the
/// interpreter ran what had not run), so this only bounds the odd case (a function with many
/// rarely taken paths, each found by a later call).
const MAX_COLD_RECOMPILES: u32 = 8;

/// How `code` speculates. Module code compiled whole (not from a loop, see `module_nest`)
/// does not leave code that never ran to the interpreter: recompiling a large body for
/// each phase of a script would cost more than its specializations gain.
fn speculation(code: &CodeObject) -> Speculation {
    let cold = code.cold_invalidations.get();
    let recompilable = code.ir.kind == CodeKind::Function || module_nest(code).is_some();
    if code.invalidations.get() - cold >= MAX_RECOMPILES {
        Speculation::Off
    } else if cold < MAX_COLD_RECOMPILES && recompilable && code.feedback.iter().any(|c| c.get() != 0) {
        Speculation::PlansAndColdExits
    } else {
        Speculation::Plans
    }
}

/// A requested compilation: its code, the calls and back-edges then, when, and the
/// functions it inlines.
struct Pending {
    id: u64,
    code: Rc<CodeObject>,
    calls: u64,
    backedges: u64,
    asked: Instant,
    inlined: Vec<String>,
}

struct Done {
    id: u64,
    /// The addresses of the entry with a frame and of the direct entry, as compiled.
    result: Result<(Option<usize>, Option<usize>), String>,
    compile_us: u64,
}

/// The compiler, owned by the compiler thread.
/// Gives a JIT module the addresses of everything compiled code imports: the helpers and the
/// `len` builtin's word.
pub fn define_symbols(jb: &mut JITBuilder) {
    for &h in Helper::ALL {
        jb.symbol(h.symbol(), h.address());
    }
    jb.symbol(crate::codegen::LEN_BUILTIN_SYMBOL, &molt_runtime::builtins::functions::LEN_BUILTIN as *const _ as *const u8);
}

struct Compiler {
    module: JITModule,
    imports: Imports,
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
    layout: Layout,
    count: u64,
}

impl Compiler {
    fn new(count: bool) -> Result<Compiler, String> {
        let mut flags = settings::builder();
        // Cranelift's IR verifier costs a third of a small function's compile time: it runs
        // in debug builds and under MOLT_JIT_VERIFY (which the differential tests set).
        let verify = cfg!(debug_assertions) || std::env::var_os("MOLT_JIT_VERIFY").is_some();
        let verify = if verify { "true" } else { "false" };
        for (k, v) in [("opt_level", "speed"), ("is_pic", "false"), ("use_colocated_libcalls", "false"), ("enable_verifier", verify)] {
            flags.set(k, v).map_err(|e| e.to_string())?;
        }
        // A developer's aid: MOLT_JIT_FLAGS="name=value,..." sets more Cranelift flags (e.g.
        // `regalloc_algorithm=single_pass`) to measure what they change.
        for kv in std::env::var("MOLT_JIT_FLAGS").unwrap_or_default().split(',').filter(|s| !s.is_empty()) {
            let (k, v) = kv.split_once('=').unwrap_or((kv, "true"));
            flags.set(k, v).map_err(|e| e.to_string())?;
        }
        let isa = cranelift_native::builder()
            .map_err(|e| e.to_string())?
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let mut jb = JITBuilder::with_isa(isa, default_libcall_names());
        define_symbols(&mut jb);
        let mut module = JITModule::new(jb);
        let imports = Imports::declare(&mut module)?;
        let ctx = module.make_context();
        let layout = Layout::new(count, true);
        Ok(Compiler { module, imports, ctx, fctx: FunctionBuilderContext::new(), layout, count: 0 })
    }

    fn build(&mut self, job: &Job) -> Result<(Option<usize>, Option<usize>), String> {
        // SAFETY: see `IrRef`.
        let ir = unsafe { &*job.ir.0 };
        let n = self.count;
        self.count += 1;
        let mut ids = Vec::new();
        let direct_ok = codegen::direct_eligible(ir) && std::env::var_os("MOLT_JIT_NO_DIRECT").is_none();
        let forms: &[bool] = match job.forms {
            Forms::Direct if direct_ok => &[true],
            Forms::Direct | Forms::Frame => &[false],
        };
        let inlines: Vec<crate::inline::Callee> = job
            .inlines
            .iter()
            // SAFETY: see `IrRef`.
            .map(|i| crate::inline::Callee { slot: i.slot, guard: crate::inline::Guard::Word(i.func), f: unsafe { &*i.ir.0 }, feedback: &i.feedback, method: i.method, attr_sites: i.attr_sites })
            .collect();
        for direct in forms {
            let name = format!("molt_fn{n}{}", if *direct { "_direct" } else { "" });
            let id = codegen::compile(
                &mut self.module,
                &mut self.ctx,
                &mut self.fctx,
                &self.imports,
                &name,
                ir,
                &job.feedback,
                &job.consts,
                &self.layout,
                *direct,
                job.branch_counts,
                job.spec,
                &inlines,
                &job.intrinsics,
                job.nest,
                &job.sites,
            )
            .inspect_err(|_| self.module.clear_context(&mut self.ctx))?;
            ids.push((*direct, id));
        }
        self.module.finalize_definitions().map_err(|e| e.to_string())?;
        let address = |want: bool| ids.iter().find(|(d, _)| *d == want).map(|(_, id)| self.module.get_finalized_function(*id) as usize);
        Ok((address(false), address(true)))
    }
}

/// The name of the compiler thread.
const COMPILER_THREAD: &str = "molt-jit";

/// Panics on the compiler thread are caught and reported through `--stats`; this keeps the
/// default panic message (which would change the program's stderr) for every other thread.
fn quiet_compiler_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(COMPILER_THREAD) {
                default(info);
            }
        }));
    });
}

/// The interpreter thread's side of the JIT: hands hot code to the compiler thread
/// (crossbeam channels) and installs what comes back at the next tier-up point.
pub struct Jit {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    /// Requested, not yet installed.
    pending: Vec<Pending>,
    /// Requested entries with a frame, for code installed with only a direct entry: (job
    /// id, that code, found through its record).
    pending_frames: Vec<(u64, *const NativeCode)>,
    next_id: u64,
    /// Wait for each compilation (`--tier jit`), instead of interpreting meanwhile.
    sync: bool,
    counting: bool,
    pub records: Vec<Record>,
}

/// While a compilation is under way, its code object asks again after this many more calls
/// or loop back-edges (and installs the result then if it is ready).
const POLL_CALLS: u64 = 64;
const POLL_LOOPS: u64 = 512;

impl Jit {
    pub fn new(count: bool, sync: bool) -> Result<Jit, String> {
        quiet_compiler_panics();
        let (job_tx, job_rx) = unbounded::<Job>();
        let (done_tx, done_rx) = unbounded::<Done>();
        let (init_tx, init_rx) = bounded::<Result<(), String>>(1);
        std::thread::Builder::new()
            .name(COMPILER_THREAD.into())
            .spawn(move || {
                let mut compiler = match Compiler::new(count) {
                    Ok(c) => {
                        let _ = init_tx.send(Ok(()));
                        c
                    }
                    Err(e) => {
                        let _ = init_tx.send(Err(e));
                        return;
                    }
                };
                let mut broken = false;
                // Waiting jobs, the smallest function first: a large function (a `main`
                // recompiled, module code) takes tens of milliseconds, and the small hot
                // functions asked for meanwhile should not wait for it.
                let mut waiting: Vec<Job> = Vec::new();
                loop {
                    if waiting.is_empty() {
                        match job_rx.recv() {
                            Ok(j) => waiting.push(j),
                            Err(_) => break,
                        }
                    }
                    waiting.extend(job_rx.try_iter());
                    // SAFETY: see `IrRef`.
                    let size = |j: &Job| codegen::instr_count(unsafe { &*j.ir.0 });
                    let next = (0..waiting.len()).min_by_key(|&i| (size(&waiting[i]), waiting[i].id)).expect("a job is waiting");
                    let job = waiting.remove(next);
                    let start = Instant::now();
                    // A panic in code generation is a bug, but it must not take the program
                    // down or print anything: the function stays interpreted, and --stats says
                    // why. The module may be inconsistent afterwards, so compiling stops.
                    let result = if broken {
                        Err("the compiler stopped after an internal error".to_string())
                    } else {
                        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| compiler.build(&job))) {
                            Ok(r) => r,
                            Err(p) => {
                                broken = true;
                                let what = p
                                    .downcast_ref::<String>()
                                    .cloned()
                                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                                    .unwrap_or_default();
                                Err(format!("internal error in code generation: {what}"))
                            }
                        }
                    };
                    let compile_us = start.elapsed().as_micros() as u64;
                    if done_tx.send(Done { id: job.id, result, compile_us }).is_err() {
                        break;
                    }
                }
                // Compiled code may still be running on the interpreter thread: never free it.
                std::mem::forget(compiler);
            })
            .map_err(|e| e.to_string())?;
        init_rx.recv().map_err(|e| e.to_string())??;
        Ok(Jit { jobs: job_tx, done: done_rx, pending: Vec::new(), pending_frames: Vec::new(), next_id: 0, sync, counting: count, records: Vec::new() })
    }

    /// `code` reached a tier-up point: installs finished compilations, then requests one for
    /// `code` unless it is compiled or under way.
    pub fn hot(&mut self, code: &Rc<CodeObject>) {
        self.poll();
        // Once per code object, and once more after each time its code was thrown away for
        // deoptimizing too often.
        let tries = self.records.iter().filter(|r| Rc::ptr_eq(&r.code, code)).count();
        if code.compiled.get().is_some() || tries > (code.invalidations.get() + code.nest_moves.get()) as usize {
            return;
        }
        if !self.pending.iter().any(|p| Rc::ptr_eq(&p.code, code)) {
            let id = self.next_id;
            self.next_id += 1;
            let job = Job::new(id, code, Forms::Direct);
            // SAFETY: see `IrRef`.
            let inlined = job.inlines.iter().map(|i| unsafe { &*i.ir.0 }.qualname.clone()).collect();
            if self.jobs.send(job).is_err() {
                return;
            }
            self.pending.push(Pending { id, code: code.clone(), calls: code.calls.get(), backedges: code.backedges.get(), asked: Instant::now(), inlined });
            if self.sync {
                while code.compiled.get().is_none() && self.pending.iter().any(|p| p.id == id) {
                    match self.done.recv() {
                        Ok(d) => self.install(d),
                        Err(_) => return,
                    }
                }
                return;
            }
        }
        // Ask again soon.
        code.hot_calls.set(code.calls.get().saturating_add(POLL_CALLS));
        code.hot_loops.set(code.backedges.get().saturating_add(POLL_LOOPS));
    }

    /// Compiles the entry with a frame of `code`, whose installed code `native` has only a
    /// direct entry, from its feedback now.
    pub fn ask_frame_entry(&mut self, code: &Rc<CodeObject>, native: *const NativeCode) {
        let id = self.next_id;
        self.next_id += 1;
        let job = Job::new(id, code, Forms::Frame);
        if self.jobs.send(job).is_err() {
            return;
        }
        self.pending_frames.push((id, native));
        while self.sync && self.pending_frames.iter().any(|(i, _)| *i == id) {
            match self.done.recv() {
                Ok(d) => self.install(d),
                Err(_) => return,
            }
        }
    }

    /// Installs finished compilations.
    pub fn poll(&mut self) {
        while let Ok(d) = self.done.try_recv() {
            self.install(d);
        }
    }

    fn install(&mut self, d: Done) {
        if let Some(i) = self.pending_frames.iter().position(|(id, _)| *id == d.id) {
            let (_, native) = self.pending_frames.remove(i);
            if let Some(r) = self.records.iter_mut().find(|r| r.compiled.is_some_and(|c| std::ptr::eq(c, native))) {
                if let (Ok((Some(entry), _)), Some(c)) = (d.result, r.compiled) {
                    // SAFETY: the compiler built this function from the code object's IR with
                    // `entry_signature`, the ABI of `Entry`.
                    c.set_entry(unsafe { std::mem::transmute::<usize, Entry>(entry) });
                }
                r.compile_us += d.compile_us;
                r.frame_entry_later = true;
            }
            return;
        }
        let Some(i) = self.pending.iter().position(|p| p.id == d.id) else { return };
        let Pending { code, calls, backedges, asked, inlined, .. } = self.pending.remove(i);
        let ready_us = asked.elapsed().as_micros() as u64;
        let installed_at_us = crate::started().elapsed().as_micros() as u64;
        code.stop_tiering();
        match d.result {
            Ok((entry, direct)) => {
                // SAFETY: the compiler built these functions from this code object's IR with
                // `entry_signature`, the ABI of `Entry` (with a frame) and `DirectEntry`.
                let (entry, direct) = unsafe {
                    (
                        entry.map(|e| std::mem::transmute::<usize, Entry>(e)),
                        direct.map(|d| std::mem::transmute::<usize, DirectEntry>(d)),
                    )
                };
                let jc: &'static NativeCode = Box::leak(Box::new(NativeCode::new(entry, direct, self.counting)));
                code.set_compiled(Some(jc));
                self.records.push(Record { code, compiled: Some(jc), compile_us: d.compile_us, ready_us, installed_at_us, calls, backedges, error: None, frame_entry_later: false, inlined });
            }
            Err(e) => self.records.push(Record { code, compiled: None, compile_us: d.compile_us, ready_us, installed_at_us, calls, backedges, error: Some(e), frame_entry_later: false, inlined }),
        }
    }
}
