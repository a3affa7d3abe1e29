//! Text formatting of values: `format()` / `__format__`, f-string fields, `str.format`, and the
//! `%` operator.

use crate::exceptions::{new_exc, type_error, value_error};
use crate::int;
use crate::numfmt::{self, PercentSpec};
use crate::object::*;
use crate::ops;
use crate::types::{type_name, TypeId};
use crate::value::Value;
use crate::{intern, str_of};

/// Maps numfmt's error convention ("Name: message" for non-ValueErrors) to an exception.
pub fn numfmt_error(msg: String) -> Exc {
    for (prefix, id) in [
        ("OverflowError: ", TypeId::OverflowError),
        ("MemoryError: ", TypeId::MemoryError),
        ("TypeError: ", TypeId::TypeError),
    ] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            return new_exc(id, rest.to_string());
        }
    }
    value_error(msg)
}

/// `format(v, spec)`.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if v.is_bool() {
        if spec.is_empty() {
            return crate::repr::str(v);
        }
        return numfmt::format_int_named(v.as_bool() as i64, spec, "bool").map_err(numfmt_error);
    }
    if int::is_int(v) {
        if spec.is_empty() {
            return crate::repr::str(v);
        }
        if v.is_small_int() {
            return numfmt::format_int(v.as_small_int(), spec).map_err(numfmt_error);
        }
        return numfmt::format_int(&*int::big(v).unwrap(), spec).map_err(numfmt_error);
    }
    if v.is_float() {
        return numfmt::format_float(v.as_float(), spec).map_err(numfmt_error);
    }
    match v.obj() {
        Some(Obj::Str(s)) => numfmt::format_str(&s.s, spec).map_err(numfmt_error),
        Some(Obj::Instance(_)) => {
            let cls = crate::types::type_of(v);
            if let Some(m) = crate::types::lookup_in_class(&cls, &crate::intern_static("__format__")) {
                if !matches!(m.obj(), Some(Obj::Builtin(_))) {
                    let r = crate::call::call_method_value(&m, v, &[crate::str_new(spec)], &[])?;
                    return match r.obj() {
                        Some(Obj::Str(s)) => Ok(s.s.to_string()),
                        _ => Err(type_error(format!("__format__ must return a str, not {}", type_name(&r)))),
                    };
                }
            }
            if spec.is_empty() {
                return crate::repr::str(v);
            }
            Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(v))))
        }
        _ => {
            if spec.is_empty() {
                return crate::repr::str(v);
            }
            Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(v))))
        }
    }
}

/// An f-string field: conversion ('s', 'r', 'a' or none) then format spec.
pub fn format_field(v: &Value, conversion: char, spec: &str) -> PyResult<Value> {
    let converted;
    let v = if matches!(conversion, 's' | 'r' | 'a') {
        converted = convert_field(v, conversion)?;
        &converted
    } else {
        v
    };
    if spec.is_empty() && crate::is_str(v) {
        return Ok(v.clone());
    }
    Ok(crate::str_from(format_value(v, spec)?))
}

// ---------------------------------------------------------------- str.format

/// Field numbering in a format string: not yet decided, automatic (next index), or manual.
enum Numbering {
    Unknown,
    Automatic(usize),
    Manual,
}

/// A field name or item key made only of decimal digits (any script's, as CPython's
/// `get_integer`) as an index; `None` for anything else.
fn field_index(s: &str) -> PyResult<Option<usize>> {
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = numfmt::unicode_decimal(c) else { return Ok(None) };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok((!s.is_empty()).then_some(acc))
}

