//! Exception objects: creating them, their state (args, traceback, cause, context), their str and
//! repr, and CPython-format traceback text.

use crate::dict::DictTable;
use crate::object::*;
use crate::types::{self, type_obj, TypeId};
use crate::value::Value;
use std::cell::RefCell;

/// A new exception instance of class `cls` with `args` (OSError, SyntaxError, … also fill
/// their slot attributes from them).
pub fn instantiate(cls: &Value, args: Value) -> Value {
    let (fields, kept) = crate::exc_fields::init_fields(cls, crate::tuple_items(&args));
    let args = if kept.len() == crate::tuple_items(&args).len() { args } else { crate::tuple_new(kept) };
    Value::new(Obj::Instance(InstanceObj::new(
        cls.clone(),
        Some(RefCell::new(ExcState {
            args,
            traceback: Vec::new(),
            cause: Value::NONE,
            context: Value::NONE,
            suppress_context: false,
            notes: Value::NONE,
            fields,
        })),
    )))
}

/// A builtin exception with one message argument (no argument when `msg` is empty).
pub fn new_exc(id: TypeId, msg: String) -> Exc {
    let args = if msg.is_empty() { vec![] } else { vec![crate::str_from(msg)] };
    Exc(instantiate(&type_obj(id), crate::tuple_new(args)))
}

pub fn new_exc_args(id: TypeId, args: Vec<Value>) -> Exc {
    Exc(instantiate(&type_obj(id), crate::tuple_new(args)))
}

pub fn type_error(msg: impl Into<String>) -> Exc {
    new_exc(TypeId::TypeError, msg.into())
}
pub fn value_error(msg: impl Into<String>) -> Exc {
    new_exc(TypeId::ValueError, msg.into())
}
pub fn index_error(msg: impl Into<String>) -> Exc {
    new_exc(TypeId::IndexError, msg.into())
}
pub fn attribute_error(msg: impl Into<String>) -> Exc {
    new_exc(TypeId::AttributeError, msg.into())
}
pub fn zero_division(msg: impl Into<String>) -> Exc {
    new_exc(TypeId::ZeroDivisionError, msg.into())
}
pub fn overflow_error(msg: impl Into<String>) -> Exc {
    new_exc(TypeId::OverflowError, msg.into())
}
/// The OSError for a failed system call, of the subclass CPython picks for its errno, with
/// errno and strerror: `[Errno 32] Broken pipe`.
pub fn os_error(e: &std::io::Error) -> Exc {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    // Rust appends " (os error N)" to the C library's text.
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let id = os_error_class(i64::from(errno)).unwrap_or(TypeId::OSError);
    new_exc_args(id, vec![Value::int(i64::from(errno)), crate::str_from(text)])
}

/// The OSError subclass CPython makes for `errno` (`OSError(32, ...)` is a BrokenPipeError).
pub fn os_error_class(errno: i64) -> Option<TypeId> {
    match errno {
        2 => Some(TypeId::FileNotFoundError),
        1 | 13 => Some(TypeId::PermissionError),
        21 => Some(TypeId::IsADirectoryError),
        32 => Some(TypeId::BrokenPipeError),
        110 => Some(TypeId::TimeoutError),
        _ => None,
    }
}

/// What a failed allocation raises (CPython's MemoryError, with no message).
pub fn memory_error() -> Exc {
    new_exc(TypeId::MemoryError, String::new())
}

/// An empty vector with room for `n` items, or MemoryError when that much memory cannot be
/// had: sizes a program asks for (`[0] * n`, `bytes(n)`) must not abort the process.
pub fn try_vec<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

pub fn runtime_error(msg: impl Into<String>) -> Exc {
    new_exc(TypeId::RuntimeError, msg.into())
}
pub fn name_error(name: &str) -> Exc {
    new_exc(TypeId::NameError, format!("name '{name}' is not defined"))
}
pub fn key_error(key: Value) -> Exc {
    new_exc_args(TypeId::KeyError, vec![key])
}

pub fn exc_state(v: &Value) -> Option<&RefCell<ExcState>> {
    match v.obj() {
        Some(Obj::Instance(i)) => i.exc.as_deref(),
        _ => None,
    }
}

pub fn args_of(v: &Value) -> Value {
    exc_state(v).map(|s| s.borrow().args.clone()).unwrap_or_else(|| crate::tuple_new(vec![]))
}

pub fn set_args(v: &Value, args: Value) {
    if let Some(s) = exc_state(v) {
        s.borrow_mut().args = args;
    }
}

pub fn is_exception_instance(v: &Value) -> bool {
    exc_state(v).is_some()
}

pub fn is_exception_class(v: &Value) -> bool {
    types::as_class(v).is_some_and(|c| c.flags.get() & CLASS_IS_EXCEPTION != 0)
}

/// Whether `exc` is an instance of the builtin exception `id`.
pub fn matches(exc: &Exc, id: TypeId) -> bool {
    types::is_instance(&exc.0, &type_obj(id))
}

/// `str(exc)`, as BaseException.__str__ computes it.
pub fn exc_str_default(v: &Value) -> PyResult<String> {
    if let Some(s) = crate::exc_fields::slot_str(v)? {
        return Ok(s);
    }
    let args = args_of(v);
    let items = crate::tuple_items(&args);
    let is_key_error = types::is_instance(v, &type_obj(TypeId::KeyError));
    Ok(match items.len() {
        0 => String::new(),
        1 if is_key_error => crate::repr::repr(&items[0])?,
        1 => crate::repr::str(&items[0])?,
        _ => crate::repr::repr(&args)?,
    })
}

