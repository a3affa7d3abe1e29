//! `SetTable`: set and frozenset storage, laid out and probed exactly like CPython's so that
//! iteration order (and so printed sets) match CPython for the same hashes.
//!
//! Open addressing over a power-of-two table: up to nine linear probes, then a perturbed jump;
//! deleted slots keep a dummy mark; the table grows when three fifths of it is filled.

use crate::object::PyResult;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub struct Slot {
    /// 0 with an unbound key: never used; -1 with an unbound key: deleted (dummy).
    pub hash: i64,
    pub key: Value,
}

impl Slot {
    fn empty() -> Slot {
        Slot { hash: 0, key: Value::UNBOUND }
    }
    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_unbound() && self.hash == 0
    }
    #[inline]
    fn is_dummy(&self) -> bool {
        self.key.is_unbound() && self.hash == -1
    }
    #[inline]
    pub fn is_active(&self) -> bool {
        !self.key.is_unbound()
    }
}

pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

pub type EqFn<'a> = dyn FnMut(&Value, &Value) -> PyResult<bool> + 'a;

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { table: vec![Slot::empty(); MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
    pub fn slots(&self) -> usize {
        self.table.len()
    }
    pub fn slot_at(&self, pos: usize) -> Option<&Slot> {
        self.table.get(pos).filter(|s| s.is_active())
    }
    pub fn iter(&self) -> impl Iterator<Item = &Slot> {
        self.table.iter().filter(|s| s.is_active())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|s| s.key.clone()).collect()
    }

    /// The position of `key`, if present.
    pub fn find(&self, hash: i64, key: &Value, eq: &mut EqFn) -> PyResult<Option<usize>> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                let s = &self.table[i + j];
                if s.is_empty() {
                    return Ok(None);
                }
                if s.hash == hash && s.is_active() && (s.key.is(key) || eq(&s.key, key)?) {
                    return Ok(Some(i + j));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn contains(&self, hash: i64, key: &Value, eq: &mut EqFn) -> PyResult<bool> {
        Ok(self.find(hash, key, eq)?.is_some())
    }

    /// Adds `key`; returns false when an equal key was already present.
    pub fn add(&mut self, hash: i64, key: Value, eq: &mut EqFn) -> PyResult<bool> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        let target = 'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                let s = &self.table[i + j];
                if s.is_empty() {
                    break 'outer i + j;
                }
                if s.hash == hash && s.is_active() {
                    if s.key.is(&key) || eq(&s.key, &key)? {
                        return Ok(false);
                    }
                } else if s.is_dummy() && freeslot.is_none() {
                    freeslot = Some(i + j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = Slot { hash, key };
            return Ok(true);
        }
        self.fill += 1;
        self.used += 1;
        self.table[target] = Slot { hash, key };
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
        Ok(true)
    }

    fn insert_clean(table: &mut [Slot], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if table[i].is_empty() {
                table[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].is_empty() {
                        table[i + j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::empty(); newsize]);
        for s in old.into_iter().filter(|s| s.is_active()) {
            Self::insert_clean(&mut self.table, s.hash, s.key);
        }
        self.fill = self.used;
    }

    pub fn remove_at(&mut self, pos: usize) -> Value {
        let s = std::mem::replace(&mut self.table[pos], Slot { hash: -1, key: Value::UNBOUND });
        self.used -= 1;
        s.key
    }

    pub fn discard(&mut self, hash: i64, key: &Value, eq: &mut EqFn) -> PyResult<bool> {
        match self.find(hash, key, eq)? {
            Some(p) => {
                self.remove_at(p);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `set.pop()`: CPython's finger walk.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !self.table[i].is_active() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let k = self.remove_at(i);
        self.finger = i + 1;
        Some(k)
    }

    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    /// `set_merge` from another set: the result layout follows CPython's fast paths.
    pub fn merge(&mut self, other: &SetTable, eq: &mut EqFn) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for s in other.iter() {
                Self::insert_clean(&mut self.table, s.hash, s.key.clone());
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for s in other.iter() {
            self.add(s.hash, s.key.clone(), eq)?;
        }
        Ok(())
    }

    /// Pre-sizes before merging `n` keys from another set into a non-empty one.
    pub fn reserve_for_merge(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Pre-sizes before adding `n` keys from a dict, as CPython's set_update_internal does.
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        let _ = t.merge(self, &mut |_, _| Ok(false));
        t
    }
}
