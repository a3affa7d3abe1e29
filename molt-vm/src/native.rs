//! Native modules implemented in Rust: `sys`, `math`, `time`, `random`.

use molt_runtime::builtins::builtin;
use molt_runtime::call::{bind_args, check_arity};
use molt_runtime::exceptions::{new_exc, type_error, value_error};
use molt_runtime::int;
use molt_runtime::object::*;
use molt_runtime::ops;
use molt_runtime::types::{type_name, TypeId};
use molt_runtime::{intern, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;

fn module(name: &str, items: Vec<(&str, Value)>) -> Value {
    let (m, d) = crate::loader::new_module(name, None);
    for (k, v) in items {
        let _ = molt_runtime::builtins::dict::dict_set(&d, intern(k), v);
    }
    m
}

fn f(name: &'static str, imp: BuiltinImpl) -> Value {
    builtin(name, imp, false)
}

fn fk(name: &'static str, imp: BuiltinImpl) -> Value {
    builtin(name, imp, true)
}

/// Names of CPython's standard library modules (for "Did you forget to import").
pub const STDLIB_MODULE_NAMES: &[&str] = &[
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "cmath", "codecs",
    "collections", "colorsys", "contextlib", "copy", "csv", "ctypes", "dataclasses", "datetime", "decimal", "difflib",
    "dis", "enum", "errno", "fractions", "functools", "gc", "glob", "hashlib", "heapq", "hmac", "html", "http", "inspect",
    "io", "itertools", "json", "keyword", "linecache", "locale", "logging", "math", "operator", "os", "pathlib", "pickle",
    "platform", "pprint", "queue", "random", "re", "secrets", "select", "shutil", "signal", "socket", "sqlite3",
    "statistics", "string", "struct", "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "timeit",
    "token", "tokenize", "traceback", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "warnings",
    "weakref", "xml", "zipfile", "zlib",
];

/// Modules implemented in Rust.
pub fn is_native(name: &str) -> bool {
    matches!(name, "sys" | "math" | "time" | "random")
}

pub fn make(name: &str) -> Option<Value> {
    Some(match name {
        "sys" => sys_module(),
        "math" => math_module(),
        "time" => time_module(),
        "random" => random_module(),
        _ => return None,
    })
}

// ---------------------------------------------------------------- struct sequences

/// The tuple a struct sequence (sys.version_info, time.struct_time, …) wraps.
fn seq_tuple(v: &Value) -> PyResult<Value> {
    molt_runtime::attr::getattr(v, &intern("_molt_tuple"))
}

fn sq_getitem(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("__getitem__", args, 2, 2)?;
    ops::getitem(&seq_tuple(&args[0])?, &args[1])
}
fn sq_len(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("__len__", args, 1, 1)?;
    Ok(Value::int(ops::len(&seq_tuple(&args[0])?)? as i64))
}
fn sq_iter(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("__iter__", args, 1, 1)?;
    ops::get_iter(&seq_tuple(&args[0])?)
}
fn sq_hash(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("__hash__", args, 1, 1)?;
    Ok(Value::int(ops::hash(&seq_tuple(&args[0])?)?))
}
fn sq_other(v: &Value) -> PyResult<Value> {
    match v.obj() {
        Some(Obj::Instance(_)) => seq_tuple(v).or_else(|_| Ok(v.clone())),
        _ => Ok(v.clone()),
    }
}
macro_rules! seq_cmp {
    ($($name:ident => $op:expr),*) => {$(
        fn $name(args: &[Value], _k: &[Value]) -> PyResult<Value> {
            check_arity("comparison", args, 2, 2)?;
            let (a, b) = (seq_tuple(&args[0])?, sq_other(&args[1])?);
            if !matches!(b.obj(), Some(Obj::Tuple(_))) {
                return Ok(molt_runtime::singleton_not_implemented());
            }
            ops::compare(&a, &b, $op)
        }
    )*};
}
seq_cmp!(sq_eq => ops::CmpOp::Eq, sq_ne => ops::CmpOp::Ne, sq_lt => ops::CmpOp::Lt, sq_le => ops::CmpOp::Le, sq_gt => ops::CmpOp::Gt, sq_ge => ops::CmpOp::Ge);
fn sq_repr(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("__repr__", args, 1, 1)?;
    let v = &args[0];
    let cls = molt_runtime::types::type_of(v);
    let name = molt_runtime::attr::getattr(&cls, &intern("_molt_name"))?;
    let fields = molt_runtime::builtins::seq::collect(&molt_runtime::attr::getattr(&cls, &intern("_fields"))?)?;
    let t = seq_tuple(v)?;
    let mut parts = Vec::new();
    for (f, x) in fields.iter().zip(molt_runtime::tuple_items(&t)) {
        parts.push(format!("{}={}", molt_runtime::str_of(f), molt_runtime::repr::repr(x)?));
    }
    Ok(molt_runtime::str_from(format!("{}({})", molt_runtime::str_of(&name), parts.join(", "))))
}

/// Fields are read-only; other names are not attributes at all (there is no `__dict__`).
fn sq_readonly(v: &Value, name: &Value) -> PyResult<Value> {
    let cls = molt_runtime::types::type_of(v);
    let fields = molt_runtime::builtins::seq::collect(&molt_runtime::attr::getattr(&cls, &intern("_fields"))?)?;
    if fields.iter().any(|f| ops::str_eq(f, name)) {
        return Err(molt_runtime::exceptions::attribute_error("readonly attribute"));
    }
    let qual = molt_runtime::attr::getattr(&cls, &intern("_molt_name"))?;
    Err(molt_runtime::exceptions::attribute_error(format!(
        "'{}' object has no attribute '{}'",
        molt_runtime::str_of(&qual),
        molt_runtime::str_of(name)
    )))
}
fn sq_setattr(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("__setattr__", args, 3, 3)?;
    sq_readonly(&args[0], &args[1])
}
fn sq_delattr(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("__delattr__", args, 2, 2)?;
    sq_readonly(&args[0], &args[1])
}

/// A struct sequence class: a tuple with named fields (CPython's structseq).
fn struct_sequence_class(name: &str, module: &str, fields: &[&str]) -> Value {
    let mut ns = molt_runtime::dict::DictTable::new();
    let defs: &[(&'static str, BuiltinImpl)] = &[
        ("__getitem__", sq_getitem),
        ("__len__", sq_len),
        ("__iter__", sq_iter),
        ("__hash__", sq_hash),
        ("__eq__", sq_eq),
        ("__ne__", sq_ne),
        ("__lt__", sq_lt),
        ("__le__", sq_le),
        ("__gt__", sq_gt),
        ("__ge__", sq_ge),
        ("__repr__", sq_repr),
        ("__setattr__", sq_setattr),
        ("__delattr__", sq_delattr),
    ];
    for (n, f) in defs {
        ns.set_str(intern(n), builtin(n, *f, false));
    }
    ns.set_str(intern("_fields"), molt_runtime::tuple_new(fields.iter().map(|f| molt_runtime::str_new(f)).collect()));
    ns.set_str(intern("_molt_name"), molt_runtime::str_new(&format!("{module}.{name}")));
    let short = name.rsplit('.').next().unwrap_or(name);
    molt_runtime::construct::make_class(short, short, &molt_runtime::str_new(module), vec![], ns).expect("struct sequence class")
}

fn struct_sequence(cls: &Value, values: Vec<Value>) -> Value {
    let inst = Value::new(Obj::Instance(InstanceObj::new(cls.clone(), None)));
    let fields = molt_runtime::attr::getattr(cls, &intern("_fields"))
        .and_then(|f| molt_runtime::builtins::seq::collect(&f))
        .unwrap_or_default();
    // Filled directly: the class's __setattr__ refuses every assignment.
    if let Some(Obj::Instance(i)) = inst.obj() {
        let mut table = i.table().borrow_mut();
        for (f, v) in fields.iter().zip(values.iter()) {
            table.set_str(f.clone(), v.clone());
        }
        table.set_str(intern("_molt_tuple"), molt_runtime::tuple_new(values));
    }
    inst
}

// ---------------------------------------------------------------- sys

fn sys_exit(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("exit", args, 0, 1)?;
    let a: Vec<Value> = args.to_vec();
    Err(molt_runtime::exceptions::new_exc_args(TypeId::SystemExit, a))
}

fn sys_getrecursionlimit(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::int(crate::interp::recursion_limit() as i64))
}

fn sys_setrecursionlimit(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("setrecursionlimit", args, 1, 1)?;
    let n = ops::index_of(&args[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    crate::interp::set_recursion_limit(n.min(u32::MAX as i64) as u32);
    Ok(Value::NONE)
}

fn sys_getdefaultencoding(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("getdefaultencoding", args, 0, 0)?;
    Ok(molt_runtime::str_new("utf-8"))
}

fn sys_intern(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("intern", args, 1, 1)?;
    Ok(intern(molt_runtime::str_of(&args[0])))
}

fn sys_set_int_max_str_digits(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("set_int_max_str_digits", args, kw, &["maxdigits"], 1)?;
    let n = ops::index_of(a[0].as_ref().unwrap())?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    molt_runtime::numfmt::set_max_str_digits(n as usize);
    Ok(Value::NONE)
}

fn sys_get_int_max_str_digits(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::int(molt_runtime::numfmt::max_str_digits() as i64))
}

fn sys_exception(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::interp::current_exception().unwrap_or(Value::NONE))
}

fn sys_exc_info(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match crate::interp::current_exception() {
        Some(e) => {
            let tb = molt_runtime::attr::getattr(&e, &intern("__traceback__")).unwrap_or(Value::NONE);
            molt_runtime::tuple_new(vec![molt_runtime::types::type_of(&e), e, tb])
        }
        None => molt_runtime::tuple_new(vec![Value::NONE, Value::NONE, Value::NONE]),
    })
}

