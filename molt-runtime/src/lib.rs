//! molt-runtime: Molt's values, heap objects, operators, builtins and exceptions.
//!
//! Every Python value is a NaN-boxed [`Value`]; heap objects carry a reference count and are
//! released deterministically. Python exceptions travel as `Err(Exc)`. The interpreter and
//! (later) compiled code call the generic operations in [`ops`] and the builtins; Python-level
//! functions and generators are reached back through the hooks in [`call`].
//!
//! # Source layout
//! - `value.rs`: the NaN-boxed word and reference counting; `object.rs`: heap object kinds.
//! - `types.rs`: builtin type objects, `type()`, MRO; `construct.rs`: calling a class.
//! - `ops.rs`: truth, hash, comparison, arithmetic, items, iteration; `int.rs`: integers.
//! - `attr.rs`: attribute lookup and assignment; `call.rs`: calling, argument binding, VM hooks;
//!   `introspect.rs`: functions' `__closure__` and `__code__`.
//! - `dict.rs` / `set.rs`: hash tables; `hash.rs` / `pyhash.rs`: CPython-identical hashes.
//! - `repr.rs`, `fmt.rs`, `numfmt.rs`: repr/str, `%` and `format()`, number formatting.
//! - `exceptions.rs`: exception state and tracebacks; `exc_fields.rs`: the attributes and
//!   `str()` of OSError, SyntaxError and the Unicode errors; `mt.rs`: the Mersenne Twister.
//! - `libm.rs`: C math library functions std lacks or computes differently.
//! - `unicode.rs`: CPython 3.12's character properties and case mappings for str, over the
//!   generated `unicode_tables.rs` (`tools/gen_unicode_tables.py`).
//! - `builtins/`: builtin functions and the methods of builtin types, by type.

pub mod alloc;
pub mod attr;
pub mod attr_site;
pub mod builtins;
pub mod call_site;
pub mod call;
pub mod construct;
pub mod dict;
pub mod exc_fields;
pub mod exceptions;
pub mod fmt;
pub mod global_site;
pub mod hash;
pub mod int;
pub mod introspect;
pub mod jit_layout;
pub mod io;
pub mod libm;
pub mod mt;
pub mod numfmt;
pub mod object;
pub mod ops;
pub mod pyhash;
pub mod regstack;
pub mod repr;
pub mod set;
pub mod types;
pub mod unicode;
#[rustfmt::skip]
mod unicode_tables;
pub mod value;

pub use object::{Exc, Obj, PyResult};
pub use value::Value;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A fast hasher for the intern table's short identifier keys (not exposed to Python, so
/// hash flooding is not a concern here).
#[derive(Default)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

thread_local! {
    static INTERNED: RefCell<HashMap<Box<str>, Value, FxBuild>> = RefCell::new(HashMap::default());
    static SINGLETONS: (Value, Value) = (Value::new(Obj::NotImplemented), Value::new(Obj::Ellipsis));
}

/// Creates the builtin types and method tables. Idempotent.
/// Sets up the runtime. The builtin type objects are process-wide and built once; the
/// runtime itself is single-threaded (unit tests that run it hold a lock, see `value.rs`).
pub fn init() {
    static TYPES: std::sync::Once = std::sync::Once::new();
    pyhash::init_secret();
    TYPES.call_once(|| {
        types::init_types();
        builtins::init_methods();
    });
}

