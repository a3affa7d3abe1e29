//! Attribute lookup, assignment and deletion (`obj.name`), descriptors (functions, property,
//! staticmethod, classmethod), `super()`, and method lookup for calls without bound objects.

use crate::call::{call, call_method_value};
use crate::exceptions::{attribute_error, exc_state, type_error};
use crate::object::*;
use crate::types::{self, as_class, lookup_in_class, type_name, type_obj, TypeId};
use crate::value::Value;
use crate::{intern, str_of};

/// What a method lookup found.
pub enum Method {
    /// A function found on the class: call it with the receiver prepended.
    Unbound(Value),
    /// Any other callable (already bound, or from an instance dict).
    Bound(Value),
}

/// Binds an attribute found on `obj`'s class (functions become bound methods, …).
pub fn bind_class_attr(attr: Value, obj: &Value) -> PyResult<Value> {
    bind(attr, obj)
}

fn bind(attr: Value, obj: &Value) -> PyResult<Value> {
    Ok(match attr.obj() {
        Some(Obj::Function(_)) => Value::new(Obj::BoundMethod { func: attr.clone(), receiver: obj.clone() }),
        Some(Obj::Builtin(b)) if b.bound.is_none() => Value::new(Obj::Builtin(BuiltinFn {
            name: b.name,
            f: b.f,
            bound: Some(obj.clone()),
            takes_kwargs: b.takes_kwargs,
        })),
        Some(Obj::StaticMethod(inner)) => inner.clone(),
        Some(Obj::ClassMethod(inner)) => {
            Value::new(Obj::BoundMethod { func: inner.clone(), receiver: types::type_of(obj) })
        }
        Some(Obj::Property(p)) => {
            if p.fget.is_none() {
                return Err(attribute_error("unreadable attribute"));
            }
            call(&p.fget, std::slice::from_ref(obj))?
        }
        _ => attr,
    })
}

fn bind_to_class(attr: Value, cls: &Value) -> Value {
    match attr.obj() {
        Some(Obj::StaticMethod(inner)) => inner.clone(),
        // A builtin type's class method bound to its class is a builtin method (dict.fromkeys).
        Some(Obj::ClassMethod(inner)) => match inner.obj() {
            Some(Obj::Builtin(b)) if b.bound.is_none() => {
                Value::new(Obj::Builtin(BuiltinFn { name: b.name, f: b.f, bound: Some(cls.clone()), takes_kwargs: b.takes_kwargs }))
            }
            _ => Value::new(Obj::BoundMethod { func: inner.clone(), receiver: cls.clone() }),
        },
        _ => attr,
    }
}

fn no_attr(obj: &Value, name: &str) -> Exc {
    let e = no_attr_plain(obj, name);
    if let Some(Obj::Instance(i)) = e.0.obj() {
        let mut d = i.table().borrow_mut();
        d.set_str(intern("name"), crate::str_new(name));
        d.set_str(intern("obj"), obj.clone());
    }
    e
}

fn no_attr_plain(obj: &Value, name: &str) -> Exc {
    match obj.obj() {
        Some(Obj::Module(m)) => attribute_error(format!("module '{}' has no attribute '{name}'", str_of(&m.name))),
        Some(Obj::Class(c)) => attribute_error(format!("type object '{}' has no attribute '{name}'", str_of(&c.name.borrow()))),
        _ => attribute_error(format!("'{}' object has no attribute '{name}'", type_name(obj))),
    }
}

/// An instance of a user class defining `__get__`: a descriptor.
pub fn has_descriptor_get(a: &Value) -> bool {
    matches!(a.obj(), Some(Obj::Instance(_))) && crate::call::has_dunder(a, "__get__")
}

/// A descriptor that also defines `__set__` or `__delete__`: it takes precedence over the
/// instance dict.
pub fn is_data_descriptor(a: &Value) -> bool {
    matches!(a.obj(), Some(Obj::Instance(_)))
        && (crate::call::has_dunder(a, "__set__") || crate::call::has_dunder(a, "__delete__"))
}

fn descriptor_get(a: &Value, obj: &Value, owner: &Value) -> PyResult<Value> {
    if !crate::call::has_dunder(a, "__get__") {
        return Ok(a.clone());
    }
    Ok(crate::call::call_dunder(a, "__get__", &[obj.clone(), owner.clone()])?.unwrap_or(Value::NONE))
}