fn sys_module() -> Value {
    let (out, err) = molt_runtime::builtins::functions::std_streams();
    let argv = molt_runtime::list_new(crate::loader::argv().iter().map(|a| molt_runtime::str_new(a)).collect());
    let vi_cls = struct_sequence_class("version_info", "sys", &["major", "minor", "micro", "releaselevel", "serial"]);
    let version_info = struct_sequence(
        &vi_cls,
        vec![Value::int(3), Value::int(12), Value::int(1), molt_runtime::str_new("final"), Value::int(0)],
    );
    let fi_cls = struct_sequence_class(
        "float_info",
        "sys",
        &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    );
    let float_info = struct_sequence(
        &fi_cls,
        vec![
            Value::float(f64::MAX),
            Value::int(1024),
            Value::int(308),
            Value::float(f64::MIN_POSITIVE),
            Value::int(-1021),
            Value::int(-307),
            Value::int(15),
            Value::int(53),
            Value::float(f64::EPSILON),
            Value::int(2),
            Value::int(1),
        ],
    );
    let ii_cls = struct_sequence_class(
        "int_info",
        "sys",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    );
    let int_info = struct_sequence(&ii_cls, vec![Value::int(30), Value::int(4), Value::int(4300), Value::int(640)]);
    let hi_cls = struct_sequence_class(
        "hash_info",
        "sys",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    );
    // The parameters of the hashes Molt computes (the same as CPython's on 64-bit Linux).
    let hash_info = struct_sequence(
        &hi_cls,
        vec![
            Value::int(64),
            Value::int((1 << 61) - 1),
            Value::int(314159),
            Value::int(0),
            Value::int(1000003),
            molt_runtime::str_new("siphash13"),
            Value::int(64),
            Value::int(128),
            Value::int(0),
        ],
    );
    module(
        "sys",
        vec![
            ("argv", argv),
            ("int_info", int_info),
            ("hash_info", hash_info),
            ("float_repr_style", molt_runtime::str_new("short")),
            ("getdefaultencoding", f("getdefaultencoding", sys_getdefaultencoding)),
            ("exit", f("exit", sys_exit)),
            ("exception", f("exception", sys_exception)),
            ("exc_info", f("exc_info", sys_exc_info)),
            ("stdout", out.clone()),
            ("stderr", err.clone()),
            ("__stdout__", out),
            ("__stderr__", err),
            ("getrecursionlimit", f("getrecursionlimit", sys_getrecursionlimit)),
            ("setrecursionlimit", f("setrecursionlimit", sys_setrecursionlimit)),
            ("intern", f("intern", sys_intern)),
            ("set_int_max_str_digits", fk("set_int_max_str_digits", sys_set_int_max_str_digits)),
            ("get_int_max_str_digits", f("get_int_max_str_digits", sys_get_int_max_str_digits)),
            ("maxsize", Value::int(i64::MAX)),
            ("byteorder", molt_runtime::str_new("little")),
            ("platform", molt_runtime::str_new("linux")),
            ("version", molt_runtime::str_new("3.12.1 (molt)")),
            ("version_info", version_info),
            ("float_info", float_info),
            ("maxunicode", Value::int(0x10FFFF)),
            ("implementation_name", molt_runtime::str_new("molt")),
            ("modules", crate::loader::modules_dict()),
            ("path", molt_runtime::list_new(vec![])),
            ("executable", molt_runtime::str_new("")),
        ],
    )
}

