//! Modules: the builtins namespace, importing `.py` modules and packages relative to the script
//! and from the embedded stdlib, and the native modules (`sys`, `math`, `time`, `random`).

use crate::code;
use crate::diag::{self, Diagnostic};
use molt_runtime::object::*;
use molt_runtime::{intern, str_of, Exc, PyResult, Value};
use std::cell::RefCell;
use std::path::{Path, PathBuf};

thread_local! {
    static STATE: RefCell<Option<LoaderState>> = const { RefCell::new(None) };
}

struct LoaderState {
    builtins: Value,
    modules: Value,
    finder: Finder,
    argv: Vec<String>,
}

/// A module's code as the program's finder found it: registered code, ready to execute.
pub struct FoundModule {
    pub code: u32,
    pub file: String,
    pub is_pkg: bool,
}

/// Where imported modules come from: `.py` sources compiled on demand (`molt run`,
/// [`SourceFinder`]) or modules compiled ahead of time (an AOT binary, [`crate::packed`]).
pub trait ModuleFinder {
    /// The module's code; `None` when there is no such module; an error when it exists but
    /// cannot be compiled (SyntaxError, or ImportError for a construct Molt refuses).
    fn find(&self, name: &str) -> Option<PyResult<FoundModule>>;
    /// A source line for a traceback from a file that is not on disk (the embedded stdlib).
    fn embedded_line(&self, _file: &str, _line: u32) -> Option<String> {
        None
    }
}

pub type Finder = std::rc::Rc<dyn ModuleFinder>;

/// Modules compiled from source: `.py` files in the search path (the script's directory),
/// then the embedded stdlib (a program's own module shadows a stdlib one, as in CPython).
pub struct SourceFinder {
    pub search: Vec<PathBuf>,
}

impl ModuleFinder for SourceFinder {
    fn find(&self, name: &str) -> Option<PyResult<FoundModule>> {
        let Some((path, is_pkg)) = find_source(&self.search, name) else {
            let src = stdlib_source(name)?;
            return Some(compile_found(name, src, &format!("<molt-stdlib>/{name}.py"), false));
        };
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                let msg = format!("cannot read {}: {e}", path.display());
                return Some(Err(molt_runtime::exceptions::new_exc(molt_runtime::types::TypeId::ImportError, msg)));
            }
        };
        Some(compile_found(name, &source, &path.to_string_lossy(), is_pkg))
    }

    fn embedded_line(&self, file: &str, line: u32) -> Option<String> {
        let m = file.strip_prefix("<molt-stdlib>/")?.strip_suffix(".py")?;
        stdlib_source(m)?.lines().nth((line as usize).checked_sub(1)?).map(str::to_string)
    }
}

/// The source of an embedded stdlib module.
pub fn stdlib_source(name: &str) -> Option<&'static str> {
    STDLIB.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

fn compile_found(name: &str, source: &str, path: &str, is_pkg: bool) -> PyResult<FoundModule> {
    match compile_module(source, path, name) {
        Ok(code) => Ok(FoundModule { code, file: path.to_string(), is_pkg }),
        Err(d) => Err(diag::to_exception(&d, source)),
    }
}

/// A source line for a traceback: from the file, or from what the finder embeds.
pub fn source_line(file: &str, line: u32) -> Option<String> {
    let finder = STATE.with(|s| s.borrow().as_ref().map(|s| s.finder.clone()))?;
    if let Some(l) = finder.embedded_line(file, line) {
        return Some(l);
    }
    let text = std::fs::read_to_string(file).ok()?;
    text.lines().nth((line as usize).checked_sub(1)?).map(str::to_string)
}

include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

pub fn builtins_dict() -> Value {
    STATE.with(|s| s.borrow().as_ref().map(|s| s.builtins.clone()).unwrap_or(Value::NONE))
}

pub fn modules_dict() -> Value {
    STATE.with(|s| s.borrow().as_ref().map(|s| s.modules.clone()).unwrap_or(Value::NONE))
}