/// A module's attribute: `name` is already a str object, looked up as it is (no interning
/// on each access).
fn module_attr(m: &crate::object::ModuleObj, name: &Value, n: &str) -> Option<Value> {
    match (m.dict.obj(), name.obj()) {
        (Some(Obj::Dict(t)), Some(Obj::Str(_))) => t.borrow().get_str(name),
        _ => crate::builtins::dict::dict_get_str(&m.dict, n),
    }
}

/// `getattr(obj, name)`.
pub fn getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    let n = str_of(name);
    match obj.obj() {
        Some(Obj::Instance(inst)) => {
            let cls = inst.class.borrow().clone();
            let class_attr = lookup_in_class(&cls, name);
            if let Some(a) = &class_attr {
                if let Some(Obj::Property(p)) = a.obj() {
                    if p.fget.is_none() {
                        return Err(attribute_error(format!(
                            "property '{n}' of '{}' object has no getter",
                            type_name(obj)
                        )));
                    }
                    return call(&p.fget, std::slice::from_ref(obj));
                }
                if is_data_descriptor(a) {
                    return descriptor_get(a, obj, &cls);
                }
            }
            if let Some(v) = inst.table().borrow().get_str(name) {
                return Ok(v);
            }
            if let Some(st) = &inst.exc {
                let s = st.borrow();
                match n {
                    "args" => return Ok(s.args.clone()),
                    "__cause__" => return Ok(s.cause.clone()),
                    "__context__" => return Ok(s.context.clone()),
                    "__suppress_context__" => return Ok(Value::bool(s.suppress_context)),
                    "__traceback__" => return Ok(crate::exceptions::traceback_object(&s.traceback)),
                    "__notes__" if !s.notes.is_none() => return Ok(s.notes.clone()),
                    _ => {}
                }
                let items = crate::tuple_items(&s.args);
                let first = || items.first().cloned().unwrap_or(Value::NONE);
                let is = |id: TypeId| types::is_subclass(&cls, &type_obj(id));
                match n {
                    "value" if is(TypeId::StopIteration) => return Ok(first()),
                    "code" if is(TypeId::SystemExit) => {
                        return Ok(match items.len() {
                            0 => Value::NONE,
                            1 => items[0].clone(),
                            _ => s.args.clone(),
                        })
                    }
                    _ if crate::exc_fields::field_names(&cls).contains(&n) => {
                        // A slot attribute that was never set reads None.
                        let v = s.fields.iter().find(|(f, _)| *f == n).map(|(_, v)| v.clone());
                        return Ok(v.unwrap_or(Value::NONE));
                    }
                    _ => {}
                }
            }
            if let Some(a) = class_attr {
                if has_descriptor_get(&a) {
                    return descriptor_get(&a, obj, &cls);
                }
                return bind(a, obj);
            }
            match n {
                "__class__" => return Ok(cls),
                "__dict__" => return Ok(inst.dict.clone()),
                _ => {}
            }
            if let Some(ga) = lookup_in_class(&cls, &crate::intern_static("__getattr__")) {
                return call_method_value(&ga, obj, std::slice::from_ref(name), &[]);
            }
            Err(no_attr(obj, n))
        }
        Some(Obj::Class(c)) => {
            if let Some(a) = lookup_in_class(obj, name) {
                if has_descriptor_get(&a) {
                    return descriptor_get(&a, &Value::NONE, obj);
                }
                return Ok(bind_to_class(a, obj));
            }
            match n {
                "__name__" => return Ok(c.name.borrow().clone()),
                "__qualname__" => return Ok(c.qualname.borrow().clone()),
                "__module__" => return Ok(c.module.borrow().clone()),
                "__bases__" => return Ok(crate::tuple_new(c.bases.borrow().clone())),
                "__base__" => return Ok(c.bases.borrow().first().cloned().unwrap_or(Value::NONE)),
                "__mro__" => {
                    let mut v = vec![obj.clone()];
                    v.extend(c.mro.borrow().iter().cloned());
                    return Ok(crate::tuple_new(v));
                }
                "__doc__" => return Ok(Value::NONE),
                "__class__" => return Ok(type_obj(TypeId::Type)),
                "__dict__" => return Ok(crate::dict_value(c.dict.borrow().copy())),
                "mro" => {
                    return Ok(Value::new(Obj::Builtin(BuiltinFn {
                        name: "mro",
                        f: |args, _| {
                            let c = as_class(&args[0]).unwrap();
                            let mut v = vec![args[0].clone()];
                            v.extend(c.mro.borrow().iter().cloned());
                            Ok(crate::list_new(v))
                        },
                        bound: Some(obj.clone()),
                        takes_kwargs: false,
                    })))
                }
                _ => {}
            }
            Err(no_attr(obj, n))
        }
        // `name` is already a str object: look it up as it is (no interning on each access).
        Some(Obj::Module(m)) => match module_attr(m, name, n) {
            Some(v) => Ok(v),
            None => match n {
                "__dict__" => Ok(m.dict.clone()),
                _ => Err(no_attr(obj, n)),
            },
        },
        Some(Obj::Super { class, receiver }) => super_getattr(class, receiver, name),
        Some(Obj::Function(f)) => match n {
            "__name__" => Ok(f.name.borrow().clone()),
            "__qualname__" => Ok(f.qualname.borrow().clone()),
            "__module__" => Ok(f.module.borrow().clone()),
            "__doc__" => Ok(f.doc.borrow().clone()),
            "__defaults__" => {
                let d = f.defaults.borrow();
                Ok(if d.is_empty() { Value::NONE } else { crate::tuple_new(d.clone()) })
            }
            "__kwdefaults__" => Ok(f.kwdefaults.borrow().clone()),
            "__globals__" => Ok(f.globals.clone()),
            "__closure__" => Ok(crate::introspect::closure_tuple(obj)),
            "__code__" => crate::introspect::code_object(obj),
            "__dict__" => {
                let mut d = f.dict.borrow_mut();
                Ok(d.get_or_insert_with(crate::dict_new).clone())
            }
            "__class__" => Ok(type_obj(TypeId::Function)),
            "__annotations__" => {
                let d = f.dict.borrow_mut().get_or_insert_with(crate::dict_new).clone();
                match crate::builtins::dict::dict_get_str(&d, n) {
                    Some(v) => Ok(v),
                    None => {
                        let fresh = crate::dict_new();
                        crate::builtins::dict::dict_set(&d, name.clone(), fresh.clone())?;
                        Ok(fresh)
                    }
                }
            }
            _ => {
                if let Some(d) = f.dict.borrow().as_ref() {
                    if let Some(v) = crate::builtins::dict::dict_get_str(d, n) {
                        return Ok(v);
                    }
                }
                generic_getattr(obj, name)
            }
        },
        Some(Obj::BoundMethod { func, receiver }) => match n {
            "__self__" => Ok(receiver.clone()),
            "__func__" => Ok(func.clone()),
            _ => getattr(func, name),
        },
        Some(Obj::Builtin(b)) => match n {
            "__name__" => Ok(crate::str_new(b.name.rsplit('.').next().unwrap_or(b.name))),
            "__qualname__" => Ok(crate::str_new(b.name)),
            "__self__" => Ok(b.bound.clone().unwrap_or(Value::NONE)),
            _ => generic_getattr(obj, name),
        },
        Some(Obj::Property(p)) => match n {
            "fget" => Ok(p.fget.clone()),
            "fset" => Ok(p.fset.clone()),
            "fdel" => Ok(p.fdel.clone()),
            "__doc__" => Ok(p.doc.clone()),
            _ => generic_getattr(obj, name),
        },
        Some(Obj::StaticMethod(f)) | Some(Obj::ClassMethod(f)) if n == "__func__" => Ok(f.clone()),
        Some(Obj::Cell(c)) if n == "cell_contents" => {
            let v = c.borrow().clone();
            if v.is_unbound() {
                return Err(crate::exceptions::value_error("Cell is empty"));
            }
            Ok(v)
        }
        Some(Obj::Slice(s)) => match n {
            "start" => Ok(s.start.clone()),
            "stop" => Ok(s.stop.clone()),
            "step" => Ok(s.step.clone()),
            _ => generic_getattr(obj, name),
        },
        Some(Obj::Range(r)) => match n {
            "start" => Ok(r.start.clone()),
            "stop" => Ok(r.stop.clone()),
            "step" => Ok(r.step.clone()),
            _ => generic_getattr(obj, name),
        },
        _ => generic_getattr(obj, name),
    }
}

