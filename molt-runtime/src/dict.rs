//! `DictTable`: the insertion-ordered hash table behind dict, instance and class namespaces.
//!
//! Entries live in a dense vector in insertion order (deleted entries become holes until the
//! next compaction); a power-of-two index table maps hashes to entry positions. Tables of up to
//! eight entries have no index and are scanned linearly, which suits instance dicts. Key equality
//! that may run Python code is supplied by the caller as `eq`, so this file never calls back.

use crate::object::PyResult;
use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const SMALL: usize = 8;

pub struct Entry {
    pub hash: i64,
    /// `Value::UNBOUND` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    pub(crate) entries: Vec<Entry>,
    /// (A boxed slice, rebuilt whole when it grows: a word smaller than a vector, which
    /// keeps every heap object as small as it was before `hash_bits`.)
    indices: Box<[u32]>,
    used: usize,
    /// Bumped whenever a key is added or removed or entries move (the layout changes), not
    /// when a value is replaced in place. A cached entry position (global loads) stays valid
    /// while it holds, and the cache reads the entry's current value, so module-level code
    /// that rebinds a global does not invalidate every other global's cache.
    version: u64,
    /// Bit `hash & 63` of every key added since the dict was last empty (removals leave
    /// theirs): a key whose bit is clear is not in the dict. Compiled code tests it before
    /// scanning an instance's dict for a method's name.
    pub(crate) hash_bits: u64,
}

pub type EqFn<'a> = dyn FnMut(&Value, &Value) -> PyResult<bool> + 'a;

