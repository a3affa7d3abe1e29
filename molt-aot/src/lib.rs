//! `molt build`: a program compiled ahead of time into one native executable.
//!
//! The build packs the program (every module it can import, as Molt IR; see
//! `molt_vm::packed`), compiles every function with the code generation the JIT uses into an
//! object file (`cranelift-object`), and links that object with the runtime library
//! (`libmolt_rt.a`: runtime, interpreter, compiled-code helpers) using the system C compiler
//! driver. The object holds:
//! - `molt_program`: the packed IR (the interpreter runs what has no machine code, and
//!   compiled code hands control back to it where it must);
//! - `molt_codes`: per code id, the addresses of its entry with a frame and of its direct
//!   (frameless) entry, or 0;
//! - `main`, which calls the runtime's `molt_aot_main` with both.
//!
//! Reproducible: code is generated for a fixed CPU level (x86-64-v2), not the build
//! machine's, the object has no timestamps or absolute paths, and the runtime library and
//! the link line are fixed, so the same source and Molt give a byte-identical binary.

use cranelift_codegen::ir::{types, AbiParam, InstBuilder};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{default_libcall_names, DataDescription, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use molt_tiers::codegen::{self, Imports, Layout};
use molt_tiers::inline::{Callee, Guard};
use molt_vm::ir::Op;
use std::collections::HashMap;
use molt_vm::packed::{self, Program};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

pub struct BuildOptions {
    pub script: PathBuf,
    pub output: PathBuf,
    /// `libmolt_rt.a`.
    pub runtime_lib: PathBuf,
    /// `--pgo`: feedback for the functions it matches.
    pub profile: Option<molt_profile::Profile>,
}

pub struct BuildReport {
    pub functions: usize,
    /// Functions with machine code (with a frame), and of those, with a direct entry.
    pub compiled: usize,
    pub direct: usize,
    /// Functions left to the interpreter, with why.
    pub failed: Vec<String>,
    /// Functions compiled with the profile's feedback.
    pub from_profile: usize,
    /// Functions whose profile entry is stale (their IR changed since).
    pub stale: Vec<String>,
    pub size: u64,
    pub millis: u128,
}

pub enum BuildError {
    /// The program is refused or has a syntax error (already printed): the exit status.
    Refused(i32),
    Failed(String),
}

/// The CPU level AOT code targets, whatever machine builds it.
const CPU_LEVEL: &str = "x86-64-v2";

/// Libraries the Rust runtime needs at link time (`--print native-static-libs`).
const NATIVE_LIBS: &[&str] = &["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    if !opts.runtime_lib.is_file() {
        return Err(BuildError::Failed(format!(
            "the Molt runtime library is missing ({}); build it with `cargo build --release`",
            opts.runtime_lib.display()
        )));
    }
    let script = opts.script.to_string_lossy().to_string();
    let (_, source) = molt_vm::run::load_script(&script).map_err(BuildError::Refused)?;
    let cwd = std::env::current_dir().map_err(|e| BuildError::Failed(format!("no working directory: {e}")))?;
    let program = match packed::pack(&opts.script, &source, &cwd) {
        Ok(p) => p,
        Err(d) => {
            // `load_script` already checked the script; lowering can still refuse it.
            if d.kind == molt_vm::diag::Kind::Syntax {
                eprint!("{}", molt_vm::diag::render_syntax(&d, &source));
                return Err(BuildError::Refused(1));
            }
            eprint!("{}", molt_vm::diag::render_unsupported(&d, &source));
            return Err(BuildError::Refused(2));
        }
    };
    let (object, mut report) = compile_object(&program, opts.profile.as_ref()).map_err(BuildError::Failed)?;
    let dir = scratch_dir().map_err(BuildError::Failed)?;
    let obj_path = dir.join("program.o");
    let result = std::fs::write(&obj_path, &object)
        .map_err(|e| format!("cannot write {}: {e}", obj_path.display()))
        .and_then(|()| link(&obj_path, &opts.runtime_lib, &opts.output));
    let _ = std::fs::remove_dir_all(&dir);
    result.map_err(BuildError::Failed)?;
    report.size = std::fs::metadata(&opts.output).map(|m| m.len()).unwrap_or(0);
    report.millis = start.elapsed().as_millis();
    Ok(report)
}

