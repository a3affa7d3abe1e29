//! The subset check: finds every construct Molt refuses, before anything runs, so
//! `molt check` can report them all and `molt run` refuses up front.

use crate::diag::{Diagnostic, Kind};
use crate::scope::walk_expr_children;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// CPython 3.12's standard library modules (`sys.stdlib_module_names`, public ones).
pub const CPYTHON_STDLIB: &[&str] = &[
    "abc", "aifc", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "audioop",
    "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi",
    "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
    "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg",
    "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib",
    "dis", "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl",
    "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath",
    "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac",
    "html", "http", "idlelib", "imaplib", "imghdr", "importlib", "inspect", "io", "ipaddress",
    "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox",
    "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt",
    "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode",
    "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes",
    "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile",
    "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue",
    "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched",
    "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtplib",
    "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants",
    "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess",
    "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib",
    "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token",
    "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo",
    "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings",
    "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc",
    "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
];

pub struct Checker<'a> {
    pub path: &'a str,
    pub out: Vec<Diagnostic>,
    /// Iteration variables of the comprehensions being checked (a walrus may not rebind them).
    pub comp_targets: Vec<String>,
    /// Comprehensions and generator expressions being checked, innermost last.
    pub comp_depth: usize,
    /// The script's directory (a local module may shadow a standard library name).
    pub dir: Option<std::path::PathBuf>,
    /// Inside a `try` whose handlers catch ImportError: a failed import is the program's
    /// business, not a refusal.
    pub import_guarded: usize,
}

/// Builtins whose use Molt refuses: they need a compiler or frame introspection at run time.
const REFUSED_CALLS: &[(&str, &str)] = &[
    ("eval", "eval() is not supported by Molt (code must be known before it runs)"),
    ("exec", "exec() is not supported by Molt (code must be known before it runs)"),
    ("compile", "compile() is not supported by Molt (code must be known before it runs)"),
    ("__import__", "__import__() is not supported by Molt yet"),
    ("breakpoint", "breakpoint() is not supported by Molt"),
    ("complex", "complex numbers are not supported by Molt yet"),
    ("open", "open() is not supported by Molt yet"),
];

impl<'a> Checker<'a> {
    fn syntax_error(&mut self, range: TextRange, message: impl Into<String>) {
        self.out.push(Diagnostic { kind: Kind::Syntax, message: message.into(), path: self.path.to_string(), range });
    }

    fn refuse(&mut self, range: TextRange, message: impl Into<String>) {
        self.out.push(Diagnostic { kind: Kind::Unsupported, message: message.into(), path: self.path.to_string(), range });
    }

