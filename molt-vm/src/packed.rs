//! Programs compiled ahead of time: every module the program can import, lowered to IR and
//! packed (MessagePack, through serde) into the AOT binary, which runs them without source
//! text or the parser.
//!
//! [`pack`] walks the static module graph from the main script: each module's `import`
//! instructions name the modules it may load, resolved as the loader resolves them at run
//! time (native modules need nothing; the embedded stdlib; `.py` files beside the script).
//! Code ids are assigned in packing order, so registering the packed functions in order at
//! startup gives every `make_function` the code it names. A module that exists but does not
//! compile is packed as the error its import raises; a module that does not exist is left
//! out, and importing it raises ModuleNotFoundError as under `molt run`.
//!
//! Paths are recorded relative to the directory the build ran in (the same program built
//! from another directory packs the same bytes); at run time they are taken relative to the
//! working directory, as CPython takes `python app.py`'s.

use crate::diag::{self, Diagnostic, Kind};
use crate::ir::{Function, Op};
use crate::loader::{FoundModule, ModuleFinder};
use molt_runtime::PyResult;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

/// The packed form's version: a binary only runs IR packed by the same Molt.
pub const FORMAT: u32 = 3;

#[derive(Serialize, Deserialize)]
pub struct Program {
    pub format: u32,
    /// The main script's path.
    pub script: String,
    /// The code id of the main module's code.
    pub main: u32,
    pub modules: Vec<Module>,
    /// Every function of every module, by code id.
    pub codes: Vec<Function>,
}

#[derive(Serialize, Deserialize)]
pub struct Module {
    pub name: String,
    pub file: String,
    pub is_pkg: bool,
    /// Its module code, or the error importing it raises.
    pub code: Result<u32, ModuleError>,
}

/// Why a module could not be compiled: SyntaxError or, for a refused construct, ImportError.
#[derive(Serialize, Deserialize, Clone)]
pub struct ModuleError {
    pub syntax: bool,
    pub message: String,
}

/// Compiles the program whose main script is `script` (its source given), with every module
/// it can reach. `build_dir` is where paths are taken relative to. A diagnostic in the main
/// script stops packing (the build reports it as `molt run` would).
pub fn pack(script: &Path, source: &str, build_dir: &Path) -> Result<Program, Diagnostic> {
    let script_abs = std::fs::canonicalize(script).unwrap_or_else(|_| script.to_path_buf());
    let script_dir = script_abs.parent().map(Path::to_path_buf).unwrap_or_default();
    let search = vec![script_dir];
    let recorded = |p: &Path| relative_to(p, build_dir);
    let script_path = recorded(&script_abs);
    let main = crate::compile(source, &script_path, "__main__", 0)?;
    let mut codes = Vec::new();
    let main_id = main.root_index;
    let mut queue: VecDeque<String> = VecDeque::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    imports_of(&main.codes, None, &mut |n| queue.push_back(n));
    // Modules the runtime itself imports: `X | Y` of types builds its union there.
    queue.push_back(molt_runtime::ops::UNIONS_MODULE.to_string());
    codes.extend(main.codes);
    let mut modules = Vec::new();
    while let Some(name) = queue.pop_front() {
        if !seen.insert(name.clone()) || crate::native::is_native(&name) {
            continue;
        }
        // (The script's directory first, then the embedded stdlib, as `molt run` finds them.)
        let (source, file, is_pkg) = if let Some((path, is_pkg)) = crate::loader::find_source(&search, &name) {
            match std::fs::read_to_string(&path) {
                Ok(s) => (s, recorded(&path), is_pkg),
                // Unreadable now: importing it will fail at run time as under `molt run`.
                Err(_) => continue,
            }
        } else if let Some(src) = crate::loader::stdlib_source(&name) {
            (src.to_string(), format!("<molt-stdlib>/{name}.py"), false)
        } else {
            continue;
        };
        let base = codes.len() as u32;
        let code = match crate::compile(&source, &file, &name, base) {
            Ok(l) => {
                let root = base + l.root_index;
                let package = if is_pkg { Some(name.as_str()) } else { name.rsplit_once('.').map(|(p, _)| p) };
                imports_of(&l.codes, Some(package.unwrap_or("")), &mut |n| queue.push_back(n));
                codes.extend(l.codes);
                Ok(root)
            }
            Err(d) => Err(module_error(&d, &source)),
        };
        modules.push(Module { name, file, is_pkg, code });
    }
    Ok(Program { format: FORMAT, script: script_path, main: main_id, modules, codes })
}