pub fn exc_repr_default(v: &Value) -> PyResult<String> {
    let args = args_of(v);
    let items = crate::tuple_items(&args);
    let name = types::type_name(v);
    Ok(if items.len() == 1 {
        format!("{name}({})", crate::repr::repr(&items[0])?)
    } else {
        format!("{name}{}", crate::repr::repr(&args)?)
    })
}

thread_local! {
    static TRACEBACK_CLASS: std::cell::OnceCell<Value> = const { std::cell::OnceCell::new() };
}

/// A `traceback` object chain for `exc.__traceback__` (outermost frame first, linked by
/// `tb_next`), or None when the exception was never raised.
pub fn traceback_object(entries: &[TbEntry]) -> Value {
    if entries.is_empty() {
        return Value::NONE;
    }
    let cls = TRACEBACK_CLASS.with(|c| {
        c.get_or_init(|| {
            crate::construct::make_class("traceback", "traceback", &crate::str_new("builtins"), vec![], DictTable::new())
                .expect("traceback class")
        })
        .clone()
    });
    let mut next = Value::NONE;
    for e in entries.iter() {
        let tb = Value::new(Obj::Instance(InstanceObj::new(cls.clone(), None)));
        if let Some(Obj::Instance(i)) = tb.obj() {
            let mut d = i.table().borrow_mut();
            d.set_str(crate::intern("tb_lineno"), Value::int(e.line as i64));
            d.set_str(crate::intern("tb_next"), next);
            d.set_str(crate::intern("tb_frame"), Value::NONE);
        }
        next = tb;
    }
    next
}

pub fn push_traceback(exc: &Value, entry: TbEntry) {
    if let Some(s) = exc_state(exc) {
        s.borrow_mut().traceback.push(entry);
    }
}

/// The last line of a traceback: `Name: message`, or just `Name`.
pub fn final_line(exc: &Value) -> String {
    let msg = match crate::repr::str(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    final_line_with(exc, msg)
}

/// The last line of a traceback showing `msg` after the exception's class name.
fn final_line_with(exc: &Value, msg: String) -> String {
    let cls = types::type_of(exc);
    let c = types::as_class(&cls).expect("exception has a class");
    let module = crate::str_of(&c.module.borrow()).to_string();
    let qual = crate::str_of(&c.qualname.borrow()).to_string();
    let name = if module == "builtins" || module == "__main__" { qual } else { format!("{module}.{qual}") };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// Formats a whole traceback with causes and contexts, exactly as CPython prints it.
/// `source_line` fetches a file's line for display.
pub fn format_traceback(exc: &Value, source_line: &dyn Fn(&str, u32) -> Option<String>) -> String {
    let mut out = String::new();
    let mut seen: Vec<u64> = Vec::new();
    format_chain(exc, source_line, &mut out, &mut seen);
    out
}

fn format_chain(exc: &Value, source_line: &dyn Fn(&str, u32) -> Option<String>, out: &mut String, seen: &mut Vec<u64>) {
    seen.push(exc.bits());
    if let Some(st) = exc_state(exc) {
        let (cause, context, suppress) = {
            let s = st.borrow();
            (s.cause.clone(), s.context.clone(), s.suppress_context)
        };
        if !cause.is_none() && !seen.contains(&cause.bits()) {
            format_chain(&cause, source_line, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if !suppress && !context.is_none() && !seen.contains(&context.bits()) {
            format_chain(&context, source_line, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        let s = st.borrow();
        if !s.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Entries are pushed innermost first as the exception unwinds.
            let entries: Vec<&TbEntry> = s.traceback.iter().rev().collect();
            let mut i = 0;
            while i < entries.len() {
                // CPython folds more than three identical consecutive frames.
                let e = entries[i];
                let mut j = i + 1;
                while j < entries.len() && same_frame(entries[j], e) {
                    j += 1;
                }
                let run = j - i;
                let shown = run.min(3);
                for _ in 0..shown {
                    push_frame(out, e, source_line);
                }
                if run > 3 {
                    let more = run - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {more} more time{}]\n",
                        if more == 1 { "" } else { "s" }
                    ));
                }
                i = j;
            }
        }
    }
    // A SyntaxError shows where its text is wrong, then only its message.
    match crate::exc_fields::syntax_error_location(exc) {
        Some((location, msg)) => {
            out.push_str(&location);
            out.push_str(&final_line_with(exc, msg));
        }
        None => out.push_str(&final_line(exc)),
    }
    out.push('\n');
    if let Some(st) = exc_state(exc) {
        let notes = st.borrow().notes.clone();
        if let Some(Obj::List(l)) = notes.obj() {
            for n in l.borrow().iter() {
                match crate::repr::str(n) {
                    Ok(s) => {
                        out.push_str(&s);
                        out.push('\n');
                    }
                    Err(_) => out.push_str("<note str() failed>\n"),
                }
            }
        }
    }
}

fn same_frame(a: &TbEntry, b: &TbEntry) -> bool {
    a.line == b.line && a.file == b.file && a.func == b.func
}

fn push_frame(out: &mut String, e: &TbEntry, source_line: &dyn Fn(&str, u32) -> Option<String>) {
    out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.file, e.line, e.func));
    if let Some(line) = source_line(&e.file, e.line) {
        // (CPython strips the indentation and keeps trailing whitespace.)
        let t = line.trim_start().trim_end_matches(['\n', '\r']);
        if !t.trim_end().is_empty() {
            out.push_str(&format!("    {t}\n"));
        }
    }
}