    pub fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    self.refuse(f.range, "'async def' is not supported by Molt yet");
                }
                if f.type_params.is_some() {
                    self.refuse(f.range, "generic function syntax is not supported by Molt yet");
                }
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                let p = &f.parameters;
                for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
                    if let Some(d) = &a.default {
                        self.expr(d);
                    }
                }
                self.stmts(&f.body);
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    self.refuse(c.range, "generic class syntax is not supported by Molt yet");
                }
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        // Instances of classes derived from builtin types other than object
                        // and the exceptions have no representation yet.
                        if let Expr::Name(n) = a {
                            const BUILTIN_BASES: [&str; 12] = [
                                "int", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "range",
                            ];
                            if BUILTIN_BASES.contains(&n.id.as_str()) {
                                self.refuse(n.range, format!("classes derived from '{}' are not supported by Molt yet", n.id));
                            }
                        }
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        if k.arg.as_ref().is_some_and(|a| a.as_str() == "metaclass") {
                            self.refuse(k.range, "metaclasses are not supported by Molt yet");
                        }
                        self.expr(&k.value);
                    }
                }
                for s in &c.body {
                    // Molt frees objects without running finalizers: a program relying on one
                    // would print differently, so it is refused.
                    if let Stmt::FunctionDef(f) = s {
                        if f.name.as_str() == "__del__" {
                            self.refuse(f.name.range, "finalizers (__del__) are not supported by Molt yet");
                        }
                        // Attribute access would ignore it: refused rather than wrong.
                        if f.name.as_str() == "__getattribute__" {
                            self.refuse(f.name.range, "__getattribute__ is not supported by Molt yet");
                        }
                    }
                }
                self.stmts(&c.body);
            }
            Stmt::Match(m) => {
                self.refuse(TextRange::at(m.range.start(), ruff_text_size::TextSize::from(5)), "the 'match' statement is not supported by Molt yet")
            }
            Stmt::TypeAlias(t) => self.refuse(t.range, "the 'type' statement is not supported by Molt yet"),
            Stmt::With(w) => {
                if w.is_async {
                    self.refuse(w.range, "'async with' is not supported by Molt yet");
                }
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::For(f) => {
                if f.is_async {
                    self.refuse(f.range, "'async for' is not supported by Molt yet");
                }
                self.expr(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    self.refuse(t.range, "'except*' is not supported by Molt yet");
                }
                let guards = t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    match &h.type_ {
                        None => true,
                        Some(ty) => catches_import_error(ty),
                    }
                });
                if guards {
                    self.import_guarded += 1;
                }
                self.stmts(&t.body);
                if guards {
                    self.import_guarded -= 1;
                }
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.expr(t)),
            Stmt::Assign(a) => {
                a.targets.iter().for_each(|t| self.expr(t));
                self.expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target);
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                self.expr(&a.target);
                if let Some(v) = &a.value {
                    self.expr(v);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Import(i) => {
                for a in &i.names {
                    self.check_module(a.name.as_str(), a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level == 0 {
                    if let Some(m) = &i.module {
                        self.check_module(m.as_str(), i.range);
                    }
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(c) => self.refuse(c.range, "IPython escape commands are not Python"),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Await(a) => self.refuse(a.range, "'await' is not supported by Molt yet"),
            Expr::Named(n) => {
                if let Expr::Name(t) = &*n.target {
                    if self.comp_targets.iter().any(|c| c == t.id.as_str()) {
                        self.syntax_error(
                            n.range,
                            format!("assignment expression cannot rebind comprehension iteration variable '{}'", t.id),
                        );
                    }
                }
            }
            Expr::TString(t) => self.refuse(t.range, "template strings are not supported by Molt"),
            Expr::NumberLiteral(n) => {
                if matches!(n.value, ast::Number::Complex { .. }) {
                    self.refuse(n.range, "complex numbers are not supported by Molt yet");
                }
            }
            Expr::Call(c) => {
                // Molt's dataclasses cannot rebuild a class with slots.
                let callee = match &*c.func {
                    Expr::Name(n) => Some(n.id.as_str()),
                    Expr::Attribute(a) => Some(a.attr.as_str()),
                    _ => None,
                };
                if callee == Some("dataclass") {
                    for k in c.arguments.keywords.iter() {
                        let off = matches!(&k.value, Expr::BooleanLiteral(b) if !b.value);
                        if !off && k.arg.as_ref().is_some_and(|a| matches!(a.as_str(), "slots" | "weakref_slot")) {
                            self.refuse(k.range, "dataclass(slots=...) is not supported by Molt yet");
                        }
                    }
                }
                if let Expr::Name(n) = &*c.func {
                    if let Some((_, msg)) = REFUSED_CALLS.iter().find(|(name, _)| *name == n.id.as_str()) {
                        self.refuse(c.range(), *msg);
                    }
                    // globals() is its own instruction (see `Op::CallGlobals`).
                    if n.id.as_str() == "globals" {
                        if !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
                            self.refuse(c.range(), "globals() takes no arguments");
                        }
                        walk_expr_children(e, &mut |x| if !std::ptr::eq(x, &*c.func) { self.expr(x) });
                        return;
                    }
                    // So are locals() and vars() (see `Op::CallLocals`), except in comprehensions,
                    // whose namespace CPython 3.12 merges into the enclosing function's.
                    let no_args = c.arguments.args.is_empty() && c.arguments.keywords.is_empty();
                    if n.id.as_str() == "locals" || (n.id.as_str() == "vars" && no_args) {
                        if !no_args {
                            self.refuse(c.range(), "locals() takes no arguments");
                        } else if self.comp_depth > 0 {
                            self.refuse(c.range(), format!("{}() in a comprehension is not supported by Molt yet", n.id));
                        }
                        walk_expr_children(e, &mut |x| if !std::ptr::eq(x, &*c.func) { self.expr(x) });
                        return;
                    }
                }
                walk_expr_children(e, &mut |x| self.expr(x));
                return;
            }
            Expr::Name(n) if n.id.as_str() == "globals" && n.ctx == ast::ExprContext::Load => {
                self.refuse(n.range, "Molt supports the builtin globals only called directly, as globals()");
            }
            Expr::Name(n) if n.id.as_str() == "locals" && n.ctx == ast::ExprContext::Load => {
                self.refuse(n.range, "Molt supports the builtin locals only called directly, as locals()");
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::Generator(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                self.comprehension(&c.generators, &elts)
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
                        if let Some(d) = &a.default {
                            self.expr(d);
                        }
                    }
                }
                self.expr(&l.body);
            }
            _ => {}
        }
        walk_expr_children(e, &mut |x| self.expr(x));
    }

    fn comprehension(&mut self, gens: &[ast::Comprehension], elts: &[&Expr]) {
        let depth = self.comp_targets.len();
        self.comp_depth += 1;
        for g in gens {
            collect_names(&g.target, &mut self.comp_targets);
        }
        for g in gens {
            if g.is_async {
                self.refuse(g.range, "asynchronous comprehensions are not supported by Molt yet");
            }
            self.expr(&g.target);
            self.expr(&g.iter);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.comp_targets.truncate(depth);
        self.comp_depth -= 1;
    }
}

fn catches_import_error(ty: &Expr) -> bool {
    match ty {
        Expr::Name(n) => matches!(n.id.as_str(), "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException"),
        Expr::Tuple(t) => t.elts.iter().any(catches_import_error),
        _ => false,
    }
}

impl Checker<'_> {
    /// Refuses an import of a CPython standard library module that Molt does not provide
    /// (unless a module of that name sits beside the script, or the import is guarded).
    fn check_module(&mut self, name: &str, range: TextRange) {
        let top = name.split('.').next().unwrap_or(name);
        if self.import_guarded > 0
            || crate::native::is_native(top)
            || crate::loader::stdlib_source(top).is_some()
            || !CPYTHON_STDLIB.contains(&top)
        {
            return;
        }
        if let Some(dir) = &self.dir {
            if dir.join(format!("{top}.py")).is_file() || dir.join(top).join("__init__.py").is_file() {
                return;
            }
        }
        self.refuse(range, format!("the standard library module '{top}' is not available in Molt yet"));
    }
}

fn collect_names(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|x| collect_names(x, out)),
        Expr::List(l) => l.elts.iter().for_each(|x| collect_names(x, out)),
        Expr::Starred(s) => collect_names(&s.value, out),
        _ => {}
    }
}