pub fn str_new(s: &str) -> Value {
    Value::new(Obj::Str(object::PyStr::new(s.into())))
}
pub fn str_from(s: String) -> Value {
    Value::new(Obj::Str(object::PyStr::new(s.into_boxed_str())))
}
/// `str_new` for text known to be ASCII (a piece of an ASCII str): its length is its code
/// point count, so nothing scans it.
pub fn str_ascii(s: &str) -> Value {
    Value::new(Obj::Str(object::PyStr::with_chars(s.into(), s.len())))
}
/// `str_from` for text known to be ASCII.
pub fn str_from_ascii(s: String) -> Value {
    let chars = s.len();
    str_from_chars(s, chars)
}
/// `str_from` for text whose code point count is known (`chars`).
pub fn str_from_chars(s: String, chars: usize) -> Value {
    Value::new(Obj::Str(object::PyStr::with_chars(s.into_boxed_str(), chars)))
}
/// An interned string: identifiers and attribute names share one object each.
pub fn intern(s: &str) -> Value {
    INTERNED.with(|m| {
        if let Some(v) = m.borrow().get(s) {
            return v.clone();
        }
        let v = str_new(s);
        m.borrow_mut().insert(s.into(), v.clone());
        v
    })
}
/// `intern` for names in the program text of the runtime itself (dunder names looked up on
/// every operator call): a small direct-mapped cache keyed on the literal's address and
/// length (a `'static` str never moves or changes) answers without hashing the text.
pub fn intern_static(s: &'static str) -> Value {
    const SLOTS: usize = 64;
    thread_local! {
        static CACHE: RefCell<[(usize, usize, Option<Value>); SLOTS]> = RefCell::new(std::array::from_fn(|_| (0, 0, None)));
    }
    let (ptr, len) = (s.as_ptr() as usize, s.len());
    let slot = (ptr >> 3 ^ len) % SLOTS;
    CACHE.with(|c| {
        if let (p, l, Some(v)) = &c.borrow()[slot] {
            if *p == ptr && *l == len {
                return v.clone();
            }
        }
        let v = intern(s);
        c.borrow_mut()[slot] = (ptr, len, Some(v.clone()));
        v
    })
}
/// The one-character str `c`: characters below U+0100 are shared objects made once per
/// thread (as CPython keeps its latin-1 singletons), so indexing and iterating text and
/// `chr()` allocate nothing for them, and `s[0] is s[1]` holds for equal ones as in CPython.
pub fn char_str(c: char) -> Value {
    thread_local! {
        /// The bits of each character's str once made (0 before); the table holds one
        /// reference to each for the thread's life. Plain words, so reading the table is one
        /// thread-local load with no borrow flag or lazy initialization.
        static LATIN1: [Cell<u64>; 256] = const { [const { Cell::new(0) }; 256] };
    }
    let i = c as usize;
    if i >= 256 {
        return str_from(c.to_string());
    }
    let bits = LATIN1.with(|t| t[i].get());
    if bits != 0 {
        // SAFETY: the table's reference keeps the str alive; the temporary made from its bits
        // is not dropped (ManuallyDrop), so only the clone's new reference is taken.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
        return Value::clone(&v);
    }
    // The interned object: a one-character constant in the program is the same one.
    let v = intern(c.encode_utf8(&mut [0; 4]));
    LATIN1.with(|t| t[i].set(v.clone().into_bits()));
    v
}
/// The text of a str value. Callers check the type first; a non-str gives "".
pub fn str_of(v: &Value) -> &str {
    match v.obj() {
        Some(Obj::Str(s)) => &s.s,
        _ => "",
    }
}
pub fn is_str(v: &Value) -> bool {
    matches!(v.obj(), Some(Obj::Str(_)))
}
/// The items of tuple `t` to overwrite, when `t` holds the only reference to it (so no one can
/// see the change): zip and enumerate refill their last result, as CPython's do.
pub fn unique_tuple_items(t: &mut Value) -> Option<&mut [Value]> {
    if !t.is_heap() || t.refcount() != 1 {
        return None;
    }
    // SAFETY: `t` holds the only count on a live object and is borrowed mutably, so nothing
    // else can read or write the object while the returned borrow lives.
    match unsafe { &mut (*t.heap_ptr()).obj } {
        Obj::Tuple(items) => Some(items),
        _ => None,
    }
}

pub fn tuple_new(items: Vec<Value>) -> Value {
    Value::new(Obj::Tuple(items.into_boxed_slice()))
}
pub fn tuple_items(v: &Value) -> &[Value] {
    match v.obj() {
        Some(Obj::Tuple(t)) => t,
        _ => &[],
    }
}
pub fn list_new(items: Vec<Value>) -> Value {
    Value::new(Obj::List(RefCell::new(items)))
}
pub fn bytes_new(b: Vec<u8>) -> Value {
    Value::new(Obj::Bytes(b.into_boxed_slice()))
}
pub fn dict_value(t: dict::DictTable) -> Value {
    Value::new(Obj::Dict(RefCell::new(t)))
}
pub fn dict_new() -> Value {
    dict_value(dict::DictTable::new())
}
pub fn singleton_not_implemented() -> Value {
    SINGLETONS.with(|s| s.0.clone())
}
pub fn singleton_ellipsis() -> Value {
    SINGLETONS.with(|s| s.1.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intern_static_gives_the_interned_object() {
        // More literals than the cache has slots, so some share a slot and evict each other.
        let names: Vec<&'static str> = (0..200).map(|i| &*Box::leak(format!("__n{i}__").into_boxed_str())).collect();
        for _ in 0..3 {
            for &n in &names {
                let a = intern_static(n);
                assert!(a.is(&intern(n)), "{n}");
                assert_eq!(str_of(&a), n);
            }
        }
        assert!(intern_static("__add__").is(&intern("__add__")));
    }
}
