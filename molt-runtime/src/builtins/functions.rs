//! The builtin functions (`print`, `len`, `sorted`, …) and the `builtins` namespace.

use super::builtin;
use crate::call::{bind_args, call, check_arity, split_kw};
use crate::exceptions::{new_exc, type_error, value_error};
use crate::int;
use crate::object::*;
use crate::ops::{self, BinOp};
use crate::types::{self, type_name, type_obj, TypeId, ALL_TYPES, EXCEPTION_BASES, TYPE_NAMES};
use crate::value::Value;
use crate::{intern, str_of};
use std::cell::RefCell;

thread_local! {
    static STREAMS: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

fn stream_write(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("write", args, 2, 2)?;
    let s = match args[1].obj() {
        Some(Obj::Str(s)) => s,
        _ => return Err(type_error(format!("write() argument must be str, not {}", type_name(&args[1])))),
    };
    let fd = crate::attr::getattr(&args[0], &intern("_fd"))?;
    if int::as_i64(&fd) == Some(2) {
        crate::io::settle_stdout();
        crate::io::write_stderr(&s.s);
    } else {
        crate::io::write_stdout(&s.s)?;
    }
    Ok(Value::int(s.chars as i64))
}

fn stream_flush(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = args.first().and_then(|s| crate::attr::getattr(s, &intern("_fd")).ok()).unwrap_or(Value::NONE);
    if int::as_i64(&fd) == Some(2) {
        crate::io::settle_stdout();
    } else {
        crate::io::flush_stdout()?;
    }
    Ok(Value::NONE)
}

/// `sys.stdout` and `sys.stderr`: objects with `write` and `flush`.
pub fn std_streams() -> (Value, Value) {
    STREAMS.with(|s| {
        if let Some(v) = s.borrow().as_ref() {
            return v.clone();
        }
        let mut ns = crate::dict::DictTable::new();
        ns.set_str(intern("write"), builtin("TextIOWrapper.write", stream_write, false));
        ns.set_str(intern("flush"), builtin("TextIOWrapper.flush", stream_flush, false));
        let cls = crate::construct::make_class("TextIOWrapper", "TextIOWrapper", &crate::str_new("_io"), vec![], ns)
            .expect("stream class");
        let mk = |fd: i64, name: &str| {
            let o = crate::construct::construct(&cls, &[], &[]).expect("stream instance");
            let _ = crate::attr::setattr(&o, &intern("_fd"), Value::int(fd));
            let _ = crate::attr::setattr(&o, &intern("name"), crate::str_new(name));
            o
        };
        let pair = (mk(1, "<stdout>"), mk(2, "<stderr>"));
        *s.borrow_mut() = Some(pair.clone());
        pair
    })
}

fn print(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kwnames);
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, false);
    for (k, v) in kws {
        match k {
            "sep" => sep = Some(v.clone()),
            "end" => end = Some(v.clone()),
            "file" => file = Some(v.clone()),
            "flush" => flush = ops::truthy(v)?,
            _ => return Err(crate::call::invalid_keyword("print", k)),
        }
    }
    let text_arg = |v: Option<Value>, name: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => match v.obj() {
                Some(Obj::Str(s)) => Ok(s.s.to_string()),
                _ => Err(type_error(format!("{name} must be None or a string, not {}", type_name(&v)))),
            },
        }
    };
    let sep = text_arg(sep, "sep", " ")?;
    let end = text_arg(end, "end", "\n")?;
    let mut out = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.obj() {
            Some(Obj::Str(s)) => out.push_str(&s.s),
            _ => out.push_str(&crate::repr::str(a)?),
        }
    }
    out.push_str(&end);
    match file.filter(|f| !f.is_none()) {
        None => crate::io::write_stdout(&out)?,
        Some(f) => {
            let w = crate::attr::getattr(&f, &intern("write"))?;
            call(&w, &[crate::str_from(out)])?;
            if flush {
                if let Ok(fl) = crate::attr::getattr(&f, &intern("flush")) {
                    call(&fl, &[])?;
                }
            }
            return Ok(Value::NONE);
        }
    }
    if flush {
        crate::io::flush_stdout()?;
    }
    Ok(Value::NONE)
}

