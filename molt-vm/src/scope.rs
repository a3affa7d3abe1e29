//! Scope analysis: which names are local, global, free or cells in every scope, computed before
//! lowering so each name access lowers to the right instruction.
//!
//! List, set and dict comprehensions are inlined into their enclosing scope as in CPython 3.12
//! (their targets still get their own bindings); generator expressions, lambdas, functions and
//! class bodies are scopes of their own.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// An inlined list/set/dict comprehension.
    Comprehension,
    GenExpr,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// Names bound in this scope, in first-binding order (parameters first).
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub used: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Names bound here that inner scopes capture.
    pub cells: HashSet<String>,
    /// Names this scope reads from enclosing function scopes (closure), in order.
    pub frees: Vec<String>,
    pub is_generator: bool,
    /// A method that uses `super()` or `__class__`.
    pub needs_class_cell: bool,
    /// The class whose name mangles `__private` identifiers in this scope.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            parent,
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            cells: HashSet::new(),
            frees: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            private: None,
        }
    }
    pub fn bind(&mut self, name: &str) {
        let name = mangle(self.private.as_deref(), name);
        if self.bound_set.insert(name.clone()) {
            self.bound.push(name);
        }
    }
    pub fn use_name(&mut self, name: &str) {
        self.used.insert(mangle(self.private.as_deref(), name));
    }
    pub fn is_bound(&self, name: &str) -> bool {
        self.bound_set.contains(name)
    }
    fn add_free(&mut self, name: &str) {
        if !self.frees.iter().any(|f| f == name) {
            self.frees.push(name.to_string());
        }
    }
}

/// Private name mangling: inside a class, `__name` (not ending in `__`) becomes
/// `_Class__name`, with the class name's leading underscores stripped.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(cls) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = cls.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_string()
}

/// How a name is accessed from a given scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// A plain local (register).
    Local,
    /// A local or free variable held in a cell.
    Cell,
    Global,
    /// Class body or module namespace lookups.
    Name,
}

pub struct Scopes {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32, u8), ScopeId>,
}

fn key(range: TextRange, tag: u8) -> (u32, u32, u8) {
    (range.start().to_u32(), range.end().to_u32(), tag)
}

pub const TAG_FUNC: u8 = 0;
pub const TAG_CLASS: u8 = 1;
pub const TAG_LAMBDA: u8 = 2;
pub const TAG_COMP: u8 = 3;

impl Scopes {
    pub fn analyze(module: &[Stmt]) -> Scopes {
        let mut s = Scopes { scopes: vec![Scope::new(ScopeKind::Module, None)], by_range: HashMap::new() };
        let mut b = Builder { s: &mut s, cur: 0 };
        for st in module {
            b.stmt(st);
        }
        s.resolve();
        s
    }

    pub fn lookup(&self, range: TextRange, tag: u8) -> ScopeId {
        *self.by_range.get(&key(range, tag)).expect("every scope-creating node was analyzed")
    }

    fn resolve(&mut self) {
        // Free variables: for each scope and each name it uses but does not bind, find the
        // nearest enclosing function scope that binds it.
        for id in 0..self.scopes.len() {
            let names: Vec<String> = {
                let sc = &self.scopes[id];
                let mut v: Vec<String> = sc.used.iter().cloned().collect();
                v.extend(sc.nonlocals.iter().cloned());
                v.sort();
                v
            };
            for name in names {
                let sc = &self.scopes[id];
                if sc.kind == ScopeKind::Module || sc.globals.contains(&name) {
                    continue;
                }
                if sc.is_bound(&name) && !sc.nonlocals.contains(&name) {
                    continue;
                }
                // Walk outward.
                let mut path = vec![id];
                let mut cur = sc.parent;
                let mut found = None;
                while let Some(p) = cur {
                    let ps = &self.scopes[p];
                    match ps.kind {
                        ScopeKind::Module => break,
                        ScopeKind::Class => {
                            // Class scopes do not provide closures, but pass them through.
                            if name == "__class__" && ps.is_bound("__class__") {
                                found = Some(p);
                                break;
                            }
                            path.push(p);
                        }
                        _ => {
                            if ps.globals.contains(&name) {
                                break;
                            }
                            if ps.is_bound(&name) && !ps.nonlocals.contains(&name) {
                                found = Some(p);
                                break;
                            }
                            path.push(p);
                        }
                    }
                    cur = ps.parent;
                }
                if let Some(owner) = found {
                    self.scopes[owner].cells.insert(name.clone());
                    for &s in &path {
                        // Inlined comprehensions share their enclosing frame: the name is
                        // reached through the frame that holds it, not a closure of their own.
                        self.scopes[s].add_free(&name);
                    }
                }
            }
        }
    }

