//! The subset check: finds every construct Molt refuses, before anything runs, so
//! `molt check` can report them all and `molt run` refuses up front.

use crate::diag::{Diagnostic, Kind};
use crate::scope::walk_expr_children;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

pub struct Checker<'a> {
    pub path: &'a str,
    pub out: Vec<Diagnostic>,
    /// Iteration variables of the comprehensions being checked (a walrus may not rebind them).
    pub comp_targets: Vec<String>,
}

/// Builtins whose use Molt refuses: they need a compiler or frame introspection at run time.
const REFUSED_CALLS: &[(&str, &str)] = &[
    ("eval", "eval() is not supported by Molt (code must be known before it runs)"),
    ("exec", "exec() is not supported by Molt (code must be known before it runs)"),
    ("compile", "compile() is not supported by Molt (code must be known before it runs)"),
    ("globals", "globals() is not supported by Molt yet"),
    ("locals", "locals() is not supported by Molt yet"),
    ("__import__", "__import__() is not supported by Molt yet"),
    ("breakpoint", "breakpoint() is not supported by Molt"),
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
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        if k.arg.as_ref().is_some_and(|a| a.as_str() == "metaclass") {
                            self.refuse(k.range, "metaclasses are not supported by Molt yet");
                        }
                        self.expr(&k.value);
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
                self.stmts(&t.body);
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
            Stmt::Import(_) | Stmt::ImportFrom(_) | Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
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
                if let Expr::Name(n) = &*c.func {
                    if let Some((_, msg)) = REFUSED_CALLS.iter().find(|(name, _)| *name == n.id.as_str()) {
                        self.refuse(c.range(), *msg);
                    }
                }
                walk_expr_children(e, &mut |x| self.expr(x));
                return;
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