/// Attributes of builtin values: methods from the type's dict, plus a few data attributes.
fn generic_getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    let cls = types::type_of(obj);
    if let Some(a) = lookup_in_class(&cls, name) {
        return bind(a, obj);
    }
    let n = str_of(name);
    if crate::int::is_int(obj) {
        match n {
            "real" | "numerator" => return Ok(crate::int::from_big(crate::int::big(obj).unwrap().into_owned())),
            "imag" => return Ok(Value::small_int(0)),
            "denominator" => return Ok(Value::small_int(1)),
            _ => {}
        }
    }
    if obj.is_float() {
        match n {
            "real" => return Ok(obj.clone()),
            "imag" => return Ok(Value::float(0.0)),
            _ => {}
        }
    }
    if n == "__class__" {
        return Ok(cls);
    }
    if let Some(Obj::Generator(_, gname)) = obj.obj() {
        match n {
            "__name__" => return Ok(gname.clone()),
            "__qualname__" => return Ok((crate::call::hooks().generator_info)(obj, "qualname")),
            "gi_running" => return Ok((crate::call::hooks().generator_info)(obj, "running")),
            "gi_suspended" => return Ok((crate::call::hooks().generator_info)(obj, "suspended")),
            "gi_yieldfrom" => return Ok((crate::call::hooks().generator_info)(obj, "yieldfrom")),
            _ => {}
        }
    }
    Err(no_attr(obj, n))
}