    /// How `name` is accessed from scope `id`.
    pub fn access(&self, id: ScopeId, name: &str) -> Access {
        let sc = &self.scopes[id];
        if sc.globals.contains(name) {
            return Access::Global;
        }
        match sc.kind {
            ScopeKind::Module => {
                if sc.frees.iter().any(|f| f == name) {
                    return Access::Cell;
                }
                Access::Global
            }
            ScopeKind::Class => {
                if sc.frees.iter().any(|f| f == name) && !sc.is_bound(name) {
                    return Access::Cell;
                }
                Access::Name
            }
            _ => {
                if sc.is_bound(name) && !sc.nonlocals.contains(name) {
                    if sc.cells.contains(name) {
                        Access::Cell
                    } else {
                        Access::Local
                    }
                } else if sc.frees.iter().any(|f| f == name) {
                    Access::Cell
                } else if sc.kind == ScopeKind::Comprehension {
                    // Not bound in the comprehension: resolve in the enclosing scope, except that
                    // a class body's names are invisible to comprehensions inside it.
                    let p = self.comp_parent(id);
                    if self.scopes[p].kind == ScopeKind::Class {
                        Access::Global
                    } else {
                        self.access(p, name)
                    }
                } else {
                    Access::Global
                }
            }
        }
    }

    /// The scope an inlined comprehension's other names resolve in (skipping class bodies,
    /// whose names comprehensions cannot see).
    pub fn comp_parent(&self, id: ScopeId) -> ScopeId {
        let p = self.scopes[id].parent.expect("comprehension has a parent");
        if self.scopes[p].kind == ScopeKind::Class {
            // Names not bound in the comprehension resolve as globals (or frees) from a class body.
            return p;
        }
        p
    }
}

