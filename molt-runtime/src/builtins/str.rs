//! str: construction and methods.

use super::{add_methods, bind_method, method_arity as arity, no_args, opt_str_arg, Arity};
use crate::call::bind_args;
use crate::exceptions::{type_error, value_error};
use crate::object::*;
use crate::ops;
use crate::types::{type_name, TypeId};
use crate::unicode;
use crate::value::Value;
use crate::{str_from, str_new};

pub fn str_construct(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind_args("str", args, kwnames, &["object", "encoding", "errors"], 0)?;
    match (&a[0], &a[1]) {
        (None, _) => Ok(str_new_empty()),
        (Some(o), None) if a[2].is_none() => crate::repr::str_value(o),
        (Some(o), _) => {
            // CPython checks the codec arguments' types first, then the object.
            let enc = super::opt_str_arg(&a[1], "str", "encoding")?.unwrap_or("utf-8").to_lowercase().replace('_', "-");
            let errors = super::opt_str_arg(&a[2], "str", "errors")?.unwrap_or("strict");
            if crate::is_str(o) {
                return Err(type_error("decoding str is not supported"));
            }
            let data = super::bytes::bytes_data(o)
                .map_err(|_| type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(o))))?;
            super::bytes::decode(&data, &enc, errors)
        }
    }
}

fn str_new_empty() -> Value {
    crate::str_new("")
}

fn s<'a>(args: &'a [Value], name: &str) -> PyResult<&'a str> {
    match args.first().and_then(|v| v.obj()) {
        Some(Obj::Str(p)) => Ok(&p.s),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

fn arg_str<'a>(v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a str> {
    match v.obj() {
        Some(Obj::Str(p)) => Ok(&p.s),
        _ => Err(type_error(format!("{fname}() argument {pos} must be str, not {}", type_name(v)))),
    }
}

fn opt_chars<'a>(args: &'a [Value], fname: &str) -> PyResult<Option<&'a str>> {
    match args.get(1) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.obj() {
            Some(Obj::Str(p)) => Ok(Some(&p.s)),
            _ => Err(type_error(format!("{fname} arg must be None or str"))),
        },
    }
}

/// The str for `part`, a slice of the text of str `whole`: `whole` itself when nothing was
/// cut (CPython returns the same object then), and no code point count when `whole` is ASCII.
fn piece_of(whole: &Value, part: &str) -> Value {
    match whole.obj() {
        Some(Obj::Str(p)) if part.len() == p.s.len() => whole.clone(),
        Some(Obj::Str(p)) if p.is_ascii() => crate::str_ascii(part),
        _ => str_new(part),
    }
}

/// `strip`, `lstrip`, `rstrip`: which ends to trim.
fn strip_impl(args: &[Value], name: &str, start: bool, end: bool) -> PyResult<Value> {
    arity(name, args, Arity::Clinic(0, 1))?;
    let t = s(args, name)?;
    let trim = |is_strip: &dyn Fn(char) -> bool| {
        let mut r = t;
        if start {
            r = r.trim_start_matches(is_strip);
        }
        if end {
            r = r.trim_end_matches(is_strip);
        }
        r
    };
    let chars = opt_chars(args, name)?;
    // ASCII characters to strip are bytes to strip (they are never part of a longer UTF-8
    // sequence): whitespace from ASCII text, or any ASCII `chars`.
    let bytes = |is_strip: &dyn Fn(u8) -> bool| {
        let b = t.as_bytes();
        let (mut i, mut j) = (0, b.len());
        if start {
            while i < j && is_strip(b[i]) {
                i += 1;
            }
        }
        if end {
            while j > i && is_strip(b[j - 1]) {
                j -= 1;
            }
        }
        &t[i..j]
    };
    let part = match chars.map(str::as_bytes) {
        None if pystr(args).is_ascii() => bytes(&|c| matches!(c, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f)),
        None => trim(&unicode::is_space),
        Some(&[one]) if one.is_ascii() => bytes(&|c| c == one),
        Some(set) if set.is_ascii() => bytes(&|x| set.contains(&x)),
        Some(_) => trim(&|x| chars.is_some_and(|c| c.contains(x))),
    };
    Ok(piece_of(&args[0], part))
}

