//! bytes and bytearray: construction, decoding, and common methods.

use super::add_methods;
use crate::call::{bind_args, check_arity};
use crate::exceptions::{new_exc, type_error, value_error};
use crate::int;
use crate::object::*;
use crate::ops;
use crate::types::{type_name, TypeId};
use crate::value::Value;
use std::cell::RefCell;

pub fn bytes_data(v: &Value) -> PyResult<Vec<u8>> {
    match v.obj() {
        Some(Obj::Bytes(b)) => Ok(b.to_vec()),
        Some(Obj::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(v)))),
    }
}

fn from_source(args: &[Value], kwnames: &[Value], fname: &str) -> PyResult<Vec<u8>> {
    let a = bind_args(fname, args, kwnames, &["source", "encoding", "errors"], 0)?;
    let Some(src) = &a[0] else { return Ok(vec![]) };
    if let Some(Obj::Str(s)) = src.obj() {
        if a[1].is_none() {
            return Err(type_error("string argument without an encoding"));
        }
        let enc = crate::call::call(&crate::attr::getattr(src, &crate::intern("encode"))?, &[a[1].clone().unwrap()])?;
        let _ = s;
        return bytes_data(&enc);
    }
    if a[1].is_some() || a[2].is_some() {
        return Err(type_error(if a[1].is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
    }
    let instance = matches!(src.obj(), Some(Obj::Instance(_)));
    // bytes() asks the object's __bytes__ first (bytearray() does not).
    if instance && fname == "bytes" {
        if let Some(r) = crate::call::call_dunder(src, "__bytes__", &[])? {
            return match r.obj() {
                Some(Obj::Bytes(_)) => bytes_data(&r),
                _ => Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r)))),
            };
        }
    }
    // A count: that many zero bytes.
    if int::is_int(src) || (instance && crate::call::has_dunder(src, "__index__")) {
        let n = ops::index_of(src)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let mut v = crate::exceptions::try_vec(n as usize)?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if let Ok(d) = bytes_data(src) {
        return Ok(d);
    }
    // Anything else must be iterable; CPython words a failed iter() by the target type.
    let it = ops::get_iter(src).map_err(|e| {
        if crate::exceptions::matches(&e, TypeId::TypeError) {
            type_error(format!("cannot convert '{}' object to {fname}", type_name(src)))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(x) = ops::iter_next(&it)? {
        let i = ops::index_of(&x)?;
        if !(0..256).contains(&i) {
            // (CPython's bytearray says "byte", bytes says "bytes".)
            let what = if fname == "bytearray" { "byte" } else { "bytes" };
            return Err(value_error(format!("{what} must be in range(0, 256)")));
        }
        out.push(i as u8);
    }
    Ok(out)
}

pub fn bytes_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(crate::bytes_new(from_source(args, kwnames, "bytes")?))
}

pub fn bytearray_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::new(Obj::ByteArray(RefCell::new(from_source(args, kwnames, "bytearray")?))))
}

pub fn decode_utf8(data: &[u8], errors: &str) -> PyResult<Value> {
    match std::str::from_utf8(data) {
        Ok(s) => Ok(crate::str_new(s)),
        Err(e) => match errors {
            "replace" => Ok(crate::str_from(String::from_utf8_lossy(data).into_owned())),
            "ignore" => {
                let s: String = String::from_utf8_lossy(data).chars().filter(|c| *c != '\u{fffd}').collect();
                Ok(crate::str_from(s))
            }
            _ => {
                let pos = e.valid_up_to();
                Err(new_exc(
                    TypeId::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte",
                        data[pos]
                    ),
                ))
            }
        },
    }
}

/// A byte value: an int (or an object with `__index__`) in range(0, 256); ValueError for
/// any other int, big ones included.
fn byte_of(v: &Value) -> PyResult<u8> {
    let i = if int::is_int(v) { int::as_i64(v) } else { Some(ops::index_of(v)?) };
    match i {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => Err(value_error("byte must be in range(0, 256)")),
    }
}

pub fn bytes_contains(b: &[u8], item: &Value) -> PyResult<bool> {
    if int::is_int(item) || (matches!(item.obj(), Some(Obj::Instance(_))) && crate::call::has_dunder(item, "__index__")) {
        return Ok(b.contains(&byte_of(item)?));
    }
    let needle = bytes_data(item)?;
    if needle.is_empty() {
        return Ok(true);
    }
    Ok(b.windows(needle.len()).any(|w| w == &needle[..]))
}