impl DictTable {
    pub fn new() -> DictTable {
        DictTable { entries: Vec::new(), indices: Box::default(), used: 0, version: 0, hash_bits: 0 }
    }
    pub fn with_capacity(n: usize) -> DictTable {
        let mut d = DictTable { entries: Vec::with_capacity(n), indices: Box::default(), used: 0, version: 0, hash_bits: 0 };
        if n > SMALL {
            d.rebuild_indices((n * 3 / 2).next_power_of_two());
        }
        d
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }
    /// Where the version lives (global-load caches in compiled code read it in place; the
    /// table stays where it is for the life of its dict object).
    #[inline]
    pub fn version_ptr(&self) -> *const u64 {
        &self.version
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Capacity of the entry vector: iteration positions run over `0..slots()`.
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !e.key.is_unbound())
    }

    fn rebuild_indices(&mut self, size: usize) {
        self.indices = vec![EMPTY; size].into_boxed_slice();
        let mask = size - 1;
        for (i, e) in self.entries.iter().enumerate() {
            if e.key.is_unbound() {
                continue;
            }
            let mut slot = (e.hash as u64 as usize) & mask;
            while self.indices[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            self.indices[slot] = i as u32;
        }
    }

    fn compact(&mut self) {
        if self.used == self.entries.len() {
            return;
        }
        self.entries.retain(|e| !e.key.is_unbound());
        if !self.indices.is_empty() {
            let size = self.indices.len();
            self.rebuild_indices(size);
        }
    }

    /// Finds the entry position of `key` (with hash `hash`).
    pub fn find(&self, hash: i64, key: &Value, eq: &mut EqFn) -> PyResult<Option<usize>> {
        if self.indices.is_empty() {
            for (i, e) in self.entries.iter().enumerate() {
                if e.hash == hash && !e.key.is_unbound() && (e.key.is(key) || eq(&e.key, key)?) {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash && (e.key.is(key) || eq(&e.key, key)?) {
                    return Ok(Some(ix as usize));
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The value at entry `hint` when that entry's key is the very object `key` (interned
    /// names make this the common case for attribute dicts of one class).
    #[inline(always)]
    pub fn get_at_hint(&self, hint: usize, key: &Value) -> Option<&Value> {
        match self.entries.get(hint) {
            Some(e) if e.key.is(key) => Some(&e.value),
            _ => None,
        }
    }

    /// The entry position of a str key.
    pub fn find_str(&self, key: &Value) -> Option<usize> {
        let hash = crate::pyhash::str_value_hash(key);
        self.find(hash, key, &mut |a, b| Ok(crate::ops::str_eq(a, b))).ok().flatten()
    }

    /// Fast lookup for str keys (names): identity first, then string equality.
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let hash = crate::pyhash::str_value_hash(key);
        self.find(hash, key, &mut |a, b| Ok(crate::ops::str_eq(a, b)))
            .ok()
            .flatten()
            .map(|i| self.entries[i].value.clone())
    }

    pub fn get(&self, hash: i64, key: &Value, eq: &mut EqFn) -> PyResult<Option<Value>> {
        Ok(self.find(hash, key, eq)?.map(|i| self.entries[i].value.clone()))
    }

    pub fn value_at(&self, pos: usize) -> &Value {
        &self.entries[pos].value
    }

    fn push_entry(&mut self, hash: i64, key: Value, value: Value) {
        self.version += 1;
        self.hash_bits |= 1 << (hash as u64 & 63);
        let pos = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        if self.indices.is_empty() {
            if self.entries.len() > SMALL {
                self.compact();
                let size = (self.entries.len() * 3).next_power_of_two();
                self.rebuild_indices(size);
            }
            return;
        }
        if self.entries.len() * 3 >= self.indices.len() * 2 {
            self.compact();
            let size = (self.used * 3).next_power_of_two().max(16);
            self.rebuild_indices(size);
            return;
        }
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        while self.indices[slot] != EMPTY && self.indices[slot] != DUMMY {
            slot = (slot + 1) & mask;
        }
        self.indices[slot] = pos as u32;
    }

    /// Inserts or replaces; returns the previous value.
    pub fn insert(&mut self, hash: i64, key: Value, value: Value, eq: &mut EqFn) -> PyResult<Option<Value>> {
        if let Some(i) = self.find(hash, &key, eq)? {
            return Ok(Some(std::mem::replace(&mut self.entries[i].value, value)));
        }
        self.push_entry(hash, key, value);
        Ok(None)
    }

    pub fn set_str(&mut self, key: Value, value: Value) -> Option<Value> {
        self.set_str_at(key, value).1
    }

    /// Appends str `key` -> `value` (answering the entry position) when the table shows
    /// without a lookup that `key` is absent: a small table (no index) without holes whose
    /// hash bits lack `key`'s, with room for one more entry. Otherwise nothing changed and
    /// `value` comes back. This is an attribute store into a new instance (`self.x = x` in
    /// `__init__`): its dict was made with room for the class's usual attributes, and other
    /// names seldom share the hash bit.
    #[inline]
    pub fn append_absent_str(&mut self, key: &Value, value: Value) -> Result<usize, Value> {
        let hash = crate::pyhash::str_value_hash(key);
        let pos = self.entries.len();
        let absent = self.hash_bits & (1 << (hash as u64 & 63)) == 0;
        if !(absent && self.indices.is_empty() && self.used == pos && pos < self.entries.capacity().min(SMALL)) {
            return Err(value);
        }
        self.push_entry(hash, key.clone(), value);
        Ok(pos)
    }

    /// `set_str`, also answering the entry position the key has now.
    pub fn set_str_at(&mut self, key: Value, value: Value) -> (usize, Option<Value>) {
        let hash = crate::pyhash::str_value_hash(&key);
        match self.find(hash, &key, &mut |a, b| Ok(crate::ops::str_eq(a, b))).ok().flatten() {
            Some(i) => (i, Some(std::mem::replace(&mut self.entries[i].value, value))),
            None => {
                self.push_entry(hash, key, value);
                (self.entries.len() - 1, None)
            }
        }
    }

    pub fn set_value_at(&mut self, pos: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[pos].value, value)
    }

    pub fn remove_at(&mut self, pos: usize) -> (Value, Value) {
        self.version += 1;
        let hash = self.entries[pos].hash;
        if !self.indices.is_empty() {
            let mask = self.indices.len() - 1;
            let mut slot = (hash as u64 as usize) & mask;
            while self.indices[slot] != pos as u32 {
                slot = (slot + 1) & mask;
            }
            self.indices[slot] = DUMMY;
        }
        let e = &mut self.entries[pos];
        let key = std::mem::replace(&mut e.key, Value::UNBOUND);
        let value = std::mem::replace(&mut e.value, Value::UNBOUND);
        self.used -= 1;
        if self.used == 0 {
            self.entries.clear();
            self.hash_bits = 0;
            if !self.indices.is_empty() {
                self.indices.iter_mut().for_each(|x| *x = EMPTY);
            }
        }
        (key, value)
    }

    pub fn remove(&mut self, hash: i64, key: &Value, eq: &mut EqFn) -> PyResult<Option<(Value, Value)>> {
        Ok(self.find(hash, key, eq)?.map(|i| self.remove_at(i)))
    }

    pub fn remove_str(&mut self, key: &Value) -> Option<Value> {
        let hash = crate::pyhash::str_value_hash(key);
        let pos = self.find(hash, key, &mut |a, b| Ok(crate::ops::str_eq(a, b))).ok().flatten()?;
        Some(self.remove_at(pos).1)
    }

    pub fn bump_version_to(&mut self, v: u64) {
        self.version = self.version.max(v);
    }

    pub fn clear(&mut self) {
        self.version += 1;
        self.hash_bits = 0;
        self.entries.clear();
        self.indices = Box::default();
        self.used = 0;
    }

    /// The last live entry (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_unbound())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().filter(|e| !e.key.is_unbound()).map(|e| (&e.key, &e.value))
    }
    pub fn iter_entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_unbound())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
    /// A copy with the same keys and values, and the same order.
    pub fn copy(&self) -> DictTable {
        let mut d = DictTable::with_capacity(self.used);
        for e in self.iter_entries() {
            d.push_entry(e.hash, e.key.clone(), e.value.clone());
        }
        d
    }
}