pub fn init(finder: Finder, argv: Vec<String>) {
    molt_runtime::init();
    molt_runtime::call::set_hooks(molt_runtime::call::VmHooks {
        call_function: crate::interp::call_function,
        resume_generator: crate::interp::resume_generator,
        import_module: |name| import(name, 0, true, &Value::NONE),
        generator_info: crate::interp::generator_info,
        code_info: crate::code::code_info,
    });
    crate::interp::register_generator_methods();
    let mut ns = molt_runtime::builtins::functions::builtins_namespace();
    molt_runtime::builtins::functions::pin_len_builtin(&ns);
    ns.set_str(intern("__name__"), molt_runtime::str_new("builtins"));
    let builtins = molt_runtime::dict_value(ns);
    STATE.with(|s| {
        *s.borrow_mut() = Some(LoaderState {
            builtins,
            modules: molt_runtime::dict_new(),
            finder,
            argv,
        })
    });
}

pub fn new_module(name: &str, file: Option<&str>) -> (Value, Value) {
    let d = molt_runtime::dict_new();
    let set = |k: &str, v: Value| {
        let _ = molt_runtime::builtins::dict::dict_set(&d, intern(k), v);
    };
    set("__name__", molt_runtime::str_new(name));
    set("__doc__", Value::NONE);
    set("__builtins__", builtins_dict());
    if let Some(f) = file {
        set("__file__", molt_runtime::str_new(f));
    }
    let m = Value::new(Obj::Module(ModuleObj { name: molt_runtime::str_new(name), dict: d.clone() }));
    (m, d)
}

fn register_module(name: &str, m: &Value) {
    let mods = modules_dict();
    let _ = molt_runtime::builtins::dict::dict_set(&mods, molt_runtime::str_new(name), m.clone());
}

fn lookup_module(name: &str) -> Option<Value> {
    molt_runtime::builtins::dict::dict_get_str(&modules_dict(), name)
}

/// Compiles a module's source; errors are reported as Python exceptions (SyntaxError) or
/// Molt refusals (ImportError naming the construct).
pub fn compile_module(source: &str, path: &str, modname: &str) -> Result<u32, Diagnostic> {
    let lowered = crate::compile(source, path, modname, code::next_code_id())?;
    let mut root = None;
    for (i, f) in lowered.codes.into_iter().enumerate() {
        let id = code::register(f);
        if i as u32 == lowered.root_index {
            root = Some(id);
        }
    }
    Ok(root.expect("module code registered"))
}

/// Executes module code in a module's globals.
pub fn exec_module(code_id: u32, globals: &Value) -> PyResult<()> {
    let c = code::get(code_id);
    let f = FunctionObj {
        name: RefCell::new(intern("<module>")),
        qualname: RefCell::new(intern("<module>")),
        module: RefCell::new(molt_runtime::builtins::dict::dict_get_str(globals, "__name__").unwrap_or(Value::NONE)),
        globals: globals.clone(),
        defaults: RefCell::new(vec![]),
        kwdefaults: RefCell::new(Value::NONE),
        closure: vec![],
        dict: RefCell::new(None),
        doc: RefCell::new(Value::NONE),
        code: c,
    };
    let fv = Value::new(Obj::Function(Box::new(f)));
    crate::interp::call_function(&fv, &[], &[])?;
    Ok(())
}

/// The `.py` file of module `name` in the search path: (path, whether it is a package).
pub fn find_source(search: &[PathBuf], name: &str) -> Option<(PathBuf, bool)> {
    let rel: PathBuf = name.split('.').collect();
    for dir in search {
        let pkg = dir.join(&rel).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let file = dir.join(&rel).with_extension("py");
        if file.is_file() {
            return Some((file, false));
        }
    }
    None
}

fn not_found(name: &str) -> Exc {
    let e = molt_runtime::exceptions::new_exc(
        molt_runtime::types::TypeId::ModuleNotFoundError,
        format!("No module named '{name}'"),
    );
    let _ = molt_runtime::attr::setattr(&e.0, &intern("name"), molt_runtime::str_new(name));
    e
}