fn field_value(field: &str, args: &[Value], kwargs: &dyn Fn(&str) -> PyResult<Option<Value>>, auto: &mut Numbering) -> PyResult<Value> {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let (head, mut rest) = field.split_at(end);
    let mut v = if head.is_empty() {
        let i = match auto {
            Numbering::Manual => {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"))
            }
            Numbering::Unknown => {
                *auto = Numbering::Automatic(1);
                0
            }
            Numbering::Automatic(n) => {
                let i = *n;
                *n += 1;
                i
            }
        };
        args.get(i).cloned().ok_or_else(|| {
            new_exc(TypeId::IndexError, format!("Replacement index {i} out of range for positional args tuple"))
        })?
    } else if let Some(i) = field_index(head)? {
        if let Numbering::Automatic(_) = auto {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *auto = Numbering::Manual;
        args.get(i).cloned().ok_or_else(|| {
            new_exc(TypeId::IndexError, format!("Replacement index {i} out of range for positional args tuple"))
        })?
    } else {
        match kwargs(head)? {
            Some(v) => v,
            None => return Err(crate::exceptions::key_error(crate::str_new(head))),
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            if e == 0 {
                return Err(value_error("Empty attribute in format string"));
            }
            v = crate::attr::getattr(&v, &intern(&r[..e]))?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..e];
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let k = match field_index(key)? {
                Some(i) => Value::int(i as i64),
                None => crate::str_new(key),
            };
            v = ops::getitem(&v, &k)?;
            rest = &r[e + 1..];
        } else {
            return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

fn format_template(t: &str, args: &[Value], kwargs: &dyn Fn(&str) -> PyResult<Option<Value>>, auto: &mut Numbering, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    // Scanned by bytes, as in `percent_format_impl`: braces, brackets, '!' and ':' are ASCII.
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len() + 16);
    let mut i = 0;
    let mut literal = 0;
    while i < b.len() {
        let c = b[i];
        if matches!(c, b'{' | b'}') && b.get(i + 1) == Some(&c) {
            // "{{" or "}}": one brace of literal text.
            out.push_str(&t[literal..=i]);
            i += 2;
            literal = i;
            continue;
        }
        match c {
            b'{' => {
                out.push_str(&t[literal..i]);
                // The field, as CPython's `parse_field` reads it: a name (where `[...]` may
                // hold anything but ']'), then '!' and a conversion, then ':' and a spec whose
                // braces nest.
                if i + 1 == b.len() {
                    return Err(value_error("Single '{' encountered in format string"));
                }
                let mut j = i + 1;
                let mut c = 0u8;
                while j < b.len() {
                    c = b[j];
                    j += 1;
                    match c {
                        b'{' => return Err(value_error("unexpected '{' in field name")),
                        b'[' => {
                            while j < b.len() && b[j] != b']' {
                                j += 1;
                            }
                        }
                        b'}' | b':' | b'!' => break,
                        _ => {}
                    }
                }
                if !matches!(c, b'}' | b':' | b'!') {
                    return Err(value_error("expected '}' before end of string"));
                }
                let field = &t[i + 1..j - 1];
                let mut conv = ' ';
                let mut spec_raw = "";
                if c == b'!' || c == b':' {
                    let mut spec_follows = true;
                    if c == b'!' {
                        conv = t[j..].chars().next().ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
                        j += conv.len_utf8();
                        if j < b.len() {
                            j += 1;
                            match b[j - 1] {
                                b'}' => spec_follows = false,
                                b':' => {}
                                _ => return Err(value_error("expected ':' after conversion specifier")),
                            }
                        }
                    }
                    if spec_follows {
                        let spec_start = j;
                        let mut count = 1;
                        loop {
                            let Some(&c) = b.get(j) else {
                                return Err(value_error("unmatched '{' in format spec"));
                            };
                            j += 1;
                            match c {
                                b'{' => count += 1,
                                b'}' => {
                                    count -= 1;
                                    if count == 0 {
                                        break;
                                    }
                                }
                                _ => {}
                            }
                        }
                        spec_raw = &t[spec_start..j - 1];
                    }
                } else if c != b'}' {
                    return Err(value_error("expected '}' before end of string"));
                }
                // CPython's order: the value, its conversion, then the spec's own fields.
                let mut v = field_value(field, args, kwargs, auto)?;
                if conv != ' ' {
                    v = convert_field(&v, conv)?;
                }
                if spec_raw.contains('{') {
                    let spec = format_template(spec_raw, args, kwargs, auto, depth + 1)?;
                    push_field(&mut out, &v, &spec)?;
                } else {
                    push_field(&mut out, &v, spec_raw)?;
                }
                i = j;
                literal = i;
            }
            b'}' => return Err(value_error("Single '}' encountered in format string")),
            _ => i += 1,
        }
    }
    out.push_str(&t[literal..]);
    Ok(out)
}

/// A field's text appended to `out`: a str with no spec is copied, not made into a new str.
fn push_field(out: &mut String, v: &Value, spec: &str) -> PyResult<()> {
    if spec.is_empty() && crate::is_str(v) {
        out.push_str(str_of(v));
    } else {
        out.push_str(&format_value(v, spec)?);
    }
    Ok(())
}

/// `str.format`'s `!s`, `!r` and `!a`.
fn convert_field(v: &Value, conv: char) -> PyResult<Value> {
    match conv {
        's' => crate::repr::str_value(v),
        'r' => Ok(crate::str_from(crate::repr::repr(v)?)),
        'a' => Ok(crate::str_from(crate::repr::ascii(v)?)),
        c if c > ' ' && (c as u32) < 127 => Err(value_error(format!("Unknown conversion specifier {c}"))),
        c => Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    }
}

pub fn str_format(t: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = crate::call::split_kw(args, kwnames);
    let lookup = |name: &str| -> PyResult<Option<Value>> { Ok(kws.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).clone())) };
    Ok(crate::str_from(format_template(t, pos, &lookup, &mut Numbering::Unknown, 0)?))
}

