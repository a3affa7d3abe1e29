//! The global allocator of everything that links the runtime (`molt` and AOT binaries):
//! programs allocate and free small objects constantly, and mimalloc is markedly faster at
//! that than the system allocator (see the workspace manifest).

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