/// Loads one module (its parent package already loaded).
fn load_one(name: &str) -> PyResult<Value> {
    if let Some(m) = lookup_module(name) {
        return Ok(m);
    }
    if let Some(m) = crate::native::make(name) {
        register_module(name, &m);
        return Ok(m);
    }
    let finder = STATE.with(|s| s.borrow().as_ref().map(|s| s.finder.clone()));
    match finder.and_then(|f| f.find(name)) {
        None => Err(not_found(name)),
        Some(Err(e)) => Err(e),
        Some(Ok(found)) => exec_found(name, found),
    }
}

fn exec_found(name: &str, found: FoundModule) -> PyResult<Value> {
    let (m, globals) = new_module(name, Some(&found.file));
    if found.is_pkg {
        let dir = Path::new(&found.file).parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
        let _ = molt_runtime::builtins::dict::dict_set(&globals, intern("__path__"), molt_runtime::list_new(vec![molt_runtime::str_new(&dir)]));
        let _ = molt_runtime::builtins::dict::dict_set(&globals, intern("__package__"), molt_runtime::str_new(name));
    } else {
        let pkg = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        let _ = molt_runtime::builtins::dict::dict_set(&globals, intern("__package__"), molt_runtime::str_new(pkg));
    }
    register_module(name, &m);
    if let Err(e) = exec_module(found.code, &globals) {
        let mods = modules_dict();
        let _ = molt_runtime::builtins::dict::dict_remove(&mods, &molt_runtime::str_new(name));
        return Err(e);
    }
    // The module object in sys.modules may have been replaced by its code.
    Ok(lookup_module(name).unwrap_or(m))
}

fn resolve_relative(name: &str, level: u32, globals: &Value) -> PyResult<String> {
    let pkg = molt_runtime::builtins::dict::dict_get_str(globals, "__package__")
        .filter(|p| molt_runtime::is_str(p) && !str_of(p).is_empty())
        .map(|p| str_of(&p).to_string());
    resolve_name(name, level, pkg.as_deref())
        .map_err(|msg| molt_runtime::exceptions::new_exc(molt_runtime::types::TypeId::ImportError, msg.into()))
}

/// The absolute name `import` resolves `name` at `level` to from a module in `package`
/// (`None` or empty: no package), or why it cannot.
pub fn resolve_name(name: &str, level: u32, package: Option<&str>) -> Result<String, &'static str> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let pkg = package.filter(|p| !p.is_empty()).ok_or("attempted relative import with no known parent package")?;
    let mut parts: Vec<&str> = pkg.split('.').collect();
    for _ in 1..level {
        parts.pop().ok_or("attempted relative import beyond top-level package")?;
    }
    let base = parts.join(".");
    Ok(if name.is_empty() { base } else if base.is_empty() { name.to_string() } else { format!("{base}.{name}") })
}

/// `import name` (returns the top package unless `fromlist`), `from name import …`.
pub fn import(name: &str, level: u32, fromlist: bool, globals: &Value) -> PyResult<Value> {
    let full = resolve_relative(name, level, globals)?;
    let mut parent: Option<Value> = None;
    let mut top: Option<Value> = None;
    let mut prefix = String::new();
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = load_one(&prefix)?;
        if let Some(p) = &parent {
            let _ = molt_runtime::attr::setattr(p, &intern(part), m.clone());
        }
        if top.is_none() {
            top = Some(m.clone());
        }
        parent = Some(m);
    }
    Ok(if fromlist { parent.unwrap() } else { top.unwrap() })
}