fn m_strip(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, "strip", true, true)
}
fn m_lstrip(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, "lstrip", true, false)
}
fn m_rstrip(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, "rstrip", false, true)
}

fn split_whitespace_n(p: &PyStr, maxsplit: i64) -> Vec<Value> {
    let t: &str = &p.s;
    let mut out = Vec::new();
    if p.is_ascii() {
        // Bytes are characters: scan them, and the pieces need no code point count.
        let b = t.as_bytes();
        let space = |c: u8| matches!(c, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f);
        let mut i = 0;
        while i < b.len() {
            while i < b.len() && space(b[i]) {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            if maxsplit >= 0 && out.len() as i64 >= maxsplit {
                out.push(crate::str_ascii(&t[i..]));
                break;
            }
            let start = i;
            while i < b.len() && !space(b[i]) {
                i += 1;
            }
            out.push(crate::str_ascii(&t[start..i]));
        }
        return out;
    }
    let mut rest = t.trim_start_matches(unicode::is_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(str_new(rest));
            return out;
        }
        match rest.find(unicode::is_space) {
            Some(i) => {
                out.push(str_new(&rest[..i]));
                rest = rest[i..].trim_start_matches(unicode::is_space);
            }
            None => {
                out.push(str_new(rest));
                rest = "";
            }
        }
        n += 1;
    }
    out
}

fn m_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_method("split", args, kw, &["sep", "maxsplit"])?;
    let t = s(args, "split")?;
    let maxsplit = match &a[2] {
        Some(v) => ops::index_of(v)?,
        None => -1,
    };
    match &a[1] {
        Some(sep) if !sep.is_none() => {
            let sep = arg_str(sep, "split", 1).map_err(|_| type_error(format!("must be str or None, not {}", type_name(sep))))?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let piece = if pystr(args).is_ascii() { crate::str_ascii } else { str_new };
            Ok(crate::list_new(split_on(t, sep, maxsplit).into_iter().map(piece).collect()))
        }
        _ => Ok(crate::list_new(split_whitespace_n(pystr(args), maxsplit))),
    }
}

/// The pieces of `t` between occurrences of the non-empty `sep`, splitting at most
/// `maxsplit` times when that is not negative.
fn split_on<'a>(t: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memmem::find_iter(t.as_bytes(), sep.as_bytes()) {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            break;
        }
        // (A match of valid UTF-8 in valid UTF-8 starts and ends at character boundaries.)
        out.push(&t[start..i]);
        start = i + sep.len();
    }
    out.push(&t[start..]);
    out
}

fn m_rsplit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_method("rsplit", args, kw, &["sep", "maxsplit"])?;
    let t = s(args, "rsplit")?;
    let maxsplit = match &a[2] {
        Some(v) => ops::index_of(v)?,
        None => -1,
    };
    match &a[1] {
        Some(sep) if !sep.is_none() => {
            let sep = arg_str(sep, "rsplit", 1)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut parts: Vec<Value> = if maxsplit < 0 {
                t.rsplit(sep).map(str_new).collect()
            } else {
                t.rsplitn(maxsplit as usize + 1, sep).map(str_new).collect()
            };
            parts.reverse();
            Ok(crate::list_new(parts))
        }
        _ => {
            if maxsplit < 0 {
                return Ok(crate::list_new(split_whitespace_n(pystr(args), -1)));
            }
            let mut out = Vec::new();
            let mut rest = t.trim_end_matches(unicode::is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if n >= maxsplit {
                    out.push(str_new(rest));
                    break;
                }
                match rest.rfind(unicode::is_space) {
                    Some(i) => {
                        let ch = rest[i..].chars().next().unwrap().len_utf8();
                        out.push(str_new(&rest[i + ch..]));
                        rest = rest[..i].trim_end_matches(unicode::is_space);
                    }
                    None => {
                        out.push(str_new(rest));
                        rest = "";
                    }
                }
                n += 1;
            }
            out.reverse();
            Ok(crate::list_new(out))
        }
    }
}

