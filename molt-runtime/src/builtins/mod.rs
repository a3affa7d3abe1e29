//! Builtin functions and the methods of builtin types, registered into their type objects.

pub mod bytes;
pub mod ctors;
pub mod dict;
pub mod dunders;
pub mod functions;
pub mod int;
pub mod iters;
pub mod object;
pub mod seq;
pub mod set;
pub mod sort;
pub mod str;

use crate::object::{BuiltinFn, BuiltinImpl, Obj, PyResult};
use crate::types::{type_class, TypeId};
use crate::value::Value;

/// A builtin function object. `name` is qualified for methods (`list.append`).
pub fn builtin(name: &'static str, f: BuiltinImpl, takes_kwargs: bool) -> Value {
    Value::new(Obj::Builtin(BuiltinFn { name, f, bound: None, takes_kwargs }))
}

/// (qualified name, implementation, accepts keywords)
pub type MethodDef = (&'static str, BuiltinImpl, bool);

/// Which of CPython 3.12's argument parsers a method of a builtin type uses, as far as the
/// wording of a wrong argument count goes. Counts exclude self.
#[derive(Clone, Copy)]
pub(crate) enum Arity {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    None,
    /// METH_O: "str.zfill() takes exactly one argument (0 given)".
    One,
    /// PyArg_ParseTuple, and clinic with keywords when too many are given: "count() takes
    /// at least 1 argument (0 given)".
    Parse(usize, usize),
    /// Positional-only clinic: "replace expected at least 2 arguments, got 1".
    Clinic(usize, usize),
}

/// Checks the number of arguments after self (`args[0]`, whose type names the method in
/// the messages that name it) against `a`.
#[inline]
pub(crate) fn method_arity(name: &str, args: &[Value], a: Arity) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    let ok = match a {
        Arity::None => n == 0,
        Arity::One => n == 1,
        Arity::Parse(min, max) | Arity::Clinic(min, max) => (min..=max).contains(&n),
    };
    if ok {
        return Ok(());
    }
    Err(arity_error(name, args, a, n))
}

/// The error `method_arity` raises for `n` arguments after self (out of `a`'s range).
#[cold]
#[inline(never)]
fn arity_error(name: &str, args: &[Value], a: Arity, n: usize) -> crate::object::Exc {
    let owner = || args.first().map(crate::types::type_name).unwrap_or_default();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = match a {
        Arity::None => format!("{}.{name}() takes no arguments ({n} given)", owner()),
        Arity::One => format!("{}.{name}() takes exactly one argument ({n} given)", owner()),
        Arity::Parse(min, _) if n < min => format!("{name}() takes at least {min} argument{} ({n} given)", plural(min)),
        Arity::Parse(_, max) => format!("{name}() takes at most {max} argument{} ({n} given)", plural(max)),
        Arity::Clinic(min, max) if min == max => format!("{name} expected {min} argument{}, got {n}", plural(min)),
        Arity::Clinic(min, _) if n < min => format!("{name} expected at least {min} argument{}, got {n}", plural(min)),
        Arity::Clinic(_, max) => format!("{name} expected at most {max} argument{}, got {n}", plural(max)),
    };
    crate::exceptions::type_error(msg)
}

/// A method table entry for `$f`, which takes nothing besides self (METH_NOARGS in
/// CPython), checked for that.
macro_rules! no_args {
    ($name:literal, $f:ident) => {{
        fn checked(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            $crate::builtins::method_arity($name, args, $crate::builtins::Arity::None)?;
            $f(args, kw)
        }
        checked
    }};
}
pub(crate) use no_args;

/// Binds a method's arguments after self by `names` (all optional, by position or keyword);
/// the result holds self first, then the named ones, so the counts in errors exclude self.
pub(crate) fn bind_method(name: &str, args: &[Value], kw: &[Value], names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let Some(me) = args.first().filter(|_| args.len() > kw.len()) else {
        return Err(crate::exceptions::type_error(format!("unbound method {name}() needs an argument")));
    };
    let mut a = crate::call::bind_args(name, &args[1..], kw, names, 0)?;
    a.insert(0, Some(me.clone()));
    Ok(a)
}

/// The value of optional str argument `name` of method `fname`, if given.
pub(crate) fn opt_str_arg<'a>(v: &'a Option<Value>, fname: &str, name: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => match v.obj() {
            Some(Obj::Str(p)) => Ok(Some(&p.s)),
            _ => Err(crate::exceptions::type_error(format!("{fname}() argument '{name}' must be str, not {}", clinic_type_name(v)))),
        },
    }
}

/// How CPython's argument-clinic errors name an argument's type: `None` for None (not `NoneType`).
pub(crate) fn clinic_type_name(v: &Value) -> String {
    if v.is_none() { "None".into() } else { crate::types::type_name(v).to_string() }
}

pub fn add_methods(id: TypeId, defs: &[MethodDef]) {
    let c = type_class(id);
    let mut d = c.dict.borrow_mut();
    for (qual, f, kw) in defs {
        let short = qual.rsplit('.').next().unwrap_or(qual);
        d.set_str(crate::intern(short), builtin(qual, *f, *kw));
    }
}

pub(crate) fn init_methods() {
    object::register();
    str::register();
    seq::register();
    dict::register();
    set::register();
    int::register();
    bytes::register();
    iters::register();
    dunders::register();
}