fn super_getattr(class: &Value, receiver: &Value, name: &Value) -> PyResult<Value> {
    let start_type = if as_class(receiver).is_some() && types::is_subclass(receiver, class) {
        receiver.clone()
    } else {
        types::type_of(receiver)
    };
    let mut mro = vec![start_type.clone()];
    if let Some(c) = as_class(&start_type) {
        mro.extend(c.mro.borrow().iter().cloned());
    }
    let pos = mro.iter().position(|m| m.is(class)).map(|p| p + 1).unwrap_or(mro.len());
    for m in &mro[pos..] {
        if let Some(mc) = as_class(m) {
            if let Some(a) = mc.dict.borrow().get_str(name) {
                if as_class(receiver).is_some() && start_type.is(receiver) {
                    return Ok(match a.obj() {
                        Some(Obj::ClassMethod(inner)) => {
                            Value::new(Obj::BoundMethod { func: inner.clone(), receiver: receiver.clone() })
                        }
                        Some(Obj::StaticMethod(inner)) => inner.clone(),
                        _ => a,
                    });
                }
                return match a.obj() {
                    Some(Obj::ClassMethod(inner)) => {
                        Ok(Value::new(Obj::BoundMethod { func: inner.clone(), receiver: start_type.clone() }))
                    }
                    _ => bind(a, receiver),
                };
            }
        }
    }
    Err(attribute_error(format!("'super' object has no attribute '{}'", str_of(name))))
}

/// Finds a method for `obj.name(...)` without allocating a bound method when possible.
pub fn lookup_method(obj: &Value, name: &Value) -> PyResult<Method> {
    match obj.obj() {
        Some(Obj::Instance(inst)) => {
            if let Some(v) = inst.table().borrow().get_str(name) {
                return Ok(Method::Bound(v));
            }
            let cls = inst.class.borrow().clone();
            if let Some(a) = lookup_in_class(&cls, name) {
                return Ok(match a.obj() {
                    Some(Obj::Function(_)) => Method::Unbound(a),
                    Some(Obj::Builtin(b)) if b.bound.is_none() => Method::Unbound(a),
                    Some(Obj::Property(_)) => Method::Bound(getattr(obj, name)?),
                    _ if has_descriptor_get(&a) => Method::Bound(getattr(obj, name)?),
                    _ => Method::Bound(bind(a, obj)?),
                });
            }
            Ok(Method::Bound(getattr(obj, name)?))
        }
        Some(Obj::Class(_)) | Some(Obj::Module(_)) | Some(Obj::Super { .. }) | Some(Obj::Function(_)) => {
            Ok(Method::Bound(getattr(obj, name)?))
        }
        _ => {
            let cls = types::type_of(obj);
            if let Some(a) = lookup_in_class(&cls, name) {
                if let Some(Obj::Builtin(b)) = a.obj() {
                    if b.bound.is_none() {
                        return Ok(Method::Unbound(a));
                    }
                }
            }
            Ok(Method::Bound(getattr(obj, name)?))
        }
    }
}

