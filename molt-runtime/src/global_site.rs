//! Global-load caches shared by the interpreter and compiled code.

use crate::object::Obj;
use crate::value::Value;
use std::cell::Cell;

/// A global load's inline cache, read by the interpreter and by compiled code alike (hence
/// `repr(C)`: machine code loads its fields at fixed offsets). It is valid while the site runs
/// with the same globals dict and that dict's layout version (and, for a builtin, the builtins
/// dict's) is what it was when the site was filled; then `value` points at the entry's value
/// word. Dicts bump their version whenever a key is added or removed or entries move, never
/// when a value is replaced in place, so the cached entry always holds the current value.
#[repr(C)]
pub struct GlobalSite {
    /// The globals dict (an owned reference, so the addresses below stay valid), or 0.
    pub globals: Cell<u64>,
    pub globals_version_ptr: Cell<*const u64>,
    pub globals_version: Cell<u64>,
    /// The builtins dict (an owned reference) when the value came from it, else 0.
    pub builtins: Cell<u64>,
    pub builtins_version_ptr: Cell<*const u64>,
    pub builtins_version: Cell<u64>,
    /// The cached entry's value word.
    pub value: Cell<*const u64>,
}

impl GlobalSite {
    pub fn empty() -> GlobalSite {
        GlobalSite {
            globals: Cell::new(0),
            globals_version_ptr: Cell::new(std::ptr::null()),
            globals_version: Cell::new(0),
            builtins: Cell::new(0),
            builtins_version_ptr: Cell::new(std::ptr::null()),
            builtins_version: Cell::new(0),
            value: Cell::new(std::ptr::null()),
        }
    }

    /// The cached value (borrowed) when the cache is valid for `globals`.
    #[inline(always)]
    pub fn get(&self, globals: &Value) -> Option<&Value> {
        // An empty site holds 0, which no dict's word is (heap words carry a tag).
        if self.globals.get() != globals.bits() {
            return None;
        }
        // SAFETY: the site owns references to the dicts, so their tables stay allocated; a
        // matching version means the entry at the cached position has not moved (see the
        // type's comment), and nothing borrows a dict mutably while a global is being read.
        unsafe {
            if *self.globals_version_ptr.get() != self.globals_version.get() {
                return None;
            }
            let b = self.builtins_version_ptr.get();
            if !b.is_null() && *b != self.builtins_version.get() {
                return None;
            }
            Some(&*(self.value.get() as *const Value))
        }
    }

    /// The cached value (borrowed) when the cache is still valid for the globals it was
    /// filled for.
    pub fn cached(&self) -> Option<&Value> {
        let bits = self.globals.get();
        if bits == 0 {
            return None;
        }
        // SAFETY: a nonzero word is the owned reference to the globals dict (see `fill`).
        let g = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
        // SAFETY: as in `get`; the reference is the site's, which outlives the borrow.
        self.get(&g).map(|v| unsafe { &*(v as *const Value) })
    }

    /// The site's words while it is valid, for compiled code to embed: the globals dict, the
    /// address and value of its layout version, those of the builtins dict's (0 when the
    /// value is the globals dict's), and the value word's address. Takes one more reference
    /// to each dict, never released: the addresses point into them, and compiled code lives
    /// as long as the process.
    pub fn leak_snapshot(&self) -> Option<[u64; 6]> {
        self.cached()?;
        for bits in [self.globals.get(), self.builtins.get()] {
            if bits != 0 {
                // SAFETY: a nonzero word is the site's owned reference (see `fill`).
                let d = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
                std::mem::forget((*d).clone());
            }
        }
        Some([
            self.globals.get(),
            self.globals_version_ptr.get() as u64,
            self.globals_version.get(),
            self.builtins_version_ptr.get() as u64,
            self.builtins_version.get(),
            self.value.get() as u64,
        ])
    }

    /// Remembers the entry at `pos` of `dict` (the globals dict, or the builtins dict when
    /// `from_builtins`) for loads running with `globals`.
    pub fn fill(&self, globals: &Value, dict: &Value, from_builtins: bool, pos: usize) {
        let (Some(Obj::Dict(g)), Some(Obj::Dict(d))) = (globals.obj(), dict.obj()) else { return };
        self.clear();
        self.globals.set(globals.clone().into_bits());
        self.globals_version_ptr.set(g.borrow().version_ptr());
        self.globals_version.set(g.borrow().version());
        if from_builtins {
            self.builtins.set(dict.clone().into_bits());
            self.builtins_version_ptr.set(d.borrow().version_ptr());
            self.builtins_version.set(d.borrow().version());
        }
        self.value.set(d.borrow().value_at(pos) as *const Value as *const u64);
    }

    fn clear(&self) {
        for w in [&self.globals, &self.builtins] {
            let bits = w.replace(0);
            if bits != 0 {
                // SAFETY: a nonzero word is an owned reference this site took in `fill`.
                drop(unsafe { Value::from_bits(bits) });
            }
        }
        self.builtins_version_ptr.set(std::ptr::null());
    }
}

impl Drop for GlobalSite {
    fn drop(&mut self) {
        self.clear();
    }
}
