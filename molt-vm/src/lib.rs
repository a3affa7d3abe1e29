//! molt-vm: Molt's front end (parse, scope analysis, lowering), Molt IR (types, printer,
//! verifier), the tier-0 interpreter with its feedback slots, and module loading.
//!
//! The pipeline: [`compile`] parses a module with ruff's parser, runs the subset check, the
//! scope analysis and the lowering, and returns IR functions; [`loader`] registers them as
//! code objects and runs them in the [`interp`] interpreter.
//!
//! # Source layout
//! - `ir.rs`: the IR and its text form; `verify.rs`: the IR verifier; `cfg.rs` and
//!   `coalesce.rs`: the passes after lowering (CFG cleanup, copies, liveness).
//! - `scope.rs`: scope analysis; `lower.rs` / `lower_expr.rs`: AST to IR.
//! - `check.rs`: the subset check; `diag.rs`: diagnostics and syntax errors.
//! - `code.rs`: code objects, feedback vectors, counters; `interp.rs`: the interpreter.
//! - `loader.rs`: imports and `__main__`; `native.rs`: sys, math, time, random.
//! - `packed.rs`: programs compiled ahead of time (the module graph, packed IR).
//! - `profiling.rs`: profiles: recording, identities, warm starts, reports.
//! - `run.rs`: running a program end to end (exit status, tracebacks, stats).

#![forbid(unsafe_code)]

pub mod cfg;
pub mod check;
pub mod code;
mod coalesce;
pub mod diag;
pub mod interp;
pub mod ir;
pub mod loader;
mod lower;
mod lower_expr;
pub mod native;
pub mod packed;
pub mod profiling;
pub mod run;
pub mod scope;
pub mod verify;

use diag::{Diagnostic, Kind};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use ruff_text_size::TextRange;

/// A compiled module: its IR functions (code ids start at the base given to [`compile`]).
pub struct Lowered {
    pub codes: Vec<ir::Function>,
    pub root_index: u32,
}

/// Parses a module and returns every diagnostic: syntax errors first, then refusals.
pub fn check_source(source: &str, path: &str) -> Vec<Diagnostic> {
    let options = ParseOptions::from(Mode::Module).with_target_version(ruff_python_ast::PythonVersion::PY312);
    let parsed = parse_unchecked(source, options);
    let mut out: Vec<Diagnostic> = parsed
        .errors()
        .iter()
        .map(|e| Diagnostic { kind: Kind::Syntax, message: diag::cpython_message(&e.error.to_string()), path: path.to_string(), range: e.location })
        .collect();
    if !out.is_empty() {
        return out;
    }
    let Some(module) = parsed.syntax().as_module() else { return out };
    let dir = std::path::Path::new(path).parent().map(|p| p.to_path_buf());
    let mut checker = check::Checker { path, out: Vec::new(), comp_targets: Vec::new(), comp_depth: 0, dir, import_guarded: 0 };
    checker.stmts(&module.body);
    out.extend(checker.out);
    out
}

/// Compiles a module to IR. The first diagnostic stops compilation.
pub fn compile(source: &str, path: &str, module: &str, code_base: u32) -> Result<Lowered, Diagnostic> {
    let diags = check_source(source, path);
    if let Some(d) = diags.into_iter().next() {
        return Err(d);
    }
    let options = ParseOptions::from(Mode::Module).with_target_version(ruff_python_ast::PythonVersion::PY312);
    let parsed = parse_unchecked(source, options);
    let Some(m) = parsed.syntax().as_module() else {
        return Err(Diagnostic { kind: Kind::Syntax, message: "invalid syntax".into(), path: path.into(), range: TextRange::default() });
    };
    let scopes = scope::Scopes::analyze(&m.body);
    let mut l = lower::Lowerer {
        ast: std::marker::PhantomData,
        index: ruff_source_file::LineIndex::from_source_text(source),
        filename: path.to_string(),
        module: module.to_string(),
        scopes,
        codes: Vec::new(),
        code_base,
    };
    let root = l.lower_module(&m.body).map_err(|e| Diagnostic {
        kind: if e.syntax { Kind::Syntax } else { Kind::Unsupported },
        message: e.message,
        path: path.to_string(),
        range: e.range,
    })?;
    let codes: Vec<ir::Function> = l.codes.into_iter().map(|c| c.expect("every allocated code is lowered")).collect();
    if cfg!(debug_assertions) {
        for f in &codes {
            if let Err(msg) = verify::verify(f) {
                panic!("internal invariant: IR verification failed for {}: {msg}\n{f}", f.qualname);
            }
        }
    }
    Ok(Lowered { codes, root_index: root - code_base })
}
