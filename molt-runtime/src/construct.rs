//! Calling a class: builtin type constructors, instance creation with `__new__`/`__init__`, and
//! building a class object from a class body's namespace.

use crate::call::{bind_args, call_kw, call_method_value, check_arity};
use crate::dict::DictTable;
use crate::exceptions::type_error;
use crate::object::*;
use crate::types::{self, as_class, lookup_in_class, type_obj, TypeId};
use crate::value::Value;
use crate::{intern, str_of};
use std::cell::{Cell, RefCell};

pub fn construct(cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let c = as_class(cls).expect("construct on a class");
    if let Some(id) = c.builtin {
        if c.base_layout.get() != TypeId::BaseException {
            return crate::builtins::ctors::construct_builtin(id, cls, args, kwnames);
        }
    }
    let layout = c.base_layout.get();
    let npos = args.len() - kwnames.len();
    let (new_fn, init_fn) = ctor_lookup(cls, c);
    // A user-defined __new__ decides what gets created.
    let obj = if let Some(nf) = &new_fn {
        let f = match nf.obj() {
            Some(Obj::StaticMethod(inner)) => inner.clone(),
            _ => nf.clone(),
        };
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(cls.clone());
        v.extend_from_slice(args);
        let o = call_kw(&f, &v, kwnames)?;
        if !types::is_instance(&o, cls) {
            return Ok(o);
        }
        o
    } else if layout == TypeId::BaseException {
        // OSError(errno, …) picks the subclass for the errno, as CPython does.
        let mut cls = cls.clone();
        if crate::types::is_type(&cls, TypeId::OSError) && npos >= 2 {
            if let Some(id) = crate::int::as_i64(&args[0]).and_then(crate::exceptions::os_error_class) {
                cls = type_obj(id);
            }
        }
        crate::exceptions::instantiate(&cls, crate::tuple_new(args[..npos].to_vec()))
    } else if layout != TypeId::Object {
        return Err(type_error(format!(
            "Molt does not support instances of classes derived from '{}' yet",
            types::TYPE_NAMES[layout as usize]
        )));
    } else {
        new_plain_instance(cls)
    };
    match init_fn {
        Some(init) if !is_object_init(&init) => {
            init_result(&call_method_value(&init, &obj, args, kwnames)?)?;
        }
        _ => {
            if !args.is_empty() && layout != TypeId::BaseException
                && new_fn.is_none() {
                    return Err(type_error(format!("{}() takes no arguments", str_of(&c.name.borrow()))));
                }
        }
    }
    Ok(obj)
}

/// For a class whose instances are plain objects made by `object.__new__` and set up by an
/// `__init__` written in Python: its version and that `__init__` (which callers may then
/// call themselves on a `new_plain_instance`, checking its result with `init_result`).
pub fn plain_init(cls: &Value) -> Option<(u64, Value)> {
    let c = as_class(cls)?;
    if !plain_class(c) {
        return None;
    }
    match ctor_lookup(cls, c) {
        (None, Some(init)) if matches!(init.obj(), Some(Obj::Function(_))) => Some((c.version.get(), init)),
        _ => None,
    }
}

/// A class with no builtin base: its instances are plain objects (`plain_init` looks at
/// its constructor besides).
pub fn plain_class(c: &crate::object::ClassObj) -> bool {
    c.builtin.is_none() && c.base_layout.get() == TypeId::Object
}

/// A new instance of a class `plain_init` accepted, before its `__init__` runs.
pub fn new_plain_instance(cls: &Value) -> Value {
    let room = as_class(cls).map_or(0, |c| c.attr_hint.get() as usize);
    let dict = crate::dict_value(DictTable::with_capacity(room));
    Value::new(Obj::Instance(InstanceObj { class: RefCell::new(cls.clone()), dict, exc: None }))
}

/// What `__init__` answered must be None.
pub fn init_result(r: &Value) -> PyResult<()> {
    if r.is_none() {
        return Ok(());
    }
    Err(type_error(format!("__init__() should return None, not '{}'", types::type_name(r))))
}

/// The class's user-defined `__new__` and its `__init__`, cached per class version.
fn ctor_lookup(cls: &Value, c: &ClassObj) -> (Option<Value>, Option<Value>) {
    if let Some((v, n, i)) = &*c.ctor_cache.borrow() {
        if *v == c.version.get() {
            return (n.clone(), i.clone());
        }
    }
    let new_fn = lookup_in_class(cls, &intern("__new__")).filter(|f| !is_builtin_method(f));
    let init_fn = lookup_in_class(cls, &intern("__init__"));
    *c.ctor_cache.borrow_mut() = Some((c.version.get(), new_fn.clone(), init_fn.clone()));
    (new_fn, init_fn)
}

/// A builtin implementation (possibly wrapped as a static method), as opposed to Python code.
fn is_builtin_method(f: &Value) -> bool {
    match f.obj() {
        Some(Obj::Builtin(_)) => true,
        Some(Obj::StaticMethod(inner)) => matches!(inner.obj(), Some(Obj::Builtin(_))),
        _ => false,
    }
}

fn is_object_init(f: &Value) -> bool {
    matches!(f.obj(), Some(Obj::Builtin(b)) if b.name == "object.__init__")
}