fn len(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("len", args, 1, 1)?;
    Ok(Value::int(ops::len(&args[0])? as i64))
}

fn repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("repr", args, 1, 1)?;
    Ok(crate::str_from(crate::repr::repr(&args[0])?))
}

fn ascii(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("ascii", args, 1, 1)?;
    Ok(crate::str_from(crate::repr::ascii(&args[0])?))
}

fn abs(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("abs", args, 1, 1)?;
    let v = &args[0];
    if let Some(i) = int::as_i64(v) {
        return Ok(int::from_i128((i as i128).abs()));
    }
    if v.is_float() {
        return Ok(Value::float(v.as_float().abs()));
    }
    if let Some(Obj::Int(b)) = v.obj() {
        use num_traits::Signed;
        return Ok(int::from_big(b.abs()));
    }
    if let Some(r) = crate::call::call_dunder(v, "__abs__", &[])? {
        return Ok(r);
    }
    Err(type_error(format!("bad operand type for abs(): '{}'", type_name(v))))
}

fn min_max(args: &[Value], kwnames: &[Value], name: &str, want_less: bool) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kwnames);
    let (mut key, mut default) = (None, None);
    for (k, v) in kws {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !k.is_none()),
            "default" => default = Some(v.clone()),
            _ => return Err(crate::call::invalid_keyword(name, k)),
        }
    }
    let items = match pos.len() {
        0 => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => super::seq::collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => call(f, std::slice::from_ref(&it))?,
            None => it.clone(),
        };
        best = Some(match best {
            None => (k, it),
            Some((bk, bv)) => {
                let op = if want_less { ops::CmpOp::Lt } else { ops::CmpOp::Gt };
                let better = match numbers_ordered(&k, &bk) {
                    Some(o) => o == if want_less { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater },
                    None => ops::truthy(&ops::compare(&k, &bk, op)?)?,
                };
                if better {
                    (k, it)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

/// How two small ints, or two floats of which neither is NaN, compare (`None` for anything
/// else, which the generic comparison decides).
fn numbers_ordered(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    if a.is_small_int() && b.is_small_int() {
        return Some(a.as_small_int().cmp(&b.as_small_int()));
    }
    if a.is_float() && b.is_float() {
        return a.as_float().partial_cmp(&b.as_float());
    }
    None
}

fn min(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(args, kw, "min", true)
}
fn max(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(args, kw, "max", false)
}

fn sum(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("sum", args, kw, &["iterable", "start"], 1)?;
    // CPython asks for the iterator before it looks at `start`.
    let mut it = Items::of(a[0].as_ref().unwrap())?;
    let mut result = a[1].clone().unwrap_or(Value::small_int(0));
    if crate::is_str(&result) {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(result.obj(), Some(Obj::Bytes(_))) {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    // CPython 3.12's algorithm: exact ints while the items are ints; once the running total
    // is a float, floats are added with Neumaier compensation and ints plainly; anything else
    // goes through `+`.
    loop {
        if result.is_small_int() {
            // Small ints add on a machine word while the total fits one.
            let mut acc = result.as_small_int();
            loop {
                it.add_small_ints(&mut acc);
                let Some(x) = it.next()? else { return Ok(Value::int(acc)) };
                if let Some(t) = x.is_small_int().then(|| acc.checked_add(x.as_small_int())).flatten() {
                    acc = t;
                    continue;
                }
                result = ops::binary_op(&Value::int(acc), &x, BinOp::Add)?;
                break;
            }
            continue;
        }
        if int::is_int(&result) && !result.is_bool() {
            let Some(x) = it.next()? else { return Ok(result) };
            result = ops::binary_op(&result, &x, BinOp::Add)?;
            continue;
        }
        if result.is_float() {
            let mut f = result.as_float();
            let mut c = 0.0f64;
            let mut tail: Option<Value> = None;
            while let Some(x) = it.next()? {
                if x.is_float() {
                    let xv = x.as_float();
                    let t = f + xv;
                    if f.abs() >= xv.abs() {
                        c += (f - t) + xv;
                    } else {
                        c += (xv - t) + f;
                    }
                    f = t;
                    continue;
                }
                if int::is_int(&x) {
                    if let Some(i) = int::as_i64(&x) {
                        f += i as f64;
                        continue;
                    }
                }
                tail = Some(x);
                break;
            }
            if c != 0.0 && c.is_finite() {
                f += c;
            }
            result = Value::float(f);
            match tail {
                None => return Ok(result),
                Some(x) => {
                    result = ops::binary_op(&result, &x, BinOp::Add)?;
                    continue;
                }
            }
        }
        let Some(x) = it.next()? else { return Ok(result) };
        result = ops::binary_op(&result, &x, BinOp::Add)?;
    }
}

/// The items `sum`, `any` and `all` take: those of a list or tuple read by index, as their iterators read
/// them (without making one), or those of any other iterable from its iterator.
enum Items {
    Seq(Value, usize),
    Iter(Value),
}

impl Items {
    fn of(v: &Value) -> PyResult<Items> {
        Ok(match v.obj() {
            Some(Obj::List(_) | Obj::Tuple(_)) => Items::Seq(v.clone(), 0),
            _ => Items::Iter(ops::get_iter(v)?),
        })
    }

    fn next(&mut self) -> PyResult<Option<Value>> {
        match self {
            Items::Seq(seq, i) => {
                let x = match seq.obj() {
                    Some(Obj::List(l)) => l.borrow().get(*i).cloned(),
                    Some(Obj::Tuple(t)) => t.get(*i).cloned(),
                    _ => None,
                };
                *i += x.is_some() as usize;
                Ok(x)
            }
            Items::Iter(it) => ops::iter_next(it),
        }
    }

    /// Adds the small ints that come next from a list or tuple to `acc` while the total
    /// fits a machine word (no Python code runs meanwhile, so the sequence stays as it is).
    fn add_small_ints(&mut self, acc: &mut i64) {
        let Items::Seq(seq, i) = self else { return };
        let add = |items: &[Value], i: &mut usize, acc: &mut i64| {
            for x in &items[(*i).min(items.len())..] {
                match x.is_small_int().then(|| acc.checked_add(x.as_small_int())).flatten() {
                    Some(t) => *acc = t,
                    None => return,
                }
                *i += 1;
            }
        };
        match seq.obj() {
            Some(Obj::List(l)) => add(&l.borrow(), i, acc),
            Some(Obj::Tuple(t)) => add(t, i, acc),
            _ => {}
        }
    }
}

fn any(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("any", args, 1, 1)?;
    let mut it = Items::of(&args[0])?;
    while let Some(x) = it.next()? {
        if ops::truthy(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn all(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("all", args, 1, 1)?;
    let mut it = Items::of(&args[0])?;
    while let Some(x) = it.next()? {
        if !ops::truthy(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn sorted(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {npos}")));
    }
    // CPython's sorted hands its keywords to list.sort, whose name its errors carry.
    let a = bind_args("sort", &args[1..], kw, &["key", "reverse"], 0)?;
    let mut items = super::seq::collect(&args[0])?;
    let key = a[0].clone().filter(|k| !k.is_none());
    let reverse = match &a[1] {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    super::sort::sort_values(&mut items, key.as_ref(), reverse)?;
    Ok(crate::list_new(items))
}

fn class_tuple_check(cls: &Value, fname: &str, test: &dyn Fn(&Value) -> bool) -> PyResult<bool> {
    if types::as_class(cls).is_some() {
        return Ok(test(cls));
    }
    if let Some(Obj::Tuple(t)) = cls.obj() {
        for c in t.iter() {
            if class_tuple_check(c, fname, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(members) = ops::union_members(cls)? {
        return class_tuple_check(&members, fname, test);
    }
    Err(type_error(if fname == "isinstance" {
        "isinstance() arg 2 must be a type, a tuple of types, or a union".to_string()
    } else {
        "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string()
    }))
}

fn isinstance(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("isinstance", args, 2, 2)?;
    let v = &args[0];
    Ok(Value::bool(class_tuple_check(&args[1], "isinstance", &|c| types::is_instance(v, c))?))
}

fn issubclass(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("issubclass", args, 2, 2)?;
    if types::as_class(&args[0]).is_none() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    let v = &args[0];
    Ok(Value::bool(class_tuple_check(&args[1], "issubclass", &|c| types::is_subclass(v, c))?))
}

fn attr_name<'a>(v: &'a Value, fname: &str) -> PyResult<&'a Value> {
    if crate::is_str(v) {
        Ok(v)
    } else {
        let _ = fname;
        Err(type_error(format!("attribute name must be string, not '{}'", type_name(v))))
    }
}

fn getattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("getattr", args, 2, 3)?;
    let name = attr_name(&args[1], "getattr")?;
    match crate::attr::getattr(&args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && crate::exceptions::matches(&e, TypeId::AttributeError) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("setattr", args, 3, 3)?;
    let name = attr_name(&args[1], "setattr")?;
    crate::attr::setattr(&args[0], name, args[2].clone())?;
    Ok(Value::NONE)
}

fn delattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("delattr", args, 2, 2)?;
    let name = attr_name(&args[1], "delattr")?;
    crate::attr::delattr(&args[0], name)?;
    Ok(Value::NONE)
}

fn hasattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1], "hasattr")?;
    Ok(Value::bool(crate::attr::hasattr(&args[0], name)?))
}

fn id(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("id", args, 1, 1)?;
    Ok(Value::int(args[0].id()))
}

fn hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("hash", args, 1, 1)?;
    Ok(Value::int(ops::hash(&args[0])?))
}

fn iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !crate::call::is_callable(&args[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(ops::new_iter(IterKind::Callable { f: args[0].clone(), sentinel: args[1].clone() }));
    }
    ops::get_iter(&args[0])
}

fn next(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("next", args, 1, 2)?;
    let it = &args[0];
    let is_iter = matches!(it.obj(), Some(Obj::Iter(_) | Obj::Generator(..)))
        || (matches!(it.obj(), Some(Obj::Instance(_))) && crate::call::has_dunder(it, "__next__"));
    if !is_iter {
        return Err(type_error(format!("'{}' object is not an iterator", type_name(it))));
    }
    if let Some(Obj::Instance(_)) = it.obj() {
        return match crate::call::call_dunder(it, "__next__", &[]) {
            Ok(v) => Ok(v.unwrap()),
            Err(e) if args.len() == 2 && crate::exceptions::matches(&e, TypeId::StopIteration) => Ok(args[1].clone()),
            Err(e) => Err(e),
        };
    }
    if let Some(Obj::Generator(..)) = it.obj() {
        return match (crate::call::hooks().resume_generator)(it, Value::NONE, None)? {
            crate::call::GenStep::Yield(v) => Ok(v),
            crate::call::GenStep::Return(v) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::call::stop_iteration(v)),
            },
        };
    }
    match ops::iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::call::stop_iteration(Value::NONE)),
        },
    }
}

fn chr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("chr", args, 1, 1)?;
    let i = ops::index_of(&args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(crate::char_str(c)),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("ord", args, 1, 1)?;
    match args[0].obj() {
        Some(Obj::Str(s)) => {
            if s.chars != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars
                )));
            }
            Ok(Value::int(s.s.chars().next().unwrap() as i64))
        }
        Some(Obj::Bytes(b)) if b.len() == 1 => Ok(Value::int(b[0] as i64)),
        _ => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(&args[0])
        ))),
    }
}