fn m_splitlines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_method("splitlines", args, kw, &["keepends"])?;
    let t = s(args, "splitlines")?;
    let keep = match &a[1] {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = t.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(str_new(if keep { &t[start..end] } else { &t[start..pos] }));
            start = end;
        }
        i += 1;
    }
    if start < t.len() {
        out.push(str_new(&t[start..]));
    }
    Ok(crate::list_new(out))
}

fn m_join(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity("join", args, Arity::One)?;
    s(args, "join")?;
    // Lists and tuples are read in place (joining runs no Python code); other iterables are
    // collected first.
    match args[1].obj() {
        Some(Obj::List(l)) => join_items(pystr(args), &l.borrow()),
        Some(Obj::Tuple(t)) => join_items(pystr(args), t),
        _ => join_items(pystr(args), &super::seq::collect(&args[1])?),
    }
}

/// `sep.join(items)`: one pass checks the items and sizes the result, one copies; a single
/// str item is the result itself, as in CPython.
fn join_items(sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    let (mut bytes, mut chars) = (0usize, 0usize);
    for (i, it) in items.iter().enumerate() {
        match it.obj() {
            Some(Obj::Str(p)) => {
                bytes += p.s.len();
                chars += p.chars;
            }
            _ => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(it)
                )))
            }
        }
    }
    if items.len() == 1 {
        return Ok(items[0].clone());
    }
    let gaps = items.len().saturating_sub(1);
    bytes += sep.s.len() * gaps;
    chars += sep.chars * gaps;
    let mut out = String::with_capacity(bytes);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        out.push_str(crate::str_of(it));
    }
    Ok(crate::str_from_chars(out, chars))
}

fn m_replace(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity("replace", args, Arity::Clinic(2, 3))?;
    let t = s(args, "replace")?;
    let old = arg_str(&args[1], "replace", 1)?;
    let new = arg_str(&args[2], "replace", 2)?;
    let count = match args.get(3) {
        Some(v) => ops::index_of(v)?,
        None => -1,
    };
    if count == 0 || args[1].is(&args[2]) {
        // Nothing to replace, or a str by itself: the same object, as in CPython.
        return Ok(args[0].clone());
    }
    if !old.is_empty() {
        let (mut out, mut last, mut n) = (String::new(), 0, 0usize);
        for i in memchr::memmem::find_iter(t.as_bytes(), old.as_bytes()) {
            if count >= 0 && n as i64 >= count {
                break;
            }
            if n == 0 {
                out.reserve(t.len());
            }
            out.push_str(&t[last..i]);
            out.push_str(new);
            last = i + old.len();
            n += 1;
        }
        if n == 0 {
            return Ok(args[0].clone());
        }
        out.push_str(&t[last..]);
        let (pt, pold, pnew) = (pystr(args), pystr(&args[1..]), pystr(&args[2..]));
        let chars = pt.chars + n * pnew.chars - n * pold.chars;
        return Ok(crate::str_from_chars(out, chars));
    }
    // An empty `old`: `new` before each character and at the end, `count` times at most.
    if count < 0 {
        return Ok(str_from(t.replace(old, new)));
    }
    let mut out = String::new();
    let mut n = 0;
    for c in t.chars() {
        if n < count {
            out.push_str(new);
            n += 1;
        }
        out.push(c);
    }
    if n < count {
        out.push_str(new);
    }
    Ok(str_from(out))
}

fn pystr(args: &[Value]) -> &PyStr {
    match args.first().and_then(|v| v.obj()) {
        Some(Obj::Str(p)) => p,
        _ => unreachable!("checked by `s` first"),
    }
}

fn char_to_byte(p: &PyStr, ci: usize) -> usize {
    if p.is_ascii() {
        return ci.min(p.s.len());
    }
    p.s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(p.s.len())
}
fn byte_to_char(p: &PyStr, bi: usize) -> usize {
    if p.is_ascii() {
        bi
    } else {
        p.s[..bi].chars().count()
    }
}

