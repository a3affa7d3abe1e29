//! Native modules implemented in Rust: `sys`, `math`, `time`, `random`.

use molt_runtime::builtins::builtin;
use molt_runtime::call::{bind_args, check_arity};
use molt_runtime::exceptions::{new_exc, type_error, value_error};
use molt_runtime::int;
use molt_runtime::object::*;
use molt_runtime::ops;
use molt_runtime::types::TypeId;
use molt_runtime::{intern, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{One, ToPrimitive};
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
    // A C int, as in CPython.
    let n = int::as_i64(&ops::number_index(&args[0])?)
        .and_then(|n| i32::try_from(n).ok())
        .ok_or_else(|| molt_runtime::exceptions::overflow_error(molt_runtime::mt::MSG_INT_TOO_LARGE))?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    crate::interp::set_recursion_limit(n as u32);
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

mod math;
use math::{int_arg, math_module, to_f};
pub use math::is_math_sqrt;

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
    molt_runtime::io::settle_stdout();
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
            // The C locale's date and time forms.
            'c' => out.push_str(&format!("{} {} {mday:>2} {hour:02}:{min:02}:{sec:02} {year}", &wname[..3], &mname[..3])),
            'x' => out.push_str(&format!("{mon:02}/{mday:02}/{:02}", year.rem_euclid(100))),
            'X' => out.push_str(&format!("{hour:02}:{min:02}:{sec:02}")),
            'R' => out.push_str(&format!("{hour:02}:{min:02}")),
            'r' => out.push_str(&format!("{:02}:{min:02}:{sec:02} {}", if hour % 12 == 0 { 12 } else { hour % 12 }, if hour < 12 { "AM" } else { "PM" })),
            'C' => out.push_str(&format!("{:02}", year.div_euclid(100))),
            'k' => out.push_str(&format!("{hour:>2}")),
            'l' => out.push_str(&format!("{:>2}", if hour % 12 == 0 { 12 } else { hour % 12 })),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            's' => out.push_str(&(days_from_civil(year, mon, mday) * 86400 + hour * 3600 + min * 60 + sec).to_string()),
            // Week numbers: the weeks starting on Sunday (%U) or Monday (%W) before the
            // first of that day count as week 0; ISO 8601 weeks and their year (%V, %G, %g).
            'U' => out.push_str(&format!("{:02}", (yday - 1 + 7 - (wday + 1).rem_euclid(7)) / 7)),
            'W' => out.push_str(&format!("{:02}", (yday - 1 + 7 - wday.rem_euclid(7)) / 7)),
            'V' => out.push_str(&format!("{:02}", iso_week(year, yday, wday).1)),
            'G' => out.push_str(&iso_week(year, yday, wday).0.to_string()),
            'g' => out.push_str(&format!("{:02}", iso_week(year, yday, wday).0.rem_euclid(100))),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    Ok(molt_runtime::str_from(out))
}

