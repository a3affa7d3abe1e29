//! The `molt` command line: `molt run`, `molt profile`, `molt build`, `molt check`.

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
enum ProfileAction {
    /// Hot functions by time and calls, polymorphic sites, deopts, specializations.
    Show {
        profile: String,
    },
    /// Combine the runs of several profiles into one.
    Merge {
        #[arg(required = true)]
        inputs: Vec<String>,
        #[arg(short, long)]
        output: String,
    },
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
        /// Testing aid: every speculating instruction of compiled code deoptimizes the
        /// first time it runs, as if its assumption had failed.
        #[arg(long)]
        deopt_stress: bool,
        /// Warm start: compile the functions this profile shows to be hot at their first
        /// call, with its feedback.
        #[arg(long, value_name = "PROFILE")]
        pgo: Option<String>,
        /// The program.
        file: String,
        /// Arguments passed to the program as sys.argv[1:].
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Record a profile of a program's run (`molt profile app.py -o profile.bin [args]`), or
    /// inspect (`show`) and combine (`merge`) profiles.
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Profile {
        #[command(subcommand)]
        action: Option<ProfileAction>,
        /// Where to write the profile.
        #[arg(short, long, default_value = "profile.bin")]
        output: String,
        /// Which execution tiers to use while recording.
        #[arg(long, value_enum, default_value_t = Tier::Auto)]
        tier: Tier,
        /// The program.
        #[arg(required = true)]
        file: Option<String>,
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
        /// Specialize hot code on this profile's feedback.
        #[arg(long, value_name = "PROFILE")]
        pgo: Option<String>,
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

/// Reads a profile, or prints why not and gives the exit status.
fn read_profile(path: &str) -> Result<molt_profile::Profile, i32> {
    molt_profile::Profile::read(std::path::Path::new(path)).map_err(|e| {
        eprintln!("molt: {e}");
        2
    })
}

/// `molt run` and `molt profile`: runs the program in the chosen tiers on a big-stack thread,
/// optionally warm-started from a profile, optionally recording one to `record`.
fn run_program(
    file: String,
    args: Vec<String>,
    tier: Tier,
    jit_threshold: Option<u64>,
    opts: molt_vm::run::RunOptions,
    warm: Option<molt_profile::Profile>,
    record: Option<String>,
) -> i32 {
    let mut argv = vec![file.clone()];
    argv.extend(args);
    let mode = match tier {
        Tier::Interp => molt_tiers::Mode::Interp,
        Tier::Jit => molt_tiers::Mode::Jit,
        Tier::Auto => molt_tiers::Mode::Auto,
    };
    molt_vm::run::on_big_stack(move || {
        let stats = opts.stats;
        if let Err(e) = molt_tiers::install(mode, jit_threshold, stats) {
            eprintln!("molt: the JIT is unavailable on this machine ({e}); interpreting");
        }
        if let Some(p) = warm {
            let (calls, loops) = molt_tiers::thresholds(mode, jit_threshold);
            molt_vm::profiling::set_warm_start(p, calls, loops);
        }
        molt_vm::code::set_profiling(record.is_some());
        let status = molt_vm::run::run_file(&file, argv, &opts);
        if stats {
            eprint!("{}", molt_tiers::stats_report());
        }
        if let Some(out) = record {
            let p = molt_vm::profiling::collect();
            if let Err(e) = p.write(std::path::Path::new(&out)) {
                eprintln!("molt profile: cannot write {out}: {e}");
                return if status == 0 { 1 } else { status };
            }
            eprintln!("molt profile: wrote {out} ({} functions)", p.functions.len());
        }
        status
    })
}

fn build(file: &str, output: Option<String>, pgo: Option<String>, runtime_lib: Option<String>) -> i32 {
    let profile = match pgo.as_deref().map(read_profile) {
        Some(Ok(p)) => Some(p),
        Some(Err(status)) => return status,
        None => None,
    };
    let output = output.unwrap_or_else(|| {
        std::path::Path::new(file).file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "app".into())
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
    let same = |a: &str, b: &str| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    };
    if same(file, &output) {
        eprintln!("molt build: the output {output} would overwrite the program itself; name another with -o");
        return 2;
    }
    let opts = molt_aot::BuildOptions { script: file.into(), output: output.clone().into(), runtime_lib, profile };
    match molt_aot::build(&opts) {
        Ok(r) => {
            for f in &r.failed {
                eprintln!("molt build: warning: {f}; it will be interpreted");
            }
            for f in &r.stale {
                eprintln!("molt build: warning: the profile's entry for {f} is stale (the function changed since it was recorded); built without its feedback");
            }
            molt_vm::run::write_stdout(&format!(
                "molt build: wrote {output} ({:.1} KiB) in {} ms; {} functions, {} compiled ({} direct){}\n",
                r.size as f64 / 1024.0,
                r.millis,
                r.functions,
                r.compiled,
                r.direct,
                if opts.profile.is_some() { format!(", {} specialized from the profile", r.from_profile) } else { String::new() }
            ))
        }
        Err(molt_aot::BuildError::Refused(status)) => status,
        Err(molt_aot::BuildError::Failed(e)) => {
            eprintln!("molt build: {e}");
            1
        }
    }
}

fn main() -> ExitCode {
    molt_runtime::alloc::configure();
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Run { tier, emit, stats, jit_threshold, deopt_stress, pgo, file, args } => {
            molt_tiers::set_deopt_stress(deopt_stress);
            if let Some(w) = &emit {
                if w != "ir" {
                    eprintln!("molt: --emit supports only 'ir'");
                    return ExitCode::from(2);
                }
            }
            let warm = match pgo.as_deref().map(read_profile) {
                Some(Ok(p)) => Some(p),
                Some(Err(status)) => return ExitCode::from(status as u8),
                None => None,
            };
            let opts = molt_vm::run::RunOptions { emit_ir: emit.is_some(), stats };
            run_program(file, args, tier, jit_threshold, opts, warm, None)
        }
        Command::Profile { action: Some(ProfileAction::Show { profile }), .. } => match read_profile(&profile) {
            Ok(p) => molt_vm::run::write_stdout(&molt_vm::profiling::show(&p)),
            Err(status) => status,
        },
        Command::Profile { action: Some(ProfileAction::Merge { inputs, output }), .. } => {
            let mut merged: Option<molt_profile::Profile> = None;
            for i in &inputs {
                match read_profile(i) {
                    Ok(p) => match &mut merged {
                        Some(m) => m.merge(p),
                        None => merged = Some(p),
                    },
                    Err(status) => return ExitCode::from(status as u8),
                }
            }
            let merged = merged.expect("at least one input");
            match merged.write(std::path::Path::new(&output)) {
                Ok(()) => molt_vm::run::write_stdout(&format!("molt profile: merged {} profiles ({} runs, {} functions) into {output}\n", inputs.len(), merged.runs, merged.functions.len())),
                Err(e) => {
                    eprintln!("molt profile: cannot write {output}: {e}");
                    1
                }
            }
        }
        Command::Profile { action: None, output, tier, file, args } => {
            let file = file.expect("clap requires the program");
            run_program(file, args, tier, None, molt_vm::run::RunOptions::default(), None, Some(output))
        }
        Command::Build { file, output, pgo, runtime_lib } => build(&file, output, pgo, runtime_lib),
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
                molt_vm::run::write_stdout(&format!("{file}: ok, every construct is supported\n"))
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