fn radix(args: &[Value], name: &str, spec: &str) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    let v = if int::is_int(&args[0]) {
        int::big(&args[0]).unwrap().into_owned()
    } else {
        num_bigint::BigInt::from(ops::index_of(&args[0])?)
    };
    Ok(crate::str_from(crate::numfmt::format_int(&v, spec).map_err(crate::fmt::numfmt_error)?))
}
fn hex(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix(args, "hex", "#x")
}
fn oct(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix(args, "oct", "#o")
}
fn bin(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix(args, "bin", "#b")
}

fn format(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) if crate::is_str(s) => str_of(s).to_string(),
        Some(s) => return Err(type_error(format!("format() argument 2 must be str, not {}", super::clinic_type_name(s)))),
        None => String::new(),
    };
    Ok(crate::str_from(crate::fmt::format_value(&args[0], &spec)?))
}

fn callable(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("callable", args, 1, 1)?;
    Ok(Value::bool(crate::call::is_callable(&args[0])))
}

fn divmod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if int::is_int(a) && int::is_int(b) {
        let q = ops::binary_op(a, b, BinOp::FloorDiv)?;
        let r = ops::binary_op(a, b, BinOp::Mod)?;
        return Ok(crate::tuple_new(vec![q, r]));
    }
    if let (Some(x), Some(y)) = (ops::to_f64_lossy(a), ops::to_f64_lossy(b)) {
        if !matches!(a.obj(), Some(Obj::Instance(_))) && !matches!(b.obj(), Some(Obj::Instance(_))) {
            if y == 0.0 {
                return Err(crate::exceptions::zero_division("float divmod()"));
            }
            let (q, r) = ops::float_floor_div_mod(x, y);
            return Ok(crate::tuple_new(vec![Value::float(q), Value::float(r)]));
        }
    }
    // Only user classes can add divmod support (builtin numbers were handled above).
    let is_ni = |r: &Value| matches!(r.obj(), Some(Obj::NotImplemented));
    let is_instance = |v: &Value| matches!(v.obj(), Some(Obj::Instance(_)));
    if is_instance(a) {
        if let Some(r) = crate::call::call_dunder(a, "__divmod__", std::slice::from_ref(b))? {
            if !is_ni(&r) {
                return Ok(r);
            }
        }
    }
    if is_instance(b) {
        if let Some(r) = crate::call::call_dunder(b, "__rdivmod__", std::slice::from_ref(a))? {
            if !is_ni(&r) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

fn pow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("pow", args, kw, &["base", "exp", "mod"], 2)?;
    let (x, y) = (a[0].clone().unwrap(), a[1].clone().unwrap());
    match &a[2] {
        Some(m) if !m.is_none() => {
            if int::is_int(&x) && int::is_int(&y) && int::is_int(m) {
                return int::int_pow_mod(&int::big(&x).unwrap(), &int::big(&y).unwrap(), &int::big(m).unwrap());
            }
            // Three-argument power of Python objects: only the base's __pow__(exp, mod) (it
            // has no reflected form).
            if matches!(x.obj(), Some(Obj::Instance(_))) {
                if let Some(r) = crate::call::call_dunder(&x, "__pow__", &[y.clone(), m.clone()])? {
                    if !matches!(r.obj(), Some(Obj::NotImplemented)) {
                        return Ok(r);
                    }
                }
            }
            let number = |v: &Value| int::is_int(v) || v.is_float();
            if number(&x) && number(&y) && number(m) {
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            Err(type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                type_name(&x),
                type_name(&y),
                type_name(m)
            )))
        }
        _ => ops::binary_op(&x, &y, BinOp::Pow),
    }
}

