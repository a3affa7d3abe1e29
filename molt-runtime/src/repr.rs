//! `repr()` and `str()` of every value, with CPython's exact text.

use crate::object::*;
use crate::types::{self, type_name, TypeId};
use crate::value::Value;
use crate::str_of;
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is in progress, so self-references print as `[...]`.
    static IN_PROGRESS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

struct ReprGuard(u64);
impl ReprGuard {
    fn enter(v: &Value) -> Option<ReprGuard> {
        IN_PROGRESS.with(|p| {
            let mut p = p.borrow_mut();
            if p.contains(&v.bits()) {
                None
            } else {
                p.push(v.bits());
                Some(ReprGuard(v.bits()))
            }
        })
    }
}
impl Drop for ReprGuard {
    fn drop(&mut self) {
        IN_PROGRESS.with(|p| {
            let mut p = p.borrow_mut();
            if let Some(i) = p.iter().rposition(|x| *x == self.0) {
                p.remove(i);
            }
        });
    }
}

/// CPython's repr of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x7f => out.push(c),
            c if crate::unicode::is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::from(prefix);
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

fn addr(v: &Value) -> String {
    format!("0x{:012x}", v.id())
}

fn qualified_class_name(cls: &Value) -> String {
    match types::as_class(cls) {
        Some(c) => {
            let m = str_of(&c.module.borrow()).to_string();
            let q = str_of(&c.qualname.borrow()).to_string();
            if m == "builtins" {
                q
            } else {
                format!("{m}.{q}")
            }
        }
        None => "?".into(),
    }
}

fn join_reprs<'a>(items: impl Iterator<Item = &'a Value>) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(x)?);
    }
    Ok(out)
}

/// Repr without calling Python code (debugging); `None` for objects that would need it.
pub fn repr_plain(v: &Value) -> Option<String> {
    if v.is_unbound() {
        return Some("<unbound>".into());
    }
    match v.obj() {
        Some(Obj::Instance(_)) => Some(format!("<{} object>", type_name(v))),
        _ => repr(v).ok(),
    }
}

/// A user-defined `__repr__`/`__str__` on the value's class (builtin defaults excluded).
/// The `__repr__`/`__str__` an instance's class defines, unless it is a builtin type's default.
fn user_dunder(v: &Value, name: &'static str) -> Option<Value> {
    types::lookup_override(&types::type_of(v), &crate::intern_static(name))
}

fn call_text_dunder(v: &Value, m: &Value, name: &str) -> PyResult<String> {
    let r = crate::call::call_method_value(m, v, &[], &[])?;
    match r.obj() {
        Some(Obj::Str(s)) => Ok(s.s.to_string()),
        _ => Err(crate::exceptions::type_error(format!(
            "{name} returned non-string (type {})",
            type_name(&r)
        ))),
    }
}

