//! The builtin type objects, their registry, `type()` of any value, C3 MRO and subclass tests.

use crate::dict::DictTable;
use crate::object::*;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};

macro_rules! type_ids {
    ($($id:ident => $name:literal),* $(,)?) => {
        /// Every builtin type (exceptions included), in registry order.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum TypeId { $($id),* }
        pub const TYPE_COUNT: usize = [$($name),*].len();
        pub const TYPE_NAMES: [&str; TYPE_COUNT] = [$($name),*];
        pub const ALL_TYPES: [TypeId; TYPE_COUNT] = [$(TypeId::$id),*];
    };
}

type_ids! {
    Object => "object", Type => "type", Int => "int", Bool => "bool", Float => "float",
    Str => "str", Bytes => "bytes", ByteArray => "bytearray", List => "list", Tuple => "tuple",
    Dict => "dict", Set => "set", FrozenSet => "frozenset", NoneType => "NoneType",
    Range => "range", Slice => "slice", Function => "function",
    BuiltinFunction => "builtin_function_or_method", MethodDescriptor => "method_descriptor", Method => "method", Module => "module",
    Cell => "cell", Iterator => "iterator", Generator => "generator", Property => "property",
    StaticMethod => "staticmethod", ClassMethod => "classmethod", Super => "super",
    NotImplementedType => "NotImplementedType", EllipsisType => "ellipsis",
    DictKeys => "dict_keys", DictValues => "dict_values", DictItems => "dict_items",
    ListIterator => "list_iterator", ListReverseIterator => "list_reverseiterator", TupleIterator => "tuple_iterator", RangeIterator => "range_iterator",
    StrAsciiIterator => "str_ascii_iterator", StrIterator => "str_iterator", BytesIterator => "bytes_iterator",
    DictKeyIterator => "dict_keyiterator", DictValueIterator => "dict_valueiterator",
    DictItemIterator => "dict_itemiterator", DictReverseKeyIterator => "dict_reversekeyiterator",
    DictReverseValueIterator => "dict_reversevalueiterator", DictReverseItemIterator => "dict_reverseitemiterator",
    SetIterator => "set_iterator", CallableIterator => "callable_iterator",
    Enumerate => "enumerate", Zip => "zip", Map => "map", Filter => "filter", Reversed => "reversed",
    BaseException => "BaseException", Exception => "Exception",
    SystemExit => "SystemExit", KeyboardInterrupt => "KeyboardInterrupt", GeneratorExit => "GeneratorExit",
    StopIteration => "StopIteration", ArithmeticError => "ArithmeticError",
    ZeroDivisionError => "ZeroDivisionError", OverflowError => "OverflowError",
    FloatingPointError => "FloatingPointError", AssertionError => "AssertionError",
    AttributeError => "AttributeError", LookupError => "LookupError", IndexError => "IndexError",
    KeyError => "KeyError", NameError => "NameError", UnboundLocalError => "UnboundLocalError",
    TypeError => "TypeError", ValueError => "ValueError", UnicodeError => "UnicodeError",
    UnicodeDecodeError => "UnicodeDecodeError", UnicodeEncodeError => "UnicodeEncodeError",
    RuntimeError => "RuntimeError", RecursionError => "RecursionError",
    NotImplementedError => "NotImplementedError", ImportError => "ImportError",
    ModuleNotFoundError => "ModuleNotFoundError", OSError => "OSError",
    FileNotFoundError => "FileNotFoundError", EOFError => "EOFError", MemoryError => "MemoryError",
    BufferError => "BufferError", StopAsyncIteration => "StopAsyncIteration",
    SyntaxError => "SyntaxError", IndentationError => "IndentationError", SystemError => "SystemError",
    ReferenceError => "ReferenceError", PermissionError => "PermissionError",
    BrokenPipeError => "BrokenPipeError", TimeoutError => "TimeoutError",
    ConnectionError => "ConnectionError", IsADirectoryError => "IsADirectoryError",
    Warning => "Warning", UserWarning => "UserWarning", DeprecationWarning => "DeprecationWarning",
    RuntimeWarning => "RuntimeWarning",
}