fn bump_class_version(cls: &ClassObj) {
    crate::types::invalidate_class(cls);
    crate::types::bump_global_class_epoch();
}

/// `obj.name = value`.
pub fn setattr(obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    if let Some(Obj::Instance(inst)) = obj.obj() {
        let cls = inst.class.borrow().clone();
        if let Some(c) = as_class(&cls) {
            if c.flags.get() & CLASS_HAS_SETATTR != 0 {
                if let Some(sa) = crate::types::lookup_override(&cls, &crate::intern_static("__setattr__")) {
                    call_method_value(&sa, obj, &[name.clone(), value], &[])?;
                    return Ok(());
                }
            }
        }
    }
    generic_setattr(obj, name, value)
}

/// `object.__setattr__(obj, name, value)`: attribute assignment without the class's own
/// `__setattr__` (data descriptors, properties, slots and the instance dict).
pub fn generic_setattr(obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let n = str_of(name);
    match obj.obj() {
        Some(Obj::Instance(inst)) => {
            let cls = inst.class.borrow().clone();
            if let Some(c) = as_class(&cls) {
                if c.flags.get() & CLASS_HAS_DESCRIPTOR_ATTRS != 0 {
                    if let Some(a) = lookup_in_class(&cls, name) {
                        if matches!(a.obj(), Some(Obj::Instance(_))) && crate::call::has_dunder(&a, "__set__") {
                            crate::call::call_dunder(&a, "__set__", &[obj.clone(), value])?;
                            return Ok(());
                        }
                        if is_data_descriptor(&a) {
                            return Err(attribute_error("__set__"));
                        }
                        if let Some(Obj::Property(p)) = a.obj() {
                            if p.fset.is_none() {
                                return Err(attribute_error(format!(
                                    "property '{n}' of '{}' object has no setter",
                                    type_name(obj)
                                )));
                            }
                            call(&p.fset, &[obj.clone(), value])?;
                            return Ok(());
                        }
                    }
                }
            }
            if let Some(st) = &inst.exc {
                let mut s = st.borrow_mut();
                match n {
                    "args" => {
                        s.args = crate::tuple_new(crate::builtins::seq::collect(&value)?);
                        return Ok(());
                    }
                    "__cause__" => {
                        s.cause = value;
                        s.suppress_context = true;
                        return Ok(());
                    }
                    "__context__" => {
                        s.context = value;
                        return Ok(());
                    }
                    "__suppress_context__" => {
                        s.suppress_context = crate::ops::truthy(&value)?;
                        return Ok(());
                    }
                    "__traceback__" => return Ok(()),
                    _ => {}
                }
                // The slot attributes of OSError, SyntaxError, … are kept beside `args`.
                let slot = crate::exc_fields::field_names(&inst.class.borrow()).iter().find(|f| **f == n).copied();
                if let Some(name) = slot {
                    s.fields.retain(|(f, _)| *f != name);
                    s.fields.push((name, value));
                    return Ok(());
                }
            }
            if n == "__dict__" {
                let Some(Obj::Dict(src)) = value.obj() else {
                    return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", type_name(&value))));
                };
                let copy = src.borrow().copy();
                let old = std::mem::replace(&mut *inst.table().borrow_mut(), copy);
                drop(old);
                return Ok(());
            }
            if n == "__class__" {
                let Some(new) = as_class(&value) else {
                    return Err(type_error(format!("__class__ must be set to a class, not '{}' object", type_name(&value))));
                };
                if new.builtin.is_some() {
                    return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
                }
                // Instances keep their layout (an exception's state, or none): compiled code
                // relies on a plain class's instances being plain.
                let old = inst.class.borrow().clone();
                if let Some(oc) = as_class(&old) {
                    if oc.base_layout.get() != new.base_layout.get() {
                        return Err(type_error(format!(
                            "__class__ assignment: '{}' object layout differs from '{}'",
                            str_of(&new.name.borrow()),
                            str_of(&oc.name.borrow())
                        )));
                    }
                }
                *inst.class.borrow_mut() = value;
                return Ok(());
            }
            check_slots(obj, &cls, name)?;
            inst.table().borrow_mut().set_str(name.clone(), value);
            Ok(())
        }
        Some(Obj::Class(c)) => {
            if c.builtin.is_some() {
                return Err(type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{}'",
                    str_of(&c.name.borrow())
                )));
            }
            match n {
                "__name__" | "__qualname__" => {
                    if !crate::is_str(&value) {
                        return Err(type_error(format!(
                            "can only assign string to {}.{n}, not '{}'",
                            str_of(&c.name.borrow()),
                            type_name(&value)
                        )));
                    }
                    *(if n == "__name__" { &c.name } else { &c.qualname }).borrow_mut() = value;
                    return Ok(());
                }
                "__module__" => *c.module.borrow_mut() = value.clone(),
                _ => {}
            }
            note_special_attr(c, n, &value);
            let old = c.dict.borrow_mut().set_str(name.clone(), value.clone());
            // Rebinding a plain data attribute (a class-level counter) changes no lookup that
            // caches depend on: caches never hold plain data values.
            let structural = match &old {
                Some(o) => !is_plain_data(o) || !is_plain_data(&value),
                None => true,
            };
            if structural {
                bump_class_version(c);
            }
            Ok(())
        }
        Some(Obj::Module(m)) => crate::builtins::dict::dict_set(&m.dict, name.clone(), value),
        Some(Obj::Function(f)) => {
            match n {
                "__name__" => *f.name.borrow_mut() = value,
                "__qualname__" => *f.qualname.borrow_mut() = value,
                "__doc__" => *f.doc.borrow_mut() = value,
                "__module__" => *f.module.borrow_mut() = value,
                "__defaults__" => {
                    *f.defaults.borrow_mut() = if value.is_none() { vec![] } else { crate::builtins::seq::collect(&value)? }
                }
                "__kwdefaults__" => {
                    if !value.is_none() && !matches!(value.obj(), Some(Obj::Dict(_))) {
                        return Err(type_error("__kwdefaults__ must be set to a dict object"));
                    }
                    *f.kwdefaults.borrow_mut() = value
                }
                _ => {
                    let d = f.dict.borrow_mut().get_or_insert_with(crate::dict_new).clone();
                    crate::builtins::dict::dict_set(&d, name.clone(), value)?;
                }
            }
            Ok(())
        }
        _ => Err(attribute_error(format!("'{}' object has no attribute '{n}'", type_name(obj)))),
    }
}

