//! Builtin functions and the methods of builtin types, registered into their type objects.

pub mod bytes;
pub mod ctors;
pub mod dict;
pub mod dunders;
pub mod functions;
pub mod int;
pub mod iters;
pub mod object;
pub mod seq;
pub mod set;
pub mod sort;
pub mod str;

use crate::object::{BuiltinFn, BuiltinImpl, Obj};
use crate::types::{type_class, TypeId};
use crate::value::Value;

/// A builtin function object. `name` is qualified for methods (`list.append`).
pub fn builtin(name: &'static str, f: BuiltinImpl, takes_kwargs: bool) -> Value {
    Value::new(Obj::Builtin(BuiltinFn { name, f, bound: None, takes_kwargs }))
}

/// (qualified name, implementation, accepts keywords)
pub type MethodDef = (&'static str, BuiltinImpl, bool);

pub fn add_methods(id: TypeId, defs: &[MethodDef]) {
    let c = type_class(id);
    let mut d = c.dict.borrow_mut();
    for (qual, f, kw) in defs {
        let short = qual.rsplit('.').next().unwrap_or(qual);
        d.set_str(crate::intern(short), builtin(qual, *f, *kw));
    }
}

pub(crate) fn init_methods() {
    object::register();
    str::register();
    seq::register();
    dict::register();
    set::register();
    int::register();
    bytes::register();
    iters::register();
    dunders::register();
}
