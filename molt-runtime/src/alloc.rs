//! The global allocator of everything that links the runtime (`molt` and AOT binaries):
//! programs allocate and free small objects constantly, and mimalloc is markedly faster at
//! that than the system allocator (see the workspace manifest).

use libmimalloc_sys::{mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// mimalloc through its plain entry points where they suffice. The `mimalloc` crate's
/// allocator calls the aligned ones for every request, whose extra checks cost about 40
/// instructions an allocation (a third of making a small str); every mimalloc block is
/// aligned to at least a word, so requests aligned to a word or less (nearly all: objects,
/// vectors, strings) take `mi_malloc`.
struct MoltAlloc;

/// The alignment every mimalloc block has (its smallest size class is one word).
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: each method forwards to the mimalloc function for the same request, with the
// alignment the layout asks for guaranteed (by the block alignment, or by the aligned call).
unsafe impl GlobalAlloc for MoltAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain calls into the allocator.
        unsafe {
            if layout.align() <= WORD {
                mi_malloc(layout.size()) as *mut u8
            } else {
                mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if layout.align() <= WORD {
                mi_zalloc(layout.size()) as *mut u8
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the GlobalAlloc contract).
        unsafe { mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`; the block keeps its alignment.
        unsafe {
            if layout.align() <= WORD {
                mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[global_allocator]
static ALLOC: MoltAlloc = MoltAlloc;

/// mimalloc commits its first arena (1 GiB reserved) eagerly by default, which costs ~0.7 ms
/// of page faults at start-up, resident memory all run long, and, in `molt run`, half a
/// second of a string-heavy program; committing on demand is as fast or faster on our
/// benchmarks. Options take effect for arenas reserved afterwards, so this runs as an ELF
/// constructor, before Rust's own start-up allocates (`CONFIGURE`); calling it again is
/// harmless.
pub fn configure() {
    // SAFETY: setting an option has no preconditions. Option 4 is `mi_option_arena_eager_commit`
    // in the headers of both mimalloc 3 (what libmimalloc-sys builds by default) and 2; the
    // binding names no constant for it.
    unsafe { libmimalloc_sys::mi_option_set(4, 0) };
}

extern "C" fn configure_at_load() {
    configure();
}

/// Runs `configure` when the executable is loaded, before `main` and before any allocation
/// of Rust's start-up code.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static CONFIGURE: extern "C" fn() = configure_at_load;