pub fn bytearray_setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    let Some(Obj::ByteArray(b)) = obj.obj() else { unreachable!() };
    if let Some(Obj::Slice(sl)) = key.obj() {
        let data = match bytes_data(&value) {
            Ok(d) => d,
            // As CPython: numbers and str are refused outright, other non-iterables fail
            // the conversion to a bytearray.
            Err(_) if int::is_int(&value) || value.is_float() || crate::is_str(&value) => {
                return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            Err(_) if ops::get_iter(&value).is_err() => {
                return Err(type_error(format!("cannot convert '{}' object to bytearray", type_name(&value))));
            }
            Err(_) => from_source(std::slice::from_ref(&value), &[], "bytearray")?,
        };
        let mut b = b.borrow_mut();
        let (start, stop, step) = ops::slice_indices(&sl.start, &sl.stop, &sl.step, b.len() as i64)?;
        if step == 1 {
            let a = start.max(0) as usize;
            let e = (stop.max(start).max(0) as usize).min(b.len());
            b.splice(a..e, data);
            return Ok(());
        }
        let positions: Vec<usize> = ops::slice_positions(start, stop, step).collect();
        if positions.len() != data.len() {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                positions.len()
            )));
        }
        for (p, v) in positions.into_iter().zip(data) {
            b[p] = v;
        }
        return Ok(());
    }
    let i = ops::index_of(key)?;
    let v = byte_of(&value)? as i64;
    let mut b = b.borrow_mut();
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(crate::exceptions::index_error("bytearray index out of range"));
    }
    b[j as usize] = v as u8;
    Ok(())
}

fn b_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::bind_method("decode", args, kw, &["encoding", "errors"])?;
    let data = bytes_data(&args[0])?;
    let enc = super::opt_str_arg(&a[1], "decode", "encoding")?.map(|e| e.to_lowercase().replace('_', "-")).unwrap_or_else(|| "utf-8".into());
    let errors = super::opt_str_arg(&a[2], "decode", "errors")?.unwrap_or("strict").to_string();
    decode(&data, &enc, &errors)
}

/// Decodes `data` with the codec named `enc` (already lower-cased, `_` as `-`).
pub fn decode(data: &[u8], enc: &str, errors: &str) -> PyResult<Value> {
    match enc {
        "utf-8" | "utf8" => decode_utf8(data, errors),
        "utf-16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let mut d: &[u8] = data;
            let mut be = enc.ends_with("be");
            if enc == "utf-16" && d.len() >= 2 {
                if d[..2] == [0xff, 0xfe] {
                    d = &d[2..];
                } else if d[..2] == [0xfe, 0xff] {
                    d = &d[2..];
                    be = true;
                }
            }
            if !d.len().is_multiple_of(2) {
                return Err(new_exc(TypeId::UnicodeDecodeError, format!("'utf-16-le' codec can't decode byte 0x{:02x} in position {}: truncated data", d[d.len() - 1], d.len() - 1)));
            }
            let units: Vec<u16> = d.chunks(2).map(|c| if be { u16::from_be_bytes([c[0], c[1]]) } else { u16::from_le_bytes([c[0], c[1]]) }).collect();
            match String::from_utf16(&units) {
                Ok(s) => Ok(crate::str_from(s)),
                Err(_) if errors == "replace" => Ok(crate::str_from(String::from_utf16_lossy(&units))),
                Err(_) => Err(new_exc(TypeId::UnicodeDecodeError, "'utf-16-le' codec can't decode bytes: illegal UTF-16 surrogate".into())),
            }
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(crate::str_from(data.iter().map(|&c| c as char).collect())),
        "ascii" => {
            if let Some(p) = data.iter().position(|&c| c >= 128) {
                return Err(new_exc(
                    TypeId::UnicodeDecodeError,
                    format!("'ascii' codec can't decode byte 0x{:02x} in position {p}: ordinal not in range(128)", data[p]),
                ));
            }
            Ok(crate::str_from(data.iter().map(|&c| c as char).collect()))
        }
        _ => Err(new_exc(TypeId::LookupError, format!("unknown encoding: {enc}"))),
    }
}

fn b_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::bind_method("hex", args, kw, &["sep", "bytes_per_sep"])?;
    let data = bytes_data(&args[0])?;
    let hexes: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = a[1].clone() else { return Ok(crate::str_from(hexes.concat())) };
    let sep_s = match sep.obj() {
        Some(Obj::Str(s)) => s.s.to_string(),
        Some(Obj::Bytes(b)) => b.iter().map(|&c| c as char).collect(),
        _ => return Err(type_error("sep must be str or bytes.")),
    };
    if sep_s.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let per = match &a[2] {
        Some(v) => ops::index_of(v)?,
        None => 1,
    };
    if per == 0 || hexes.is_empty() {
        return Ok(crate::str_from(hexes.concat()));
    }
    let n = per.unsigned_abs() as usize;
    // Positive counts group from the right, negative from the left.
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = hexes.len() % n;
        if first > 0 {
            groups.push(hexes[..first].concat());
        }
        for chunk in hexes[first..].chunks(n) {
            groups.push(chunk.concat());
        }
    } else {
        for chunk in hexes.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    Ok(crate::str_from(groups.join(&sep_s)))
}

