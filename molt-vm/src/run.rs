//! Running a program end to end: the subset check, `__main__`, uncaught exceptions printed as
//! CPython prints them (with "Did you mean" suggestions), SystemExit, and exit statuses.

use crate::code;
use crate::diag::{self, Kind};
use molt_runtime::object::*;
use molt_runtime::types::{self, TypeId};
use molt_runtime::{intern, str_of, Exc, Value};
use std::path::Path;

#[derive(Default, Clone)]
pub struct RunOptions {
    pub emit_ir: bool,
    pub stats: bool,
}

/// Reads a script and runs the subset check on it, as `molt run` and `molt build` do first:
/// its absolute path and source, or the exit status after printing why not (a missing file,
/// a syntax error as CPython prints it, or every construct Molt refuses).
pub fn load_script(path: &str) -> Result<(String, String), i32> {
    let abs = std::fs::canonicalize(path).map(|p| p.to_string_lossy().to_string()).unwrap_or_else(|_| path.to_string());
    let source = match std::fs::read(path) {
        Ok(b) => match String::from_utf8(b) {
            Ok(s) => s,
            Err(_) => {
                eprintln!("SyntaxError: Non-UTF-8 code starting in file {abs}");
                return Err(1);
            }
        },
        Err(e) => {
            eprintln!("molt: can't open file '{abs}': [Errno {}] {}", e.raw_os_error().unwrap_or(2), describe_io(&e));
            return Err(2);
        }
    };
    let diags = crate::check_source(&source, &abs);
    if let Some(first) = diags.first() {
        if first.kind == Kind::Syntax {
            eprint!("{}", diag::render_syntax(first, &source));
            return Err(1);
        }
        for d in &diags {
            eprint!("{}", diag::render_unsupported(d, &source));
        }
        return Err(2);
    }
    Ok((abs, source))
}

/// Runs `path` with `argv` (argv[0] is the script); returns the process exit status.
pub fn run_file(path: &str, argv: Vec<String>, opts: &RunOptions) -> i32 {
    let (abs, source) = match load_script(path) {
        Ok(x) => x,
        Err(status) => return status,
    };
    let dir = Path::new(&abs).parent().map(|p| p.to_path_buf()).unwrap_or_default();
    crate::loader::init(std::rc::Rc::new(crate::loader::SourceFinder { search: vec![dir] }), argv);
    let code_id = match crate::loader::compile_module(&source, &abs, "__main__") {
        Ok(c) => c,
        Err(d) => {
            if d.kind == Kind::Syntax {
                eprint!("{}", diag::render_syntax(&d, &source));
                return 1;
            }
            eprint!("{}", diag::render_unsupported(&d, &source));
            return 2;
        }
    };
    if opts.emit_ir {
        let text: String = code::all().iter().map(|c| format!("{}\n", c.ir)).collect();
        return write_stdout(&text);
    }
    run_main(code_id, &abs, opts)
}

/// Runs a program compiled ahead of time (see `packed`): registers its code, lets `install`
/// attach machine code to it, and runs its main module. Returns the exit status.
pub fn run_packed(program: crate::packed::Program, argv: Vec<String>, install: impl FnOnce(&[std::rc::Rc<code::CodeObject>])) -> i32 {
    let cwd = std::env::current_dir().unwrap_or_default();
    let script = crate::packed::resolve_path(&program.script, &cwd);
    let finder = crate::packed::PackedFinder { modules: program.modules, cwd: cwd.clone() };
    crate::loader::init(std::rc::Rc::new(finder), argv);
    for mut f in program.codes {
        f.filename = crate::packed::resolve_path(&f.filename, &cwd);
        code::register(f);
    }
    install(&code::all());
    run_main(program.main, &script, &RunOptions::default())
}