/// A class attribute value that is not a function, descriptor or class: lookups that find it
/// return it as is, so caches need not track its value.
pub fn is_plain_data(v: &Value) -> bool {
    !matches!(
        v.obj(),
        Some(
            Obj::Function(_)
                | Obj::Builtin(_)
                | Obj::Property(_)
                | Obj::StaticMethod(_)
                | Obj::ClassMethod(_)
                | Obj::Class(_)
                | Obj::BoundMethod { .. }
                | Obj::Instance(_)
        )
    )
}

/// The names a class's `__slots__` value lists (a str is one name); an error for items that
/// are not str, as CPython words it.
pub fn slot_names(slots: &Value) -> PyResult<Vec<Value>> {
    let items = if crate::is_str(slots) { vec![slots.clone()] } else { crate::builtins::seq::collect(slots)? };
    for it in &items {
        if !crate::is_str(it) {
            return Err(type_error(format!("__slots__ items must be strings, not '{}'", type_name(it))));
        }
    }
    Ok(items)
}

/// The `__slots__` values of `cls` and the classes in its MRO that define them.
fn mro_slots(cls: &Value) -> Vec<Value> {
    let Some(c) = as_class(cls) else { return Vec::new() };
    std::iter::once(cls.clone())
        .chain(c.mro.borrow().iter().cloned())
        .filter_map(|k| as_class(&k).and_then(|kc| kc.dict.borrow().get_str(&intern("__slots__"))))
        .collect()
}

/// Whether one of the `__slots__` of `cls`'s MRO names `name`.
fn slots_allow(cls: &Value, name: &Value) -> bool {
    mro_slots(cls).iter().filter_map(|s| slot_names(s).ok()).any(|names| names.iter().any(|x| crate::ops::str_eq(x, name)))
}

