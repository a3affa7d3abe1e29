//! Register files of Python frames. Ordinary calls take their registers from one contiguous,
//! thread-local stack (a call pushes a window, its return pops it), so a call allocates
//! nothing; generator frames, which outlive the call that made them, own a heap vector.

use crate::value::Value;
use std::cell::Cell;
use std::ops::{Deref, DerefMut};

/// Values the stack can hold: reserved once (virtual memory, touched only as used) and never
/// moved, so windows handed out stay valid.
const CAPACITY: usize = 1 << 23;

#[cold]
fn reserve() -> *mut Value {
    let mut v: Vec<Value> = Vec::with_capacity(CAPACITY);
    let base = v.as_mut_ptr();
    std::mem::forget(v);
    base
}

struct RegStack {
    base: Cell<*mut Value>,
    top: Cell<usize>,
}

thread_local! {
    static STACK: RegStack = const { RegStack { base: Cell::new(std::ptr::null_mut()), top: Cell::new(0) } };
}

pub struct RegFile {
    ptr: *mut Value,
    len: usize,
    /// `Some(capacity)` for a heap-owned vector, `None` for a window of the stack.
    heap_cap: Option<usize>,
}

impl RegFile {
    /// Pushes `n` unbound registers on the thread's stack; `None` when it is exhausted
    /// (the caller raises RecursionError).
    #[inline(always)]
    pub fn on_stack(n: usize) -> Option<RegFile> {
        // The thread-local access only moves the top; the window is filled outside it.
        let (base, top) = STACK.with(|s| (s.base.get(), s.top.get()));
        if base.is_null() || top + n > CAPACITY {
            return Self::on_stack_cold(n);
        }
        STACK.with(|s| s.top.set(top + n));
        // SAFETY: `base` points to an allocation of CAPACITY values that is never freed or
        // moved; top..top+n is in bounds.
        let ptr = unsafe { base.add(top) };
        for i in 0..n {
            // SAFETY: the slots top..top+n were unused (above every live window), so writing
            // does not leak a value.
            unsafe { ptr.add(i).write(Value::UNBOUND) };
        }
        Some(RegFile { ptr, len: n, heap_cap: None })
    }

    /// `on_stack` on a thread's first call (which reserves the stack) or past its end.
    #[cold]
    #[inline(never)]
    fn on_stack_cold(n: usize) -> Option<RegFile> {
        let top = STACK.with(|s| {
            if s.base.get().is_null() {
                s.base.set(reserve());
            }
            s.top.get()
        });
        if top + n > CAPACITY {
            return None;
        }
        Self::on_stack(n)
    }

    /// Registers owned by a heap vector (generator frames).
    pub fn heap(v: Vec<Value>) -> RegFile {
        let mut v = std::mem::ManuallyDrop::new(v);
        RegFile { ptr: v.as_mut_ptr(), len: v.len(), heap_cap: Some(v.capacity()) }
    }

    /// Drops every register's value (a finished generator keeps an empty file).
    pub fn clear(&mut self) {
        for r in self.iter_mut() {
            *r = Value::UNBOUND;
        }
    }
}

impl Deref for RegFile {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: `ptr..ptr+len` are initialized values owned by this file (a stack window or
        // a heap vector), valid for the file's lifetime.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl DerefMut for RegFile {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`, and `&mut self` gives exclusive access.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl Drop for RegFile {
    fn drop(&mut self) {
        match self.heap_cap {
            // SAFETY: ptr/len/cap came from a Vec we took apart in `heap`.
            Some(cap) => unsafe { drop(Vec::from_raw_parts(self.ptr, self.len, cap)) },
            None => {
                // SAFETY: the window's values are initialized and owned by this file; after
                // dropping them the slots are unused again.
                let window = unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) };
                // Most windows hold no heap reference by the time their frame returns (dead
                // temporaries were already released): a branch-free scan finds that cheaply.
                if window.iter().fold(false, |any, v| any | v.is_heap()) {
                    // SAFETY: as above.
                    unsafe { std::ptr::drop_in_place(window as *mut [Value]) };
                }
                STACK.with(|s| {
                    let top = s.top.get();
                    // Windows are released in the reverse order of their creation (frames live
                    // on the native call stack); anything else would corrupt the stack.
                    // SAFETY: base + top is within (or one past) the reserved allocation.
                    let expected = unsafe { s.base.get().add(top - self.len) };
                    assert!(
                        expected == self.ptr,
                        "internal invariant: register windows must be released last-in first-out"
                    );
                    s.top.set(top - self.len);
                });
            }
        }
    }
}