fn round(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("round", args, kw, &["number", "ndigits"], 1)?;
    let x = a[0].clone().unwrap();
    let nd = a[1].clone().filter(|v| !v.is_none());
    if x.is_float() {
        let f = x.as_float();
        return match nd {
            None => {
                if f.is_nan() {
                    return Err(value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(crate::exceptions::overflow_error("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                super::int::to_int(&Value::float(r))
            }
            Some(n) => {
                let n = ops::index_of(&n)?;
                Ok(Value::float(crate::numfmt::round_float_checked(f, n).map_err(crate::fmt::numfmt_error)?))
            }
        };
    }
    if int::is_int(&x) {
        let v = if x.is_bool() { Value::small_int(x.as_bool() as i64) } else { x.clone() };
        return match nd {
            None => Ok(v),
            Some(n) => {
                let n = ops::index_of(&n)?;
                if n >= 0 {
                    return Ok(v);
                }
                // Round half to even at 10**-n.
                use num_integer::Integer;
                let b = int::big(&v).unwrap().into_owned();
                let p = num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), (-n) as u32);
                let (q, r) = b.div_mod_floor(&p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
                Ok(int::from_big(q * p))
            }
        };
    }
    let mut cargs = vec![];
    if let Some(n) = nd {
        cargs.push(n);
    }
    match crate::call::call_dunder(&x, "__round__", &cargs)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("type {} doesn't define __round__ method", type_name(&x)))),
    }
}