/// The exception hierarchy: (type, base).
pub const EXCEPTION_BASES: &[(TypeId, TypeId)] = &[
    (TypeId::Exception, TypeId::BaseException),
    (TypeId::SystemExit, TypeId::BaseException),
    (TypeId::KeyboardInterrupt, TypeId::BaseException),
    (TypeId::GeneratorExit, TypeId::BaseException),
    (TypeId::StopIteration, TypeId::Exception),
    (TypeId::StopAsyncIteration, TypeId::Exception),
    (TypeId::ArithmeticError, TypeId::Exception),
    (TypeId::ZeroDivisionError, TypeId::ArithmeticError),
    (TypeId::OverflowError, TypeId::ArithmeticError),
    (TypeId::FloatingPointError, TypeId::ArithmeticError),
    (TypeId::AssertionError, TypeId::Exception),
    (TypeId::AttributeError, TypeId::Exception),
    (TypeId::BufferError, TypeId::Exception),
    (TypeId::EOFError, TypeId::Exception),
    (TypeId::LookupError, TypeId::Exception),
    (TypeId::IndexError, TypeId::LookupError),
    (TypeId::KeyError, TypeId::LookupError),
    (TypeId::MemoryError, TypeId::Exception),
    (TypeId::NameError, TypeId::Exception),
    (TypeId::UnboundLocalError, TypeId::NameError),
    (TypeId::OSError, TypeId::Exception),
    (TypeId::FileNotFoundError, TypeId::OSError),
    (TypeId::PermissionError, TypeId::OSError),
    (TypeId::IsADirectoryError, TypeId::OSError),
    (TypeId::TimeoutError, TypeId::OSError),
    (TypeId::ConnectionError, TypeId::OSError),
    (TypeId::BrokenPipeError, TypeId::ConnectionError),
    (TypeId::ReferenceError, TypeId::Exception),
    (TypeId::RuntimeError, TypeId::Exception),
    (TypeId::RecursionError, TypeId::RuntimeError),
    (TypeId::NotImplementedError, TypeId::RuntimeError),
    (TypeId::ImportError, TypeId::Exception),
    (TypeId::ModuleNotFoundError, TypeId::ImportError),
    (TypeId::SyntaxError, TypeId::Exception),
    (TypeId::IndentationError, TypeId::SyntaxError),
    (TypeId::SystemError, TypeId::Exception),
    (TypeId::TypeError, TypeId::Exception),
    (TypeId::ValueError, TypeId::Exception),
    (TypeId::UnicodeError, TypeId::ValueError),
    (TypeId::UnicodeDecodeError, TypeId::UnicodeError),
    (TypeId::UnicodeEncodeError, TypeId::UnicodeError),
    (TypeId::Warning, TypeId::Exception),
    (TypeId::UserWarning, TypeId::Warning),
    (TypeId::DeprecationWarning, TypeId::Warning),
    (TypeId::RuntimeWarning, TypeId::Warning),
];

static REGISTRY: [AtomicU64; TYPE_COUNT] = [const { AtomicU64::new(0) }; TYPE_COUNT];

/// The type object for a builtin type. Type objects are immortal: the registry holds a count
/// that is never released.
#[inline]
pub fn type_obj(id: TypeId) -> Value {
    let bits = REGISTRY[id as usize].load(Ordering::Relaxed);
    debug_assert!(bits != 0, "builtin types used before molt_runtime::init");
    // SAFETY: the registry owns one count forever; we hand out a fresh count.
    let v = unsafe { Value::from_bits(bits) };
    let r = v.clone();
    std::mem::forget(v);
    r
}

