//! The C-level attributes of OSError, SyntaxError and UnicodeEncodeError/UnicodeDecodeError:
//! filled from the constructor's arguments as CPython's `__init__`s do, read and written as
//! attributes, and used by those exceptions' `str()`.

use crate::object::*;
use crate::repr::{repr, str as to_str};
use crate::types::{self, type_obj, TypeId};
use crate::value::Value;

/// The slot attributes of the exception class `cls` (empty for other exceptions).
pub fn field_names(cls: &Value) -> &'static [&'static str] {
    // One pass over the class and its MRO (every exception raised asks, most for none).
    let (os, syntax, enc, dec) = (type_obj(TypeId::OSError), type_obj(TypeId::SyntaxError), type_obj(TypeId::UnicodeEncodeError), type_obj(TypeId::UnicodeDecodeError));
    let of = |c: &Value| -> Option<&'static [&'static str]> {
        if c.is(&os) {
            Some(&["errno", "strerror", "filename", "filename2"])
        } else if c.is(&syntax) {
            Some(&["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"])
        } else if c.is(&enc) || c.is(&dec) {
            Some(&["encoding", "object", "start", "end", "reason"])
        } else {
            None
        }
    };
    if let Some(names) = of(cls) {
        return names;
    }
    match types::as_class(cls) {
        Some(c) => c.mro.borrow().iter().find_map(of).unwrap_or(&[]),
        None => &[],
    }
}