struct Builder<'a> {
    s: &'a mut Scopes,
    cur: ScopeId,
}

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.s.scopes[self.cur]
    }

    fn push(&mut self, kind: ScopeKind, range: TextRange, tag: u8) -> ScopeId {
        let id = self.s.scopes.len();
        let mut sc = Scope::new(kind, Some(self.cur));
        sc.private = self.s.scopes[self.cur].private.clone();
        self.s.scopes.push(sc);
        self.s.by_range.insert(key(range, tag), id);
        id
    }

    fn bind_target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => self.scope().bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.bind_target(x)),
            Expr::List(l) => l.elts.iter().for_each(|x| self.bind_target(x)),
            Expr::Starred(s) => self.bind_target(&s.value),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            _ => self.expr(e),
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.scope().bind(a.parameter.name.as_str());
        }
        for a in p.kwonlyargs.iter() {
            self.scope().bind(a.parameter.name.as_str());
        }
        if let Some(v) = &p.vararg {
            self.scope().bind(v.name.as_str());
        }
        if let Some(v) = &p.kwarg {
            self.scope().bind(v.name.as_str());
        }
    }

    fn param_defaults(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
            if let Some(an) = &a.parameter.annotation {
                self.expr(an);
            }
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_defaults(&f.parameters);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.scope().bind(f.name.as_str());
                let id = self.push(ScopeKind::Function, f.range, TAG_FUNC);
                let saved = self.cur;
                self.cur = id;
                self.params(&f.parameters);
                self.body(&f.body);
                self.cur = saved;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.scope().bind(c.name.as_str());
                let id = self.push(ScopeKind::Class, c.range, TAG_CLASS);
                self.s.scopes[id].private = Some(c.name.to_string());
                let saved = self.cur;
                self.cur = id;
                self.body(&c.body);
                self.cur = saved;
                // Methods using super()/__class__ need the implicit __class__ cell.
                let needs = self.s.scopes.iter().any(|sc| sc.parent == Some(id) && sc.needs_class_cell);
                if needs {
                    self.s.scopes[id].bind("__class__");
                }
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.bind_target(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.bind_target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.scope().use_name(n.id.as_str());
                }
                self.bind_target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.bind_target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    // `x: int` alone still makes x local to a function.
                    if self.scope().kind != ScopeKind::Module {
                        self.scope().bind(n.id.as_str());
                    }
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.bind_target(&f.target);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.bind_target(v);
                    }
                }
                self.body(&w.body);
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.scope().bind(n.as_str());
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.scope().bind(&n);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        continue;
                    }
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.scope().bind(n.as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let m = mangle(self.scope().private.as_deref(), n.as_str());
                    self.scope().globals.insert(m);
                }
            }
            Stmt::Nonlocal(n) => {
                for x in &n.names {
                    let m = mangle(self.scope().private.as_deref(), x.as_str());
                    self.scope().nonlocals.insert(m);
                    self.scope().bind(x.as_str());
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Match(m) => {
                self.expr(&m.subject);
            }
            Stmt::TypeAlias(_) | Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn comprehension(&mut self, range: TextRange, gens: &[ast::Comprehension], kind: ScopeKind, elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        let id = self.push(kind, range, TAG_COMP);
        let saved = self.cur;
        self.cur = id;
        if kind == ScopeKind::GenExpr {
            self.scope().bind(".0");
            self.scope().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.bind_target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = saved;
    }

    /// Walrus targets bind in the nearest enclosing non-comprehension scope.
    fn walrus_scope(&self) -> ScopeId {
        let mut id = self.cur;
        while matches!(self.s.scopes[id].kind, ScopeKind::Comprehension | ScopeKind::GenExpr) {
            id = self.s.scopes[id].parent.unwrap();
        }
        id
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                let id = n.id.as_str();
                if id == "super" {
                    self.mark_class_cell();
                }
                if matches!(n.ctx, ast::ExprContext::Store | ast::ExprContext::Del) {
                    self.scope().bind(id);
                } else {
                    self.scope().use_name(id);
                    if id == "__class__" {
                        self.mark_class_cell();
                    }
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    let w = self.walrus_scope();
                    self.s.scopes[w].bind(t.id.as_str());
                    // Uses from inside the comprehension reach it as a free/outer name.
                    self.scope().use_name(t.id.as_str());
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p);
                }
                let id = self.push(ScopeKind::Function, l.range, TAG_LAMBDA);
                let saved = self.cur;
                self.cur = id;
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.cur = saved;
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, ScopeKind::Comprehension, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, ScopeKind::Comprehension, &[&c.elt]),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.insert(0, k);
                }
                self.comprehension(c.range, &c.generators, ScopeKind::Comprehension, &elts)
            }
            Expr::Generator(g) => self.comprehension(g.range, &g.generators, ScopeKind::GenExpr, &[&g.elt]),
            Expr::Yield(y) => {
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.scope().is_generator = true;
                self.expr(&y.value);
            }
            _ => walk_expr_children(e, &mut |c| self.expr(c)),
        }
    }

    fn mark_class_cell(&mut self) {
        // The nearest enclosing function whose parent is a class.
        let mut id = self.cur;
        loop {
            let sc = &self.s.scopes[id];
            if sc.kind == ScopeKind::Function {
                if let Some(p) = sc.parent {
                    if self.s.scopes[p].kind == ScopeKind::Class {
                        self.s.scopes[id].needs_class_cell = true;
                        self.s.scopes[id].used.insert("__class__".into());
                        return;
                    }
                }
            }
            match sc.parent {
                Some(p) => id = p,
                None => return,
            }
        }
    }
}

/// Calls `f` on each direct sub-expression of `e` (for expression kinds without scopes).
pub fn walk_expr_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::Named(n) => {
            f(&n.target);
            f(&n.value)
        }
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right)
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse)
        }
        Expr::Dict(d) => {
            for it in &d.items {
                if let Some(k) = &it.key {
                    f(k);
                }
                f(&it.value);
            }
        }
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f)
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(&mut *f);
            c.arguments.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FString(fs) => {
            for part in fs.value.iter() {
                if let ast::FStringPart::FString(s) = part {
                    walk_interpolated(&s.elements, f);
                }
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice)
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            if let Some(x) = &s.lower {
                f(x);
            }
            if let Some(x) = &s.upper {
                f(x);
            }
            if let Some(x) = &s.step {
                f(x);
            }
        }
        Expr::Await(a) => f(&a.value),
        Expr::Yield(y) => {
            if let Some(v) = &y.value {
                f(v);
            }
        }
        Expr::YieldFrom(y) => f(&y.value),
        _ => {}
    }
}

fn walk_interpolated(elements: &ast::InterpolatedStringElements, f: &mut dyn FnMut(&Expr)) {
    for el in elements.iter() {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            f(&i.expression);
            if let Some(spec) = &i.format_spec {
                walk_interpolated(&spec.elements, f);
            }
        }
    }
}

pub fn range_of(e: &Expr) -> TextRange {
    e.range()
}