/// Start/end arguments in characters, clamped like slice indices, converted to byte offsets
/// (constant time for ASCII text, whose character count is cached).
fn sub_range(p: &PyStr, args: &[Value]) -> PyResult<(usize, usize, bool)> {
    let n = p.chars as i64;
    let get = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            Some(v) if !v.is_none() => {
                let i = ops::index_of(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            _ => Ok(d),
        }
    };
    let a = get(args.first(), 0)?;
    let b = get(args.get(1), n)?;
    let raw_start = match args.first() {
        Some(v) if !v.is_none() => ops::index_of(v)?,
        _ => 0,
    };
    let valid = raw_start <= n || (raw_start < 0);
    if a > b {
        return Ok((0, 0, false));
    }
    Ok((char_to_byte(p, a as usize), char_to_byte(p, b as usize), valid))
}

fn find_impl(args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    arity(name, args, Arity::Parse(1, 3))?;
    let t = s(args, name)?;
    let sub = match args[1].obj() {
        Some(Obj::Str(p)) => &p.s,
        _ => return Err(type_error(format!("must be str, not {}", type_name(&args[1])))),
    };
    let (a, b, valid) = sub_range(pystr(args), &args[2..])?;
    if !valid || a > b {
        return Ok(-1);
    }
    let hay = &t[a..b];
    let r = if rev { memchr::memmem::rfind(hay.as_bytes(), sub.as_bytes()) } else { memchr::memmem::find(hay.as_bytes(), sub.as_bytes()) };
    Ok(match r {
        Some(i) => byte_to_char(pystr(args), a + i) as i64,
        None => -1,
    })
}

fn m_find(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::int(find_impl(args, "find", false)?))
}
fn m_rfind(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::int(find_impl(args, "rfind", true)?))
}
fn m_index(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_impl(args, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}
fn m_rindex(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_impl(args, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}
fn m_count(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity("count", args, Arity::Parse(1, 3))?;
    let t = s(args, "count")?;
    let sub = arg_str(&args[1], "count", 1).map_err(|_| type_error(format!("must be str, not {}", type_name(&args[1]))))?;
    let (a, b, valid) = sub_range(pystr(args), &args[2..])?;
    if !valid {
        return Ok(Value::small_int(0));
    }
    let hay = &t[a..b];
    if sub.is_empty() {
        return Ok(Value::int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::int(memchr::memmem::find_iter(hay.as_bytes(), sub.as_bytes()).count() as i64))
}

fn affix_impl(args: &[Value], name: &str, end: bool) -> PyResult<Value> {
    arity(name, args, Arity::Parse(1, 3))?;
    let t = s(args, name)?;
    let (a, b, valid) = sub_range(pystr(args), &args[2..])?;
    let hay = if valid { &t[a..b] } else { "" };
    let test = |p: &str| if end { hay.ends_with(p) } else { hay.starts_with(p) };
    match args[1].obj() {
        Some(Obj::Str(p)) => Ok(Value::bool(valid && test(&p.s))),
        Some(Obj::Tuple(items)) => {
            for it in items.iter() {
                match it.obj() {
                    Some(Obj::Str(p)) => {
                        if valid && test(&p.s) {
                            return Ok(Value::TRUE);
                        }
                    }
                    _ => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(it)
                        )))
                    }
                }
            }
            Ok(Value::FALSE)
        }
        _ => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(&args[1])
        ))),
    }
}
fn m_startswith(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix_impl(args, "startswith", false)
}
fn m_endswith(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix_impl(args, "endswith", true)
}

/// A case mapping: ASCII text maps byte by byte to ASCII (no code point count to take).
fn case_mapped(args: &[Value], name: &str, ascii: fn(&str) -> String, full: fn(&str) -> String) -> PyResult<Value> {
    let t = s(args, name)?;
    Ok(if pystr(args).is_ascii() { crate::str_from_ascii(ascii(t)) } else { str_from(full(t)) })
}
fn m_upper(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    case_mapped(args, "upper", str::to_ascii_uppercase, unicode::upper)
}
fn m_lower(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    case_mapped(args, "lower", str::to_ascii_lowercase, unicode::lower)
}
fn m_casefold(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    case_mapped(args, "casefold", str::to_ascii_lowercase, unicode::casefold)
}
fn m_swapcase(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(str_from(unicode::swapcase(s(args, "swapcase")?)))
}
fn m_capitalize(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = s(args, "capitalize")?;
    if t.is_ascii() {
        let mut b = t.to_ascii_lowercase();
        if let Some(first) = b.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return Ok(crate::str_from_ascii(b));
    }
    Ok(str_from(unicode::capitalize(t)))
}
fn m_title(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(str_from(unicode::title(s(args, "title")?)))
}