fn b_translate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // The table is positional-only.
    if args.len() - kw.len() < 2 {
        return Err(type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let a = super::bind_method("translate", args, kw, &["table", "delete"])?;
    let data = bytes_data(&args[0])?;
    let table = a[1].clone().unwrap();
    let table_data = if table.is_none() {
        None
    } else {
        let t = bytes_data(&table)?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match &a[2] {
        Some(d) => bytes_data(d)?,
        None => vec![],
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table_data {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    Ok(match args[0].obj() {
        Some(Obj::ByteArray(_)) => Value::new(Obj::ByteArray(RefCell::new(out))),
        _ => crate::bytes_new(out),
    })
}

fn ba_append(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::method_arity("append", args, super::Arity::One)?;
    let Some(Obj::ByteArray(b)) = args[0].obj() else { return Err(type_error("bytearray required")) };
    let v = byte_of(&args[1])?;
    b.borrow_mut().push(v);
    Ok(Value::NONE)
}
fn ba_extend(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::method_arity("extend", args, super::Arity::One)?;
    let Some(Obj::ByteArray(b)) = args[0].obj() else { return Err(type_error("bytearray required")) };
    let data = match bytes_data(&args[1]) {
        Ok(d) => d,
        Err(_) => from_source(&args[1..2], &[], "extend")?,
    };
    b.borrow_mut().extend(data);
    Ok(Value::NONE)
}

/// Bytes methods that mean the same as the str method over Latin-1 text: the arguments and
/// the result are converted between bytes and one-char-per-byte strings.
fn latin1(b: &[u8]) -> Value {
    crate::str_from(b.iter().map(|&c| c as char).collect())
}

fn to_text_arg(v: &Value) -> Value {
    match v.obj() {
        Some(Obj::Bytes(b)) => latin1(b),
        Some(Obj::ByteArray(b)) => latin1(&b.borrow()),
        Some(Obj::Tuple(t)) => crate::tuple_new(t.iter().map(to_text_arg).collect()),
        _ => v.clone(),
    }
}

fn from_text(v: Value, bytearray: bool) -> Value {
    match v.obj() {
        Some(Obj::Str(s)) => {
            let data: Vec<u8> = s.s.chars().map(|c| c as u32 as u8).collect();
            if bytearray {
                Value::new(Obj::ByteArray(RefCell::new(data)))
            } else {
                crate::bytes_new(data)
            }
        }
        Some(Obj::List(l)) => crate::list_new(l.borrow().iter().map(|x| from_text(x.clone(), bytearray)).collect()),
        Some(Obj::Tuple(t)) => crate::tuple_new(t.iter().map(|x| from_text(x.clone(), bytearray)).collect()),
        _ => v,
    }
}

fn bridge(args: &[Value], kw: &[Value], method: &str) -> PyResult<Value> {
    let bytearray = matches!(args.first().and_then(|v| v.obj()), Some(Obj::ByteArray(_)));
    let data = bytes_data(&args[0])?;
    for (i, a) in args[1..].iter().enumerate() {
        if crate::is_str(a) {
            // CPython words the first argument's error per method.
            return Err(type_error(match method {
                "find" | "rfind" | "index" | "rindex" | "count" if i == 0 => {
                    format!("argument should be integer or bytes-like object, not '{}'", type_name(a))
                }
                "startswith" | "endswith" if i == 0 => format!("{method} first arg must be bytes or a tuple of bytes, not {}", type_name(a)),
                _ => format!("a bytes-like object is required, not '{}'", type_name(a)),
            }));
        }
    }
    let mut conv: Vec<Value> = vec![latin1(&data)];
    conv.extend(args[1..].iter().map(to_text_arg));
    if matches!(method, "find" | "rfind" | "index" | "rindex" | "count") {
        if let Some(i) = args.get(1).and_then(crate::int::as_i64) {
            if !(0..256).contains(&i) {
                return Err(value_error("byte must be in range(0, 256)"));
            }
            conv[1] = crate::str_from(((i as u8) as char).to_string());
        }
    }
    let f = crate::types::lookup_in_class(&crate::types::type_obj(TypeId::Str), &crate::intern(method))
        .ok_or_else(|| type_error(format!("bytes has no method {method}")))?;
    // The str method's own argument errors name str where they name the type.
    let r = crate::call::call_kw(&f, &conv, kw).map_err(|e| {
        let prefix = format!("str.{method}(");
        match crate::exceptions::exc_str_default(&e.0) {
            Ok(m) if crate::exceptions::matches(&e, TypeId::TypeError) && m.starts_with(&prefix) => {
                type_error(format!("{}.{method}({}", type_name(&args[0]), &m[prefix.len()..]))
            }
            _ => e,
        }
    })?;
    Ok(from_text(r, bytearray))
}

macro_rules! bridged {
    ($($fname:ident => $m:literal),* $(,)?) => {
        $(fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> { bridge(args, kw, $m) })*
        const BRIDGED: &[super::MethodDef] = &[$((concat!("bytes.", $m), $fname, true)),*];
    };
}

bridged! {
    bb_strip => "strip", bb_lstrip => "lstrip", bb_rstrip => "rstrip", bb_split => "split", bb_rsplit => "rsplit",
    bb_splitlines => "splitlines", bb_replace => "replace", bb_find => "find", bb_rfind => "rfind", bb_index => "index",
    bb_rindex => "rindex", bb_count => "count", bb_startswith => "startswith", bb_endswith => "endswith",
    bb_partition => "partition", bb_rpartition => "rpartition", bb_center => "center", bb_ljust => "ljust",
    bb_rjust => "rjust", bb_zfill => "zfill", bb_removeprefix => "removeprefix", bb_removesuffix => "removesuffix",
    bb_expandtabs => "expandtabs",
}

fn b_join(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::method_arity("join", args, super::Arity::One)?;
    let sep = bytes_data(&args[0])?;
    let mut out = Vec::new();
    for (i, it) in super::seq::collect(&args[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(bytes_data(it).map_err(|_| type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(it))))?);
    }
    Ok(crate::bytes_new(out))
}

fn ascii_map(args: &[Value], f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let data = bytes_data(&args[0])?;
    let out = f(&data);
    Ok(match args[0].obj() {
        Some(Obj::ByteArray(_)) => Value::new(Obj::ByteArray(RefCell::new(out))),
        _ => crate::bytes_new(out),
    })
}
fn b_upper(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_map(args, |d| d.to_ascii_uppercase())
}
fn b_lower(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_map(args, |d| d.to_ascii_lowercase())
}
fn b_swapcase(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_map(args, |d| d.iter().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect())
}
fn b_title(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_map(args, |d| {
        let mut prev = false;
        d.iter()
            .map(|&c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn b_capitalize(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_map(args, |d| d.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
/// A predicate method of bytes and bytearray (no arguments besides the receiver).
fn ascii_pred(args: &[Value], name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let d = bytes_data(&args[0])?;
    check_arity(&format!("{}.{name}", type_name(&args[0])), &args[1..], 0, 0)?;
    Ok(Value::bool(f(&d)))
}
fn b_isalpha(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_pred(args, "isalpha", |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_alphabetic()))
}
fn b_isdigit(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_pred(args, "isdigit", |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_digit()))
}
fn b_isalnum(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_pred(args, "isalnum", |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_alphanumeric()))
}
fn b_isspace(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_pred(args, "isspace", |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_whitespace() || *c == 0x0b))
}
fn b_islower(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_pred(args, "islower", |d| d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase()))
}
fn b_isupper(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_pred(args, "isupper", |d| d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase()))
}
fn b_isascii(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_pred(args, "isascii", |d| d.is_ascii())
}
/// Titlecase: an uppercase letter only after an uncased byte, a lowercase one only after a
/// cased byte, and at least one cased byte.
fn b_istitle(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii_pred(args, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                (cased, prev_cased) = (true, true);
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                (cased, prev_cased) = (true, true);
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// `bytes.maketrans(frm, to)` (a static method of bytes and bytearray): the 256-byte table
/// `translate` takes, mapping each byte of `frm` to the byte of `to` at its position.
fn b_maketrans(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("maketrans", args, 2, 2)?;
    let (from, to) = (bytes_data(&args[0])?, bytes_data(&args[1])?);
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.into_iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(crate::bytes_new(table))
}

fn b_fromhex(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (cls, text) = match args.len() {
        2 => (Some(&args[0]), &args[1]),
        1 => (None, &args[0]),
        _ => return Err(type_error("fromhex() takes exactly one argument")),
    };
    let s = match text.obj() {
        Some(Obj::Str(s)) => &s.s,
        _ => return Err(type_error(format!("fromhex() argument must be str, not {}", type_name(text)))),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // Only ASCII whitespace separates digits (Python's set: it includes \v).
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"))),
            (Some(_), None) => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))),
        }
        i += 2;
    }
    let is_ba = cls.is_some_and(|c| crate::types::is_type(c, TypeId::ByteArray));
    Ok(if is_ba { Value::new(Obj::ByteArray(RefCell::new(out))) } else { crate::bytes_new(out) })
}

fn ba_pop(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::method_arity("pop", args, super::Arity::Clinic(0, 1))?;
    let Some(Obj::ByteArray(b)) = args[0].obj() else { return Err(type_error("bytearray required")) };
    let mut b = b.borrow_mut();
    if b.is_empty() {
        return Err(crate::exceptions::index_error("pop from empty bytearray"));
    }
    let n = b.len() as i64;
    let i = match args.get(1) {
        Some(v) => ops::index_of(v)?,
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(crate::exceptions::index_error("pop index out of range"));
    }
    Ok(Value::small_int(b.remove(j as usize) as i64))
}
fn ba_reverse(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Obj::ByteArray(b)) = args[0].obj() else { return Err(type_error("bytearray required")) };
    b.borrow_mut().reverse();
    Ok(Value::NONE)
}
fn ba_insert(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::method_arity("insert", args, super::Arity::Clinic(2, 2))?;
    let Some(Obj::ByteArray(b)) = args[0].obj() else { return Err(type_error("bytearray required")) };
    let i = ops::index_of(&args[1])?;
    let v = byte_of(&args[2])? as i64;
    let mut b = b.borrow_mut();
    let n = b.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(j as usize, v as u8);
    Ok(Value::NONE)
}
fn ba_clear(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Obj::ByteArray(b)) = args[0].obj() else { return Err(type_error("bytearray required")) };
    b.borrow_mut().clear();
    Ok(Value::NONE)
}
fn ba_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::new(Obj::ByteArray(RefCell::new(bytes_data(&args[0])?))))
}

