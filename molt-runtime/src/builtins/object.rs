//! Methods of `object`, `BaseException` and `property`.

use super::add_methods;
use crate::call::check_arity;
use crate::exceptions::{exc_state, type_error};
use crate::object::*;
use crate::types::{self, TypeId};
use crate::value::Value;

fn object_init(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `object.__new__(cls, …)`: a bare instance of `cls` (its `__init__` is not called).
fn object_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first() else { return Err(type_error("object.__new__(): not enough arguments")) };
    let Some(c) = types::as_class(cls) else {
        return Err(type_error(format!("object.__new__(X): X is not a type object ({})", types::type_name(cls))));
    };
    match c.base_layout.get() {
        TypeId::Object => Ok(Value::new(Obj::Instance(InstanceObj::new(cls.clone(), None)))),
        TypeId::BaseException => Ok(crate::exceptions::instantiate(cls, crate::tuple_new(args[1..].to_vec()))),
        _ if c.builtin.is_some() => crate::call::call(cls, &args[1..]),
        other => Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            types::class_name(cls),
            types::TYPE_NAMES[other as usize]
        ))),
    }
}

fn object_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__repr__", args, 1, 1)?;
    let v = &args[0];
    let s = match v.obj() {
        Some(Obj::Instance(i)) if i.exc.is_none() => {
            let cls = i.class.borrow().clone();
            let c = types::as_class(&cls).unwrap();
            let m = crate::str_of(&c.module.borrow()).to_string();
            let q = crate::str_of(&c.qualname.borrow()).to_string();
            format!("<{}.{} object at 0x{:012x}>", m, q, v.id())
        }
        _ => crate::repr::repr(v)?,
    };
    Ok(crate::str_from(s))
}

fn object_str(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__str__", args, 1, 1)?;
    Ok(crate::str_from(crate::repr::repr(&args[0])?))
}

fn object_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) { Value::TRUE } else { crate::singleton_not_implemented() })
}

/// `object.__ne__`: the inverse of `type(self).__eq__`, or NotImplemented when that is.
fn object_ne(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__ne__", args, 2, 2)?;
    let r = match crate::types::lookup_in_class(&types::type_of(&args[0]), &crate::intern("__eq__")) {
        Some(eq) => crate::call::call_method_value(&eq, &args[0], &args[1..2], &[])?,
        None => crate::singleton_not_implemented(),
    };
    if matches!(r.obj(), Some(Obj::NotImplemented)) {
        return Ok(r);
    }
    Ok(Value::bool(!crate::ops::truthy(&r)?))
}

fn object_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__hash__", args, 1, 1)?;
    Ok(Value::int(crate::hash::hash_pointer(args[0].id() as usize)))
}

fn object_setattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__setattr__", args, 3, 3)?;
    crate::attr::generic_setattr(&args[0], &args[1], args[2].clone())?;
    Ok(Value::NONE)
}

fn object_getattribute(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__getattribute__", args, 2, 2)?;
    crate::attr::getattr(&args[0], &args[1])
}

fn object_delattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__delattr__", args, 2, 2)?;
    crate::attr::generic_delattr(&args[0], &args[1])?;
    Ok(Value::NONE)
}

fn object_init_subclass(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = args.first().map(types::class_name).unwrap_or_default();
        return Err(type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::NONE)
}

fn object_format(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("object.__format__", args, 2, 2)?;
    let spec = crate::str_of(&args[1]);
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            types::type_name(&args[0])
        )));
    }
    Ok(crate::str_from(crate::repr::str(&args[0])?))
}

fn exc_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(format!("{}() takes no keyword arguments", types::type_name(&args[0]))));
    }
    if let Some(s) = exc_state(&args[0]) {
        // OSError, SyntaxError, … also fill their slot attributes from the arguments.
        let (fields, kept) = crate::exc_fields::init_fields(&types::type_of(&args[0]), &args[1..]);
        let mut s = s.borrow_mut();
        s.args = crate::tuple_new(kept);
        s.fields = fields;
    }
    Ok(Value::NONE)
}

