//! Call-site caches compiled code calls through: the function a `call` instruction last
//! called and everything needed to enter that function's frameless machine code directly.

use crate::value::Value;
use std::cell::Cell;

/// `repr(C)`: machine code loads the fields at fixed offsets. Empty while `func` is `EMPTY`.
#[repr(C)]
pub struct CallSite {
    /// The function called (an owned reference, so the addresses below stay valid and no
    /// other object can take its place at the same address).
    pub func: Cell<u64>,
    /// Its frameless entry (`molt_tiers::native::DirectEntry`).
    pub entry: Cell<usize>,
    /// What the callee's context holds: its code object, its globals (`*const Value`), its
    /// code object's global-load sites and call sites, the function object, and the code
    /// object's attribute sites.
    pub code: Cell<usize>,
    pub globals: Cell<usize>,
    pub global_sites: Cell<usize>,
    pub call_sites: Cell<usize>,
    pub func_obj: Cell<usize>,
    pub attr_sites: Cell<usize>,
    /// When `func` is a class whose instances the site creates itself: its `__init__` (an
    /// owned reference; the fields above describe it) and the class version it was found
    /// at (a changed class is called the long way). 0 for a function called as it is;
    /// `BOUND` for a function called through its bound methods.
    pub init: Cell<u64>,
    pub version: Cell<u64>,
    /// How often `fill` replaced one function with another, and the last function that
    /// missed (its word, compared only; see `refill_allowed`).
    pub refills: Cell<u32>,
    pub last_miss: Cell<u64>,
}

/// `CallSite::init` of a site that calls `func` through bound methods of it (`m = obj.f;
/// m(x)`): the bound method's receiver goes first. No object's word (heap words are tagged).
pub const BOUND: u64 = 1;

/// `CallSite::func` of an empty site: the word of a null heap reference, which no value has,
/// so that compiled code comparing a callee with it (a float 0.0 is the word 0) never
/// mistakes the empty site for one holding that callee.
pub const EMPTY: u64 = crate::value::TAG_PTR << crate::value::TAG_SHIFT;

/// A site that keeps changing callees stops being refilled after this many changes: it is
/// called the long way from then on, without the churn of refilling.
pub const MAX_REFILLS: u32 = 64;

/// What `CallSite::fill` records besides the function.
pub struct Target {
    pub entry: usize,
    pub code: usize,
    pub globals: usize,
    pub global_sites: usize,
    pub call_sites: usize,
    pub func_obj: usize,
    pub attr_sites: usize,
}

impl CallSite {
    pub fn empty() -> CallSite {
        CallSite {
            func: Cell::new(EMPTY),
            entry: Cell::new(0),
            code: Cell::new(0),
            globals: Cell::new(0),
            global_sites: Cell::new(0),
            call_sites: Cell::new(0),
            func_obj: Cell::new(0),
            attr_sites: Cell::new(0),
            init: Cell::new(0),
            version: Cell::new(0),
            refills: Cell::new(0),
            last_miss: Cell::new(0),
        }
    }

    /// Whether the site may be filled for `func`, which missed it: when it is empty, or
    /// when `func` also made the site's previous miss (the site's callee changed, as when a
    /// higher-order function is used with another callback) and the site has changed callees
    /// fewer than `MAX_REFILLS` times. A site cycling through several callees (`for f in
    /// fns: x = f(x)`) rarely misses twice in a row with the same one, so it keeps its
    /// callee instead of being refilled on every call.
    pub fn refill_allowed(&self, func: &Value) -> bool {
        if self.func.get() == EMPTY || self.calls(func) {
            return true;
        }
        if self.last_miss.replace(func.bits()) != func.bits() {
            return false;
        }
        let n = self.refills.get();
        self.refills.set(n.saturating_add(1));
        n < MAX_REFILLS
    }

    /// Whether the site already calls `func`.
    pub fn calls(&self, func: &Value) -> bool {
        self.func.get() == func.bits()
    }

    pub fn fill(&self, func: &Value, t: Target) {
        self.clear();
        self.entry.set(t.entry);
        self.code.set(t.code);
        self.globals.set(t.globals);
        self.global_sites.set(t.global_sites);
        self.call_sites.set(t.call_sites);
        self.func_obj.set(t.func_obj);
        self.attr_sites.set(t.attr_sites);
        self.func.set(func.clone().into_bits());
    }

    /// Fills the site for calls of class `cls` (at class version `version`): compiled code
    /// creates the instance and calls `init` (described by `t`) straight into its entry.
    pub fn fill_class(&self, cls: &Value, version: u64, init: &Value, t: Target) {
        self.fill(cls, t);
        self.version.set(version);
        self.init.set(init.clone().into_bits());
    }

    /// Fills the site for calls of bound methods of `func` (described by `t`): compiled code
    /// passes the receiver first, straight into the entry.
    pub fn fill_bound(&self, func: &Value, t: Target) {
        self.fill(func, t);
        self.init.set(BOUND);
    }

    /// Whether the site calls bound methods of `func`.
    pub fn calls_bound(&self, func: &Value) -> bool {
        self.calls(func) && self.init.get() == BOUND
    }

    /// Empties the site (its callee's compiled code was replaced): the next call refills it.
    pub fn forget(&self) {
        self.clear();
    }

    fn clear(&self) {
        let func = self.func.replace(EMPTY);
        if func != EMPTY {
            // SAFETY: the word of a site that is not empty is the owned reference `fill` took.
            retire(unsafe { Value::from_bits(func) });
        }
        let init = self.init.replace(0);
        if init != 0 && init != BOUND {
            // SAFETY: as above (`fill_class`).
            drop(unsafe { Value::from_bits(init) });
        }
    }
}

thread_local! {
    /// The functions call sites stopped holding (see `retire`); never dropped, like the
    /// code objects whose sites held them.
    static RETIRED: std::mem::ManuallyDrop<std::cell::RefCell<Vec<Value>>> = const { std::mem::ManuallyDrop::new(std::cell::RefCell::new(Vec::new())) };
}

/// Keeps a function a call site held alive for the rest of the run. A function a site holds
/// is therefore never freed: compiled code calling the function a site holds takes no
/// reference to it for the call (the call may rebind the global it came from, or refill
/// the site). Each site changes functions at most `MAX_REFILLS` times, plus once per
/// recompilation of its callee, which bounds what is kept.
fn retire(func: Value) {
    RETIRED.with(|r| r.borrow_mut().push(func));
}

impl Drop for CallSite {
    fn drop(&mut self) {
        self.clear();
    }
}