pub(crate) fn register() {
    let common: &[super::MethodDef] = &[
        ("bytes.decode", b_decode, true),
        ("bytes.hex", b_hex, true),
        ("bytes.translate", b_translate, true),
        ("bytes.upper", super::no_args!("upper", b_upper), false),
        ("bytes.lower", super::no_args!("lower", b_lower), false),
        ("bytes.swapcase", super::no_args!("swapcase", b_swapcase), false),
        ("bytes.title", super::no_args!("title", b_title), false),
        ("bytes.capitalize", super::no_args!("capitalize", b_capitalize), false),
        ("bytes.isalpha", super::no_args!("isalpha", b_isalpha), false),
        ("bytes.isdigit", super::no_args!("isdigit", b_isdigit), false),
        ("bytes.isalnum", super::no_args!("isalnum", b_isalnum), false),
        ("bytes.isspace", super::no_args!("isspace", b_isspace), false),
        ("bytes.islower", super::no_args!("islower", b_islower), false),
        ("bytes.isupper", super::no_args!("isupper", b_isupper), false),
        ("bytes.isascii", super::no_args!("isascii", b_isascii), false),
        ("bytes.istitle", super::no_args!("istitle", b_istitle), false),
        ("bytes.maketrans", b_maketrans, false),
        ("bytes.join", b_join, false),
        ("bytes.fromhex", b_fromhex, false),
    ];
    for id in [TypeId::Bytes, TypeId::ByteArray] {
        add_methods(id, common);
        add_methods(id, BRIDGED);
        let c = crate::types::type_class(id);
        let mut d = c.dict.borrow_mut();
        if let Some(f) = d.get_str(&crate::intern("fromhex")) {
            d.set_str(crate::intern("fromhex"), Value::new(Obj::ClassMethod(f)));
        }
        if let Some(f) = d.get_str(&crate::intern("maketrans")) {
            d.set_str(crate::intern("maketrans"), Value::new(Obj::StaticMethod(f)));
        }
    }
    add_methods(
        TypeId::ByteArray,
        &[
            ("bytearray.append", ba_append, false),
            ("bytearray.extend", ba_extend, false),
            ("bytearray.pop", ba_pop, false),
            ("bytearray.reverse", super::no_args!("reverse", ba_reverse), false),
            ("bytearray.insert", ba_insert, false),
            ("bytearray.clear", super::no_args!("clear", ba_clear), false),
            ("bytearray.copy", super::no_args!("copy", ba_copy), false),
        ],
    );
}