fn pred(args: &[Value], name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let t = s(args, name)?;
    Ok(Value::bool(!t.is_empty() && t.chars().all(f)))
}
fn m_isdigit(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isdigit", unicode::is_digit)
}
fn m_isdecimal(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isdecimal", unicode::is_decimal)
}
fn m_isnumeric(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isnumeric", unicode::is_numeric)
}
fn m_isalpha(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isalpha", unicode::is_alpha)
}
fn m_isalnum(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isalnum", unicode::is_alnum)
}
fn m_isspace(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isspace", unicode::is_space)
}
fn m_isascii(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(s(args, "isascii")?.is_ascii()))
}
fn m_isupper(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(unicode::str_is_upper(s(args, "isupper")?)))
}
fn m_islower(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(unicode::str_is_lower(s(args, "islower")?)))
}
fn m_istitle(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(unicode::str_is_title(s(args, "istitle")?)))
}
fn m_isidentifier(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(unicode::str_is_identifier(s(args, "isidentifier")?)))
}
fn m_isprintable(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(s(args, "isprintable")?.chars().all(unicode::is_printable)))
}

fn fill_char(args: &[Value], i: usize, name: &str) -> PyResult<char> {
    match args.get(i) {
        None => Ok(' '),
        Some(v) => match v.obj() {
            Some(Obj::Str(p)) if p.chars == 1 => Ok(p.s.chars().next().unwrap()),
            Some(Obj::Str(_)) => Err(type_error("The fill character must be exactly one character long")),
            _ => Err(type_error(format!("{name}() argument 2 must be str of length 1, not {}", type_name(v)))),
        },
    }
}

fn pad(args: &[Value], name: &str, align: char) -> PyResult<Value> {
    arity(name, args, Arity::Clinic(1, 2))?;
    let t = s(args, name)?;
    let width = ops::index_of(&args[1])?;
    let fill = fill_char(args, 2, name)?;
    let n = t.chars().count() as i64;
    if width <= n {
        return Ok(args[0].clone());
    }
    let total = (width - n) as usize;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython centers with the extra space on the right unless odd width and odd length…
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(t);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(str_from(out))
}
fn m_center(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pad(args, "center", '^')
}
fn m_ljust(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pad(args, "ljust", '<')
}
fn m_rjust(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pad(args, "rjust", '>')
}
fn m_zfill(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity("zfill", args, Arity::One)?;
    let t = s(args, "zfill")?;
    let width = ops::index_of(&args[1])?;
    let n = t.chars().count() as i64;
    if width <= n {
        return Ok(args[0].clone());
    }
    let zeros = "0".repeat((width - n) as usize);
    let out = if t.starts_with('+') || t.starts_with('-') {
        format!("{}{}{}", &t[..1], zeros, &t[1..])
    } else {
        format!("{zeros}{t}")
    };
    Ok(str_from(out))
}

fn partition_impl(args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    arity(name, args, Arity::One)?;
    let t = s(args, name)?;
    let sep = arg_str(&args[1], name, 1).map_err(|_| type_error(format!("must be str, not {}", type_name(&args[1]))))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if rev { t.rfind(sep) } else { t.find(sep) };
    Ok(crate::tuple_new(match found {
        Some(i) => vec![str_new(&t[..i]), args[1].clone(), str_new(&t[i + sep.len()..])],
        None if rev => vec![str_new(""), str_new(""), args[0].clone()],
        None => vec![args[0].clone(), str_new(""), str_new("")],
    }))
}
fn m_partition(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    partition_impl(args, "partition", false)
}
fn m_rpartition(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    partition_impl(args, "rpartition", true)
}