// ---------------------------------------------------------------- math

fn to_f(v: &Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(i) = int::as_i64(v) {
        return Ok(i as f64);
    }
    if let Some(Obj::Int(b)) = v.obj() {
        return int::to_f64(b);
    }
    if let Some(Obj::Instance(_)) = v.obj() {
        if let Some(r) = molt_runtime::call::call_dunder(v, "__float__", &[])? {
            return to_f(&r);
        }
    }
    Err(type_error(format!("must be real number, not {}", type_name(v))))
}

fn domain() -> molt_runtime::Exc {
    value_error("math domain error")
}

fn range_err() -> molt_runtime::Exc {
    molt_runtime::exceptions::overflow_error("math range error")
}

/// Whether `v` is `math.sqrt` (compiled code computes it inline).
pub fn is_math_sqrt(v: &Value) -> bool {
    matches!(v.obj(), Some(molt_runtime::object::Obj::Builtin(b)) if b.bound.is_none() && b.f as usize == m_sqrt as *const () as usize)
}

fn unary(args: &[Value], name: &str, f: fn(f64) -> f64, check: fn(f64) -> bool) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    let x = to_f(&args[0])?;
    if !check(x) {
        return Err(domain());
    }
    let r = f(x);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

macro_rules! math_unary {
    ($fname:ident, $pyname:literal, $f:expr, $check:expr) => {
        fn $fname(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            unary(args, $pyname, $f, $check)
        }
    };
}