pub fn str_format_map(t: &str, mapping: &Value) -> PyResult<Value> {
    let lookup = |name: &str| -> PyResult<Option<Value>> { Ok(Some(ops::getitem(mapping, &crate::str_new(name))?)) };
    Ok(crate::str_from(format_template(t, &[], &lookup, &mut Numbering::Unknown, 0)?))
}

// ---------------------------------------------------------------- % formatting

/// `bytes % args` and `bytearray % args` (the result has the format's type): the format and
/// bytes arguments are handled as Latin-1 text.
pub fn bytes_percent_format(fmt_v: &Value, args: &Value) -> PyResult<Value> {
    let text: String = match fmt_v.obj() {
        Some(Obj::Bytes(b)) => b.iter().map(|&c| c as char).collect(),
        Some(Obj::ByteArray(b)) => b.borrow().iter().map(|&c| c as char).collect(),
        _ => return Err(type_error("bytes format expected")),
    };
    let r = percent_format_impl(&crate::str_from(text), args, true)?;
    let out: Vec<u8> = str_of(&r).chars().map(|c| c as u32 as u8).collect();
    Ok(match fmt_v.obj() {
        Some(Obj::ByteArray(_)) => Value::new(Obj::ByteArray(std::cell::RefCell::new(out))),
        _ => crate::bytes_new(out),
    })
}

pub fn percent_format(fmt_v: &Value, args: &Value) -> PyResult<Value> {
    percent_format_impl(fmt_v, args, false)
}