fn m_removeprefix(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity("removeprefix", args, Arity::One)?;
    let t = s(args, "removeprefix")?;
    let p = arg_str(&args[1], "removeprefix", 1)?;
    Ok(str_new(t.strip_prefix(p).unwrap_or(t)))
}
fn m_removesuffix(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity("removesuffix", args, Arity::One)?;
    let t = s(args, "removesuffix")?;
    let p = arg_str(&args[1], "removesuffix", 1)?;
    Ok(str_new(t.strip_suffix(p).unwrap_or(t)))
}

fn m_expandtabs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_method("expandtabs", args, kw, &["tabsize"])?;
    let t = s(args, "expandtabs")?;
    let ts = match &a[1] {
        Some(v) => ops::index_of(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - (col % ts);
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(str_from(out))
}

fn m_encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_method("encode", args, kw, &["encoding", "errors"])?;
    let t = s(args, "encode")?;
    let _ = opt_str_arg(&a[2], "encode", "errors")?;
    let enc = opt_str_arg(&a[1], "encode", "encoding")?.map(|e| e.to_lowercase().replace('_', "-")).unwrap_or_else(|| "utf-8".into());
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(crate::bytes_new(t.as_bytes().to_vec())),
        "utf-16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let be = enc.ends_with("be");
            let mut out = Vec::new();
            if enc == "utf-16" {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in t.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(crate::bytes_new(out))
        }
        "utf-32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let be = enc.ends_with("be");
            let mut out = Vec::new();
            if enc == "utf-32" {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in t.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(crate::bytes_new(out))
        }
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 128 } else { 256 };
            let mut out = Vec::with_capacity(t.len());
            for (i, c) in t.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    let errors = a[2].as_ref().map(|v| crate::str_of(v).to_string()).unwrap_or_else(|| "strict".into());
                    match errors.as_str() {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        "backslashreplace" => {
                            let u = c as u32;
                            let esc = if u < 0x100 { format!("\\x{u:02x}") } else if u < 0x10000 { format!("\\u{u:04x}") } else { format!("\\U{u:08x}") };
                            out.extend_from_slice(esc.as_bytes());
                        }
                        "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
                        _ => {
                            return Err(crate::exceptions::new_exc(
                                TypeId::UnicodeEncodeError,
                                format!(
                                    "'{}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                                    if enc == "ascii" { "ascii" } else { "latin-1" },
                                    if (c as u32) < 0x100 { format!("\\x{:02x}", c as u32) } else if (c as u32) < 0x10000 { format!("\\u{:04x}", c as u32) } else { format!("\\U{:08x}", c as u32) }
                                ),
                            ))
                        }
                    }
                }
            }
            Ok(crate::bytes_new(out))
        }
        _ => Err(crate::exceptions::new_exc(TypeId::LookupError, format!("unknown encoding: {enc}"))),
    }
}

fn m_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = s(args, "format")?;
    crate::fmt::str_format(t, &args[1..], kw)
}

fn m_format_map(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity("format_map", args, Arity::One)?;
    let t = s(args, "format_map")?;
    crate::fmt::str_format_map(t, &args[1])
}