/// Sets the slots of a new exception of class `cls` from its arguments; answers the `args`
/// it keeps (OSError drops a filename from them, as CPython does).
pub fn init_fields(cls: &Value, args: &[Value]) -> (Vec<(&'static str, Value)>, Vec<Value>) {
    let names = field_names(cls);
    let mut fields = Vec::new();
    let mut kept = args.to_vec();
    match names.first() {
        Some(&"errno") if (2..=5).contains(&args.len()) => {
            fields.push(("errno", args[0].clone()));
            fields.push(("strerror", args[1].clone()));
            if let Some(f) = args.get(2).filter(|f| !f.is_none()) {
                fields.push(("filename", f.clone()));
                if let Some(f2) = args.get(4).filter(|f| !f.is_none()) {
                    fields.push(("filename2", f2.clone()));
                }
                kept.truncate(2);
            }
        }
        Some(&"msg") => {
            if let Some(m) = args.first() {
                fields.push(("msg", m.clone()));
            }
            // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
            if let (2, Some(Obj::Tuple(info))) = (args.len(), args.get(1).and_then(|a| a.obj())) {
                for (name, v) in names[1..7].iter().zip(info.iter()) {
                    fields.push((name, v.clone()));
                }
            }
        }
        Some(&"encoding") if args.len() == 5 => {
            for (name, v) in names.iter().zip(args) {
                fields.push((name, v.clone()));
            }
        }
        _ => {}
    }
    (fields, kept)
}

fn field(fields: &[(&'static str, Value)], name: &str) -> Option<Value> {
    fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
}

/// `str(exc)` for the exceptions with slots, or None to use BaseException's.
pub fn slot_str(exc: &Value) -> PyResult<Option<String>> {
    let Some(st) = crate::exceptions::exc_state(exc) else { return Ok(None) };
    let fields = st.borrow().fields.clone();
    let cls = types::type_of(exc);
    match field_names(&cls).first() {
        Some(&"errno") => os_error_str(&fields),
        Some(&"msg") => syntax_error_str(&fields).map(Some),
        Some(&"encoding") if !fields.is_empty() => unicode_error_str(&fields, types::is_subclass(&cls, &type_obj(TypeId::UnicodeEncodeError))),
        _ => Ok(None),
    }
}

/// `[Errno 2] No such file: 'x.cfg'` (with ` -> 'y'` for a second filename).
fn os_error_str(fields: &[(&'static str, Value)]) -> PyResult<Option<String>> {
    let (Some(errno), Some(strerror)) = (field(fields, "errno"), field(fields, "strerror")) else { return Ok(None) };
    let mut s = format!("[Errno {}] {}", to_str(&errno)?, to_str(&strerror)?);
    if let Some(f) = field(fields, "filename") {
        s.push_str(&format!(": {}", repr(&f)?));
        if let Some(f2) = field(fields, "filename2") {
            s.push_str(&format!(" -> {}", repr(&f2)?));
        }
    }
    Ok(Some(s))
}

/// `msg (file.py, line 3)`: the file's base name and the line, when they are a str and an int.
fn syntax_error_str(fields: &[(&'static str, Value)]) -> PyResult<String> {
    let msg = to_str(&field(fields, "msg").unwrap_or(Value::NONE))?;
    let file = field(fields, "filename").filter(crate::is_str).map(|f| {
        let f = crate::str_of(&f);
        f.rsplit('/').next().unwrap_or(f).to_string()
    });
    let line = field(fields, "lineno").filter(|l| crate::int::is_int(l) && !l.is_bool()).map(|l| to_str(&l)).transpose()?;
    Ok(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// `'ascii' codec can't encode character '\xe9' in position 1: reason` (or, for a longer
/// span, `characters in position 1-3`); decode errors name the byte(s) instead.
fn unicode_error_str(fields: &[(&'static str, Value)], encode: bool) -> PyResult<Option<String>> {
    let get = |n| field(fields, n).unwrap_or(Value::NONE);
    let (object, start, end) = (get("object"), get("start"), get("end"));
    let (Some(start), Some(end)) = (crate::int::as_i64(&start), crate::int::as_i64(&end)) else { return Ok(None) };
    let (encoding, reason) = (to_str(&get("encoding"))?, to_str(&get("reason"))?);
    let single = end == start + 1 && start >= 0;
    let span = format!("in position {start}-{}", end - 1);
    let what = match object.obj() {
        Some(Obj::Str(s)) if encode && single && (start as usize) < s.s.chars().count() => {
            let c = s.s.chars().nth(start as usize).unwrap_or_default();
            format!("encode character '{}' in position {start}", escape_char(c))
        }
        Some(Obj::Bytes(b)) if !encode && single && (start as usize) < b.len() => {
            format!("decode byte 0x{:02x} in position {start}", b[start as usize])
        }
        _ if encode => format!("encode characters {span}"),
        _ => format!("decode bytes {span}"),
    };
    Ok(Some(format!("'{encoding}' codec can't {what}: {reason}")))
}

/// A character as CPython's Unicode error messages show it: `\xe9`, `\u20ac`, `\U0001f600`.
fn escape_char(c: char) -> String {
    match c as u32 {
        n if n <= 0xff => format!("\\x{n:02x}"),
        n if n <= 0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// For an uncaught SyntaxError with a message and an int `lineno`: the lines CPython prints
/// before its last line (`  File "x.py", line 4`, the text, a caret), and the message that
/// last line shows instead of `str(exc)`.
pub fn syntax_error_location(exc: &Value) -> Option<(String, String)> {
    let st = crate::exceptions::exc_state(exc)?;
    let fields = st.borrow().fields.clone();
    if field_names(&types::type_of(exc)).first() != Some(&"msg") {
        return None;
    }
    let msg = to_str(&field(&fields, "msg")?).ok()?;
    let lineno = crate::int::as_i64(&field(&fields, "lineno")?)?;
    let file = match field(&fields, "filename") {
        Some(f) if !f.is_none() => to_str(&f).ok()?,
        _ => "<string>".to_string(),
    };
    let mut out = format!("  File \"{file}\", line {lineno}\n");
    if let Some(text) = field(&fields, "text").filter(crate::is_str) {
        let offset = field(&fields, "offset").and_then(|o| crate::int::as_i64(&o)).unwrap_or(-1);
        let end = field(&fields, "end_offset").and_then(|o| crate::int::as_i64(&o)).unwrap_or(-1);
        push_error_text(&mut out, crate::str_of(&text), offset, end);
    }
    Some((out, msg))
}

/// The source text of a SyntaxError without its indentation, and a caret line under the
/// 1-based columns `offset..end` (one caret when `end` is not past `offset`).
fn push_error_text(out: &mut String, text: &str, offset: i64, end: i64) {
    let line = text.split('\n').next().unwrap_or("");
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    let indent = (line.chars().count() - stripped.chars().count()) as i64;
    out.push_str(&format!("    {stripped}\n"));
    let column = (offset - 1 - indent).min(stripped.chars().count() as i64);
    if offset < 1 || column < 0 {
        return;
    }
    let carets = if end > offset { end - offset } else { 1 };
    out.push_str(&format!("    {}{}\n", " ".repeat(column as usize), "^".repeat(carets as usize)));
}