fn percent_format_impl(fmt_v: &Value, args: &Value, bytes_mode: bool) -> PyResult<Value> {
    let fmt = str_of(fmt_v);
    let (items, mapping): (&[Value], Option<&Value>) = match args.obj() {
        Some(Obj::Tuple(t)) => (t, None),
        Some(Obj::Dict(_)) => (std::slice::from_ref(args), Some(args)),
        Some(Obj::Instance(_)) if crate::call::has_dunder(args, "__getitem__") && !crate::is_str(args) => {
            (std::slice::from_ref(args), Some(args))
        }
        // Any other subscriptable object counts as a mapping for CPython (so unused, it is
        // no error), while a lone `%s` still formats the whole object.
        Some(Obj::List(_) | Obj::Range(_) | Obj::Bytes(_) | Obj::ByteArray(_)) if !bytes_mode || !matches!(args.obj(), Some(Obj::Bytes(_) | Obj::ByteArray(_))) => {
            (std::slice::from_ref(args), Some(args))
        }
        _ => (std::slice::from_ref(args), None),
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    // Scanned by bytes: every character with a meaning here is ASCII, and ASCII bytes never
    // occur inside a multi-byte UTF-8 sequence, so the slices below fall on char boundaries.
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    // After a keyed conversion the mapping is spent, as in CPython: a later unkeyed
    // argument (a value or a `*` width or precision) finds none left.
    let take = |next: &mut usize, spent: bool| -> PyResult<Value> {
        let v = items.get(*next).filter(|_| !spent).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    let digits_end = |mut j: usize| {
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    while i < b.len() {
        let Some(pct) = fmt[i..].find('%') else {
            out.push_str(&fmt[i..]);
            break;
        };
        out.push_str(&fmt[i..i + pct]);
        i += pct + 1;
        if i >= b.len() {
            return Err(value_error("incomplete format"));
        }
        // Only "%%" is a literal percent sign; a '%' after a key, flags, width or precision
        // is an unsupported conversion (after taking its argument, as CPython does).
        if b[i] == b'%' {
            out.push('%');
            i += 1;
            continue;
        }
        let mut key_value: Option<Value> = None;
        if b[i] == b'(' {
            let Some(m) = mapping else { return Err(type_error("format requires a mapping")) };
            let mut depth = 1;
            let mut j = i + 1;
            while j < b.len() && depth > 0 {
                if b[j] == b'(' {
                    depth += 1;
                } else if b[j] == b')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let name = &fmt[i + 1..j - 1];
            // (A bytes format looks its keys up as bytes.)
            let key = if bytes_mode { crate::bytes_new(name.chars().map(|c| c as u32 as u8).collect()) } else { crate::str_new(name) };
            key_value = Some(ops::getitem(m, &key)?);
            used_mapping = true;
            i = j;
        }
        let mut spec = PercentSpec::default();
        while i < b.len() {
            match b[i] {
                b'-' => spec.left = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                b'#' => spec.alternate = true,
                b'0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < b.len() && b[i] == b'*' {
            let w = take(&mut next, used_mapping)?;
            let w = int::as_i64(&w).ok_or_else(|| type_error("* wants int"))?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let j = digits_end(i);
            if j > i {
                spec.width = Some(fmt[i..j].parse().map_err(|_| value_error("width too big"))?);
            }
            i = j;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if i < b.len() && b[i] == b'*' {
                let p = take(&mut next, used_mapping)?;
                spec.precision = Some(int::as_i64(&p).ok_or_else(|| type_error("* wants int"))?.max(0) as usize);
                i += 1;
            } else {
                let j = digits_end(i);
                spec.precision = Some(fmt[i..j].parse().unwrap_or(0));
                i = j;
            }
        }
        // One length modifier ("%ld", "%hi") is accepted and ignored.
        if i < b.len() && matches!(b[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        let Some(conv) = fmt[i..].chars().next() else {
            return Err(value_error("incomplete format"));
        };
        let conv_at = i;
        i += conv.len_utf8();
        spec.conv = conv;
        let v = match key_value.take() {
            Some(v) => v,
            None => take(&mut next, used_mapping)?,
        };
        match conv {
            's' | 'b' if bytes_mode => {
                let data = match v.obj() {
                    Some(Obj::Bytes(b)) => b.to_vec(),
                    Some(Obj::ByteArray(b)) => b.borrow().clone(),
                    _ => {
                        return Err(type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            type_name(&v)
                        )))
                    }
                };
                let s: String = data.iter().map(|&c| c as char).collect();
                out.push_str(&numfmt::percent_pad_str(&s, &spec));
            }
            'r' | 'a' if bytes_mode => {
                out.push_str(&numfmt::percent_pad_str(&crate::repr::ascii(&v)?, &spec));
            }
            's' if spec.width.is_none() && spec.precision.is_none() && crate::is_str(&v) => out.push_str(str_of(&v)),
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => crate::repr::str(&v)?,
                    'r' => crate::repr::repr(&v)?,
                    _ => crate::repr::ascii(&v)?,
                };
                out.push_str(&numfmt::percent_pad_str(&s, &spec));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = if v.is_small_int() {
                    if spec == (PercentSpec { conv: spec.conv, ..PercentSpec::default() }) && matches!(conv, 'd' | 'i' | 'u') {
                        use std::fmt::Write;
                        let _ = write!(out, "{}", v.as_small_int());
                    } else {
                        out.push_str(&numfmt::percent_format_int(v.as_small_int(), &spec));
                    }
                    continue;
                } else if int::is_int(&v) {
                    int::big(&v).unwrap().into_owned()
                } else if v.is_float() {
                    if matches!(conv, 'o' | 'x' | 'X') {
                        return Err(type_error(format!("%{conv} format: an integer is required, not float")));
                    }
                    let iv = crate::builtins::int::to_int(&v)?;
                    int::big(&iv).unwrap().into_owned()
                } else if matches!(v.obj(), Some(Obj::Instance(_))) && crate::call::has_dunder(&v, "__index__") {
                    let iv = Value::int(ops::index_of(&v)?);
                    int::big(&iv).unwrap().into_owned()
                } else if matches!(conv, 'o' | 'x' | 'X') {
                    return Err(type_error(format!("%{conv} format: an integer is required, not {}", type_name(&v))));
                } else {
                    return Err(type_error(format!("%{conv} format: a real number is required, not {}", type_name(&v))));
                };
                out.push_str(&numfmt::percent_format_int(&b, &spec));
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match ops::to_f64_lossy(&v) {
                    Some(f) if !matches!(v.obj(), Some(Obj::Instance(_))) => {
                        if let Some(Obj::Int(b)) = v.obj() {
                            int::to_f64(b)?
                        } else {
                            f
                        }
                    }
                    _ => {
                        let fv = crate::builtins::int::to_float(&v)
                            .map_err(|_| type_error(format!("must be real number, not {}", type_name(&v))))?;
                        fv.as_float()
                    }
                };
                out.push_str(&numfmt::percent_format_float(f, &spec));
            }
            'c' if bytes_mode => {
                let byte = match v.obj() {
                    Some(Obj::Bytes(b)) if b.len() == 1 => b[0],
                    Some(Obj::ByteArray(b)) if b.borrow().len() == 1 => b.borrow()[0],
                    _ if int::is_int(&v) => match int::as_i64(&v).filter(|n| (0..256).contains(n)) {
                        Some(n) => n as u8,
                        None => return Err(crate::exceptions::overflow_error("%c arg not in range(256)")),
                    },
                    _ => return Err(type_error("%c requires an integer in range(256) or a single byte")),
                };
                let s = (byte as char).to_string();
                out.push_str(&numfmt::percent_pad_str(&s, &PercentSpec { precision: None, ..spec }));
            }
            'c' => {
                let s = match v.obj() {
                    Some(Obj::Str(p)) if p.chars == 1 => p.s.to_string(),
                    _ => {
                        let n = int::as_i64(&v).ok_or_else(|| type_error("%c requires int or char"))?;
                        match char::from_u32(n as u32).filter(|_| (0..0x110000).contains(&n)) {
                            Some(c) => c.to_string(),
                            None => return Err(crate::exceptions::overflow_error("%c arg not in range(0x110000)")),
                        }
                    }
                };
                out.push_str(&numfmt::percent_pad_str(&s, &PercentSpec { precision: None, ..spec }));
            }
            _ => {
                let shown = if (31..=126).contains(&(conv as u32)) { conv } else { '?' };
                return Err(value_error(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    conv as u32,
                    fmt[..conv_at].chars().count()
                )));
            }
        }
    }
    if next < items.len() && mapping.is_none() {
        let what = if bytes_mode { "bytes" } else { "string" };
        return Err(type_error(format!("not all arguments converted during {what} formatting")));
    }
    Ok(crate::str_from(out))
}