/// An instance of `cls` (a class with `CLASS_SLOTS_ONLY`) takes only the attributes its
/// MRO's `__slots__` name; others are "'X' object has no attribute 'name'".
pub(crate) fn check_slots(obj: &Value, cls: &Value, name: &Value) -> PyResult<()> {
    if as_class(cls).is_some_and(|c| c.flags.get() & CLASS_SLOTS_ONLY != 0) && !slots_allow(cls, name) {
        return Err(no_attr(obj, str_of(name)));
    }
    Ok(())
}

/// Records on the class what the fast paths must respect (a `__setattr__`, properties…).
pub fn note_special_attr(c: &ClassObj, name: &str, value: &Value) {
    let mut f = c.flags.get();
    // A builtin type's own builtin __setattr__/__getattr__ need no slow path; builtin
    // functions placed in another class's namespace (struct sequences) do.
    let builtin = matches!(value.obj(), Some(Obj::Builtin(_))) && c.builtin.is_some();
    match name {
        "__getattr__" if !builtin => f |= CLASS_HAS_GETATTR,
        "__setattr__" if !builtin => f |= CLASS_HAS_SETATTR,
        _ => {}
    }
    if matches!(value.obj(), Some(Obj::Property(_))) || is_data_descriptor(value) {
        f |= CLASS_HAS_DESCRIPTOR_ATTRS;
    }
    c.flags.set(f);
}

/// `del obj.name`.
pub fn delattr(obj: &Value, name: &Value) -> PyResult<()> {
    if let Some(Obj::Instance(inst)) = obj.obj() {
        let cls = inst.class.borrow().clone();
        if let Some(da) = crate::types::lookup_override(&cls, &crate::intern_static("__delattr__")) {
            call_method_value(&da, obj, std::slice::from_ref(name), &[])?;
            return Ok(());
        }
    }
    generic_delattr(obj, name)
}

/// `object.__delattr__(obj, name)`: attribute deletion without the class's own
/// `__delattr__` (data descriptors, properties, slots and the instance dict).
pub fn generic_delattr(obj: &Value, name: &Value) -> PyResult<()> {
    let n = str_of(name);
    match obj.obj() {
        Some(Obj::Instance(inst)) => {
            let cls = inst.class.borrow().clone();
            if let Some(a) = lookup_in_class(&cls, name) {
                if matches!(a.obj(), Some(Obj::Instance(_))) && crate::call::has_dunder(&a, "__delete__") {
                    crate::call::call_dunder(&a, "__delete__", std::slice::from_ref(obj))?;
                    return Ok(());
                }
                if let Some(Obj::Property(p)) = a.obj() {
                    if p.fdel.is_none() {
                        return Err(attribute_error(format!(
                            "property '{n}' of '{}' object has no deleter",
                            type_name(obj)
                        )));
                    }
                    call(&p.fdel, std::slice::from_ref(obj))?;
                    return Ok(());
                }
            }
            match inst.table().borrow_mut().remove_str(name) {
                Some(_) => Ok(()),
                // An empty slot answers with its bare name, as CPython's member descriptors do.
                None if slots_allow(&cls, name) => Err(attribute_error(n.to_string())),
                None => Err(no_attr(obj, n)),
            }
        }
        Some(Obj::Class(c)) => {
            let r = c.dict.borrow_mut().remove_str(name);
            bump_class_version(c);
            match r {
                Some(_) => Ok(()),
                None => Err(attribute_error(format!("type object '{}' has no attribute '{n}'", str_of(&c.name.borrow())))),
            }
        }
        Some(Obj::Module(m)) => match crate::builtins::dict::dict_remove(&m.dict, name)? {
            Some(_) => Ok(()),
            None => Err(no_attr(obj, n)),
        },
        _ => Err(attribute_error(format!("'{}' object has no attribute '{n}'", type_name(obj)))),
    }
}

pub fn hasattr(obj: &Value, name: &Value) -> PyResult<bool> {
    match getattr(obj, name) {
        Ok(_) => Ok(true),
        Err(e) if crate::exceptions::matches(&e, TypeId::AttributeError) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Exception-state access used by the VM (`raise ... from ...`, implicit chaining).
pub fn set_cause(exc: &Value, cause: Value) {
    if let Some(s) = exc_state(exc) {
        let mut s = s.borrow_mut();
        s.cause = cause;
        s.suppress_context = true;
    }
}
