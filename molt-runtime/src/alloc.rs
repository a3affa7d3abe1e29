//! The global allocator of everything that links the runtime (`molt` and AOT binaries):
//! programs allocate and free small objects constantly, and mimalloc is markedly faster at
//! that than the system allocator (see the workspace manifest).

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc commits its first arena (1 GiB reserved) eagerly by default, which costs ~0.7 ms
/// of page faults at start-up and resident memory all run long; committing on demand is as
/// fast on our benchmarks. Call it first thing, before the program allocates (options take
/// effect for arenas reserved afterwards).
pub fn configure() {
    // SAFETY: setting an option has no preconditions (option 4 is
    // `mi_option_arena_eager_commit` in mimalloc 2's header).
    unsafe { libmimalloc_sys::mi_option_set(4, 0) };
}