/// The ISO 8601 year and week of the day `yday` (1-based) of `year` falling on `wday`
/// (Monday 0): weeks start on Monday, and week 1 holds the year's first Thursday.
fn iso_week(year: i64, yday: i64, wday: i64) -> (i64, i64) {
    let weeks_in = |y: i64| {
        // 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday.
        let jan1 = (days_from_civil(y, 1, 1) + 3).rem_euclid(7);
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if jan1 == 3 || (leap && jan1 == 2) {
            53
        } else {
            52
        }
    };
    let week = (yday - (wday.rem_euclid(7) + 1) + 10).div_euclid(7);
    if week < 1 {
        (year - 1, weeks_in(year - 1))
    } else if week > weeks_in(year) {
        (year + 1, 1)
    } else {
        (year, week)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (the inverse of `civil_from_secs`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// What `%` directive `d` of `time.strptime` reads at the start of `s`: its value and the
/// bytes it took, or `None` when the text does not match. Numbers take as many digits as
/// the directive allows while the value stays in range (CPython's patterns prefer the
/// longest alternative), names match case-insensitively, longest first.
fn strptime_field(d: char, s: &str) -> Option<(i64, usize)> {
    let number = |max_digits: usize, lo: i64, hi: i64, exact: bool| -> Option<(i64, usize)> {
        let digits = s.bytes().take(max_digits).take_while(|b| b.is_ascii_digit()).count();
        if exact && digits < max_digits {
            return None;
        }
        (1..=digits).rev().map(|n| (s[..n].parse::<i64>().ok(), n)).find_map(|(v, n)| v.filter(|v| (lo..=hi).contains(v)).map(|v| (v, n)))
    };
    let name = |names: &[&str]| -> Option<(i64, usize)> {
        let lower = s.to_ascii_lowercase();
        let mut best: Option<(i64, usize)> = None;
        for (i, full) in names.iter().enumerate() {
            for cand in [*full, &full[..3]] {
                if lower.starts_with(&cand.to_ascii_lowercase()) && best.is_none_or(|(_, n)| cand.len() > n) {
                    best = Some((i as i64, cand.len()));
                }
            }
        }
        best
    };
    match d {
        'Y' => number(4, 0, 9999, true),
        'y' => number(2, 0, 99, true),
        'm' => number(2, 1, 12, false),
        'd' => match s.strip_prefix(' ') {
            Some(rest) if rest.bytes().next().is_some_and(|b| (b'1'..=b'9').contains(&b)) => Some((i64::from(rest.as_bytes()[0] - b'0'), 2)),
            _ => number(2, 1, 31, false),
        },
        'H' => number(2, 0, 23, false),
        'I' => number(2, 1, 12, false),
        'M' => number(2, 0, 59, false),
        'S' => number(2, 0, 61, false),
        'j' => number(3, 1, 366, false),
        'f' => number(6, 0, 999_999, false),
        'w' => number(1, 0, 6, false),
        'u' => number(1, 1, 7, false),
        'b' | 'B' | 'h' => name(&MONTHS),
        'a' | 'A' => name(&WEEKDAYS),
        'p' => {
            let l = s.get(..2)?.to_ascii_lowercase();
            match l.as_str() {
                "am" => Some((0, 2)),
                "pm" => Some((1, 2)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn t_strptime(args: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_arity("strptime", args, 1, 2)?;
    for (i, a) in args.iter().enumerate() {
        if !molt_runtime::is_str(a) {
            // (CPython's _strptime counts from 0 and shows the type's repr.)
            return Err(type_error(format!("strptime() argument {i} must be str, not <class '{}'>", molt_runtime::types::type_name(a))));
        }
    }
    let data = molt_runtime::str_of(&args[0]);
    let fmt = args.get(1).map_or("%a %b %d %H:%M:%S %Y", |f| molt_runtime::str_of(f));
    let mismatch = || value_error(format!("time data {} does not match format {}", molt_runtime::repr::str_repr(data), molt_runtime::repr::str_repr(fmt)));
    let (mut year, mut month, mut day, mut hour, mut min, mut sec) = (1900, 1, 1, 0, 0, 0);
    let (mut hour12, mut pm, mut yday): (Option<i64>, Option<bool>, Option<i64>) = (None, None, None);
    let (mut have_month, mut have_day) = (false, false);
    let mut rest = data;
    let mut f = fmt.chars().peekable();
    while let Some(c) = f.next() {
        if c.is_whitespace() {
            // Whitespace in the format matches any run of whitespace.
            while f.peek().is_some_and(|c| c.is_whitespace()) {
                f.next();
            }
            let skipped = rest.len() - rest.trim_start().len();
            if skipped == 0 {
                return Err(mismatch());
            }
            rest = &rest[skipped..];
            continue;
        }
        if c != '%' {
            let Some(r) = rest.strip_prefix(c).or_else(|| rest.strip_prefix(c.to_ascii_uppercase())).or_else(|| rest.strip_prefix(c.to_ascii_lowercase())) else {
                return Err(mismatch());
            };
            rest = r;
            continue;
        }
        let Some(d) = f.next() else {
            return Err(value_error(format!("stray % in format {}", molt_runtime::repr::str_repr(fmt))));
        };
        if d == '%' {
            rest = rest.strip_prefix('%').ok_or_else(mismatch)?;
            continue;
        }
        if !"YymdHIMSjfwubBhaAp".contains(d) {
            return Err(value_error(format!("'{d}' is a bad directive in format '%{d}'")));
        }
        let (v, n) = strptime_field(d, rest).ok_or_else(mismatch)?;
        rest = &rest[n..];
        match d {
            'Y' => year = v,
            'y' => year = if v <= 68 { 2000 + v } else { 1900 + v },
            'm' | 'b' | 'B' | 'h' => {
                month = if d == 'm' { v } else { v + 1 };
                have_month = true;
            }
            'd' => {
                day = v;
                have_day = true;
            }
            'H' => hour = v,
            'I' => hour12 = Some(v),
            'p' => pm = Some(v == 1),
            'M' => min = v,
            'S' => sec = v,
            'j' => yday = Some(v),
            // A weekday (%a %A %w %u) or fraction (%f) is checked but, with the date known,
            // not used: the weekday follows from the date, as in CPython.
            _ => {}
        }
    }
    if !rest.is_empty() {
        return Err(value_error(format!("unconverted data remains: {rest}")));
    }
    if let Some(h) = hour12 {
        hour = match pm {
            Some(true) => h % 12 + 12,
            _ => h % 12,
        };
    }
    if let (Some(j), false, false) = (yday, have_month, have_day) {
        let days = days_from_civil(year, 1, 1) + j - 1;
        let c = civil_from_secs(days * 86400);
        (year, month, day) = (c[0], c[1], c[2]);
    }
    if day > days_in_month(year, month) {
        return Err(value_error("day is out of range for month"));
    }
    let days = days_from_civil(year, month, day);
    let wd = (days + 3).rem_euclid(7);
    let yd = days - days_from_civil(year, 1, 1) + 1;
    let vals: Vec<Value> = [year, month, day, hour, min, sec, wd, yd, -1].iter().map(|x| Value::int(*x)).collect();
    Ok(STRUCT_TIME.with(|cls| struct_sequence(cls, vals)))
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
            ("strptime", f("strptime", t_strptime)),
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

// The distributions below follow CPython 3.12's random.py step for step: each draws from
// the generator in the same order and computes in the same float operations, so seeded
// results agree to the last bit.

fn gammavariate(r: &mut molt_runtime::mt::Random, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape
        // parameters", Applied Statistics 26 (1977).
        let log4 = 4.0f64.ln();
        let sg_magicconst = 1.0 + 4.5f64.ln();
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let (bbb, ccc) = (alpha - log4, alpha + ainv);
        loop {
            let u1 = r.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - r.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let t = bbb + ccc * v - x;
            if t + sg_magicconst - 4.5 * z >= 0.0 || t >= z.ln() {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - r.random()).ln() * beta);
    }
    // 0 < alpha < 1: algorithm GS (Kennedy and Gentle, Statistical Computing).
    let e = std::f64::consts::E;
    loop {
        let u = r.random();
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
        let u1 = r.random();
        let accept = if p > 1.0 { u1 <= x.powf(alpha - 1.0) } else { u1 <= (-x).exp() };
        if accept {
            return Ok(x * beta);
        }
    }
}

fn r_gammavariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = float_args("gammavariate", args, kw, &["alpha", "beta"], &[None, None])?;
    Ok(Value::float(with_rng(rng, |r| gammavariate(r, a[0].unwrap(), a[1].unwrap()))?))
}

fn r_betavariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = float_args("betavariate", args, kw, &["alpha", "beta"], &[None, None])?;
    with_rng(rng, |r| {
        let y = gammavariate(r, a[0].unwrap(), 1.0)?;
        if y == 0.0 {
            return Ok(Value::float(0.0));
        }
        Ok(Value::float(y / (y + gammavariate(r, a[1].unwrap(), 1.0)?)))
    })
}

fn r_vonmisesvariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = float_args("vonmisesvariate", args, kw, &["mu", "kappa"], &[None, None])?;
    let (mu, kappa) = (a[0].unwrap(), a[1].unwrap());
    let two_pi = 2.0 * std::f64::consts::PI;
    Ok(with_rng(rng, |r| {
        if kappa <= 1e-6 {
            return Value::float(two_pi * r.random());
        }
        let s = 0.5 / kappa;
        let rr = s + (1.0 + s * s).sqrt();
        let z = loop {
            let z = (std::f64::consts::PI * r.random()).cos();
            let d = z / (rr + z);
            let u2 = r.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / rr;
        let f = (q + z) / (1.0 + q * z);
        let theta = if r.random() > 0.5 { mu + f.acos() } else { mu - f.acos() };
        Value::float(ops::float_floor_div_mod(theta, two_pi).1)
    }))
}

/// `binomialvariate(n=1, p=0.5)`. `n` must be an int here (random.py would also take a
/// float through its arithmetic).
fn r_binomialvariate(rng: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("binomialvariate", args, kw, &["n", "p"], 0)?;
    let n = match &a[0] {
        Some(v) => int_arg(v, "binomialvariate")?
            .to_i64()
            .ok_or_else(|| molt_runtime::exceptions::overflow_error("Python int too large to convert to C long"))?,
        None => 1,
    };
    let p = match &a[1] {
        Some(v) => to_f(v)?,
        None => 0.5,
    };
    with_rng(rng, |r| binomialvariate(r, n, p)).map(Value::int)
}

fn binomialvariate(r: &mut molt_runtime::mt::Random, n: i64, p: f64) -> PyResult<i64> {
    if n < 0 {
        return Err(value_error("n must be non-negative"));
    }
    if p <= 0.0 || p >= 1.0 {
        if p == 0.0 {
            return Ok(0);
        }
        if p == 1.0 {
            return Ok(n);
        }
        return Err(value_error("p must be in the range 0.0 <= p <= 1.0"));
    }
    if n == 1 {
        return Ok((r.random() < p) as i64);
    }
    if p > 0.5 {
        return Ok(n - binomialvariate(r, n, 1.0 - p)?);
    }
    let nf = n as f64;
    if nf * p < 10.0 {
        // Devroye's geometric method, O(np).
        let c = (1.0 - p).log2();
        if c == 0.0 {
            return Ok(0);
        }
        let (mut x, mut y) = (0i64, 0i64);
        loop {
            let step = (r.random().log2() / c).floor();
            if !step.is_finite() {
                return Err(molt_runtime::exceptions::overflow_error("cannot convert float infinity to integer"));
            }
            y = y.saturating_add(step as i64).saturating_add(1);
            if y > n {
                return Ok(x);
            }
            x += 1;
        }
    }
    // BTRS: transformed rejection with squeeze (Hormann).
    let spq = (nf * p * (1.0 - p)).sqrt();
    let b = 1.15 + 2.53 * spq;
    let a = -0.0873 + 0.0248 * b + 0.01 * p;
    let c = nf * p + 0.5;
    let vr = 0.92 - 4.2 / b;
    let mut setup: Option<(f64, f64, f64, f64)> = None;
    loop {
        let u = r.random() - 0.5;
        let us = 0.5 - u.abs();
        let k = ((2.0 * a / us + b) * u + c).floor();
        if k < 0.0 || k > nf {
            continue;
        }
        let mut v = r.random();
        if us >= 0.07 && v <= vr {
            return Ok(k as i64);
        }
        let (alpha, lpq, m, h) = match setup {
            Some(s) => s,
            None => {
                let m = ((nf + 1.0) * p).floor();
                let s = ((2.83 + 5.1 / b) * spq, (p / (1.0 - p)).ln(), m, math::lgamma(m + 1.0)? + math::lgamma(nf - m + 1.0)?);
                setup = Some(s);
                s
            }
        };
        v *= alpha / (a / (us * us) + b);
        if v.ln() <= h - math::lgamma(k + 1.0)? - math::lgamma(nf - k + 1.0)? + (k - m) * lpq {
            return Ok(k as i64);
        }
    }
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
    "gammavariate" => r_gammavariate / mod_gammavariate / meth_gammavariate, true;
    "betavariate" => r_betavariate / mod_betavariate / meth_betavariate, true;
    "vonmisesvariate" => r_vonmisesvariate / mod_vonmisesvariate / meth_vonmisesvariate, true;
    "binomialvariate" => r_binomialvariate / mod_binomialvariate / meth_binomialvariate, true;
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