/// Runs the main module's code, then finalizes as CPython does; returns the exit status.
fn run_main(code_id: u32, abs: &str, opts: &RunOptions) -> i32 {
    let globals = crate::loader::main_module(abs);
    let result = crate::loader::exec_module(code_id, &globals);
    let mut status = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(e),
    };
    // Finalization, as CPython does at exit: clearing module globals releases what they hold
    // (suspended generators run their finally blocks). An exception there is reported and,
    // like SystemExit, may set the status.
    if let Err(e) = crate::loader::finalize_modules() {
        status = handle_uncaught(e);
    }
    crate::interp::begin_shutdown();
    if let Err(e) = molt_runtime::io::flush_stdout() {
        // As CPython reports a stdout it cannot flush at exit (its exit status then is 120).
        let text = molt_runtime::exceptions::format_traceback(&e.0, &|_, _| None);
        molt_runtime::io::write_stderr(&format!("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{text}"));
        status = 120;
    }
    if opts.stats {
        print_stats();
    }
    status
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Runs `f` on a thread with a large stack, so deep Python recursion raises RecursionError
/// instead of overflowing the native stack, and exits the process with its status.
pub fn on_big_stack<F: FnOnce() -> i32 + Send + 'static>(f: F) -> i32 {
    const STACK: usize = 1 << 30;
    let handle = std::thread::Builder::new().stack_size(STACK).spawn(move || {
        let base = &0u8 as *const u8 as usize;
        crate::interp::set_stack_bounds(base, STACK);
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

/// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
pub fn handle_uncaught(e: Exc) -> i32 {
    let v = e.0;
    molt_runtime::io::settle_stdout();
    if types::is_instance(&v, &types::type_obj(TypeId::SystemExit)) {
        let args = molt_runtime::exceptions::args_of(&v);
        let items = molt_runtime::tuple_items(&args);
        let code = match items.len() {
            0 => Value::NONE,
            1 => items[0].clone(),
            _ => args.clone(),
        };
        if code.is_none() {
            return 0;
        }
        if let Some(i) = molt_runtime::int::as_i64(&code) {
            return i as i32;
        }
        let text = molt_runtime::repr::str(&code).unwrap_or_default();
        molt_runtime::io::write_stderr(&format!("{text}\n"));
        return 1;
    }
    add_suggestions(&v);
    let text = molt_runtime::exceptions::format_traceback(&v, &|f, l| crate::loader::source_line(f, l));
    molt_runtime::io::write_stderr(&text);
    1
}

// ---------------------------------------------------------------- suggestions

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    a.drain(..pre);
    b.drain(..pre);
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a.pop();
        b.pop();
    }
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's closest-name search for "Did you mean".
pub fn suggest(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 || wrong.chars().count() > MAX_STRING_SIZE {
        return None;
    }
    let wl = wrong.chars().count();
    let mut best = wl;
    let mut suggestion: Option<String> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let mut max_distance = (c.chars().count() + wl + 3) * MOVE_COST / 6;
        max_distance = max_distance.min(best.saturating_sub(1));
        let d = levenshtein(wrong, c, max_distance);
        if d > max_distance {
            continue;
        }
        if suggestion.is_none() || d < best {
            suggestion = Some(c.clone());
            best = d;
        }
    }
    suggestion
}

fn dir_names(obj: &Value) -> Vec<String> {
    match molt_runtime::builtins::functions::dir(std::slice::from_ref(obj), &[]) {
        Ok(l) => molt_runtime::builtins::seq::collect(&l).unwrap_or_default().iter().map(|v| str_of(v).to_string()).collect(),
        Err(_) => vec![],
    }
}

fn add_suggestions(exc: &Value) {
    let Some(Obj::Instance(inst)) = exc.obj() else { return };
    let is_attr = types::is_instance(exc, &types::type_obj(TypeId::AttributeError));
    let name = inst.table().borrow().get_str(&intern("name"));
    if let Some(s) = inst.table().borrow().get_str(&intern("__molt_suggestion__")) {
        append_message(exc, str_of(&s));
        return;
    }
    if is_attr {
        let (Some(name), Some(obj)) = (name, inst.table().borrow().get_str(&intern("obj"))) else { return };
        if !molt_runtime::is_str(&name) {
            return;
        }
        let cands = dir_names(&obj);
        if let Some(s) = suggest(str_of(&name), &cands) {
            append_message(exc, &format!(". Did you mean: '{s}'?"));
        }
    }
}

/// Appends text to the exception's message as printed (CPython's traceback module does this).
pub fn append_message(exc: &Value, suffix: &str) {
    if let Some(st) = molt_runtime::exceptions::exc_state(exc) {
        let mut st = st.borrow_mut();
        let items = molt_runtime::tuple_items(&st.args).to_vec();
        if items.len() == 1 && molt_runtime::is_str(&items[0]) {
            let s = format!("{}{}", str_of(&items[0]), suffix);
            st.args = molt_runtime::tuple_new(vec![molt_runtime::str_from(s)]);
        }
    }
}

fn print_stats() {
    use crate::code::kind;
    let mut out = String::from("molt stats (tier 0)\n");
    for c in code::all() {
        if c.calls.get() == 0 && c.backedges.get() == 0 {
            continue;
        }
        out.push_str(&format!(
            "  {} ({}:{}): calls={} backedges={}\n",
            c.ir.qualname,
            c.ir.filename.rsplit('/').next().unwrap_or(""),
            c.ir.firstline,
            c.calls.get(),
            c.backedges.get()
        ));
        for (i, s) in c.feedback.iter().enumerate() {
            let bits = s.get();
            if bits == 0 {
                continue;
            }
            let shape = if kind::operands(bits).count_ones() == 1 { "monomorphic" } else { "polymorphic" };
            out.push_str(&format!("    @{i}: {} [{}]\n", shape, kind::describe(bits)));
        }
    }
    eprint!("{out}");
}

/// Writes the CLI's own output (not a program's) to stdout: 0, or 1 with a message when it
/// cannot be written. A reader that went away (`molt run --emit ir f.py | head`) is no
/// error: the rest is dropped quietly.
pub fn write_stdout(text: &str) -> i32 {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("molt: cannot write to stdout: {e}");
            1
        }
    }
}