fn exc_str(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::str_from(crate::exceptions::exc_str_default(&args[0])?))
}

fn exc_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::str_from(crate::exceptions::exc_repr_default(&args[0])?))
}

fn exc_with_traceback(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("with_traceback", args, 2, 2)?;
    Ok(args[0].clone())
}

fn exc_add_note(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("add_note", args, 2, 2)?;
    if !crate::is_str(&args[1]) {
        return Err(type_error(format!("note must be a str, not '{}'", types::type_name(&args[1]))));
    }
    if let Some(s) = exc_state(&args[0]) {
        let mut s = s.borrow_mut();
        if s.notes.is_none() {
            s.notes = crate::list_new(vec![]);
        }
        if let Some(Obj::List(l)) = s.notes.obj() {
            l.borrow_mut().push(args[1].clone());
        }
    }
    Ok(Value::NONE)
}

fn new_property(old: &PropertyObj, which: usize, f: Value) -> Value {
    let mut parts = [old.fget.clone(), old.fset.clone(), old.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    Value::new(Obj::Property(PropertyObj { fget, fset, fdel, doc: old.doc.clone() }))
}

fn prop_with(args: &[Value], which: usize, name: &str) -> PyResult<Value> {
    check_arity(name, args, 2, 2)?;
    match args[0].obj() {
        Some(Obj::Property(p)) => Ok(new_property(p, which, args[1].clone())),
        _ => Err(type_error("descriptor requires a 'property' object")),
    }
}

fn prop_getter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop_with(args, 0, "getter")
}
fn prop_setter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop_with(args, 1, "setter")
}
fn prop_deleter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop_with(args, 2, "deleter")
}

fn prop_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__get__", args, 2, 3)?;
    match args[0].obj() {
        Some(Obj::Property(p)) => {
            if args[1].is_none() {
                return Ok(args[0].clone());
            }
            crate::call::call(&p.fget, &args[1..2])
        }
        _ => Err(type_error("descriptor requires a 'property' object")),
    }
}

pub(crate) fn register() {
    add_methods(
        TypeId::Object,
        &[
            ("object.__init__", object_init, true),
            ("object.__new__", object_new, true),
            ("object.__repr__", object_repr, false),
            ("object.__str__", object_str, false),
            ("object.__eq__", object_eq, false),
            ("object.__ne__", object_ne, false),
            ("object.__hash__", object_hash, false),
            ("object.__setattr__", object_setattr, false),
            ("object.__getattribute__", object_getattribute, false),
            ("object.__delattr__", object_delattr, false),
            ("object.__init_subclass__", object_init_subclass, true),
            ("object.__format__", object_format, false),
        ],
    );
    {
        // __new__ is a static method taking the class explicitly.
        let c = types::type_class(TypeId::Object);
        let mut d = c.dict.borrow_mut();
        if let Some(f) = d.get_str(&crate::intern("__new__")) {
            d.set_str(crate::intern("__new__"), Value::new(Obj::StaticMethod(f)));
        }
        if let Some(f) = d.get_str(&crate::intern("__init_subclass__")) {
            d.set_str(crate::intern("__init_subclass__"), Value::new(Obj::ClassMethod(f)));
        }
    }
    add_methods(
        TypeId::BaseException,
        &[
            ("BaseException.__init__", exc_init, true),
            ("BaseException.__str__", exc_str, false),
            ("BaseException.__repr__", exc_repr, false),
            ("BaseException.with_traceback", exc_with_traceback, false),
            ("BaseException.add_note", exc_add_note, false),
        ],
    );
    add_methods(
        TypeId::Property,
        &[
            ("property.getter", prop_getter, false),
            ("property.setter", prop_setter, false),
            ("property.deleter", prop_deleter, false),
            ("property.__get__", prop_get, false),
        ],
    );
}