fn scratch_dir() -> Result<PathBuf, String> {
    let base = std::env::temp_dir();
    for i in 0..100u32 {
        let d = base.join(format!("molt-build-{}-{i}", std::process::id()));
        if std::fs::create_dir(&d).is_ok() {
            return Ok(d);
        }
    }
    Err(format!("cannot create a scratch directory in {}", base.display()))
}

fn link(obj: &Path, runtime: &Path, out: &Path) -> Result<(), String> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let mut cmd = Command::new(&cc);
    cmd.arg("-o").arg(out).arg(obj).arg(runtime).args(["-no-pie", "-Wl,--gc-sections", "-Wl,-z,noseparate-code", "-Wl,--build-id=none"]);
    // Symbols are stripped unless MOLT_AOT_SYMBOLS is set (for profiling a binary with perf).
    if std::env::var_os("MOLT_AOT_SYMBOLS").is_none() {
        cmd.arg("-s");
    }
    cmd.args(NATIVE_LIBS);
    let output = cmd.output().map_err(|e| format!("cannot run the C compiler driver `{cc}`: {e}"))?;
    if !output.status.success() {
        return Err(format!("linking failed ({cc}):\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}

fn isa() -> Result<std::sync::Arc<dyn cranelift_codegen::isa::TargetIsa>, String> {
    let mut flags = settings::builder();
    // Functions start on a 64-byte boundary: a hot loop's placement in the cache lines and
    // the decoder's windows then depends on the code alone, not on where the linker puts the
    // function (8-byte placement made the same machine code of a loop vary ~10% in speed
    // with changes elsewhere in the binary).
    for (k, v) in [("opt_level", "speed"), ("is_pic", "true"), ("log2_min_function_alignment", "6")] {
        flags.set(k, v).map_err(|e| e.to_string())?;
    }
    let triple = if cfg!(target_arch = "x86_64") { "x86_64-unknown-linux-gnu" } else { "aarch64-unknown-linux-gnu" };
    let mut isa = cranelift_codegen::isa::lookup_by_name(triple).map_err(|e| e.to_string())?;
    if cfg!(target_arch = "x86_64") {
        isa.enable(CPU_LEVEL).map_err(|e| e.to_string())?;
    }
    isa.finish(settings::Flags::new(flags)).map_err(|e| e.to_string())
}

/// The functions each module's top-level code defines by name, where the name is bound
/// nowhere else at top level (`def f` there): (module, name) -> code id.
fn top_level_functions(program: &Program) -> HashMap<(&str, &str), u32> {
    let mut defs = HashMap::new();
    let mut stores: HashMap<(&str, &str), u32> = HashMap::new();
    // The main script's code, and the code of each module it imports.
    let codes = std::iter::once(program.main).chain(program.modules.iter().filter_map(|m| m.code.as_ref().ok().copied()));
    for c in codes {
        let Some(f) = program.codes.get(c as usize) else { continue };
        for blk in &f.blocks {
            let mut made: Option<(u32, u32)> = None;
            for ins in &blk.instrs {
                match &ins.op {
                    Op::MakeFunction { dst, code, .. } => made = Some((*dst, *code)),
                    Op::StoreGlobal { name, src } => {
                        let key = (f.module.as_str(), f.names[*name as usize].as_str());
                        *stores.entry(key).or_default() += 1;
                        if let Some((_, code)) = made.filter(|(r, _)| r == src) {
                            defs.insert(key, code);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    defs.retain(|k, _| stores.get(k) == Some(&1));
    defs
}

/// The functions made in class bodies (methods), by name.
fn class_methods(program: &Program) -> HashMap<&str, Vec<u32>> {
    let mut out: HashMap<&str, Vec<u32>> = HashMap::new();
    for f in program.codes.iter().filter(|f| f.kind == molt_vm::ir::CodeKind::Class) {
        for ins in f.blocks.iter().flat_map(|b| &b.instrs) {
            if let Op::MakeFunction { code, .. } = &ins.op {
                if let Some(m) = program.codes.get(*code as usize) {
                    out.entry(m.name.as_str()).or_default().push(*code);
                }
            }
        }
    }
    out
}

/// At most this many methods are inlined at one method call site (each is tried in turn).
const MAX_INLINED_METHODS: usize = 4;

/// The callees inlined into code `i` (see `molt_tiers::inline`), each compiled before with a
/// direct entry and with a body that can be inlined with its feedback:
/// - at each call of a global name that its module defines at top level
///   (`top_level_functions`), that function; the inlined body runs only while the call
///   site's cache holds the called object with that entry (`Guard::DirectEntry`);
/// - at each method call where the feedback saw instances, the methods of that name
///   (`class_methods`) the profile saw called, the most called first; each inlined body
///   runs only for the function object its word pair remembers (`Guard::Filled`), declared
///   here.
fn inline_callees<'a>(
    module: &mut ObjectModule,
    program: &'a Program,
    defs: &HashMap<(&str, &str), u32>,
    methods: &HashMap<&str, Vec<u32>>,
    feedbacks: &'a [Vec<u32>],
    calls: &[u64],
    entries: &[(Option<cranelift_module::FuncId>, Option<cranelift_module::FuncId>)],
    i: usize,
) -> Result<Vec<Callee<'a>>, String> {
    let f = &program.codes[i];
    let mut out = Vec::new();
    for blk in &f.blocks {
        for (ii, ins) in blk.instrs.iter().enumerate() {
            if let Op::CallMethod { slot, name, args, kwnames: None, .. } = &ins.op {
                if feedbacks[i].get(*slot as usize) != Some(&molt_vm::code::kind::INSTANCE) {
                    continue;
                }
                let mut called: Vec<u32> = methods.get(f.names[*name as usize].as_str()).into_iter().flatten().copied().filter(|&k| calls[k as usize] > 0).collect();
                called.sort_by_key(|&k| std::cmp::Reverse(calls[k as usize]));
                let mut n = 0;
                for k in called {
                    let Some(&(_, Some(entry))) = entries.get(k as usize) else { continue };
                    let c = Callee { slot: *slot, guard: Guard::Word(0), f: &program.codes[k as usize], feedback: &feedbacks[k as usize], method: true, attr_sites: 0 };
                    if n == MAX_INLINED_METHODS || molt_tiers::inline::plan(&c, args.len() + 1).is_none() {
                        continue;
                    }
                    let pair = module.declare_data(&format!("molt_inline_{i}_{slot}_{k}"), Linkage::Local, true, false).map_err(|e| e.to_string())?;
                    let mut data = DataDescription::new();
                    let mut words = molt_tiers::runtime::PAIR_EMPTY.to_le_bytes().to_vec();
                    words.extend(0u64.to_le_bytes());
                    data.define(words.into_boxed_slice());
                    data.set_align(8);
                    module.define_data(pair, &data).map_err(|e| e.to_string())?;
                    out.push(Callee { guard: Guard::Filled { entry, pair }, ..c });
                    n += 1;
                }
                continue;
            }
            let Op::Call { slot, func, args, kwnames: None, .. } = &ins.op else { continue };
            let Some(Op::LoadGlobal { name, .. }) = last_writer(&blk.instrs[..ii], *func) else { continue };
            let Some(&k) = defs.get(&(f.module.as_str(), f.names[*name as usize].as_str())) else { continue };
            let Some(&(_, Some(entry))) = entries.get(k as usize) else { continue };
            let c = Callee { slot: *slot, guard: Guard::DirectEntry(entry), f: &program.codes[k as usize], feedback: &feedbacks[k as usize], method: false, attr_sites: 0 };
            if molt_tiers::inline::plan(&c, args.len()).is_some() {
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// The instruction among `before` (a block's instructions up to some point) that last
/// wrote register `reg`.
fn last_writer(before: &[molt_vm::ir::Instr], reg: u32) -> Option<&Op> {
    before.iter().rev().find(|w| molt_vm::cfg::op_reads_writes(&w.op).1.contains(&reg)).map(|w| &w.op)
}

/// The `math.sqrt(x)` calls of code `i` that compiled code may compute itself (see
/// `molt_tiers::inline::Intrinsic`): method calls named `sqrt` with one argument on a
/// global, each with its words declared here, filled when the call first meets a module
/// whose `sqrt` is `math.sqrt`. They start as `ERR`, which no object is.
fn intrinsic_sites(module: &mut ObjectModule, program: &Program, i: usize) -> Result<Vec<molt_tiers::inline::Intrinsic>, String> {
    let f = &program.codes[i];
    let mut out = Vec::new();
    for blk in &f.blocks {
        for (ii, ins) in blk.instrs.iter().enumerate() {
            let Op::CallMethod { slot, obj, name, args, kwnames: None, .. } = &ins.op else { continue };
            if args.len() != 1 || f.names[*name as usize] != "sqrt" {
                continue;
            }
            if !matches!(last_writer(&blk.instrs[..ii], *obj), Some(Op::LoadGlobal { .. })) {
                continue;
            }
            let words = module.declare_data(&format!("molt_intrinsic_{i}_{slot}"), Linkage::Local, true, false).map_err(|e| e.to_string())?;
            let mut data = DataDescription::new();
            let mut init = vec![0u8; std::mem::size_of::<molt_tiers::inline::SqrtWords>()];
            init[..8].copy_from_slice(&molt_tiers::runtime::ERR.to_le_bytes());
            data.define(init.into_boxed_slice());
            data.set_align(8);
            module.define_data(words, &data).map_err(|e| e.to_string())?;
            out.push(molt_tiers::inline::Intrinsic { slot: *slot, words: molt_tiers::inline::IntrinsicWords::Filled(words) });
        }
    }
    Ok(out)
}

/// Compiles every function of `program` into a relocatable object (its bytes).
fn compile_object(program: &Program, profile: Option<&molt_profile::Profile>) -> Result<(Vec<u8>, BuildReport), String> {
    let index = profile.map(molt_vm::profiling::Index::new);
    let builder = ObjectBuilder::new(isa()?, "molt_program", default_libcall_names()).map_err(|e| e.to_string())?;
    let mut module = ObjectModule::new(builder);
    let imports = Imports::declare(&mut module)?;
    let mut ctx = module.make_context();
    let mut fctx = FunctionBuilderContext::new();
    let layout = Layout::new(false, false);
    let mut report = BuildReport { functions: program.codes.len(), compiled: 0, direct: 0, failed: Vec::new(), from_profile: 0, stale: Vec::new(), size: 0, millis: 0 };
    // Without a profile every site is unobserved: code gets the inline fast paths for small
    // ints and floats, guarded, and the generic path for everything else. With one, each site
    // gets what the profile saw there; every specialization is guarded, so a wrong profile
    // costs speed, never correctness. (Every code's feedback first: a call may inline a
    // function compiled before it.)
    let mut feedbacks: Vec<Vec<u32>> = Vec::with_capacity(program.codes.len());
    // Per code, the calls the profile saw (0 without one).
    let mut calls: Vec<u64> = vec![0; program.codes.len()];
    for (f, n) in program.codes.iter().zip(&mut calls) {
        let mut feedback = vec![0u32; f.nslots as usize];
        match index.as_ref().map(|ix| ix.lookup(f)) {
            Some(molt_vm::profiling::Match::Found(p)) if p.feedback.len() == feedback.len() => {
                feedback.copy_from_slice(&p.feedback);
                *n = p.calls;
                report.from_profile += 1;
            }
            Some(molt_vm::profiling::Match::Stale) => report.stale.push(format!("{}.{} ({}:{})", f.module, f.qualname, f.filename, f.firstline)),
            _ => {}
        }
        feedbacks.push(feedback);
    }
    let defs = top_level_functions(program);
    let methods = class_methods(program);
    // Per code id: (entry with a frame, direct entry).
    let mut entries: Vec<(Option<cranelift_module::FuncId>, Option<cranelift_module::FuncId>)> = Vec::with_capacity(program.codes.len());
    for (i, f) in program.codes.iter().enumerate() {
        let feedback = &feedbacks[i];
        let inlines = inline_callees(&mut module, program, &defs, &methods, &feedbacks, &calls, &entries, i)?;
        let intrinsics = intrinsic_sites(&mut module, program, i)?;
        let mut compile_one = |direct: bool| {
            let name = format!("molt_code{i}{}", if direct { "_direct" } else { "" });
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                codegen::compile(&mut module, &mut ctx, &mut fctx, &imports, &name, f, feedback, &[], &layout, direct, None, molt_tiers::facts::Speculation::Plans, &inlines, &intrinsics, None, &[])
            }));
            match r {
                Ok(r) => Ok(r.inspect_err(|_| module.clear_context(&mut ctx))),
                // A declared function left undefined would break the object: stop the build.
                Err(_) => Err(format!("internal error in code generation for {} ({}:{})", f.qualname, f.filename, f.firstline)),
            }
        };
        let frame = compile_one(false)?;
        let direct = match &frame {
            Ok(_) if codegen::direct_eligible(f) => compile_one(true)?.ok(),
            _ => None,
        };
        match &frame {
            Ok(_) => {
                report.compiled += 1;
                report.direct += usize::from(direct.is_some());
            }
            Err(e) => report.failed.push(format!("{} ({}:{}): {e}", f.qualname, f.filename, f.firstline)),
        }
        entries.push((frame.ok(), direct));
    }

    let bytes = packed::encode(program);
    let prog_id = module.declare_data("molt_program", Linkage::Local, false, false).map_err(|e| e.to_string())?;
    let mut data = DataDescription::new();
    data.define(bytes.clone().into_boxed_slice());
    module.define_data(prog_id, &data).map_err(|e| e.to_string())?;

    let table_id = module.declare_data("molt_codes", Linkage::Local, false, false).map_err(|e| e.to_string())?;
    let mut table = DataDescription::new();
    // Not `define_zeroinit`: zero-initialized data goes to .bss, where relocations are lost.
    table.define(vec![0u8; entries.len().max(1) * 16].into_boxed_slice());
    for (i, (frame, direct)) in entries.iter().enumerate() {
        for (j, id) in [frame, direct].into_iter().enumerate() {
            if let Some(id) = id {
                let fref = module.declare_func_in_data(*id, &mut table);
                table.write_function_addr((i * 16 + j * 8) as u32, fref);
            }
        }
    }
    module.define_data(table_id, &table).map_err(|e| e.to_string())?;

    let fingerprint = layout.obj.map(|l| l.fingerprint()).unwrap_or(0);
    define_main(&mut module, prog_id, bytes.len(), table_id, entries.len(), fingerprint)?;
    let object = module.finish().emit().map_err(|e| e.to_string())?;
    Ok((object, report))
}

/// `int main(void)`: returns `molt_aot_main(program, len, table, ncodes, layout)`, where
/// `layout` is the fingerprint of the object layout the machine code reads inline.
fn define_main(
    module: &mut ObjectModule,
    prog: cranelift_module::DataId,
    len: usize,
    table: cranelift_module::DataId,
    ncodes: usize,
    layout: u64,
) -> Result<(), String> {
    let mut rt_sig = module.make_signature();
    for _ in 0..5 {
        rt_sig.params.push(AbiParam::new(types::I64));
    }
    rt_sig.returns.push(AbiParam::new(types::I32));
    let rt = module.declare_function("molt_aot_main", Linkage::Import, &rt_sig).map_err(|e| e.to_string())?;
    let mut sig = module.make_signature();
    sig.returns.push(AbiParam::new(types::I32));
    let main = module.declare_function("main", Linkage::Export, &sig).map_err(|e| e.to_string())?;
    let mut ctx = module.make_context();
    ctx.func.signature = sig;
    let mut fctx = FunctionBuilderContext::new();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let entry = b.create_block();
        b.switch_to_block(entry);
        let rt_ref = module.declare_func_in_func(rt, b.func);
        let p = module.declare_data_in_func(prog, b.func);
        let t = module.declare_data_in_func(table, b.func);
        let pa = b.ins().symbol_value(types::I64, p);
        let ta = b.ins().symbol_value(types::I64, t);
        let l = b.ins().iconst(types::I64, len as i64);
        let n = b.ins().iconst(types::I64, ncodes as i64);
        let fp = b.ins().iconst(types::I64, layout as i64);
        let call = b.ins().call(rt_ref, &[pa, l, ta, n, fp]);
        let status = b.inst_results(call)[0];
        b.ins().return_(&[status]);
        b.seal_all_blocks();
        b.finalize(module.target_config());
    }
    module.define_function(main, &mut ctx).map_err(|e| e.to_string())?;
    Ok(())
}