math_unary!(m_sqrt, "sqrt", f64::sqrt, |x| x >= 0.0 || x.is_nan());
math_unary!(m_exp, "exp", f64::exp, |_| true);
math_unary!(m_sin, "sin", f64::sin, |x| !x.is_infinite());
math_unary!(m_cos, "cos", f64::cos, |x| !x.is_infinite());
math_unary!(m_tan, "tan", f64::tan, |x| !x.is_infinite());
math_unary!(m_asin, "asin", f64::asin, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
math_unary!(m_acos, "acos", f64::acos, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
math_unary!(m_atan, "atan", f64::atan, |_| true);
math_unary!(m_sinh, "sinh", f64::sinh, |_| true);
math_unary!(m_cosh, "cosh", f64::cosh, |_| true);
math_unary!(m_tanh, "tanh", f64::tanh, |_| true);
math_unary!(m_fabs, "fabs", f64::abs, |_| true);
math_unary!(m_log2, "log2", f64::log2, |x| x > 0.0 || x.is_nan());
math_unary!(m_log10, "log10", f64::log10, |x| x > 0.0 || x.is_nan());
math_unary!(m_log1p, "log1p", f64::ln_1p, |x| x > -1.0 || x.is_nan());
math_unary!(m_expm1, "expm1", f64::exp_m1, |_| true);
math_unary!(m_degrees, "degrees", f64::to_degrees, |_| true);
math_unary!(m_radians, "radians", f64::to_radians, |_| true);

fn big_log(v: &Value) -> PyResult<f64> {
    // ln of an int too large for a float: scale by a power of two.
    if let Some(Obj::Int(b)) = v.obj() {
        if !b.is_positive() {
            return Err(domain());
        }
        let bits = b.bits();
        if bits > 1000 {
            let shift = bits - 60;
            let top = (b >> shift).to_f64().unwrap();
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
    }
    let x = to_f(v)?;
    if x <= 0.0 && !x.is_nan() {
        return Err(domain());
    }
    Ok(x.ln())
}

fn m_log(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("log", args, 1, 2)?;
    let n = big_log(&args[0])?;
    match args.get(1) {
        None => Ok(Value::float(n)),
        Some(b) => {
            let d = big_log(b)?;
            if d == 0.0 {
                return Err(molt_runtime::exceptions::zero_division("float division by zero"));
            }
            Ok(Value::float(n / d))
        }
    }
}

fn int_result(f: f64, name: &str) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(molt_runtime::exceptions::overflow_error("cannot convert float infinity to integer"));
    }
    let _ = name;
    molt_runtime::builtins::int::to_int(&Value::float(f))
}

fn rounding(args: &[Value], name: &str, dunder: &'static str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    let v = &args[0];
    if int::is_int(v) {
        return molt_runtime::builtins::int::to_int(v);
    }
    if let Some(Obj::Instance(_)) = v.obj() {
        if let Some(r) = molt_runtime::call::call_dunder(v, dunder, &[])? {
            return Ok(r);
        }
    }
    int_result(f(to_f(v)?), name)
}

fn m_floor(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    rounding(args, "floor", "__floor__", f64::floor)
}
fn m_ceil(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    rounding(args, "ceil", "__ceil__", f64::ceil)
}
fn m_trunc(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    rounding(args, "trunc", "__trunc__", f64::trunc)
}

fn m_pow(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("pow", args, 2, 2)?;
    let (x, y) = (to_f(&args[0])?, to_f(&args[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.is_finite() && y != y.floor() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn m_atan2(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("atan2", args, 2, 2)?;
    Ok(Value::float(to_f(&args[0])?.atan2(to_f(&args[1])?)))
}

fn m_hypot(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    let mut vals = Vec::new();
    for a in args {
        vals.push(to_f(a)?);
    }
    if vals.len() == 2 {
        return Ok(Value::float(vals[0].hypot(vals[1])));
    }
    for v in vals {
        acc = acc.hypot(v);
    }
    Ok(Value::float(acc))
}

fn m_copysign(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("copysign", args, 2, 2)?;
    Ok(Value::float(to_f(&args[0])?.copysign(to_f(&args[1])?)))
}

fn m_fmod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("fmod", args, 2, 2)?;
    let (x, y) = (to_f(&args[0])?, to_f(&args[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::float(x % y))
}

fn m_modf(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("modf", args, 1, 1)?;
    let x = to_f(&args[0])?;
    let i = x.trunc();
    let fr = if x.is_infinite() { 0.0f64.copysign(x) } else { x - i };
    Ok(molt_runtime::tuple_new(vec![Value::float(fr), Value::float(i)]))
}

fn m_frexp(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("frexp", args, 1, 1)?;
    let x = to_f(&args[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(molt_runtime::tuple_new(vec![Value::float(x), Value::int(0)]));
    }
    let bits = x.to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) = if exp == 0 {
        // Subnormal: normalize first.
        let y = x * 2f64.powi(54);
        let b = y.to_bits();
        exp = ((b >> 52) & 0x7ff) as i64;
        (f64::from_bits((b & !(0x7ffu64 << 52)) | (1022u64 << 52)), exp - 1022 - 54)
    } else {
        (f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)), exp - 1022)
    };
    Ok(molt_runtime::tuple_new(vec![Value::float(m), Value::int(e)]))
}

fn m_ldexp(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("ldexp", args, 2, 2)?;
    let x = to_f(&args[0])?;
    let e = ops::index_of(&args[1])?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn pred(args: &[Value], name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    Ok(Value::bool(f(to_f(&args[0])?)))
}
fn m_isnan(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isnan", f64::is_nan)
}
fn m_isinf(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isinf", f64::is_infinite)
}
fn m_isfinite(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isfinite", f64::is_finite)
}

fn int_arg(v: &Value, fname: &str) -> PyResult<BigInt> {
    if int::is_int(v) {
        return Ok(int::big(v).unwrap().into_owned());
    }
    if v.is_float() {
        return Err(type_error("'float' object cannot be interpreted as an integer".to_string()));
    }
    let _ = fname;
    Ok(BigInt::from(ops::index_of(v)?))
}

fn m_gcd(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use num_integer::Integer;
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&int_arg(a, "gcd")?);
    }
    Ok(int::from_big(g))
}

fn m_lcm(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use num_integer::Integer;
    let mut l = BigInt::one();
    for a in args {
        let x = int_arg(a, "lcm")?;
        if x.is_zero() {
            return Ok(Value::int(0));
        }
        l = l.lcm(&x);
    }
    Ok(int::from_big(l.abs()))
}

fn m_factorial(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("factorial", args, 1, 1)?;
    let n = int_arg(&args[0], "factorial")?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| molt_runtime::exceptions::overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(int::from_big(r))
}

fn m_comb(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("comb", args, 2, 2)?;
    let (n, k) = (int_arg(&args[0], "comb")?, int_arg(&args[1], "comb")?);
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::int(0));
    }
    let k = k.clone().min(&n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int::from_big(r))
}

fn m_perm(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("perm", args, 1, 2)?;
    let n = int_arg(&args[0], "perm")?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => int_arg(v, "perm")?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::int(0));
    }
    let mut r = BigInt::one();
    let k = k.to_u64().unwrap_or(0);
    for i in 0..k {
        r *= &n - i;
    }
    Ok(int::from_big(r))
}

fn m_isqrt(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("isqrt", args, 1, 1)?;
    let n = int_arg(&args[0], "isqrt")?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_big(n.sqrt()))
}

fn m_prod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("prod", args, kw, &["iterable", "start"], 1)?;
    let mut acc = a[1].clone().unwrap_or(Value::int(1));
    let it = ops::get_iter(a[0].as_ref().unwrap())?;
    while let Some(x) = ops::iter_next(&it)? {
        acc = ops::binary_op(&acc, &x, ops::BinOp::Mul)?;
    }
    Ok(acc)
}