/// Creates a class from its name, bases and the namespace its body filled.
pub fn make_class(name: &str, qualname: &str, module: &Value, bases: Vec<Value>, namespace: DictTable) -> PyResult<Value> {
    for b in &bases {
        if as_class(b).is_none() {
            return Err(type_error(format!(
                "bases must be types, not {}",
                types::type_name(b)
            )));
        }
        if let Some(bc) = as_class(b) {
            if let Some(id) = bc.builtin {
                if matches!(id, TypeId::Bool | TypeId::Range | TypeId::Slice | TypeId::Function | TypeId::NoneType | TypeId::Generator) {
                    return Err(type_error(format!("type '{}' is not an acceptable base type", types::TYPE_NAMES[id as usize])));
                }
            }
        }
    }
    let bases = if bases.is_empty() { vec![type_obj(TypeId::Object)] } else { bases };
    let mut namespace = namespace;
    // __init_subclass__ and __class_getitem__ are implicitly class methods.
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = namespace.get_str(&intern(special)) {
            if matches!(f.obj(), Some(Obj::Function(_))) {
                namespace.set_str(intern(special), Value::new(Obj::ClassMethod(f)));
            }
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
    if namespace.get_str(&intern("__eq__")).is_some() && namespace.get_str(&intern("__hash__")).is_none() {
        namespace.set_str(intern("__hash__"), Value::NONE);
    }
    // Layout: the most derived builtin layout among the bases.
    let mut layout = TypeId::Object;
    for b in &bases {
        let l = as_class(b).unwrap().base_layout.get();
        if l != TypeId::Object {
            if layout != TypeId::Object && layout != l {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            layout = l;
        }
    }
    let mut flags = 0;
    for b in &bases {
        flags |= as_class(b).unwrap().flags.get();
    }
    // __slots__ restrict instances to the names listed when every base does too (object
    // aside) and none lists __dict__; a slot may not also be a class attribute.
    flags &= !crate::object::CLASS_SLOTS_ONLY;
    if let Some(slots) = namespace.get_str(&intern("__slots__")) {
        let names = crate::attr::slot_names(&slots)?;
        for n in &names {
            if namespace.get_str(n).is_some() {
                return Err(crate::exceptions::value_error(format!("{} in __slots__ conflicts with class variable", crate::repr::str_repr(str_of(n)))));
            }
        }
        let bases_slotted = bases.iter().all(|b| {
            let bc = as_class(b).unwrap();
            bc.builtin == Some(TypeId::Object) || bc.flags.get() & crate::object::CLASS_SLOTS_ONLY != 0
        });
        if bases_slotted && !names.iter().any(|n| str_of(n) == "__dict__") {
            flags |= crate::object::CLASS_SLOTS_ONLY;
        }
    }
    let module_v = namespace.get_str(&intern("__module__")).unwrap_or_else(|| module.clone());
    let qual_v = namespace.get_str(&intern("__qualname__")).unwrap_or_else(|| crate::str_new(qualname));
    let cls = Value::new(Obj::Class(Box::new(ClassObj {
        name: RefCell::new(crate::str_new(name)),
        qualname: RefCell::new(qual_v),
        module: RefCell::new(module_v),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(namespace),
        builtin: None,
        base_layout: Cell::new(layout),
        version: Cell::new(crate::types::next_class_version()),
        subclasses: RefCell::new(Vec::new()),
        ctor_cache: RefCell::new(None),
        attr_hint: Cell::new(0),
        flags: Cell::new(flags),
    })));
    let mro = types::compute_mro(&cls)?;
    let c = as_class(&cls).unwrap();
    for base in &mro {
        if let Some(bc) = as_class(base) {
            if bc.builtin.is_none() {
                bc.subclasses.borrow_mut().push(cls.clone());
            }
        }
    }
    *c.mro.borrow_mut() = mro;
    // Flags for the attribute fast paths.
    let entries: Vec<(Value, Value)> = c.dict.borrow().items();
    for (k, v) in &entries {
        crate::attr::note_special_attr(c, str_of(k), v);
    }
    for m in c.mro.borrow().iter() {
        if let Some(mc) = as_class(m) {
            for (k, v) in mc.dict.borrow().items() {
                crate::attr::note_special_attr(c, str_of(&k), &v);
            }
        }
    }
    // __init_subclass__ of a base, and __set_name__ of attributes.
    for (k, v) in &entries {
        if let Some(Obj::Instance(_)) = v.obj() {
            if let Some(sn) = lookup_in_class(&types::type_of(v), &intern("__set_name__")) {
                call_method_value(&sn, v, &[cls.clone(), k.clone()], &[])?;
            }
        }
    }
    crate::types::bump_global_class_epoch();
    Ok(cls)
}

/// `type(name, bases, dict)`.
pub fn type_call(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if kwnames.is_empty() && args.len() == 1 {
        return Ok(types::type_of(&args[0]));
    }
    let a = bind_args("type", args, kwnames, &["name", "bases", "dict"], 3)?;
    let (name, bases, ns) = (a[0].clone().unwrap(), a[1].clone().unwrap(), a[2].clone().unwrap());
    if !crate::is_str(&name) {
        return Err(type_error("type.__new__() argument 1 must be str"));
    }
    let bases = crate::tuple_items(&bases).to_vec();
    let table = match ns.obj() {
        Some(Obj::Dict(d)) => d.borrow().copy(),
        _ => return Err(type_error("type.__new__() argument 3 must be dict")),
    };
    make_class(str_of(&name), str_of(&name), &crate::str_new("__main__"), bases, table)
}

pub fn check_no_kwargs(fname: &str, kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

pub fn arity(fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    check_arity(fname, args, min, max)
}
