//! The `molt` command line: `molt run`, `molt build`, `molt check`.

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
    /// Compile a program ahead of time into one native executable.
    Build {
        /// The program.
        file: String,
        /// Where to write the executable (default: the script's name without `.py`).
        #[arg(short, long)]
        output: Option<String>,
        /// The runtime library to link (default: `libmolt_rt.a` beside this executable).
        #[arg(long, env = "MOLT_RUNTIME_LIB", hide = true)]
        runtime_lib: Option<String>,
    },
    /// Report every construct Molt refuses in a program, without running it.
    Check {
        /// The program.
        file: String,
    },
}

fn build(file: &str, output: Option<String>, runtime_lib: Option<String>) -> i32 {
    let output = output.unwrap_or_else(|| {
        let stem = std::path::Path::new(file).file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "app".into());
        stem
    });
    let runtime_lib = match runtime_lib {
        Some(p) => std::path::PathBuf::from(p),
        None => match std::env::current_exe() {
            Ok(exe) => exe.with_file_name("libmolt_rt.a"),
            Err(e) => {
                eprintln!("molt build: cannot locate the Molt executable: {e}");
                return 70;
            }
        },
    };
    let opts = molt_aot::BuildOptions { script: file.into(), output: output.clone().into(), runtime_lib };
    match molt_aot::build(&opts) {
        Ok(r) => {
            for f in &r.failed {
                eprintln!("molt build: warning: {f}; it will be interpreted");
            }
            println!(
                "molt build: wrote {output} ({:.1} KiB) in {} ms; {} functions, {} compiled ({} direct)",
                r.size as f64 / 1024.0,
                r.millis,
                r.functions,
                r.compiled,
                r.direct
            );
            0
        }
        Err(molt_aot::BuildError::Refused(status)) => status,
        Err(molt_aot::BuildError::Failed(e)) => {
            eprintln!("molt build: {e}");
            1
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
            molt_vm::run::on_big_stack(move || {
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
        Command::Build { file, output, runtime_lib } => build(&file, output, runtime_lib),
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