#[inline]
pub fn type_class(id: TypeId) -> &'static ClassObj {
    let bits = REGISTRY[id as usize].load(Ordering::Relaxed);
    // SAFETY: registry entries are immortal class objects.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
    match v.obj() {
        Some(Obj::Class(c)) => unsafe { &*(&**c as *const ClassObj) },
        _ => unreachable!("registry holds classes"),
    }
}

pub fn is_type(v: &Value, id: TypeId) -> bool {
    v.bits() == REGISTRY[id as usize].load(Ordering::Relaxed)
}

fn make_class(name: &str, id: Option<TypeId>, bases: Vec<Value>) -> Value {
    let layout = id.unwrap_or(TypeId::Object);
    Value::new(Obj::Class(Box::new(ClassObj {
        name: RefCell::new(crate::str_new(name)),
        qualname: RefCell::new(crate::str_new(name)),
        module: RefCell::new(crate::str_new("builtins")),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(DictTable::new()),
        builtin: id,
        base_layout: Cell::new(layout),
        version: Cell::new(next_class_version()),
        subclasses: RefCell::new(Vec::new()),
        ctor_cache: RefCell::new(None),
        attr_hint: Cell::new(0),
        flags: Cell::new(0),
    })))
}

/// Creates every builtin type object. Called once by `crate::init`.
pub(crate) fn init_types() {
    if REGISTRY[0].load(Ordering::Relaxed) != 0 {
        return;
    }
    let object = make_class("object", Some(TypeId::Object), vec![]);
    REGISTRY[TypeId::Object as usize].store(object.into_bits(), Ordering::Relaxed);
    // Create types once their base exists (the exception table is not in base order).
    let mut pending: Vec<TypeId> = ALL_TYPES.iter().copied().filter(|id| *id != TypeId::Object && TYPE_NAMES[*id as usize] != "_unused").collect();
    // The order types are created in: every type after its base.
    let mut created = vec![TypeId::Object];
    while !pending.is_empty() {
        let before = pending.len();
        pending.retain(|&id| {
            let base = EXCEPTION_BASES.iter().find(|(t, _)| *t == id).map(|(_, b)| *b);
            let (base, layout) = match (id, base) {
                (TypeId::Bool, _) => (TypeId::Int, TypeId::Int),
                (_, Some(b)) => (b, TypeId::BaseException),
                (TypeId::BaseException, _) => (TypeId::Object, TypeId::BaseException),
                _ => (TypeId::Object, id),
            };
            if REGISTRY[base as usize].load(Ordering::Relaxed) == 0 {
                return true;
            }
            let cls = make_class(TYPE_NAMES[id as usize], Some(id), vec![type_obj(base)]);
            if let Some(Obj::Class(c)) = cls.obj() {
                c.base_layout.set(layout);
                if layout == TypeId::BaseException {
                    c.flags.set(CLASS_IS_EXCEPTION);
                }
            }
            REGISTRY[id as usize].store(cls.into_bits(), Ordering::Relaxed);
            created.push(id);
            false
        });
        assert!(pending.len() < before, "internal invariant: builtin type bases form a tree");
    }
    // MROs can be computed now that every base exists, each after its base's (a class's MRO
    // extends its base's: BrokenPipeError's goes through ConnectionError's, listed later).
    for id in created {
        let cls = type_obj(id);
        let mro = compute_mro(&cls).expect("builtin hierarchy is consistent");
        if let Some(Obj::Class(c)) = cls.obj() {
            *c.mro.borrow_mut() = mro;
        }
    }
}

pub fn as_class(v: &Value) -> Option<&ClassObj> {
    match v.obj() {
        Some(Obj::Class(c)) => Some(c),
        _ => None,
    }
}