/// The builtin `globals` called other than as `globals()` in the program's own code (which
/// compiles to its own instruction and never calls this): Molt refuses such programs up
/// front, so only a call through the builtins dict gets here.
fn globals(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(crate::exceptions::runtime_error("Molt supports globals() only as a direct call"))
}

fn locals(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(crate::exceptions::runtime_error("Molt supports locals() only as a direct call"))
}

fn vars(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(crate::exceptions::runtime_error("Molt supports vars() without an argument only as a direct call"));
    }
    check_arity("vars", args, 0, 1)?;
    crate::attr::getattr(&args[0], &intern("__dict__"))
        .map_err(|_| type_error("vars() argument must have __dict__ attribute"))
}

pub fn dir(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("dir", args, 1, 1)?;
    let v = &args[0];
    // An instance whose class defines __dir__: its answer, as a sorted list.
    if matches!(v.obj(), Some(Obj::Instance(_))) {
        if let Some(r) = crate::call::call_dunder(v, "__dir__", &[])? {
            let mut items = super::seq::collect(&r)?;
            super::sort::sort_values(&mut items, None, false)?;
            return Ok(crate::list_new(items));
        }
    }
    let mut names: Vec<String> = Vec::new();
    let mut add_table = |t: &crate::dict::DictTable| {
        for (k, _) in t.iter() {
            let s = str_of(k).to_string();
            if !names.contains(&s) {
                names.push(s);
            }
        }
    };
    match v.obj() {
        Some(Obj::Instance(i)) => add_table(&i.table().borrow()),
        Some(Obj::Module(m)) => {
            if let Some(Obj::Dict(d)) = m.dict.obj() {
                add_table(&d.borrow());
            }
        }
        _ => {}
    }
    if !matches!(v.obj(), Some(Obj::Module(_))) {
        let cls = if types::as_class(v).is_some() { v.clone() } else { types::type_of(v) };
        let mut chain = vec![cls.clone()];
        chain.extend(types::as_class(&cls).unwrap().mro.borrow().iter().cloned());
        for c in chain {
            add_table(&types::as_class(&c).unwrap().dict.borrow());
        }
    }
    names.sort();
    Ok(crate::list_new(names.into_iter().map(crate::str_from).collect()))
}