fn module_error(d: &Diagnostic, source: &str) -> ModuleError {
    ModuleError { syntax: d.kind == Kind::Syntax, message: diag::exception_message(d, source) }
}

/// `p` relative to `base` when it lies under it, else as it is.
fn relative_to(p: &Path, base: &Path) -> String {
    let base = std::fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf());
    p.strip_prefix(&base).unwrap_or(p).to_string_lossy().to_string()
}

/// Every module the functions' imports may load: each imported name with its parent
/// packages, and for `from m import x` also the submodule `m.x` (kept only if it exists).
/// `package` is the importing module's package (`None` for `__main__`, which has none).
fn imports_of(codes: &[Function], package: Option<&str>, out: &mut dyn FnMut(String)) {
    for f in codes {
        let mut from_names: Vec<&str> = Vec::new();
        let mut targets: Vec<String> = Vec::new();
        for ins in f.blocks.iter().flat_map(|b| &b.instrs) {
            match &ins.op {
                Op::Import { module, level, fromlist, .. } => {
                    let Ok(full) = crate::loader::resolve_name(&f.names[*module as usize], *level, package) else { continue };
                    let mut prefix = String::new();
                    for part in full.split('.').filter(|p| !p.is_empty()) {
                        if !prefix.is_empty() {
                            prefix.push('.');
                        }
                        prefix.push_str(part);
                        out(prefix.clone());
                    }
                    if *fromlist {
                        targets.push(full);
                    }
                }
                Op::ImportFrom { name, .. } => from_names.push(&f.names[*name as usize]),
                _ => {}
            }
        }
        for t in &targets {
            for n in &from_names {
                out(if t.is_empty() { n.to_string() } else { format!("{t}.{n}") });
            }
        }
    }
}

/// Encodes a program for embedding.
pub fn encode(p: &Program) -> Vec<u8> {
    postcard::to_allocvec(p).expect("IR always serializes")
}

/// Decodes a packed program; a mismatch is a clear error, never a panic.
pub fn decode(bytes: &[u8]) -> Result<Program, String> {
    // `format` is the first field: read it alone so another format's data is named as such.
    let corrupt = |e: postcard::Error| format!("corrupt program data: {e}");
    let (format, _) = postcard::take_from_bytes::<u32>(bytes).map_err(corrupt)?;
    if format != FORMAT {
        return Err(format!("program data has format {format}, this runtime reads {FORMAT}"));
    }
    postcard::from_bytes(bytes).map_err(corrupt)
}

/// Makes a recorded path absolute against `cwd` (names like `<molt-stdlib>/x.py` stay).
pub fn resolve_path(p: &str, cwd: &Path) -> String {
    if p.starts_with('<') || Path::new(p).is_absolute() {
        p.to_string()
    } else {
        cwd.join(p).to_string_lossy().to_string()
    }
}

/// The finder of a packed program: its modules, already registered as code.
pub struct PackedFinder {
    pub modules: Vec<Module>,
    pub cwd: PathBuf,
}

impl ModuleFinder for PackedFinder {
    fn find(&self, name: &str) -> Option<PyResult<FoundModule>> {
        let m = self.modules.iter().find(|m| m.name == name)?;
        Some(match &m.code {
            Ok(code) => Ok(FoundModule { code: *code, file: resolve_path(&m.file, &self.cwd), is_pkg: m.is_pkg }),
            Err(e) if e.syntax => Err(molt_runtime::exceptions::new_exc(molt_runtime::types::TypeId::SyntaxError, e.message.clone())),
            // A refusal names the file: as recorded at build time, resolved as at run time.
            Err(e) => {
                let msg = e.message.replacen(&m.file, &resolve_path(&m.file, &self.cwd), 1);
                Err(molt_runtime::exceptions::new_exc(molt_runtime::types::TypeId::ImportError, msg))
            }
        })
    }
}