/// C3 linearization of `cls`'s bases; the result excludes `cls` itself.
pub fn compute_mro(cls: &Value) -> PyResult<Vec<Value>> {
    let c = as_class(cls).expect("compute_mro on a class");
    let bases = c.bases.borrow().clone();
    if let Some((_, dup)) = bases.iter().enumerate().find(|(i, b)| bases[..*i].iter().any(|x| x.is(b))) {
        return Err(crate::exceptions::new_exc(TypeId::TypeError, format!("duplicate base class {}", class_name(dup))));
    }
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in &bases {
        let bc = as_class(b).expect("bases are classes");
        let mut s = vec![b.clone()];
        s.extend(bc.mro.borrow().iter().cloned());
        seqs.push(s);
    }
    seqs.push(bases.clone());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                found = Some(head.clone());
                break;
            }
        }
        let Some(head) = found else {
            // CPython names the classes still at the heads of the lists being merged.
            let mut heads: Vec<&Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads.into_iter().map(class_name).collect();
            return Err(crate::exceptions::new_exc(
                TypeId::TypeError,
                format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ),
            ));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

pub fn class_name(cls: &Value) -> String {
    match as_class(cls) {
        Some(c) => crate::str_of(&c.name.borrow()).to_string(),
        None => "?".to_string(),
    }
}

/// `type(v)`.
#[inline]
pub fn type_of(v: &Value) -> Value {
    match v.obj() {
        Some(Obj::Instance(i)) => i.class.borrow().clone(),
        _ => type_obj(type_id_of(v)),
    }
}

/// The builtin type id of a value (its layout, for instances of user classes: Object or
/// BaseException).
#[inline]
pub fn type_id_of(v: &Value) -> TypeId {
    if v.is_float() {
        return TypeId::Float;
    }
    if v.is_small_int() {
        return TypeId::Int;
    }
    if v.is_bool() {
        return TypeId::Bool;
    }
    if v.is_none() {
        return TypeId::NoneType;
    }
    match v.obj() {
        None => TypeId::NoneType,
        Some(o) => match o {
            Obj::Int(_) => TypeId::Int,
            Obj::Str(_) => TypeId::Str,
            Obj::Bytes(_) => TypeId::Bytes,
            Obj::ByteArray(_) => TypeId::ByteArray,
            Obj::List(_) => TypeId::List,
            Obj::Tuple(_) => TypeId::Tuple,
            Obj::Dict(_) => TypeId::Dict,
            Obj::Set(_) => TypeId::Set,
            Obj::FrozenSet(_) => TypeId::FrozenSet,
            Obj::DictView(_, k) => match k {
                DictViewKind::Keys => TypeId::DictKeys,
                DictViewKind::Values => TypeId::DictValues,
                DictViewKind::Items => TypeId::DictItems,
            },
            Obj::Range(_) => TypeId::Range,
            Obj::Slice(_) => TypeId::Slice,
            Obj::Function(_) => TypeId::Function,
            Obj::Builtin(b) if method_descriptor_owner(b).is_some() => TypeId::MethodDescriptor,
            Obj::Builtin(_) => TypeId::BuiltinFunction,
            Obj::BoundMethod { .. } => TypeId::Method,
            Obj::Class(_) => TypeId::Type,
            Obj::Instance(i) => as_class(&i.class.borrow()).map(|c| c.base_layout.get()).unwrap_or(TypeId::Object),
            Obj::Module(_) => TypeId::Module,
            Obj::Cell(_) => TypeId::Cell,
            Obj::Iter(k) => match &*k.borrow() {
                IterKind::Enumerate { .. } => TypeId::Enumerate,
                IterKind::Zip { .. } => TypeId::Zip,
                IterKind::Map { .. } => TypeId::Map,
                IterKind::Filter { .. } => TypeId::Filter,
                IterKind::Reversed { ty, .. } => *ty,
                IterKind::Seq { seq, .. } => match seq.obj() {
                    Some(Obj::List(_)) => TypeId::ListIterator,
                    Some(Obj::Tuple(_)) => TypeId::TupleIterator,
                    Some(Obj::Bytes(_) | Obj::ByteArray(_)) => TypeId::BytesIterator,
                    _ => TypeId::Iterator,
                },
                IterKind::Range { .. } | IterKind::BigRange(_) => TypeId::RangeIterator,
                IterKind::Str { s, .. } => match s.obj() {
                    Some(Obj::Str(p)) if p.is_ascii() => TypeId::StrAsciiIterator,
                    _ => TypeId::StrIterator,
                },
                IterKind::Dict { kind, .. } => match kind {
                    DictViewKind::Keys => TypeId::DictKeyIterator,
                    DictViewKind::Values => TypeId::DictValueIterator,
                    DictViewKind::Items => TypeId::DictItemIterator,
                },
                IterKind::Set { .. } => TypeId::SetIterator,
                IterKind::Callable { .. } => TypeId::CallableIterator,
                _ => TypeId::Iterator,
            },
            Obj::Generator(..) => TypeId::Generator,
            Obj::Property(_) => TypeId::Property,
            Obj::StaticMethod(_) => TypeId::StaticMethod,
            Obj::ClassMethod(_) => TypeId::ClassMethod,
            Obj::Super { .. } => TypeId::Super,
            Obj::NotImplemented => TypeId::NotImplementedType,
            Obj::Ellipsis => TypeId::EllipsisType,
        },
    }
}

