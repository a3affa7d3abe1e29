//! The `molt` command line: `molt run`, `molt check`.

use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "molt", version, about = "Run a verified subset of Python fast")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Tier {
    /// The interpreter only.
    Interp,
    /// Compile every function at its first call.
    Jit,
    /// Interpret, compiling hot code (the default).
    Auto,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python program.
    Run {
        /// Which execution tiers to use.
        #[arg(long, value_enum, default_value_t = Tier::Auto)]
        tier: Tier,
        /// Print the program's Molt IR instead of running it (`--emit ir`).
        #[arg(long, value_name = "WHAT")]
        emit: Option<String>,
        /// Print per-function counters and feedback at exit (to stderr).
        #[arg(long)]
        stats: bool,
        /// Calls or loop iterations before a function is compiled (JIT tier).
        #[arg(long, env = "MOLT_JIT_THRESHOLD")]
        jit_threshold: Option<u64>,
        /// The program.
        file: String,
        /// Arguments passed to the program as sys.argv[1:].
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Report every construct Molt refuses in a program, without running it.
    Check {
        /// The program.
        file: String,
    },
}

/// Runs `f` on a thread with a large stack, so deep Python recursion raises RecursionError
/// instead of overflowing the native stack.
fn with_big_stack<F: FnOnce() -> i32 + Send + 'static>(f: F) -> i32 {
    const STACK: usize = 1 << 30;
    let handle = std::thread::Builder::new().stack_size(STACK).spawn(move || {
        let base = &0u8 as *const u8 as usize;
        molt_vm::interp::set_stack_bounds(base, STACK);
        let code = f();
        // Exit from here: tearing down the interpreter's thread-locals would only free memory
        // the process is about to release anyway.
        std::process::exit(code)
    });
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("molt: internal error: the interpreter thread failed");
            70
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Run { tier, emit, stats, jit_threshold, file, args } => {
            if let Some(w) = &emit {
                if w != "ir" {
                    eprintln!("molt: --emit supports only 'ir'");
                    return ExitCode::from(2);
                }
            }
            let opts = molt_vm::run::RunOptions { emit_ir: emit.is_some(), stats };
            let mut argv = vec![file.clone()];
            argv.extend(args);
            let mode = match tier {
                Tier::Interp => molt_tiers::Mode::Interp,
                Tier::Jit => molt_tiers::Mode::Jit,
                Tier::Auto => molt_tiers::Mode::Auto,
            };
            with_big_stack(move || {
                if let Err(e) = molt_tiers::install(mode, jit_threshold, stats) {
                    eprintln!("molt: the JIT is unavailable on this machine ({e}); interpreting");
                }
                let status = molt_vm::run::run_file(&file, argv, &opts);
                if stats {
                    eprint!("{}", molt_tiers::stats_report());
                }
                status
            })
        }
        Command::Check { file } => {
            let source = match std::fs::read_to_string(&file) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("molt: can't open file '{file}': {e}");
                    return ExitCode::from(2);
                }
            };
            let diags = molt_vm::check_source(&source, &file);
            for d in &diags {
                match d.kind {
                    molt_vm::diag::Kind::Syntax => eprint!("{}", molt_vm::diag::render_syntax(d, &source)),
                    molt_vm::diag::Kind::Unsupported => eprint!("{}", molt_vm::diag::render_unsupported(d, &source)),
                }
            }
            if diags.is_empty() {
                println!("{file}: ok, every construct is supported");
                0
            } else if diags.iter().any(|d| d.kind == molt_vm::diag::Kind::Syntax) {
                1
            } else {
                eprintln!("{file}: {} unsupported construct{}", diags.len(), if diags.len() == 1 { "" } else { "s" });
                2
            }
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}
