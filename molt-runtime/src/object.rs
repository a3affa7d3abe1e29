//! Heap object kinds: the `Obj` enum and the structs behind each Python type.

use crate::dict::DictTable;
use crate::set::SetTable;
use crate::value::{HeapObj, Value};
use num_bigint::BigInt;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A Python exception travelling as a value: the exception instance.
#[derive(Debug, Clone)]
pub struct Exc(pub Value);

pub type PyResult<T> = Result<T, Exc>;

/// A builtin implemented in Rust, called vectorcall-style: positional arguments then the values
/// of keyword arguments, whose names are in `kwnames` (the last `kwnames.len()` entries of `args`).
pub type BuiltinImpl = fn(args: &[Value], kwnames: &[Value]) -> PyResult<Value>;

pub struct BuiltinFn {
    pub name: &'static str,
    pub f: BuiltinImpl,
    /// Bound receiver for builtin methods taken off an object (`[].append`).
    pub bound: Option<Value>,
    /// Accepts keyword arguments; when false any keyword is a TypeError naming the function.
    pub takes_kwargs: bool,
}

pub struct PyStr {
    pub s: Box<str>,
    pub hash: Cell<i64>,
    /// Number of code points, computed once.
    pub chars: usize,
}

impl PyStr {
    pub fn new(s: Box<str>) -> PyStr {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr::with_chars(s, chars)
    }
    /// A str whose code point count the caller knows (`chars`).
    #[inline]
    pub fn with_chars(s: Box<str>, chars: usize) -> PyStr {
        debug_assert_eq!(s.chars().count(), chars);
        PyStr { s, hash: Cell::new(-1), chars }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
}

pub struct RangeObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct FunctionObj {
    /// The VM's code object (molt-vm downcasts it).
    pub code: Rc<dyn Any>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub module: RefCell<Value>,
    /// The module's globals dict.
    pub globals: Value,
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults: a dict or None.
    pub kwdefaults: RefCell<Value>,
    pub closure: Vec<Value>,
    pub dict: RefCell<Option<Value>>,
    pub doc: RefCell<Value>,
}

pub struct ClassObj {
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub module: RefCell<Value>,
    pub bases: RefCell<Vec<Value>>,
    /// Method resolution order, excluding the class itself (a self reference would be a cycle).
    pub mro: RefCell<Vec<Value>>,
    pub dict: RefCell<DictTable>,
    /// For builtin types: which Rust representation their instances have.
    pub builtin: Option<crate::types::TypeId>,
    /// The nearest builtin base whose layout instances use (object for plain classes).
    pub base_layout: Cell<crate::types::TypeId>,
    /// Bumped whenever this class's dict (or a base's) changes; caches key on it.
    pub version: Cell<u64>,
    /// Classes whose MRO contains this one (so a change here can bump their versions).
    pub subclasses: RefCell<Vec<Value>>,
    /// The user-defined `__new__` and the `__init__` found along the MRO, for the version
    /// they were looked up at (instance creation is hot).
    pub ctor_cache: RefCell<Option<CtorCache>>,
    /// The most attributes an instance's dict grew to: new instances' dicts start with
    /// room for that many (no regrowth while `__init__` sets them).
    pub attr_hint: Cell<u32>,
    pub flags: Cell<u32>,
}

/// (class version, user-defined `__new__`, `__init__`).
pub type CtorCache = (u64, Option<Value>, Option<Value>);

pub const CLASS_IS_EXCEPTION: u32 = 1;
pub const CLASS_HAS_GETATTR: u32 = 2;
pub const CLASS_HAS_SETATTR: u32 = 4;
pub const CLASS_HAS_DESCRIPTOR_ATTRS: u32 = 8;
/// The class and every base but `object` define `__slots__` without `__dict__`: instances
/// take only the named attributes (see `attr::slots_allow`). Not inherited by itself.
pub const CLASS_SLOTS_ONLY: u32 = 16;

pub struct ExcState {
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub notes: Value,
    /// The attributes CPython keeps in C slots of OSError, SyntaxError and the Unicode
    /// errors (`errno`, `filename`, `lineno`, `reason`, …): only the ones that are set.
    pub fields: Vec<(&'static str, Value)>,
}

#[derive(Clone, Debug)]
pub struct TbEntry {
    pub file: Rc<str>,
    pub line: u32,
    pub func: Rc<str>,
}

pub struct InstanceObj {
    pub class: RefCell<Value>,
    /// The instance's `__dict__`: a real dict object, so `vars(obj)` and `obj.__dict__` are
    /// live views of the attributes. Assigning `__dict__` replaces its contents.
    pub dict: Value,
    /// Present on instances of BaseException subclasses.
    pub exc: Option<Box<RefCell<ExcState>>>,
}

pub struct ModuleObj {
    pub name: Value,
    pub dict: Value,
}

pub struct BigRangeIter {
    pub next: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

#[repr(u8)]
pub enum IterKind {
    Seq { seq: Value, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    /// A range beyond 64 bits (boxed: the iterator's state stays small enough to live in
    /// the iterator object itself).
    BigRange(Box<BigRangeIter>),
    Str { s: Value, byte_pos: usize },
    /// `last`: an items iterator's previous (key, value) tuple, refilled when nothing else
    /// holds it (as CPython's); None otherwise.
    Dict { dict: Value, pos: usize, len: usize, kind: DictViewKind, last: Value },
    Set { set: Value, pos: usize, len: usize },
    /// `last`: the last result (or None), refilled when nothing else holds it.
    Enumerate { it: Value, count: Value, last: Value },
    Zip { its: Vec<Value>, strict: bool, last: Value },
    Map { f: Value, its: Vec<Value> },
    Filter { f: Value, it: Value },
    /// `ty`: the type CPython's iterator for this source has (`list_reverseiterator`,
    /// `dict_reversekeyiterator`, `reversed`, …).
    Reversed { seq: Value, index: isize, ty: crate::types::TypeId },
    /// Iteration through `__getitem__` with 0, 1, 2, … until IndexError.
    GetItem { obj: Value, index: i64 },
    /// `iter(callable, sentinel)`.
    Callable { f: Value, sentinel: Value },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

#[repr(u8)]
pub enum Obj {
    Int(BigInt),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<DictTable>),
    Set(RefCell<SetTable>),
    FrozenSet(RefCell<SetTable>),
    DictView(Value, DictViewKind),
    Range(RangeObj),
    Slice(SliceObj),
    Function(Box<FunctionObj>),
    Builtin(BuiltinFn),
    BoundMethod { func: Value, receiver: Value },
    Class(Box<ClassObj>),
    Instance(InstanceObj),
    Module(ModuleObj),
    Cell(RefCell<Value>),
    /// An iterator's state is part of the object (compiled code reads a range or sequence
    /// iterator's fields in place, see `jit_layout`).
    Iter(RefCell<IterKind>),
    /// A generator: the VM's suspended frame.
    Generator(RefCell<Option<Box<dyn Any>>>, Value),
    Property(PropertyObj),
    StaticMethod(Value),
    ClassMethod(Value),
    Super { class: Value, receiver: Value },
    NotImplemented,
    Ellipsis,
}

/// Releases an object whose count reached zero. Releases nest (an object frees what it
/// holds); past a fixed depth further releases are queued and drained by the outermost one,
/// so long chains (a linked list of instances) cannot overflow the native stack.
// The boxes are the objects' own allocations: each is freed as it is dropped.
#[allow(clippy::vec_box)]
pub(crate) fn release(obj: Box<HeapObj>) {
    const MAX_NESTING: u32 = 256;
    thread_local! {
        static DEPTH: Cell<u32> = const { Cell::new(0) };
        static PENDING: RefCell<Vec<Box<HeapObj>>> = const { RefCell::new(Vec::new()) };
    }
    let Ok(depth) = DEPTH.try_with(|d| d.get()) else {
        // Thread-local storage is being torn down: release directly.
        drop(obj);
        return;
    };
    if depth >= MAX_NESTING {
        // If thread-local storage is gone, the closure (and the object) is simply dropped.
        let _ = PENDING.try_with(|p| p.borrow_mut().push(obj));
        return;
    }
    let _ = DEPTH.try_with(|d| d.set(depth + 1));
    drop(obj);
    if depth == 0 {
        // The outermost release drains what deeper ones queued.
        loop {
            let next = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten();
            match next {
                Some(b) => drop(b),
                None => break,
            }
        }
    }
    let _ = DEPTH.try_with(|d| d.set(depth));
}

impl InstanceObj {
    pub fn new(class: Value, exc: Option<RefCell<ExcState>>) -> InstanceObj {
        InstanceObj { class: RefCell::new(class), dict: crate::dict_new(), exc: exc.map(Box::new) }
    }

    /// The attribute table (the `__dict__` object's table).
    #[inline]
    pub fn table(&self) -> &RefCell<DictTable> {
        match self.dict.obj() {
            Some(Obj::Dict(t)) => t,
            _ => unreachable!("internal invariant: an instance's __dict__ is a dict"),
        }
    }
}

impl Obj {
    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Obj::Str(s) => Some(s),
            _ => None,
        }
    }
}

#[cfg(test)]
mod size_tests {
    use super::*;

    /// Every heap object pays for the largest variant: large payloads (classes, functions,
    /// a big-int range's iterator state, exception states) are boxed so small objects (str,
    /// int, tuple, list) stay small; an iterator's usual state fits inline. This guards
    /// against a new inline variant regrowing the enum.
    #[test]
    fn obj_stays_small() {
        assert!(std::mem::size_of::<Obj>() <= 80, "Obj is {} bytes", std::mem::size_of::<Obj>());
        assert!(std::mem::size_of::<crate::value::HeapObj>() <= 88);
    }
}