/// The name `type(v).__name__` gives.
pub fn type_name(v: &Value) -> String {
    match v.obj() {
        Some(Obj::Instance(i)) => class_name(&i.class.borrow()),
        _ => TYPE_NAMES[type_id_of(v) as usize].into(),
    }
}

/// `issubclass(a, b)` for class objects.
pub fn is_subclass(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match as_class(a) {
        Some(c) => c.mro.borrow().iter().any(|m| m.is(b)),
        None => false,
    }
}

/// `isinstance(v, cls)` for a class object `cls`.
#[inline]
pub fn is_instance(v: &Value, cls: &Value) -> bool {
    is_subclass(&type_of(v), cls)
}

pub fn is_instance_of(v: &Value, id: TypeId) -> bool {
    is_subclass(&type_of(v), &type_obj(id))
}

/// Finds `name` along a class's MRO: the value and where it was found (`None` for the
/// class itself, `Some(i)` for `mro[i]`).
#[inline]
fn find_in_mro(c: &ClassObj, name: &Value) -> Option<(Value, Option<usize>)> {
    if let Some(v) = c.dict.borrow().get_str(name) {
        return Some((v, None));
    }
    for (i, m) in c.mro.borrow().iter().enumerate() {
        if let Some(mc) = as_class(m) {
            if let Some(v) = mc.dict.borrow().get_str(name) {
                return Some((v, Some(i)));
            }
        }
    }
    None
}

/// Looks a dunder up for dispatch on an instance: `None` when what the MRO finds is the
/// default a builtin type provides as a builtin function (the caller then applies the
/// builtin behaviour directly). Builtin functions placed in a non-builtin class's own
/// namespace (struct sequences) count as overrides.
pub fn lookup_override(cls: &Value, name: &Value) -> Option<Value> {
    let c = as_class(cls)?;
    let (m, at) = find_in_mro(c, name)?;
    let owner_is_builtin = match at {
        None => c.builtin.is_some(),
        Some(i) => as_class(&c.mro.borrow()[i]).is_some_and(|o| o.builtin.is_some()),
    };
    if owner_is_builtin && matches!(m.obj(), Some(Obj::Builtin(_))) {
        None
    } else {
        Some(m)
    }
}

/// Looks a name up along a class's MRO (the class first).
pub fn lookup_in_class(cls: &Value, name: &Value) -> Option<Value> {
    find_in_mro(as_class(cls)?, name).map(|(v, _)| v)
}

/// What a user class's MRO has for a special method (`dunder_of`).
pub enum Dunder {
    /// A function written in Python: call it with the instance first.
    Function(Value),
    /// Nothing: the class lacks the method.
    Absent,
    /// Something else (a builtin, a descriptor, data), or a builtin class: look it up and
    /// call it the general way.
    Other,
}

