//! Calling any callable, and the hooks through which the runtime reaches back into the VM
//! (Python-level functions and generators live in molt-vm).

use crate::exceptions::{new_exc, type_error};
use crate::object::*;
use crate::types::{self, TypeId};
use crate::value::Value;
use std::sync::OnceLock;

/// One step of a generator.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

pub struct VmHooks {
    /// Calls a Python function object with vectorcall-style arguments.
    pub call_function: fn(func: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value>,
    /// Resumes a generator with a value to send, or an exception to throw into it.
    pub resume_generator: fn(gen: &Value, sent: Value, throw: Option<Exc>) -> PyResult<GenStep>,
    /// Imports a module by name (used by `__import__`-like runtime paths).
    pub import_module: fn(name: &str) -> PyResult<Value>,
    /// A generator's introspection attribute (`qualname`, `running`, `suspended`,
    /// `yieldfrom`).
    pub generator_info: fn(gen: &Value, what: &str) -> Value,
    /// What a Python function's `__code__` shows, and its free variables' names.
    pub code_info: fn(func: &Value) -> CodeInfo,
}

/// A function's code-object attributes (`co_name`, `co_varnames`, …) and the names of its
/// free variables in the order of its closure's cells.
pub struct CodeInfo {
    pub attrs: Vec<(&'static str, Value)>,
    pub freevars: Vec<String>,
}

static HOOKS: OnceLock<VmHooks> = OnceLock::new();

pub fn set_hooks(h: VmHooks) {
    let _ = HOOKS.set(h);
}

#[inline]
pub fn hooks() -> &'static VmHooks {
    HOOKS.get().expect("molt-vm installs its hooks before running code")
}

/// `f(*args)` with positional arguments only.
#[inline]
pub fn call(f: &Value, args: &[Value]) -> PyResult<Value> {
    call_kw(f, args, &[])
}

/// Calls `f` with `args` whose last `kwnames.len()` entries are keyword arguments.
pub fn call_kw(f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match f.obj() {
        Some(Obj::Function(_)) => (hooks().call_function)(f, args, kwnames),
        Some(Obj::Builtin(b)) => {
            if !b.takes_kwargs && !kwnames.is_empty() {
                return Err(type_error(format!("{}() takes no keyword arguments", b.name)));
            }
            match &b.bound {
                // A builtin method taken off its type (`str.upper`) needs its receiver; the
                // implementations index `args[0]` for it.
                None if args.len() == kwnames.len() && b.name.contains('.') => {
                    Err(type_error(format!("unbound method {}() needs an argument", b.name)))
                }
                None => (b.f)(args, kwnames),
                Some(recv) => with_prepended(recv.clone(), args, |all| (b.f)(all, kwnames)),
            }
        }
        Some(Obj::BoundMethod { func, receiver }) => call_prepended(func, receiver.clone(), args, kwnames),
        Some(Obj::Class(_)) => crate::construct::construct(f, args, kwnames),
        Some(Obj::StaticMethod(inner)) => call_kw(inner, args, kwnames),
        Some(Obj::Instance(_)) => {
            if let types::Dunder::Function(m) = instance_dunder(f, "__call__") {
                return with_prepended(f.clone(), args, |all| (hooks().call_function)(&m, all, kwnames));
            }
            let cls = types::type_of(f);
            match types::lookup_in_class(&cls, &crate::intern_static("__call__")) {
                Some(m) => call_method_value(&m, f, args, kwnames),
                None => Err(not_callable(f)),
            }
        }
        _ => Err(not_callable(f)),
    }
}

pub fn not_callable(f: &Value) -> Exc {
    type_error(format!("'{}' object is not callable", types::type_name(f)))
}

/// Calls an attribute found on a class (`func`) as a method of `receiver`: functions get the
/// receiver as first argument, static methods do not, class methods get the class.
pub fn call_method_value(func: &Value, receiver: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match func.obj() {
        Some(Obj::Function(_)) | Some(Obj::Builtin(BuiltinFn { bound: None, .. })) => {
            call_prepended(func, receiver.clone(), args, kwnames)
        }
        Some(Obj::StaticMethod(inner)) => call_kw(inner, args, kwnames),
        Some(Obj::ClassMethod(inner)) => {
            let cls = if types::as_class(receiver).is_some() { receiver.clone() } else { types::type_of(receiver) };
            call_prepended(inner, cls, args, kwnames)
        }
        _ => call_kw(func, args, kwnames),
    }
}

/// Python function `func` called as `func(receiver, arg)` (an operator method), the two
/// words passed borrowed.
pub fn call_function_with_receiver(func: &Value, receiver: &Value, arg: &Value) -> PyResult<Value> {
    let words = [receiver.bits(), arg.bits()];
    // SAFETY: `Value` is a transparent word; these are borrowed copies of the words of
    // `receiver` and `arg`, which the caller keeps alive for the call; the callee sees them
    // only as a shared slice.
    let args = unsafe { std::slice::from_raw_parts(words.as_ptr() as *const Value, 2) };
    (hooks().call_function)(func, args, &[])
}

/// `func(first, *args)`.
pub fn call_prepended(func: &Value, first: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    with_prepended(first, args, |all| call_kw(func, all, kwnames))
}

/// Runs `f` on `[first, *args]`; short argument lists are assembled on the native stack as
/// borrowed words (no reference counting for the copies).
fn with_prepended<R>(first: Value, args: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    const INLINE: usize = 8;
    if args.len() < INLINE {
        let mut buf = [0u64; INLINE];
        buf[0] = first.bits();
        for (b, a) in buf[1..].iter_mut().zip(args) {
            *b = a.bits();
        }
        // SAFETY: `Value` is a transparent word. These are borrowed copies of the words of
        // `first` (owned here until after `f` returns) and of `args` (borrowed for this
        // whole call); `f` sees them only as a shared slice, so it can clone them but never
        // release them through it.
        let all = unsafe { std::slice::from_raw_parts(buf.as_ptr() as *const Value, args.len() + 1) };
        let r = f(all);
        drop(first);
        return r;
    }
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(first);
    v.extend_from_slice(args);
    f(&v)
}

/// Looks up a special method on the type of `obj` and calls it; `None` when the type lacks it.
pub fn call_dunder(obj: &Value, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
    match instance_dunder(obj, name) {
        types::Dunder::Function(f) => return with_prepended(obj.clone(), args, |all| (hooks().call_function)(&f, all, &[])).map(Some),
        types::Dunder::Absent => return Ok(None),
        types::Dunder::Other => {}
    }
    let cls = types::type_of(obj);
    match types::lookup_in_class(&cls, &crate::intern_static(name)) {
        Some(m) => Ok(Some(call_method_value(&m, obj, args, &[])?)),
        None => Ok(None),
    }
}

/// What the class of `obj`, when it is a plain instance of a user class, has for special
/// method `name` (`types::dunder_of`); `Other` for other objects.
pub fn instance_dunder(obj: &Value, name: &'static str) -> types::Dunder {
    match obj.obj() {
        Some(Obj::Instance(inst)) if inst.exc.is_none() => {
            // (A literal's address and length name it: the linker may share a prefix.)
            let key = name.as_ptr() as u64 ^ ((name.len() as u64) << 52);
            types::dunder_of(&inst.class.borrow(), key, name)
        }
        _ => types::Dunder::Other,
    }
}

/// Whether `type(obj)` (a user class) defines `name`.
pub fn has_dunder(obj: &Value, name: &'static str) -> bool {
    types::lookup_in_class(&types::type_of(obj), &crate::intern_static(name)).is_some()
}

/// Splits vectorcall arguments into positional and keyword parts.
pub fn split_kw<'a>(args: &'a [Value], kwnames: &'a [Value]) -> (&'a [Value], Vec<(&'a str, &'a Value)>) {
    let npos = args.len() - kwnames.len();
    let kws = kwnames
        .iter()
        .zip(&args[npos..])
        .map(|(k, v)| (crate::str_of(k), v))
        .collect();
    (&args[..npos], kws)
}