fn m_fsum(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("fsum", args, 1, 1)?;
    // Shewchuk's exact partial sums, rounded once at the end.
    let mut partials: Vec<f64> = Vec::new();
    let it = ops::get_iter(&args[0])?;
    while let Some(v) = ops::iter_next(&it)? {
        let mut x = to_f(&v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn m_isclose(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("isclose", args, kw, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = to_f(a[0].as_ref().unwrap())?;
    let y = to_f(a[1].as_ref().unwrap())?;
    let rel = match &a[2] {
        Some(v) => to_f(v)?,
        None => 1e-9,
    };
    let abs_t = match &a[3] {
        Some(v) => to_f(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_t < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let d = (y - x).abs();
    Ok(Value::bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs_t))
}

fn m_dist(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("dist", args, 2, 2)?;
    let p = molt_runtime::builtins::seq::collect(&args[0])?;
    let q = molt_runtime::builtins::seq::collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(q.iter()) {
        acc = acc.hypot(to_f(a)? - to_f(b)?);
    }
    Ok(Value::float(acc))
}

fn math_module() -> Value {
    module(
        "math",
        vec![
            ("pi", Value::float(std::f64::consts::PI)),
            ("e", Value::float(std::f64::consts::E)),
            ("tau", Value::float(std::f64::consts::TAU)),
            ("inf", Value::float(f64::INFINITY)),
            ("nan", Value::float(f64::NAN)),
            ("sqrt", f("sqrt", m_sqrt)),
            ("exp", f("exp", m_exp)),
            ("sin", f("sin", m_sin)),
            ("cos", f("cos", m_cos)),
            ("tan", f("tan", m_tan)),
            ("asin", f("asin", m_asin)),
            ("acos", f("acos", m_acos)),
            ("atan", f("atan", m_atan)),
            ("sinh", f("sinh", m_sinh)),
            ("cosh", f("cosh", m_cosh)),
            ("tanh", f("tanh", m_tanh)),
            ("fabs", f("fabs", m_fabs)),
            ("log", f("log", m_log)),
            ("log2", f("log2", m_log2)),
            ("log10", f("log10", m_log10)),
            ("log1p", f("log1p", m_log1p)),
            ("expm1", f("expm1", m_expm1)),
            ("degrees", f("degrees", m_degrees)),
            ("radians", f("radians", m_radians)),
            ("floor", f("floor", m_floor)),
            ("ceil", f("ceil", m_ceil)),
            ("trunc", f("trunc", m_trunc)),
            ("pow", f("pow", m_pow)),
            ("atan2", f("atan2", m_atan2)),
            ("hypot", f("hypot", m_hypot)),
            ("copysign", f("copysign", m_copysign)),
            ("fmod", f("fmod", m_fmod)),
            ("modf", f("modf", m_modf)),
            ("frexp", f("frexp", m_frexp)),
            ("ldexp", f("ldexp", m_ldexp)),
            ("isnan", f("isnan", m_isnan)),
            ("isinf", f("isinf", m_isinf)),
            ("isfinite", f("isfinite", m_isfinite)),
            ("gcd", f("gcd", m_gcd)),
            ("lcm", f("lcm", m_lcm)),
            ("factorial", f("factorial", m_factorial)),
            ("comb", f("comb", m_comb)),
            ("perm", f("perm", m_perm)),
            ("isqrt", f("isqrt", m_isqrt)),
            ("prod", fk("prod", m_prod)),
            ("fsum", f("fsum", m_fsum)),
            ("isclose", fk("isclose", m_isclose)),
            ("dist", f("dist", m_dist)),
        ],
    )
}

// ---------------------------------------------------------------- time

fn now() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

fn t_time(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(Value::float(now()))
}
fn t_time_ns(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ns = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    Ok(int::from_i128(ns as i128))
}
fn t_perf(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(Value::float(START.with(|s| s.elapsed().as_secs_f64())))
}
fn t_perf_ns(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i128(START.with(|s| s.elapsed().as_nanos()) as i128))
}
fn t_sleep(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("sleep", args, 1, 1)?;
    let s = to_f(&args[0])?;
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    molt_runtime::io::flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::NONE)
}

thread_local! {
    static STRUCT_TIME: Value = struct_sequence_class(
        "struct_time",
        "time",
        &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
    );
}

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Broken-down UTC time for seconds since the epoch: (year, month, day, hour, min, sec,
/// weekday with Monday 0, day of year from 1).
fn civil_from_secs(secs: i64) -> [i64; 8] {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = if m <= 2 { y + 1 } else { y };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = cum[(m - 1) as usize] + d + if leap && m > 2 { 1 } else { 0 };
    let wday = (days + 3).rem_euclid(7);
    [year, m, d, rem / 3600, (rem % 3600) / 60, rem % 60, wday, yday]
}

fn struct_time_from(secs: f64) -> Value {
    let c = civil_from_secs(secs.floor() as i64);
    let mut vals: Vec<Value> = c.iter().map(|x| Value::int(*x)).collect();
    vals.push(Value::int(0));
    STRUCT_TIME.with(|cls| struct_sequence(cls, vals))
}

fn t_gmtime(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("gmtime", args, 0, 1)?;
    let secs = match args.first() {
        Some(v) if !v.is_none() => to_f(v)?,
        _ => now(),
    };
    Ok(struct_time_from(secs))
}

fn time_fields(t: Option<&Value>) -> PyResult<Vec<i64>> {
    let t = match t {
        Some(v) => v.clone(),
        None => struct_time_from(now()),
    };
    let items = molt_runtime::builtins::seq::collect(&t)?;
    if items.len() < 9 {
        return Err(type_error("time tuple must have exactly 9 elements"));
    }
    items.iter().take(9).map(ops::index_of).collect()
}

fn t_strftime(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("strftime", args, 1, 2)?;
    let fmt = molt_runtime::str_of(&args[0]).to_string();
    let f = time_fields(args.get(1))?;
    let (year, mon, mday, hour, min, sec, wday, yday) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let wname = WEEKDAYS[wday.rem_euclid(7) as usize];
        let mname = MONTHS[((mon - 1).rem_euclid(12)) as usize];
        match d {
            'Y' => out.push_str(&year.to_string()),
            'y' => out.push_str(&format!("{:02}", year.rem_euclid(100))),
            'm' => out.push_str(&format!("{mon:02}")),
            'd' => out.push_str(&format!("{mday:02}")),
            'e' => out.push_str(&format!("{mday:>2}")),
            'H' => out.push_str(&format!("{hour:02}")),
            'I' => out.push_str(&format!("{:02}", if hour % 12 == 0 { 12 } else { hour % 12 })),
            'M' => out.push_str(&format!("{min:02}")),
            'S' => out.push_str(&format!("{sec:02}")),
            'p' => out.push_str(if hour < 12 { "AM" } else { "PM" }),
            'j' => out.push_str(&format!("{yday:03}")),
            'a' => out.push_str(&wname[..3]),
            'A' => out.push_str(wname),
            'b' | 'h' => out.push_str(&mname[..3]),
            'B' => out.push_str(mname),
            'w' => out.push_str(&((wday + 1) % 7).to_string()),
            'u' => out.push_str(&(wday + 1).to_string()),
            'F' => out.push_str(&format!("{year}-{mon:02}-{mday:02}")),
            'T' => out.push_str(&format!("{hour:02}:{min:02}:{sec:02}")),
            'D' => out.push_str(&format!("{mon:02}/{mday:02}/{:02}", year.rem_euclid(100))),
            'Z' => out.push_str("UTC"),
            'z' => out.push_str("+0000"),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    Ok(molt_runtime::str_from(out))
}

fn t_asctime(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("asctime", args, 0, 1)?;
    let f = time_fields(args.first())?;
    Ok(molt_runtime::str_from(format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        &WEEKDAYS[f[6].rem_euclid(7) as usize][..3],
        &MONTHS[(f[1] - 1).rem_euclid(12) as usize][..3],
        f[2],
        f[3],
        f[4],
        f[5],
        f[0]
    )))
}

fn time_module() -> Value {
    module(
        "time",
        vec![
            ("time", f("time", t_time)),
            ("time_ns", f("time_ns", t_time_ns)),
            ("perf_counter", f("perf_counter", t_perf)),
            ("perf_counter_ns", f("perf_counter_ns", t_perf_ns)),
            ("monotonic", f("monotonic", t_perf)),
            ("monotonic_ns", f("monotonic_ns", t_perf_ns)),
            ("process_time", f("process_time", t_perf)),
            ("sleep", f("sleep", t_sleep)),
            ("gmtime", f("gmtime", t_gmtime)),
            // Molt runs programs in UTC: local time is UTC.
            ("localtime", f("localtime", t_gmtime)),
            ("strftime", f("strftime", t_strftime)),
            ("asctime", f("asctime", t_asctime)),
            ("timezone", Value::int(0)),
            ("struct_time", STRUCT_TIME.with(|c| c.clone())),
        ],
    )
}

// ---------------------------------------------------------------- random

thread_local! {
    /// Generator states: index 0 is the module's hidden instance, others belong to
    /// `random.Random` objects (which record their index).
    static RNGS: RefCell<Vec<molt_runtime::mt::Random>> = RefCell::new(vec![molt_runtime::mt::Random::new_seeded_from_os()]);
}

fn with_rng<T>(rng: usize, f: impl FnOnce(&mut molt_runtime::mt::Random) -> T) -> T {
    RNGS.with(|r| f(&mut r.borrow_mut()[rng]))
}

fn rng_err(msg: String) -> molt_runtime::Exc {
    let id = match molt_runtime::mt::exception_type_for(&msg) {
        "TypeError" => TypeId::TypeError,
        "IndexError" => TypeId::IndexError,
        "OverflowError" => TypeId::OverflowError,
        _ => TypeId::ValueError,
    };
    new_exc(id, msg)
}

fn r_seed(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("seed", args, 0, 2)?;
    with_rng(rng, |r| -> PyResult<()> {
        match args.first() {
            None => r.seed_from_os(),
            Some(v) if v.is_none() => r.seed_from_os(),
            Some(v) if int::is_int(v) => r.seed_int(&int::big(v).unwrap()),
            Some(v) if v.is_float() => r.seed_hash(ops::hash(v)?),
            Some(v) => match v.obj() {
                Some(Obj::Str(s)) => r.seed_str(&s.s),
                Some(Obj::Bytes(b)) => r.seed_bytes(b),
                _ => {
                    return Err(type_error(
                        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                    ))
                }
            },
        }
        Ok(())
    })?;
    Ok(Value::NONE)
}

fn r_random(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("random", args, 0, 0)?;
    Ok(Value::float(with_rng(rng, |r| r.random())))
}

fn r_getrandbits(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("getrandbits", args, 1, 1)?;
    let k = int_arg(&args[0], "getrandbits")?;
    let v = with_rng(rng, |r| r.getrandbits_checked(&k)).map_err(rng_err)?;
    Ok(int::from_big(v))
}

fn r_randint(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("randint", args, 2, 2)?;
    let (a, b) = (int_arg(&args[0], "randint")?, int_arg(&args[1], "randint")?);
    let v = with_rng(rng, |r| r.randint(&a, &b)).map_err(rng_err)?;
    Ok(int::from_big(v))
}

fn r_randrange(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("randrange", args, kw, &["start", "stop", "step"], 1)?;
    let start = int_arg(a[0].as_ref().unwrap(), "randrange")?;
    let stop = match &a[1] {
        Some(v) if !v.is_none() => Some(int_arg(v, "randrange")?),
        _ => None,
    };
    let step = match &a[2] {
        Some(v) => int_arg(v, "randrange")?,
        None => BigInt::one(),
    };
    let v = with_rng(rng, |r| r.randrange(&start, stop.as_ref(), &step)).map_err(rng_err)?;
    Ok(int::from_big(v))
}

fn r_choice(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("choice", args, 1, 1)?;
    let n = ops::len(&args[0])?;
    let i = with_rng(rng, |r| r.choice_index(n)).map_err(rng_err)?;
    ops::getitem(&args[0], &Value::int(i as i64))
}

fn r_shuffle(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("shuffle", args, 1, 1)?;
    let n = ops::len(&args[0])?;
    let swaps = with_rng(rng, |r| r.shuffle_swaps(n));
    let seq = &args[0];
    for (i, j) in swaps {
        let (vi, vj) = (ops::getitem(seq, &Value::int(i as i64))?, ops::getitem(seq, &Value::int(j as i64))?);
        ops::setitem(seq, &Value::int(i as i64), vj)?;
        ops::setitem(seq, &Value::int(j as i64), vi)?;
    }
    Ok(Value::NONE)
}

fn float_args(fname: &str, args: &[Value], kw: &[Value], names: &[&str], defaults: &[Option<f64>]) -> PyResult<Vec<Option<f64>>> {
    let required = defaults.iter().take_while(|d| d.is_none()).count();
    let a = bind_args(fname, args, kw, names, required)?;
    a.iter()
        .zip(defaults)
        .map(|(v, d)| match v {
            // An explicit None is accepted only where Python's default is None (a NaN
            // default marks those, e.g. triangular's mode); elsewhere converting it raises
            // TypeError, as the arithmetic in CPython's random.py does.
            Some(v) if v.is_none() && d.is_some_and(f64::is_nan) => Ok(*d),
            Some(v) => Ok(Some(to_f(v)?)),
            None => Ok(*d),
        })
        .collect()
}

fn r_expovariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = float_args("expovariate", args, kw, &["lambd"], &[Some(1.0)])?;
    let lambd = a[0].unwrap();
    let u = with_rng(rng, |r| r.random());
    if lambd == 0.0 {
        return Err(molt_runtime::exceptions::zero_division("float division by zero"));
    }
    Ok(Value::float(-(1.0 - u).ln() / lambd))
}

fn r_triangular(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = float_args("triangular", args, kw, &["low", "high", "mode"], &[Some(0.0), Some(1.0), Some(f64::NAN)])?;
    let (mut low, mut high) = (a[0].unwrap(), a[1].unwrap());
    let mode = a[2].filter(|m| !m.is_nan());
    let mut u = with_rng(rng, |r| r.random());
    let mut c = match mode {
        None => 0.5,
        Some(m) => {
            if high == low {
                return Ok(Value::float(low));
            }
            (m - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::float(low + (high - low) * (u * c).sqrt()))
}

fn r_lognormvariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = float_args("lognormvariate", args, kw, &["mu", "sigma"], &[None, None])?;
    Ok(Value::float(with_rng(rng, |r| r.normalvariate(a[0].unwrap(), a[1].unwrap())).exp()))
}

fn r_paretovariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = float_args("paretovariate", args, kw, &["alpha"], &[None])?;
    let u = 1.0 - with_rng(rng, |r| r.random());
    Ok(Value::float(u.powf(-1.0 / a[0].unwrap())))
}

fn r_weibullvariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = float_args("weibullvariate", args, kw, &["alpha", "beta"], &[None, None])?;
    let u = 1.0 - with_rng(rng, |r| r.random());
    Ok(Value::float(a[0].unwrap() * (-u.ln()).powf(1.0 / a[1].unwrap())))
}

fn r_randbytes(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("randbytes", args, 1, 1)?;
    let n = ops::index_of(&args[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    Ok(molt_runtime::bytes_new(with_rng(rng, |r| r.randbytes(n as usize))))
}

fn r_uniform(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("uniform", args, 2, 2)?;
    let (a, b) = (to_f(&args[0])?, to_f(&args[1])?);
    Ok(Value::float(with_rng(rng, |r| r.uniform(a, b))))
}

fn r_gauss(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("gauss", args, kw, &["mu", "sigma"], 0)?;
    let mu = match &a[0] {
        Some(v) => to_f(v)?,
        None => 0.0,
    };
    let sigma = match &a[1] {
        Some(v) => to_f(v)?,
        None => 1.0,
    };
    Ok(Value::float(with_rng(rng, |r| r.gauss(mu, sigma))))
}

fn r_normalvariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("normalvariate", args, kw, &["mu", "sigma"], 0)?;
    let mu = match &a[0] {
        Some(v) => to_f(v)?,
        None => 0.0,
    };
    let sigma = match &a[1] {
        Some(v) => to_f(v)?,
        None => 1.0,
    };
    Ok(Value::float(with_rng(rng, |r| r.normalvariate(mu, sigma))))
}

fn r_sample(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("sample", args, kw, &["population", "k"], 2)?;
    let pop = molt_runtime::builtins::seq::collect(a[0].as_ref().unwrap())?;
    let k = ops::index_of(a[1].as_ref().unwrap())?;
    if k < 0 {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let idx = with_rng(rng, |r| r.sample_indices(pop.len(), k as usize)).map_err(rng_err)?;
    Ok(molt_runtime::list_new(idx.into_iter().map(|i| pop[i].clone()).collect()))
}

fn r_choices(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("choices", args, kw, &["population", "weights", "cum_weights", "k"], 1)?;
    let pop = molt_runtime::builtins::seq::collect(a[0].as_ref().unwrap())?;
    let k = match &a[3] {
        Some(v) => ops::index_of(v)?.max(0) as usize,
        None => 1,
    };
    let n = pop.len();
    let weights = a[1].clone().filter(|v| !v.is_none());
    let cum = a[2].clone().filter(|v| !v.is_none());
    if weights.is_none() && cum.is_none() {
        let idx = with_rng(rng, |r| r.choices_indices(n, k));
        let mut out = Vec::new();
        for i in idx {
            match pop.get(i) {
                Some(v) => out.push(v.clone()),
                None => return Err(molt_runtime::exceptions::index_error("list index out of range")),
            }
        }
        return Ok(molt_runtime::list_new(out));
    }
    if weights.is_some() && cum.is_some() {
        return Err(type_error("Cannot specify both weights and cumulative weights"));
    }
    let cum_weights: Vec<Value> = match (weights, cum) {
        (Some(w), _) => {
            let mut acc: Option<Value> = None;
            let mut out = Vec::new();
            for x in molt_runtime::builtins::seq::collect(&w)? {
                let next = match &acc {
                    None => x,
                    Some(a) => ops::binary_op(a, &x, ops::BinOp::Add)?,
                };
                out.push(next.clone());
                acc = Some(next);
            }
            out
        }
        (None, Some(c)) => molt_runtime::builtins::seq::collect(&c)?,
        _ => unreachable!(),
    };
    if cum_weights.len() != n {
        return Err(value_error("The number of weights does not match the population"));
    }
    let total = to_f(cum_weights.last().ok_or_else(|| molt_runtime::exceptions::index_error("list index out of range"))?)?;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let cw: Vec<f64> = cum_weights.iter().map(to_f).collect::<PyResult<_>>()?;
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = with_rng(rng, |r| r.random()) * total;
        // bisect_right(cum_weights, x, 0, hi)
        let (mut lo, mut h) = (0usize, hi);
        while lo < h {
            let mid = (lo + h) / 2;
            if x < cw[mid] {
                h = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(pop[lo].clone());
    }
    Ok(molt_runtime::list_new(out))
}

fn r_getstate(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("getstate", args, 0, 0)?;
    let (words, index, gauss) = with_rng(rng, |r| r.state());
    let mut items: Vec<Value> = words.into_iter().map(|w| Value::int(w as i64)).collect();
    items.push(Value::int(index as i64));
    Ok(molt_runtime::tuple_new(vec![
        Value::int(3),
        molt_runtime::tuple_new(items),
        gauss.map(Value::float).unwrap_or(Value::NONE),
    ]))
}

fn r_setstate(rng: usize, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("setstate", args, 1, 1)?;
    let parts = molt_runtime::builtins::seq::collect(&args[0])?;
    if parts.len() != 3 || int::as_i64(&parts[0]) != Some(3) {
        return Err(value_error("state with version 3 passed to Random.setstate() of version 3".to_string()));
    }
    let items = molt_runtime::builtins::seq::collect(&parts[1])?;
    let mut words = Vec::with_capacity(items.len());
    for v in &items {
        words.push(int::as_i64(v).ok_or_else(|| type_error("state vector items must be integers"))? as u32);
    }
    let index = words.pop().unwrap_or(0) as usize;
    let gauss = if parts[2].is_none() { None } else { Some(to_f(&parts[2])?) };
    with_rng(rng, |r| r.set_state(&words, index, gauss)).map_err(value_error)?;
    Ok(Value::NONE)
}

macro_rules! random_api {
    ($($py:literal => $imp:ident / $module_fn:ident / $method_fn:ident, $kw:literal;)*) => {
        $(
            fn $module_fn(args: &[Value], kw: &[Value]) -> PyResult<Value> {
                $imp(0, args, kw)
            }
            fn $method_fn(args: &[Value], kw: &[Value]) -> PyResult<Value> {
                let rng = rng_index(args.first())?;
                $imp(rng, &args[1..], kw)
            }
        )*
        fn random_functions() -> Vec<(&'static str, BuiltinImpl, BuiltinImpl, bool)> {
            vec![$(($py, $module_fn as BuiltinImpl, $method_fn as BuiltinImpl, $kw)),*]
        }
    };
}

random_api! {
    "seed" => r_seed / mod_seed / meth_seed, false;
    "random" => r_random / mod_random / meth_random, false;
    "getrandbits" => r_getrandbits / mod_getrandbits / meth_getrandbits, false;
    "randint" => r_randint / mod_randint / meth_randint, false;
    "randrange" => r_randrange / mod_randrange / meth_randrange, true;
    "choice" => r_choice / mod_choice / meth_choice, false;
    "shuffle" => r_shuffle / mod_shuffle / meth_shuffle, false;
    "uniform" => r_uniform / mod_uniform / meth_uniform, false;
    "gauss" => r_gauss / mod_gauss / meth_gauss, true;
    "normalvariate" => r_normalvariate / mod_normalvariate / meth_normalvariate, true;
    "expovariate" => r_expovariate / mod_expovariate / meth_expovariate, true;
    "triangular" => r_triangular / mod_triangular / meth_triangular, true;
    "lognormvariate" => r_lognormvariate / mod_lognormvariate / meth_lognormvariate, true;
    "paretovariate" => r_paretovariate / mod_paretovariate / meth_paretovariate, true;
    "weibullvariate" => r_weibullvariate / mod_weibullvariate / meth_weibullvariate, true;
    "randbytes" => r_randbytes / mod_randbytes / meth_randbytes, false;
    "sample" => r_sample / mod_sample / meth_sample, true;
    "choices" => r_choices / mod_choices / meth_choices, true;
    "getstate" => r_getstate / mod_getstate / meth_getstate, false;
    "setstate" => r_setstate / mod_setstate / meth_setstate, false;
}

fn rng_index(obj: Option<&Value>) -> PyResult<usize> {
    let Some(o) = obj else { return Err(type_error("Random method called without an instance")) };
    match molt_runtime::attr::getattr(o, &intern("_molt_rng")).ok().and_then(|v| int::as_i64(&v)) {
        Some(i) => Ok(i as usize),
        None => Err(type_error("Random method called on an uninitialized instance")),
    }
}

/// `Random.__init__(self, x=None)`: a new generator state for this instance.
fn random_init(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("Random", args, 1, 2)?;
    let idx = RNGS.with(|r| {
        let mut r = r.borrow_mut();
        r.push(molt_runtime::mt::Random::new_seeded_from_os());
        r.len() - 1
    });
    molt_runtime::attr::setattr(&args[0], &intern("_molt_rng"), Value::int(idx as i64))?;
    r_seed(idx, &args[1..], &[])?;
    Ok(Value::NONE)
}

fn random_module() -> Value {
    let mut items: Vec<(&str, Value)> = Vec::new();
    let mut ns = molt_runtime::dict::DictTable::new();
    ns.set_str(intern("__init__"), builtin("Random.__init__", random_init, false));
    for (name, module_fn, method_fn, kw) in random_functions() {
        items.push((name, builtin(name, module_fn, kw)));
        ns.set_str(intern(name), builtin(name, method_fn, kw));
    }
    let cls = molt_runtime::construct::make_class("Random", "Random", &molt_runtime::str_new("random"), vec![], ns)
        .expect("random.Random class");
    items.push(("Random", cls));
    module("random", items)
}
