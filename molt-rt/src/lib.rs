//! The runtime library of binaries built by `molt build`: the runtime, the interpreter and
//! the helpers compiled code calls, behind one entry point, [`molt_aot_main`], which the
//! generated `main` calls with the program's packed IR and its table of machine code.
//!
//! Nothing here reaches the parser or the JIT, so link-time optimization leaves them out.

use molt_tiers::native::{DirectEntry, Entry, NativeCode};


extern "C" {
    fn signal(sig: i32, handler: usize) -> usize;
}

const SIGPIPE: i32 = 13;
const SIG_IGN: usize = 1;

/// Runs the program: `program` is `len` bytes of packed IR (see `molt_vm::packed`), `table`
/// holds two words per code id (the entry with a frame and the direct entry, or 0). Returns
/// the exit status (normally the process exits from the interpreter thread first). `layout`
/// is the fingerprint of the object layout the machine code was compiled against (see
/// `molt_runtime::jit_layout`): should this runtime measure another, the program runs in
/// the interpreter instead, which gives the same results.
///
/// # Safety
/// The pointers must describe data of the generated object, which lives as long as the
/// process, and the table's entries must be functions compiled from the packed IR's code
/// with the signatures of [`Entry`] and [`DirectEntry`].
#[no_mangle]
pub unsafe extern "C" fn molt_aot_main(program: *const u8, len: usize, table: *const usize, ncodes: usize, layout: u64) -> i32 {
    // Under a C `main` Rust's start-up code does not run: ignore SIGPIPE as it would (and as
    // CPython does), so a closed pipe is an error on write, not a silent death.
    // SAFETY: installing SIG_IGN for SIGPIPE has no preconditions.
    unsafe { signal(SIGPIPE, SIG_IGN) };
    molt_runtime::alloc::configure();
    // SAFETY: per this function's contract.
    let (bytes, entries): (&'static [u8], &'static [usize]) =
        unsafe { (std::slice::from_raw_parts(program, len), std::slice::from_raw_parts(table, ncodes * 2)) };
    let r = std::panic::catch_unwind(move || {
        molt_vm::run::on_big_stack(move || {
            let program = match molt_vm::packed::decode(bytes) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("molt: this binary is damaged: {e}");
                    return 70;
                }
            };
            let argv: Vec<String> = std::env::args().collect();
            // MOLT_AOT_REPORT=1: at exit, how much of the program ran as machine code.
            let report = std::env::var_os("MOLT_AOT_REPORT").is_some();
            let mut natives: Vec<&'static NativeCode> = Vec::new();
            let layout_ok = layout == 0 || layout == molt_runtime::jit_layout::fingerprint();
            if report && !layout_ok {
                eprintln!("molt aot: object layout differs from the build's: running interpreted");
            }
            let status = molt_vm::run::run_packed(program, argv, |codes| {
                if !layout_ok {
                    return;
                }
                for (code, pair) in codes.iter().zip(entries.chunks(2)) {
                    if pair[0] == 0 {
                        continue;
                    }
                    // SAFETY: per this function's contract, nonzero entries are machine code
                    // compiled from this code object with these signatures.
                    let (entry, direct) = unsafe {
                        (
                            std::mem::transmute::<usize, Entry>(pair[0]),
                            (pair[1] != 0).then(|| std::mem::transmute::<usize, DirectEntry>(pair[1])),
                        )
                    };
                    let native: &'static NativeCode = Box::leak(Box::new(NativeCode::new(Some(entry), direct, report)));
                    code.set_compiled(Some(native));
                    natives.push(native);
                }
            });
            if report {
                let entered: u64 = natives.iter().map(|n| n.entries.get()).sum();
                eprintln!("molt aot: {} functions with machine code, entered {entered} times", natives.len());
            }
            status
        })
    });
    r.unwrap_or(70)
}