pub fn import_from(module: &Value, name: &Value) -> PyResult<Value> {
    match molt_runtime::attr::getattr(module, name) {
        Ok(v) => Ok(v),
        Err(e) if molt_runtime::exceptions::matches(&e, molt_runtime::types::TypeId::AttributeError) => {
            // A submodule of a package.
            let (mname, file) = match module.obj() {
                Some(Obj::Module(m)) => (
                    str_of(&m.name).to_string(),
                    molt_runtime::builtins::dict::dict_get_str(&m.dict, "__file__"),
                ),
                _ => (String::new(), None),
            };
            let is_pkg = match module.obj() {
                Some(Obj::Module(m)) => molt_runtime::builtins::dict::dict_get_str(&m.dict, "__path__").is_some(),
                _ => false,
            };
            if is_pkg {
                let sub = format!("{mname}.{}", str_of(name));
                if let Ok(m) = load_one(&sub) {
                    let _ = molt_runtime::attr::setattr(module, name, m.clone());
                    return Ok(m);
                }
            }
            let loc = match file {
                Some(f) => str_of(&f).to_string(),
                None => "unknown location".to_string(),
            };
            let e = molt_runtime::exceptions::new_exc(
                molt_runtime::types::TypeId::ImportError,
                format!("cannot import name '{}' from '{mname}' ({loc})", str_of(name)),
            );
            // CPython's traceback suggests a close name from the module.
            if let Some(Obj::Module(m)) = module.obj() {
                if let Some(Obj::Dict(d)) = m.dict.obj() {
                    let cands: Vec<String> = d.borrow().keys().iter().map(|k| str_of(k).to_string()).collect();
                    if let Some(s) = crate::run::suggest(str_of(name), &cands) {
                        if let Some(Obj::Instance(i)) = e.0.obj() {
                            i.table().borrow_mut().set_str(intern("__molt_suggestion__"), molt_runtime::str_from(format!(". Did you mean: '{s}'?")));
                        }
                    }
                }
            }
            Err(e)
        }
        Err(e) => Err(e),
    }
}

pub fn import_star(module: &Value, target: &Value) -> PyResult<()> {
    let Some(Obj::Module(m)) = module.obj() else { return Ok(()) };
    let all = molt_runtime::builtins::dict::dict_get_str(&m.dict, "__all__");
    let names: Vec<Value> = match all {
        Some(a) => molt_runtime::builtins::seq::collect(&a)?,
        None => match m.dict.obj() {
            Some(Obj::Dict(d)) => d.borrow().keys().into_iter().filter(|k| !str_of(k).starts_with('_')).collect(),
            _ => vec![],
        },
    };
    for n in names {
        let v = molt_runtime::attr::getattr(module, &n)?;
        molt_runtime::builtins::dict::dict_set(target, n, v)?;
    }
    Ok(())
}

/// Clears module namespaces the way CPython's finalization does: `__main__` first, then the
/// other modules; in each, names starting with one underscore first, then the rest.
pub fn finalize_modules() -> PyResult<()> {
    let mods = modules_dict();
    let Some(Obj::Dict(t)) = mods.obj() else { return Ok(()) };
    let mut order: Vec<(Value, Value)> = t.borrow().items();
    order.sort_by_key(|(k, _)| if str_of(k) == "__main__" { 0 } else { 1 });
    for (_, m) in order {
        let Some(Obj::Module(mo)) = m.obj() else { continue };
        let Some(Obj::Dict(d)) = mo.dict.obj() else { continue };
        let keys: Vec<Value> = d.borrow().keys();
        let single_underscore = |k: &str| k.starts_with('_') && !k.starts_with("__");
        for pass in 0..2 {
            for k in &keys {
                let name = str_of(k);
                let clear = if pass == 0 { single_underscore(name) } else { name != "__builtins__" };
                if clear {
                    molt_runtime::builtins::dict::dict_set(&mo.dict, k.clone(), Value::NONE)?;
                }
            }
        }
    }
    Ok(())
}

pub fn argv() -> Vec<String> {
    STATE.with(|s| s.borrow().as_ref().map(|s| s.argv.clone()).unwrap_or_default())
}

/// Registers `__main__` and returns its globals.
pub fn main_module(path: &str) -> Value {
    let (m, g) = new_module("__main__", Some(path));
    let _ = molt_runtime::builtins::dict::dict_set(&g, intern("__package__"), Value::NONE);
    register_module("__main__", &m);
    g
}