fn input(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        crate::io::write_stdout(&crate::repr::str(p)?)?;
    }
    crate::io::flush_stdout()?;
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(new_exc(TypeId::EOFError, "EOF when reading a line".into())),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(crate::str_from(line))
        }
    }
}

/// The word of the `len` builtin that programs call, for compiled code that reads the length
/// of a str, list or tuple itself behind an identity check on the callee; 0 until set. The
/// object it names is kept for the rest of the process (one reference is never released), so
/// no other object can come to live at its address.
#[export_name = "molt_len_builtin"]
pub static LEN_BUILTIN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Makes `ns`'s `len` the one compiled code checks for (the first namespace offered wins).
pub fn pin_len_builtin(ns: &crate::dict::DictTable) {
    use std::sync::atomic::Ordering::SeqCst;
    if let Some(v) = ns.get_str(&intern("len")) {
        if LEN_BUILTIN.compare_exchange(0, v.bits(), SeqCst, SeqCst).is_ok() {
            std::mem::forget(v);
        }
    }
}

/// The `builtins` namespace: functions, types and exception classes.
pub fn builtins_namespace() -> crate::dict::DictTable {
    let mut d = crate::dict::DictTable::new();
    let fns: &[(&'static str, BuiltinImpl, bool)] = &[
        ("print", print, true),
        ("len", len, false),
        ("repr", repr, false),
        ("ascii", ascii, false),
        ("abs", abs, false),
        ("min", min, true),
        ("max", max, true),
        ("sum", sum, true),
        ("any", any, false),
        ("all", all, false),
        ("sorted", sorted, true),
        ("isinstance", isinstance, false),
        ("issubclass", issubclass, false),
        ("getattr", getattr, false),
        ("setattr", setattr, false),
        ("delattr", delattr, false),
        ("hasattr", hasattr, false),
        ("id", id, false),
        ("hash", hash, false),
        ("iter", iter, false),
        ("next", next, false),
        ("chr", chr, false),
        ("ord", ord, false),
        ("hex", hex, false),
        ("oct", oct, false),
        ("bin", bin, false),
        ("format", format, false),
        ("callable", callable, false),
        ("divmod", divmod, false),
        ("pow", pow, true),
        ("round", round, true),
        ("vars", vars, false),
        ("globals", globals, false),
        ("locals", locals, false),
        ("dir", dir, false),
        ("input", input, false),
    ];
    for (name, f, kw) in fns {
        d.set_str(intern(name), builtin(name, *f, *kw));
    }
    for id in ALL_TYPES {
        let name = TYPE_NAMES[id as usize];
        let public = matches!(
            id,
            TypeId::Object
                | TypeId::Type
                | TypeId::Int
                | TypeId::Bool
                | TypeId::Float
                | TypeId::Str
                | TypeId::Bytes
                | TypeId::ByteArray
                | TypeId::List
                | TypeId::Tuple
                | TypeId::Dict
                | TypeId::Set
                | TypeId::FrozenSet
                | TypeId::Range
                | TypeId::Slice
                | TypeId::Property
                | TypeId::StaticMethod
                | TypeId::ClassMethod
                | TypeId::Super
                | TypeId::Enumerate
                | TypeId::Zip
                | TypeId::Map
                | TypeId::Filter
                | TypeId::Reversed
                | TypeId::BaseException
        ) || EXCEPTION_BASES.iter().any(|(t, _)| *t == id);
        if public {
            d.set_str(intern(name), type_obj(id));
        }
    }
    // Complex numbers are refused up front (literals and complex() calls), so no value is
    // one; the type exists for the tests programs make (`isinstance(x, complex)`).
    if let Ok(c) = crate::construct::make_class("complex", "complex", &crate::str_new("builtins"), vec![], crate::dict::DictTable::new()) {
        d.set_str(intern("complex"), c);
    }
    d.set_str(intern("None"), Value::NONE);
    d.set_str(intern("True"), Value::TRUE);
    d.set_str(intern("False"), Value::FALSE);
    d.set_str(intern("NotImplemented"), crate::singleton_not_implemented());
    d.set_str(intern("Ellipsis"), crate::singleton_ellipsis());
    d.set_str(intern("EnvironmentError"), type_obj(TypeId::OSError));
    d.set_str(intern("IOError"), type_obj(TypeId::OSError));
    d
}