/// The message of CPython 3.12's C argument parsers for a keyword no parameter takes.
pub fn invalid_keyword(fname: &str, k: &str) -> Exc {
    type_error(format!("'{k}' is an invalid keyword argument for {fname}()"))
}

/// Argument binding for builtins: positional `names` (the first `required` mandatory),
/// accepted by position or keyword. Returns one slot per name. Errors come in the order of
/// CPython's argument clinic: too many arguments, a missing one, then the first keyword that
/// names no parameter or one already given by position.
pub fn bind_args(
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let (pos, kws) = split_kw(args, kwnames);
    if names.len() == required && pos.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes {} positional argument{} but {} were given",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    if pos.len() + kws.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} {}argument{} ({} given)",
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
            if names.len() == 1 { "" } else { "s" },
            pos.len() + kws.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    let mut bad_keyword = None;
    for (k, v) in kws {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                bad_keyword.get_or_insert_with(|| {
                    type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1))
                });
            }
            None => {
                bad_keyword.get_or_insert_with(|| invalid_keyword(fname, k));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    match bad_keyword {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// Checks a builtin's positional argument count, with CPython's wording.
pub fn check_arity(fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(type_error(msg))
}

pub fn stop_iteration(value: Value) -> Exc {
    let e = new_exc(TypeId::StopIteration, String::new());
    crate::exceptions::set_args(&e.0, crate::tuple_new(if value.is_none() { vec![] } else { vec![value] }));
    e
}

pub fn is_callable(v: &Value) -> bool {
    match v.obj() {
        Some(Obj::Function(_) | Obj::Builtin(_) | Obj::BoundMethod { .. } | Obj::Class(_) | Obj::StaticMethod(_)) => true,
        Some(Obj::Instance(_)) => has_dunder(v, "__call__"),
        _ => false,
    }
}
