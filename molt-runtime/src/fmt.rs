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
        let b = num_bigint::BigInt::from(v.as_bool() as i64);
        return numfmt::format_int_named(&b, spec, "bool").map_err(numfmt_error);
    }
    if int::is_int(v) {
        if spec.is_empty() {
            return crate::repr::str(v);
        }
        return numfmt::format_int(&int::big(v).unwrap(), spec).map_err(numfmt_error);
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
    let v = match conversion {
        's' => {
            converted = crate::repr::str_value(v)?;
            &converted
        }
        'r' => {
            converted = crate::str_from(crate::repr::repr(v)?);
            &converted
        }
        'a' => {
            converted = crate::str_from(crate::repr::ascii(v)?);
            &converted
        }
        _ => v,
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
    } else if let Ok(i) = head.parse::<usize>() {
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
            v = crate::attr::getattr(&v, &intern(&r[..e]))?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..e];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::int(i),
                Err(_) => crate::str_new(key),
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
    let mut out = String::new();
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let mut j = i + 1;
            let mut nest = 1;
            let mut in_bracket = false;
            while j < chars.len() {
                match chars[j] {
                    '[' if nest == 1 => in_bracket = true,
                    ']' if nest == 1 => in_bracket = false,
                    '{' if !in_bracket => nest += 1,
                    '}' if !in_bracket => {
                        nest -= 1;
                        if nest == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error(if i + 1 == chars.len() {
                    "Single '{' encountered in format string"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let inner: String = chars[i + 1..j].iter().collect();
            // field[!conv][:spec]
            let mut field_end = inner.len();
            let mut k = 0;
            let ib: Vec<char> = inner.chars().collect();
            let mut in_br = false;
            while k < ib.len() {
                match ib[k] {
                    '[' => in_br = true,
                    ']' => in_br = false,
                    '!' | ':' if !in_br => {
                        field_end = inner.char_indices().nth(k).map(|(b, _)| b).unwrap();
                        break;
                    }
                    _ => {}
                }
                k += 1;
            }
            let field = &inner[..field_end];
            let mut rest = &inner[field_end..];
            let mut conv = ' ';
            if let Some(r) = rest.strip_prefix('!') {
                let mut cs = r.chars();
                conv = cs.next().ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
                rest = cs.as_str();
                if !matches!(conv, 's' | 'r' | 'a') {
                    return Err(value_error(format!("Unknown conversion specifier {conv}")));
                }
                if !rest.is_empty() && !rest.starts_with(':') {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
            let spec_raw = rest.strip_prefix(':').unwrap_or("");
            let v = field_value(field, args, kwargs, auto)?;
            let spec = if spec_raw.contains('{') {
                format_template(spec_raw, args, kwargs, auto, depth + 1)?
            } else {
                spec_raw.to_string()
            };
            let s = format_field(&v, conv, &spec)?;
            out.push_str(str_of(&s));
            i = j + 1;
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
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

/// `bytes % args`: the format and bytes arguments are handled as Latin-1 text.
pub fn bytes_percent_format(fmt_v: &Value, args: &Value) -> PyResult<Value> {
    let Some(Obj::Bytes(b)) = fmt_v.obj() else { return Err(type_error("bytes format expected")) };
    let text = crate::str_from(b.iter().map(|&c| c as char).collect());
    let r = percent_format_impl(&text, args, true)?;
    Ok(crate::bytes_new(str_of(&r).chars().map(|c| c as u32 as u8).collect()))
}

pub fn percent_format(fmt_v: &Value, args: &Value) -> PyResult<Value> {
    percent_format_impl(fmt_v, args, false)
}

fn percent_format_impl(fmt_v: &Value, args: &Value, bytes_mode: bool) -> PyResult<Value> {
    let fmt = str_of(fmt_v);
    let (items, mapping): (Vec<Value>, Option<Value>) = match args.obj() {
        Some(Obj::Tuple(t)) => (t.to_vec(), None),
        Some(Obj::Dict(_)) => (vec![args.clone()], Some(args.clone())),
        Some(Obj::Instance(_)) if crate::call::has_dunder(args, "__getitem__") && !crate::is_str(args) => {
            (vec![args.clone()], Some(args.clone()))
        }
        // Any other subscriptable object counts as a mapping for CPython (so unused, it is
        // no error), while a lone `%s` still formats the whole object.
        Some(Obj::List(_) | Obj::Range(_) | Obj::Bytes(_) | Obj::ByteArray(_)) if !bytes_mode || !matches!(args.obj(), Some(Obj::Bytes(_) | Obj::ByteArray(_))) => {
            (vec![args.clone()], Some(args.clone()))
        }
        _ => (vec![args.clone()], None),
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = items.get(*next).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let mut key_value: Option<Value> = None;
        if chars[i] == '(' {
            let Some(m) = &mapping else { return Err(type_error("format requires a mapping")) };
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                if chars[j] == '(' {
                    depth += 1;
                } else if chars[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[i + 1..j - 1].iter().collect();
            key_value = Some(ops::getitem(m, &crate::str_from(key))?);
            used_mapping = true;
            i = j;
        }
        let mut spec = PercentSpec::default();
        while i < chars.len() {
            match chars[i] {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = take(&mut next)?;
            let w = int::as_i64(&w).ok_or_else(|| type_error("* wants int"))?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                spec.width = Some(w.parse().map_err(|_| value_error("width too big"))?);
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take(&mut next)?;
                spec.precision = Some(int::as_i64(&p).ok_or_else(|| type_error("* wants int"))?.max(0) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                spec.precision = Some(p.parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        spec.conv = conv;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_value.take() {
            Some(v) => v,
            None => {
                if used_mapping && mapping.is_some() {
                    return Err(type_error("format requires a mapping"));
                }
                take(&mut next)?
            }
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
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => crate::repr::str(&v)?,
                    'r' => crate::repr::repr(&v)?,
                    _ => crate::repr::ascii(&v)?,
                };
                out.push_str(&numfmt::percent_pad_str(&s, &spec));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = if int::is_int(&v) {
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
                let idx = fmt[..].char_indices().nth(i - 1).map(|(b, _)| b).unwrap_or(0);
                let _ = start;
                return Err(value_error(format!(
                    "unsupported format character '{conv}' (0x{:x}) at index {}",
                    conv as u32,
                    fmt[..idx].chars().count()
                )));
            }
        }
    }
    if next < items.len() && mapping.is_none() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(crate::str_from(out))
}