/// What `cls`'s MRO has for special method `name`, through a small cache keyed by class
/// version and `key` (an operator's number below 4096, or `name`'s address and length) that
/// holds the functions and absences of user classes.
#[inline]
pub fn dunder_of(cls: &Value, key: u64, name: &'static str) -> Dunder {
    let Some(c) = as_class(cls).filter(|c| c.builtin.is_none()) else { return Dunder::Other };
    let version = c.version.get();
    let slot = ((version ^ key.rotate_left(40)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - DUNDER_BITS)) as usize;
    let cached = DUNDERS.with(|d| {
        let e = d.borrow()[slot];
        (e.version == version && e.key == key).then_some(e.func)
    });
    match cached {
        Some(0) => Dunder::Absent,
        // SAFETY: `func` is the word of a function the class's MRO holds for `name`, and
        // still holds: replacing or removing a function in a class namespace gives the
        // class and its subclasses new versions, and versions are never reused.
        Some(func) => Dunder::Function(Value::clone(&std::mem::ManuallyDrop::new(unsafe { Value::from_bits(func) }))),
        None => {
            let m = lookup_in_class(cls, &crate::intern_static(name));
            let (func, found) = match m {
                Some(f) if matches!(f.obj(), Some(Obj::Function(_))) => (f.bits(), Dunder::Function(f)),
                Some(_) => return Dunder::Other,
                None => (0, Dunder::Absent),
            };
            DUNDERS.with(|d| d.borrow_mut()[slot] = DunderEntry { version, key, func });
            found
        }
    }
}

/// Entries of the dunder cache (a power of two).
const DUNDER_BITS: u32 = 9;

/// What `dunder_of` found for `key` on a user class at `version`: the Python function's
/// word (borrowed from the namespace holding it), or 0 for none.
#[derive(Clone, Copy)]
struct DunderEntry {
    version: u64,
    key: u64,
    func: u64,
}

thread_local! {
    static DUNDERS: RefCell<[DunderEntry; 1 << DUNDER_BITS]> =
        const { RefCell::new([DunderEntry { version: 0, key: 0, func: 0 }; 1 << DUNDER_BITS]) };
}

thread_local! {
    static CLASS_EPOCH: Cell<u64> = const { Cell::new(0) };
}

thread_local! {
    static CLASS_VERSIONS: Cell<u64> = const { Cell::new(1) };
}

/// A fresh class version: versions are unique across classes, so a cache keyed on
/// (class, version) can never confuse two classes.
pub fn next_class_version() -> u64 {
    CLASS_VERSIONS.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

/// Gives `cls` and every class derived from it a new version.
pub fn invalidate_class(cls: &ClassObj) {
    cls.version.set(next_class_version());
    let subs = cls.subclasses.borrow().clone();
    for s in subs {
        if let Some(sc) = as_class(&s) {
            sc.version.set(next_class_version());
        }
    }
}

/// Bumped whenever any class namespace changes: caches keyed on it stay valid until then.
pub fn bump_global_class_epoch() {
    CLASS_EPOCH.with(|e| e.set(e.get() + 1));
}

pub fn global_class_epoch() -> u64 {
    CLASS_EPOCH.with(|e| e.get())
}

/// For an unbound method of a builtin type (`str.upper`, which CPython calls a
/// method_descriptor): the type's name. Dunder methods are left out (CPython has slot
/// wrappers for most of them).
pub fn method_descriptor_owner(b: &BuiltinFn) -> Option<&'static str> {
    if b.bound.is_some() {
        return None;
    }
    let (owner, method) = b.name.split_once('.')?;
    if method.starts_with("__") || !TYPE_NAMES.contains(&owner) || owner == "iterator" {
        return None;
    }
    Some(TYPE_NAMES[TYPE_NAMES.iter().position(|t| *t == owner)?])
}
