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
    if int::is_int(src) {
        let n = ops::index_of(src)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if let Ok(d) = bytes_data(src) {
        return Ok(d);
    }
    let mut out = Vec::new();
    for x in super::seq::collect(src)? {
        let i = ops::index_of(&x)?;
        if !(0..256).contains(&i) {
            return Err(value_error("bytes must be in range(0, 256)"));
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

pub fn bytes_contains(b: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(i) = int::as_i64(item) {
        if !(0..256).contains(&i) {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        return Ok(b.contains(&(i as u8)));
    }
    let needle = bytes_data(item)?;
    if needle.is_empty() {
        return Ok(true);
    }
    Ok(b.windows(needle.len()).any(|w| w == &needle[..]))
}

pub fn bytearray_setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    let Some(Obj::ByteArray(b)) = obj.obj() else { unreachable!() };
    let i = ops::index_of(key)?;
    let v = ops::index_of(&value)?;
    if !(0..256).contains(&v) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
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
    let a = bind_args("decode", args, kw, &["self", "encoding", "errors"], 1)?;
    let data = bytes_data(&args[0])?;
    let enc = a[1].as_ref().map(|v| crate::str_of(v).to_lowercase().replace('_', "-")).unwrap_or_else(|| "utf-8".into());
    let errors = a[2].as_ref().map(|v| crate::str_of(v).to_string()).unwrap_or_else(|| "strict".into());
    match enc.as_str() {
        "utf-8" | "utf8" => decode_utf8(&data, &errors),
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

fn b_hex(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = bytes_data(&args[0])?;
    Ok(crate::str_from(data.iter().map(|b| format!("{b:02x}")).collect()))
}

fn b_count(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("count", args, 2, 2)?;
    let data = bytes_data(&args[0])?;
    let needle = match int::as_i64(&args[1]) {
        Some(i) => vec![i as u8],
        None => bytes_data(&args[1])?,
    };
    if needle.is_empty() {
        return Ok(Value::int(data.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= data.len() {
        if data[i..i + needle.len()] == needle[..] {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::int(n))
}

fn b_find(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("find", args, 2, 2)?;
    let data = bytes_data(&args[0])?;
    let needle = match int::as_i64(&args[1]) {
        Some(i) => vec![i as u8],
        None => bytes_data(&args[1])?,
    };
    if needle.is_empty() {
        return Ok(Value::small_int(0));
    }
    Ok(Value::int(data.windows(needle.len()).position(|w| w == &needle[..]).map(|p| p as i64).unwrap_or(-1)))
}

fn b_startswith(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("startswith", args, 2, 2)?;
    Ok(Value::bool(bytes_data(&args[0])?.starts_with(&bytes_data(&args[1])?)))
}
fn b_endswith(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("endswith", args, 2, 2)?;
    Ok(Value::bool(bytes_data(&args[0])?.ends_with(&bytes_data(&args[1])?)))
}
fn b_upper(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::bytes_new(bytes_data(&args[0])?.to_ascii_uppercase()))
}
fn b_lower(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::bytes_new(bytes_data(&args[0])?.to_ascii_lowercase()))
}
fn b_join(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("join", args, 2, 2)?;
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
fn b_split(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("split", args, 1, 2)?;
    let data = bytes_data(&args[0])?;
    let parts: Vec<Value> = match args.get(1) {
        Some(sep) if !sep.is_none() => {
            let sep = bytes_data(sep)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= data.len() {
                if data[i..i + sep.len()] == sep[..] {
                    out.push(crate::bytes_new(data[start..i].to_vec()));
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(crate::bytes_new(data[start..].to_vec()));
            out
        }
        _ => data
            .split(|c| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| crate::bytes_new(p.to_vec()))
            .collect(),
    };
    Ok(crate::list_new(parts))
}
fn b_strip(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = bytes_data(&args[0])?;
    let s = data.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(data.len());
    let e = data.iter().rposition(|c| !c.is_ascii_whitespace()).map(|p| p + 1).unwrap_or(s);
    Ok(crate::bytes_new(data[s..e.max(s)].to_vec()))
}
fn ba_append(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("append", args, 2, 2)?;
    let Some(Obj::ByteArray(b)) = args[0].obj() else { return Err(type_error("bytearray required")) };
    let v = ops::index_of(&args[1])?;
    if !(0..256).contains(&v) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    b.borrow_mut().push(v as u8);
    Ok(Value::NONE)
}
fn ba_extend(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("extend", args, 2, 2)?;
    let Some(Obj::ByteArray(b)) = args[0].obj() else { return Err(type_error("bytearray required")) };
    let data = match bytes_data(&args[1]) {
        Ok(d) => d,
        Err(_) => from_source(&args[1..2], &[], "extend")?,
    };
    b.borrow_mut().extend(data);
    Ok(Value::NONE)
}

pub(crate) fn register() {
    let common: &[super::MethodDef] = &[
        ("bytes.decode", b_decode, true),
        ("bytes.hex", b_hex, false),
        ("bytes.count", b_count, false),
        ("bytes.find", b_find, false),
        ("bytes.startswith", b_startswith, false),
        ("bytes.endswith", b_endswith, false),
        ("bytes.upper", b_upper, false),
        ("bytes.lower", b_lower, false),
        ("bytes.join", b_join, false),
        ("bytes.split", b_split, false),
        ("bytes.strip", b_strip, false),
    ];
    add_methods(TypeId::Bytes, common);
    add_methods(TypeId::ByteArray, common);
    add_methods(TypeId::ByteArray, &[("bytearray.append", ba_append, false), ("bytearray.extend", ba_extend, false)]);
}
