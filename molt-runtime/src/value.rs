//! The NaN-boxed `Value`: every Python value in one `u64`, and reference counting of heap objects.
//!
//! Layout (see docs/runtime-abi.md): a float is stored as its own bits (NaNs are canonicalized to
//! `0x7FF8_0000_0000_0000`); any word at or above `0xFFF9 << 48` is tagged. The top 16 bits name the
//! tag and the low 48 bits carry the payload: a 48-bit signed small int, a bool, None, or a heap
//! pointer to a `HeapObj` (reference count first, then the object).

use crate::object::Obj;
use std::cell::Cell;
use std::fmt;

pub const TAG_SHIFT: u32 = 48;
pub const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_BOOL: u64 = 0xFFFA;
pub const TAG_NONE: u64 = 0xFFFB;
pub const TAG_PTR: u64 = 0xFFFC;
/// The empty marker for unbound locals and missing dict slots; never visible to Python code.
pub const TAG_UNBOUND: u64 = 0xFFFD;
pub const FIRST_TAGGED: u64 = TAG_INT << TAG_SHIFT;
/// A float Value that is a NaN is this word or this word with the sign bit set
/// (`Value::float`): the sign is kept, as CPython keeps it (`math.copysign(1, -nan)`), the
/// payload is not. Machine arithmetic on such NaNs (IEEE add, subtract, multiply, divide,
/// square root, negation) gives one of the two again (it propagates an operand's NaN, or
/// makes the x86 default NaN, the negative one), so compiled code boxes its float results
/// without a check.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

/// A heap allocation: the count compiled code and the runtime maintain, then the object.
#[repr(C)]
pub struct HeapObj {
    pub refcount: Cell<usize>,
    pub obj: Obj,
}

#[repr(transparent)]
pub struct Value(u64);