pub fn repr(v: &Value) -> PyResult<String> {
    if v.is_small_int() {
        return Ok(v.as_small_int().to_string());
    }
    if v.is_float() {
        return Ok(crate::numfmt::float_repr(v.as_float()));
    }
    if v.is_bool() {
        return Ok(if v.as_bool() { "True" } else { "False" }.into());
    }
    if v.is_none() {
        return Ok("None".into());
    }
    let Some(o) = v.obj() else { return Ok("<unbound>".into()) };
    Ok(match o {
        Obj::Int(b) => crate::builtins::int::int_to_decimal(b)?,
        Obj::Str(s) => str_repr(&s.s),
        Obj::Bytes(b) => bytes_repr(b, "b"),
        Obj::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow(), "b")),
        Obj::List(l) => {
            let Some(_g) = ReprGuard::enter(v) else { return Ok("[...]".into()) };
            let items = l.borrow().clone();
            format!("[{}]", join_reprs(items.iter())?)
        }
        Obj::Tuple(t) => {
            let Some(_g) = ReprGuard::enter(v) else { return Ok("(...)".into()) };
            if t.len() == 1 {
                format!("({},)", repr(&t[0])?)
            } else {
                format!("({})", join_reprs(t.iter())?)
            }
        }
        Obj::Dict(d) => {
            let Some(_g) = ReprGuard::enter(v) else { return Ok("{...}".into()) };
            let items = d.borrow().items();
            let mut out = String::from("{");
            for (i, (k, val)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr(k)?);
                out.push_str(": ");
                out.push_str(&repr(val)?);
            }
            out.push('}');
            out
        }
        Obj::Set(s) => {
            let keys = s.borrow().keys();
            if keys.is_empty() {
                "set()".into()
            } else {
                let Some(_g) = ReprGuard::enter(v) else { return Ok("set(...)".into()) };
                format!("{{{}}}", join_reprs(keys.iter())?)
            }
        }
        Obj::FrozenSet(s) => {
            let keys = s.borrow().keys();
            if keys.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", join_reprs(keys.iter())?)
            }
        }
        Obj::DictView(d, kind) => {
            let (name, items) = match (d.obj(), kind) {
                (Some(Obj::Dict(t)), DictViewKind::Keys) => ("dict_keys", t.borrow().keys()),
                (Some(Obj::Dict(t)), DictViewKind::Values) => ("dict_values", t.borrow().values()),
                (Some(Obj::Dict(t)), DictViewKind::Items) => (
                    "dict_items",
                    t.borrow().items().into_iter().map(|(k, v)| crate::tuple_new(vec![k, v])).collect(),
                ),
                _ => ("dict_keys", vec![]),
            };
            format!("{name}([{}])", join_reprs(items.iter())?)
        }
        Obj::Range(r) => {
            if crate::int::as_i64(&r.step) == Some(1) {
                format!("range({}, {})", repr(&r.start)?, repr(&r.stop)?)
            } else {
                format!("range({}, {}, {})", repr(&r.start)?, repr(&r.stop)?, repr(&r.step)?)
            }
        }
        Obj::Slice(s) => format!("slice({}, {}, {})", repr(&s.start)?, repr(&s.stop)?, repr(&s.step)?),
        Obj::Function(f) => format!("<function {} at {}>", str_of(&f.qualname.borrow()), addr(v)),
        Obj::Builtin(b) => match &b.bound {
            Some(r) if !matches!(r.obj(), Some(Obj::Module(_))) => {
                let short = b.name.rsplit('.').next().unwrap_or(b.name);
                format!("<built-in method {short} of {} object at {}>", type_name(r), addr(r))
            }
            _ => match crate::types::method_descriptor_owner(b) {
                Some(owner) => format!("<method '{}' of '{owner}' objects>", b.name.rsplit('.').next().unwrap_or(b.name)),
                None => format!("<built-in function {}>", b.name),
            },
        },
        Obj::BoundMethod { func, receiver } => {
            let fname = match func.obj() {
                Some(Obj::Function(f)) => str_of(&f.qualname.borrow()).to_string(),
                _ => "?".into(),
            };
            format!("<bound method {} of {}>", fname, repr(receiver)?)
        }
        Obj::Class(_) => format!("<class '{}'>", qualified_class_name(v)),
        Obj::Instance(i) => {
            if let Some(m) = user_dunder(v, "__repr__") {
                return call_text_dunder(v, &m, "__repr__");
            }
            if i.exc.is_some() {
                return crate::exceptions::exc_repr_default(v);
            }
            format!("<{} object at {}>", qualified_class_name(&i.class.borrow()), addr(v))
        }
        Obj::Module(m) => {
            let name = str_of(&m.name);
            let file = m.dict.obj().and_then(|_| crate::builtins::dict::dict_get_str(&m.dict, "__file__"));
            match file {
                Some(f) if crate::is_str(&f) => format!("<module '{name}' from '{}'>", str_of(&f)),
                _ => format!("<module '{name}' (built-in)>"),
            }
        }
        Obj::Cell(_) => format!("<cell at {}>", addr(v)),
        Obj::Iter(_) => format!("<{} object at {}>", type_name(v), addr(v)),
        Obj::Generator(_, name) => format!("<generator object {} at {}>", str_of(name), addr(v)),
        Obj::Property(_) => format!("<property object at {}>", addr(v)),
        Obj::StaticMethod(_) => format!("<staticmethod object at {}>", addr(v)),
        Obj::ClassMethod(_) => format!("<classmethod object at {}>", addr(v)),
        Obj::Super { class, .. } => format!("<super: <class '{}'>, <object>>", types::class_name(class)),
        Obj::NotImplemented => "NotImplemented".into(),
        Obj::Ellipsis => "Ellipsis".into(),
    })
}

/// `str(v)`.
pub fn str(v: &Value) -> PyResult<String> {
    match v.obj() {
        Some(Obj::Str(s)) => Ok(s.s.to_string()),
        Some(Obj::Instance(i)) => {
            if let Some(m) = user_dunder(v, "__str__") {
                return call_text_dunder(v, &m, "__str__");
            }
            if i.exc.is_some() {
                return crate::exceptions::exc_str_default(v);
            }
            repr(v)
        }
        _ => repr(v),
    }
}

/// `str(v)` as a value (reusing str objects).
pub fn str_value(v: &Value) -> PyResult<Value> {
    if crate::is_str(v) {
        return Ok(v.clone());
    }
    Ok(crate::str_from(str(v)?))
}

/// `ascii(v)`: repr with non-ASCII escaped.
pub fn ascii(v: &Value) -> PyResult<String> {
    let r = repr(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    Ok(out)
}

pub fn is_type_id(v: &Value, id: TypeId) -> bool {
    types::type_id_of(v) == id
}