fn m_maketrans(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let args = if args.first().map(|a| matches!(a.obj(), Some(Obj::Class(_)))).unwrap_or(false) { &args[1..] } else { args };
    let d = crate::dict_new();
    match args.len() {
        1 => {
            let Some(Obj::Dict(t)) = args[0].obj() else {
                return Err(type_error("if you give only one argument to maketrans it must be a dict"));
            };
            for (k, v) in t.borrow().items() {
                let key = match k.obj() {
                    Some(Obj::Str(p)) if p.chars == 1 => Value::int(p.s.chars().next().unwrap() as i64),
                    _ => k,
                };
                super::dict::dict_set(&d, key, v)?;
            }
        }
        2 | 3 => {
            let (x, y) = (arg_str(&args[0], "maketrans", 1)?, arg_str(&args[1], "maketrans", 2)?);
            if x.chars().count() != y.chars().count() {
                return Err(value_error("the first two maketrans arguments must have equal length"));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                super::dict::dict_set(&d, Value::int(a as i64), Value::int(b as i64))?;
            }
            if let Some(z) = args.get(2) {
                for c in arg_str(z, "maketrans", 3)?.chars() {
                    super::dict::dict_set(&d, Value::int(c as i64), Value::NONE)?;
                }
            }
        }
        _ => return Err(type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(d)
}

fn m_translate(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity("translate", args, Arity::One)?;
    let t = s(args, "translate")?;
    let mut out = String::new();
    for c in t.chars() {
        match ops::getitem(&args[1], &Value::int(c as i64)) {
            Ok(v) => {
                if v.is_none() {
                    continue;
                }
                if let Some(i) = crate::int::as_i64(&v) {
                    out.push(char::from_u32(i as u32).unwrap_or('\u{fffd}'));
                } else if let Some(Obj::Str(p)) = v.obj() {
                    out.push_str(&p.s);
                } else {
                    return Err(type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if crate::exceptions::matches(&e, TypeId::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(str_from(out))
}

pub(crate) fn register() {
    add_methods(
        TypeId::Str,
        &[
            ("str.strip", m_strip, false),
            ("str.lstrip", m_lstrip, false),
            ("str.rstrip", m_rstrip, false),
            ("str.split", m_split, true),
            ("str.rsplit", m_rsplit, true),
            ("str.splitlines", m_splitlines, true),
            ("str.join", m_join, false),
            ("str.replace", m_replace, false),
            ("str.find", m_find, false),
            ("str.rfind", m_rfind, false),
            ("str.index", m_index, false),
            ("str.rindex", m_rindex, false),
            ("str.count", m_count, false),
            ("str.startswith", m_startswith, false),
            ("str.endswith", m_endswith, false),
            ("str.upper", no_args!("upper", m_upper), false),
            ("str.lower", no_args!("lower", m_lower), false),
            ("str.casefold", no_args!("casefold", m_casefold), false),
            ("str.swapcase", no_args!("swapcase", m_swapcase), false),
            ("str.capitalize", no_args!("capitalize", m_capitalize), false),
            ("str.title", no_args!("title", m_title), false),
            ("str.isdigit", no_args!("isdigit", m_isdigit), false),
            ("str.isdecimal", no_args!("isdecimal", m_isdecimal), false),
            ("str.isnumeric", no_args!("isnumeric", m_isnumeric), false),
            ("str.isalpha", no_args!("isalpha", m_isalpha), false),
            ("str.isalnum", no_args!("isalnum", m_isalnum), false),
            ("str.isspace", no_args!("isspace", m_isspace), false),
            ("str.isascii", no_args!("isascii", m_isascii), false),
            ("str.isupper", no_args!("isupper", m_isupper), false),
            ("str.islower", no_args!("islower", m_islower), false),
            ("str.istitle", no_args!("istitle", m_istitle), false),
            ("str.isidentifier", no_args!("isidentifier", m_isidentifier), false),
            ("str.isprintable", no_args!("isprintable", m_isprintable), false),
            ("str.center", m_center, false),
            ("str.ljust", m_ljust, false),
            ("str.rjust", m_rjust, false),
            ("str.zfill", m_zfill, false),
            ("str.partition", m_partition, false),
            ("str.rpartition", m_rpartition, false),
            ("str.removeprefix", m_removeprefix, false),
            ("str.removesuffix", m_removesuffix, false),
            ("str.expandtabs", m_expandtabs, true),
            ("str.encode", m_encode, true),
            ("str.format", m_format, true),
            ("str.format_map", m_format_map, false),
            ("str.maketrans", m_maketrans, false),
            ("str.translate", m_translate, false),
        ],
    );
    let c = crate::types::type_class(TypeId::Str);
    let mut d = c.dict.borrow_mut();
    if let Some(f) = d.get_str(&crate::intern("maketrans")) {
        d.set_str(crate::intern("maketrans"), Value::new(Obj::StaticMethod(f)));
    }
}