impl Value {
    pub const NONE: Value = Value(TAG_NONE << TAG_SHIFT);
    pub const TRUE: Value = Value((TAG_BOOL << TAG_SHIFT) | 1);
    pub const FALSE: Value = Value(TAG_BOOL << TAG_SHIFT);
    pub const UNBOUND: Value = Value(TAG_UNBOUND << TAG_SHIFT);

    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.0
    }
    /// Takes ownership of a raw word previously produced by `into_bits`.
    ///
    /// # Safety
    /// `bits` must come from `Value::into_bits` (or be a non-heap encoding) and be consumed once.
    #[inline(always)]
    pub unsafe fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
    #[inline(always)]
    pub fn into_bits(self) -> u64 {
        let b = self.0;
        std::mem::forget(self);
        b
    }

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN | (f.to_bits() & (1 << 63)))
        } else {
            Value(f.to_bits())
        }
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    /// A small int; the caller guarantees the range.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }
    #[inline(always)]
    pub fn int(i: i64) -> Value {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Value::small_int(i)
        } else {
            Value::new(Obj::Int(num_bigint::BigInt::from(i)))
        }
    }
    pub fn new(obj: Obj) -> Value {
        let b = Box::new(HeapObj { refcount: Cell::new(1), obj });
        let p = Box::into_raw(b) as u64;
        debug_assert!(p & !PAYLOAD_MASK == 0, "heap pointer above 48 bits");
        Value((TAG_PTR << TAG_SHIFT) | p)
    }

    #[inline(always)]
    pub fn tag(&self) -> u64 {
        self.0 >> TAG_SHIFT
    }
    #[inline(always)]
    pub fn is_float(&self) -> bool {
        self.0 < FIRST_TAGGED
    }
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.tag() == TAG_BOOL
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.0 == TAG_NONE << TAG_SHIFT
    }
    #[inline(always)]
    pub fn is_unbound(&self) -> bool {
        self.0 == TAG_UNBOUND << TAG_SHIFT
    }
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        self.tag() == TAG_PTR
    }
    #[inline(always)]
    pub fn as_float(&self) -> f64 {
        f64::from_bits(self.0)
    }
    #[inline(always)]
    pub fn as_small_int(&self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn as_bool(&self) -> bool {
        self.0 & 1 == 1
    }
    #[inline(always)]
    pub fn heap_ptr(&self) -> *mut HeapObj {
        (self.0 & PAYLOAD_MASK) as *mut HeapObj
    }
    /// The heap object, when this is a pointer.
    #[inline(always)]
    pub fn obj(&self) -> Option<&Obj> {
        if self.is_heap() {
            // SAFETY: a Value with the pointer tag owns (or borrows through `self`) a live count
            // on the HeapObj, so the object outlives the returned reference.
            Some(unsafe { &(*self.heap_ptr()).obj })
        } else {
            None
        }
    }
    /// Identity: the same object (or the same immediate).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }
    /// `id()`: the address for heap objects, a stable number derived from the word otherwise.
    pub fn id(&self) -> i64 {
        if self.is_heap() {
            (self.0 & PAYLOAD_MASK) as i64
        } else {
            (self.0 >> 1) as i64 & i64::MAX
        }
    }
    pub fn refcount(&self) -> usize {
        if self.is_heap() {
            // SAFETY: see `obj`.
            unsafe { (*self.heap_ptr()).refcount.get() }
        } else {
            0
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_heap() {
            // SAFETY: `self` holds a count, so the allocation is live.
            let h = unsafe { &*self.heap_ptr() };
            h.refcount.set(h.refcount.get() + 1);
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_heap() {
            let p = self.heap_ptr();
            // SAFETY: `self` holds one count on a live allocation; when it was the last, nobody
            // else can reach the box, so reconstructing and dropping it is the unique release.
            unsafe {
                let c = (*p).refcount.get() - 1;
                if c == 0 {
                    crate::object::release(Box::from_raw(p));
                } else {
                    (*p).refcount.set(c);
                }
            }
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match crate::repr::repr_plain(self) {
            Some(s) => write!(f, "{s}"),
            None => write!(f, "<value {:#x}>", self.0),
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NONE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Obj;

    /// The runtime is single-threaded and its builtin type objects are process-wide, so
    /// tests that run it must not overlap (the test harness runs tests on several threads).
    fn runtime_lock() -> std::sync::MutexGuard<'static, ()> {
        static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
        LOCK.lock().unwrap_or_else(|e| e.into_inner())
    }

    #[test]
    fn floats_are_stored_as_themselves() {
        for f in [0.0, -0.0, 1.5, -2.25e300, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE, 5e-324] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
    }

    #[test]
    fn nans_are_canonical_keep_their_sign_and_never_look_tagged() {
        for bits in [0x7FF8_0000_0000_0001u64, 0xFFF8_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF, 0x7FF0_0000_0000_0001, 0xFFF1_0000_0000_0000] {
            let v = Value::float(f64::from_bits(bits));
            assert!(v.is_float(), "NaN {bits:#x} must stay a float");
            assert!(v.as_float().is_nan());
            assert_eq!(v.bits(), CANONICAL_NAN | (bits & (1 << 63)));
        }
        // Arithmetic on canonical NaNs gives canonical NaNs (compiled code relies on it).
        let (p, n) = (f64::from_bits(CANONICAL_NAN), f64::from_bits(CANONICAL_NAN | (1 << 63)));
        // (Through black_box: computed by the machine, not folded by the compiler.)
        let (inf, zero) = (std::hint::black_box(f64::INFINITY), std::hint::black_box(0.0f64));
        for r in [p + 1.0, 1.0 - n, p * n, n / p, -p, -n, n.sqrt(), inf - inf, zero * inf, (zero - 1.0).sqrt(), zero / zero] {
            assert!(r.is_nan());
            assert_eq!(r.to_bits() & !(1 << 63), CANONICAL_NAN, "{:#x}", r.to_bits());
        }
    }

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345, -98765] {
            let v = Value::int(i);
            assert!(v.is_small_int(), "{i}");
            assert_eq!(v.as_small_int(), i);
        }
    }

    #[test]
    fn ints_outside_the_small_range_are_big_and_normalize_back() {
        let v = Value::int(SMALL_INT_MAX + 1);
        assert!(matches!(v.obj(), Some(Obj::Int(_))));
        let back = crate::int::from_big(num_bigint::BigInt::from(SMALL_INT_MAX));
        assert!(back.is_small_int());
        let r = crate::ops::binary_op(&Value::int(SMALL_INT_MAX), &Value::int(1), crate::ops::BinOp::Add).unwrap();
        assert_eq!(crate::repr::repr(&r).unwrap(), (SMALL_INT_MAX as i128 + 1).to_string());
        let down = crate::ops::binary_op(&r, &Value::int(1), crate::ops::BinOp::Sub).unwrap();
        assert!(down.is_small_int(), "results that fit become small ints again");
    }

    #[test]
    fn immediates_have_distinct_tags() {
        assert!(Value::NONE.is_none() && !Value::NONE.is_float());
        assert!(Value::TRUE.is_bool() && Value::TRUE.as_bool());
        assert!(Value::FALSE.is_bool() && !Value::FALSE.as_bool());
        assert!(Value::UNBOUND.is_unbound() && !Value::UNBOUND.is_none());
        assert!(!Value::int(0).is(&Value::FALSE));
    }

    #[test]
    fn clones_and_drops_maintain_the_count() {
        let _serial = runtime_lock();
        crate::init();
        let v = crate::list_new(vec![Value::int(1)]);
        assert_eq!(v.refcount(), 1);
        let w = v.clone();
        assert_eq!(v.refcount(), 2);
        drop(w);
        assert_eq!(v.refcount(), 1);
        let t = crate::tuple_new(vec![v.clone(), v.clone()]);
        assert_eq!(v.refcount(), 3);
        drop(t);
        assert_eq!(v.refcount(), 1);
    }

    #[test]
    fn releasing_a_long_chain_does_not_overflow_the_stack() {
        let _serial = runtime_lock();
        crate::init();
        let mut head = Value::NONE;
        for _ in 0..1_000_000 {
            head = crate::list_new(vec![head]);
        }
        drop(head);
    }
}
