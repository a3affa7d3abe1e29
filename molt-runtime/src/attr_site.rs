//! Attribute-site caches shared by the interpreter and compiled code.
//!
//! One `AttrSite` per `load_attr`, `store_attr` and `call_method` instruction remembers, for
//! up to `WAYS` classes, what looking the site's name up on an instance of that class found.
//! A way is keyed on the class's version: versions are unique across classes and change
//! whenever a class's namespace (or a base's) changes in a way lookups depend on, and an
//! instance keeps its class alive, so an instance whose class has the way's version is an
//! instance of that very class, unchanged since the way was filled. `repr(C)`: machine code
//! reads the ways at fixed offsets.

use crate::value::Value;
use std::cell::Cell;

/// Classes one site remembers.
pub const WAYS: usize = 4;

/// Ways for values of builtin types (str, list, dict, ...) are keyed on their type id above
/// every class version: builtin types never change, so what a method lookup found on one
/// stays valid (compiled code compares a way's version with `BUILTIN_WAYS + type id`).
pub const BUILTIN_WAYS: u64 = 1 << 62;

/// The instance dict comes first for this class: what the class has under the name is not a
/// descriptor that takes precedence (no property, no object with `__get__`).
pub const INSTANCE_FIRST: u64 = 1;
/// The class has a plain function under the name (`class_attr`): a method call passes the
/// instance as its first argument.
pub const METHOD: u64 = 2;
/// A store of the name goes straight into the instance dict (no `__setattr__`, and the class
/// has nothing under the name but plain data).
pub const STORE_OK: u64 = 4;
/// The class (or a base) has plain data under the name: unless the instance dict has the
/// name, a load reads entry `data_pos` of the dict at `data` (plain data may be rebound
/// without a new version, but stays at that entry while the version holds: adding or
/// removing a class attribute, or rebinding it to something else than plain data, makes a
/// new version).
pub const CLASS_DATA: u64 = 8;

#[repr(C)]
pub struct AttrWay {
    /// The class's word (not a reference: only to find the way to replace when the class
    /// changes); 0 for an empty way.
    pub class: Cell<u64>,
    /// The class's version when the way was filled; 0 for an empty way (no class has it).
    pub version: Cell<u64>,
    /// Where the name last was in an instance dict of this class (instances of one class
    /// usually share their attribute order); `u64::MAX` when unknown.
    pub hint: Cell<u64>,
    pub flags: Cell<u64>,
    /// What the class has under the name unless it is plain data (whose value may change
    /// without a new version): an owned word, or 0.
    pub class_attr: Cell<u64>,
    /// With `CLASS_DATA`: the address of the namespace (`ClassObj::dict`) of the class along
    /// the MRO that has the name (kept alive by the class the way is for, while its version
    /// holds), and the name's entry there.
    pub data: Cell<u64>,
    pub data_pos: Cell<u64>,
}

#[repr(C)]
pub struct AttrSite {
    /// The name's word and str hash, set when a way is first filled (machine code compares
    /// instance-dict keys with them).
    pub key: Cell<u64>,
    pub hash: Cell<i64>,
    pub ways: [AttrWay; WAYS],
    /// The way the next new class replaces when all are taken.
    next: Cell<u64>,
}

/// What `AttrSite::install` records for a class.
pub struct WayFill {
    pub class: u64,
    pub version: u64,
    pub hint: u64,
    pub flags: u64,
    pub class_attr: Option<Value>,
    /// With `CLASS_DATA`: (`AttrWay::data`, `AttrWay::data_pos`).
    pub class_data: (u64, u64),
}

impl AttrWay {
    fn empty() -> AttrWay {
        AttrWay {
            class: Cell::new(0),
            version: Cell::new(0),
            hint: Cell::new(u64::MAX),
            flags: Cell::new(0),
            class_attr: Cell::new(0),
            data: Cell::new(0),
            data_pos: Cell::new(0),
        }
    }

    /// With `CLASS_DATA`, the plain data the class has under the name `key` (a new reference),
    /// read from its entry.
    pub fn class_data(&self, key: &Value) -> Option<Value> {
        if !self.has(CLASS_DATA) {
            return None;
        }
        // SAFETY: see `data`: the namespace lives while the way's version holds, which the
        // caller checked.
        let ns = unsafe { &*(self.data.get() as *const std::cell::RefCell<crate::dict::DictTable>) };
        let t = ns.try_borrow().ok()?;
        t.get_at_hint(self.data_pos.get() as usize, key).cloned()
    }

    /// What the class has under the name (see `class_attr`), as a new reference.
    pub fn class_attr(&self) -> Option<Value> {
        // SAFETY: `Value` is a transparent word; a nonzero word is the reference the way
        // owns, valid while it is there, and cloning it adds one.
        let v = unsafe { &*(self.class_attr.as_ptr() as *const Value) };
        (v.bits() != 0).then(|| v.clone())
    }

    pub fn has(&self, flag: u64) -> bool {
        self.flags.get() & flag != 0
    }

    /// Empties the way, returning the reference it held (released by the caller, after the
    /// site is consistent again: releasing may free objects).
    fn take(&self) -> Option<Value> {
        self.class.set(0);
        self.version.set(0);
        self.flags.set(0);
        self.hint.set(u64::MAX);
        self.data.set(0);
        self.data_pos.set(0);
        let bits = self.class_attr.replace(0);
        // SAFETY: a nonzero word is the reference the way owned; it is handed over.
        (bits != 0).then(|| unsafe { Value::from_bits(bits) })
    }
}

impl AttrSite {
    pub fn empty() -> AttrSite {
        AttrSite { key: Cell::new(0), hash: Cell::new(0), ways: std::array::from_fn(|_| AttrWay::empty()), next: Cell::new(0) }
    }

    /// The way filled for a class now at `version`.
    #[inline(always)]
    pub fn find(&self, version: u64) -> Option<&AttrWay> {
        self.ways.iter().find(|w| w.version.get() == version)
    }

    /// Records what the name `key` is on instances of a class: the class's way is replaced,
    /// else an empty one is taken, else the oldest.
    pub fn install(&self, key: &Value, fill: WayFill) {
        if self.key.get() == 0 {
            self.key.set(key.bits());
            self.hash.set(crate::pyhash::str_value_hash(key));
        }
        let i = match self.ways.iter().position(|w| w.class.get() == fill.class) {
            Some(i) => i,
            None => match self.ways.iter().position(|w| w.version.get() == 0) {
                Some(i) => i,
                None => {
                    let i = self.next.get() as usize % WAYS;
                    self.next.set(self.next.get().wrapping_add(1));
                    i
                }
            },
        };
        let w = &self.ways[i];
        let old = w.take();
        w.class.set(fill.class);
        w.hint.set(fill.hint);
        w.flags.set(fill.flags);
        w.class_attr.set(fill.class_attr.map(Value::into_bits).unwrap_or(0));
        w.data.set(fill.class_data.0);
        w.data_pos.set(fill.class_data.1);
        w.version.set(fill.version);
        drop(old);
    }
}

impl Drop for AttrSite {
    fn drop(&mut self) {
        for w in &self.ways {
            drop(w.take());
        }
    }
}
