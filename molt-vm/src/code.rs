//! Code objects: an IR function with its constants and names materialized as runtime values,
//! its feedback vector and hotness counters. The program's code table is thread-local.

use crate::ir::{Const, Function};
use molt_runtime::{intern, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Observed operand kinds, one bit each, or-ed into a feedback slot.
pub mod kind {
    pub const INT: u32 = 1;
    pub const FLOAT: u32 = 2;
    pub const BOOL: u32 = 4;
    pub const NONE: u32 = 8;
    pub const STR: u32 = 16;
    pub const LIST: u32 = 32;
    pub const TUPLE: u32 = 64;
    pub const DICT: u32 = 128;
    pub const INSTANCE: u32 = 256;
    pub const BIGINT: u32 = 512;
    pub const FUNCTION: u32 = 1024;
    pub const OTHER: u32 = 2048;
    pub const NAMES: [&str; 12] = ["int", "float", "bool", "None", "str", "list", "tuple", "dict", "instance", "bigint", "function", "other"];
}

/// A global load's inline cache: valid while the globals dict (and, for builtins, the builtins
/// dict) keep the versions recorded here.
pub struct GlobalCache {
    pub globals: u64,
    pub globals_version: u64,
    /// `u64::MAX` when the value came from the globals.
    pub builtins_version: u64,
    /// The entry's position in the dict it came from (the cache holds no reference, so it
    /// never keeps a value alive).
    pub pos: usize,
}

/// An attribute site's inline cache for instances of one class: valid while no class
/// namespace anywhere has changed (the global class epoch).
pub struct AttrCache {
    pub class: u64,
    /// The class's version when the entry was filled.
    pub epoch: u64,
    /// What the class (and its MRO) has under the name.
    pub class_attr: Option<Value>,
    /// The class attribute is a property (it wins over the instance dict).
    pub data_descriptor: bool,
    /// Where the name last was in an instance's dict (instances of one class usually share
    /// their attribute order).
    pub dict_hint: std::cell::Cell<usize>,
}

pub struct CodeObject {
    pub ir: Function,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub feedback: Vec<Cell<u32>>,
    pub global_cache: Vec<RefCell<Option<GlobalCache>>>,
    pub attr_cache: Vec<RefCell<Option<AttrCache>>>,
    pub calls: Cell<u64>,
    pub backedges: Cell<u64>,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub nlocals: u32,
}

pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::NONE,
        Const::Bool(b) => Value::bool(*b),
        Const::Int(i) => molt_runtime::int::from_big(i.clone()),
        Const::Float(f) => Value::float(*f),
        Const::Str(s) => intern(s),
        Const::Bytes(b) => molt_runtime::bytes_new(b.clone()),
        Const::Ellipsis => molt_runtime::singleton_ellipsis(),
        Const::Tuple(items) => molt_runtime::tuple_new(items.iter().map(const_value).collect()),
    }
}

impl CodeObject {
    pub fn new(ir: Function) -> CodeObject {
        let consts = ir.consts.iter().map(const_value).collect();
        let names = ir.names.iter().map(|n| intern(n)).collect();
        let feedback = (0..ir.nslots).map(|_| Cell::new(0)).collect();
        let global_cache = (0..ir.nslots).map(|_| RefCell::new(None)).collect();
        let attr_cache = (0..ir.nslots).map(|_| RefCell::new(None)).collect();
        let filename: Rc<str> = ir.filename.as_str().into();
        let name: Rc<str> = ir.name.as_str().into();
        let nlocals = ir.local_names.len() as u32;
        CodeObject { ir, consts, names, feedback, global_cache, attr_cache, calls: Cell::new(0), backedges: Cell::new(0), filename, name, nlocals }
    }
}

thread_local! {
    static CODES: RefCell<Vec<Rc<CodeObject>>> = const { RefCell::new(Vec::new()) };
}

pub fn next_code_id() -> u32 {
    CODES.with(|c| c.borrow().len() as u32)
}

pub fn register(f: Function) -> u32 {
    CODES.with(|c| {
        let mut c = c.borrow_mut();
        c.push(Rc::new(CodeObject::new(f)));
        c.len() as u32 - 1
    })
}

pub fn get(id: u32) -> Rc<CodeObject> {
    CODES.with(|c| c.borrow()[id as usize].clone())
}

pub fn all() -> Vec<Rc<CodeObject>> {
    CODES.with(|c| c.borrow().clone())
}
