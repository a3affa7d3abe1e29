//! Lowering: ruff's AST to Molt IR, one `Function` per def, lambda, class body, generator
//! expression and module. Statements live here; expressions in `lower_expr.rs`.
//!
//! Exception handling is explicit in the CFG: every block records its handler block, and
//! `try`/`with`/`finally` lower to handler blocks. `return`/`break`/`continue` crossing a
//! `finally`, an `except` clause or a `with` run the pending unwind actions inline, as CPython
//! duplicates finally bodies.

use crate::ir::*;
use crate::scope::{Access, ScopeId, ScopeKind, Scopes, TAG_CLASS, TAG_FUNC};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_source_file::LineIndex;
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashMap;

/// A lowering failure: a construct the lowering cannot express (the checker reports these
/// before lowering runs, so reaching one is a bug or a syntax error CPython raises at compile
/// time).
#[derive(Debug, Clone)]
pub struct LowerError {
    pub message: String,
    pub range: TextRange,
    /// Raised as SyntaxError (CPython's compile-time errors) rather than a Molt refusal.
    pub syntax: bool,
}

pub(crate) enum Unwind<'a> {
    Finally(&'a [Stmt], Option<BlockId>),
    Except { name: Option<Reg> },
    /// A `with` statement's `__exit__`, and the handler outside the statement (where an
    /// exception `__exit__` raises goes).
    With { exit: Reg, outer: Option<BlockId> },
    /// A for loop's iterator register (nothing to do; marks loop boundaries).
    Loop,
}

pub(crate) struct LoopCtx {
    pub continue_to: BlockId,
    pub break_to: BlockId,
    pub unwind_depth: usize,
}

pub(crate) struct FnBuilder<'a> {
    pub scope: ScopeId,
    pub f: Function,
    pub cur: BlockId,
    pub handler: Option<BlockId>,
    pub line: u32,
    /// Name → register for locals and cells of this function.
    pub vars: HashMap<String, Reg>,
    /// Inlined comprehension scopes: their own names → registers.
    pub comp_vars: Vec<(ScopeId, HashMap<String, Reg>)>,
    pub loops: Vec<LoopCtx>,
    pub unwind: Vec<Unwind<'a>>,
    consts: HashMap<String, ConstId>,
    names: HashMap<String, NameId>,
    pub copy_locals: bool,
    /// Register holding the first parameter (for zero-argument super()).
    pub first_param: Option<Reg>,
    /// The hidden register holding the dict `locals()` answers in this function.
    pub locals_dict: Option<Reg>,
    /// The function's own variables in the order the code first refers to them (see
    /// `Function::local_order`); filled as names resolve.
    pub ref_order: std::cell::RefCell<Vec<Reg>>,
    /// Which registers `ref_order` holds.
    pub ref_seen: std::cell::RefCell<Vec<bool>>,
    /// Set when the current block already ended (after return/raise/break).
    pub terminated: bool,
}

pub struct Lowerer<'a> {
    /// Lowered functions borrow the AST (`'a`) while they are built.
    pub ast: std::marker::PhantomData<&'a ()>,
    pub index: LineIndex,
    pub filename: String,
    pub module: String,
    pub scopes: Scopes,
    pub codes: Vec<Option<Function>>,
    pub code_base: u32,
}

pub type LResult<T> = Result<T, LowerError>;

pub fn err<T>(range: TextRange, message: impl Into<String>) -> LResult<T> {
    Err(LowerError { message: message.into(), range, syntax: false })
}

pub fn syntax_err<T>(range: TextRange, message: impl Into<String>) -> LResult<T> {
    Err(LowerError { message: message.into(), range, syntax: true })
}

impl<'a> FnBuilder<'a> {
    pub fn new(scope: ScopeId, f: Function) -> FnBuilder<'a> {
        let mut b = FnBuilder {
            scope,
            f,
            cur: 0,
            handler: None,
            line: 0,
            vars: HashMap::new(),
            comp_vars: Vec::new(),
            loops: Vec::new(),
            unwind: Vec::new(),
            consts: HashMap::new(),
            names: HashMap::new(),
            copy_locals: false,
            first_param: None,
            locals_dict: None,
            ref_order: std::cell::RefCell::new(Vec::new()),
            ref_seen: std::cell::RefCell::new(Vec::new()),
            terminated: false,
        };
        b.f.blocks.push(Block { instrs: vec![], term: Terminator::Unreachable, term_line: 0, handler: None });
        b
    }

    pub fn new_reg(&mut self) -> Reg {
        let r = self.f.nregs;
        self.f.nregs += 1;
        r
    }

    pub fn new_local(&mut self, name: &str) -> Reg {
        let r = self.new_reg();
        while self.f.local_names.len() < r as usize {
            self.f.local_names.push(String::new());
        }
        self.f.local_names.push(name.to_string());
        r
    }

    pub fn new_block(&mut self) -> BlockId {
        let id = self.f.blocks.len() as BlockId;
        self.f.blocks.push(Block { instrs: vec![], term: Terminator::Unreachable, term_line: self.line, handler: self.handler });
        id
    }

    /// Starts emitting into `b`.
    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
        self.terminated = false;
    }

    pub fn emit(&mut self, op: Op) {
        if self.terminated {
            // Dead code after a terminator goes to a fresh unreachable block.
            let b = self.new_block();
            self.switch_to(b);
        }
        let line = self.line;
        self.f.blocks[self.cur as usize].instrs.push(Instr { op, line, kills: KillRange::default() });
    }

    pub fn terminate(&mut self, t: Terminator) {
        if self.terminated {
            return;
        }
        let blk = &mut self.f.blocks[self.cur as usize];
        blk.term = t;
        blk.term_line = self.line;
        self.terminated = true;
    }

    pub fn jump(&mut self, to: BlockId) {
        self.terminate(Terminator::Jump(to));
    }

    pub fn slot(&mut self) -> Slot {
        let s = self.f.nslots;
        self.f.nslots += 1;
        s
    }

    pub fn konst(&mut self, c: Const) -> ConstId {
        let key = format!("{c:?}");
        if let Some(k) = self.consts.get(&key) {
            return *k;
        }
        let id = self.f.consts.len() as ConstId;
        self.f.consts.push(c);
        self.consts.insert(key, id);
        id
    }

    pub fn name(&mut self, n: &str) -> NameId {
        if let Some(k) = self.names.get(n) {
            return *k;
        }
        let id = self.f.names.len() as NameId;
        self.f.names.push(n.to_string());
        self.names.insert(n.to_string(), id);
        id
    }

    pub fn load_const(&mut self, c: Const) -> Reg {
        let k = self.konst(c);
        let dst = self.new_reg();
        self.emit(Op::LoadConst { dst, k });
        dst
    }

    pub fn none(&mut self) -> Reg {
        self.load_const(Const::None)
    }
}

impl<'a> Lowerer<'a> {
    pub fn line_of(&self, pos: TextSize) -> u32 {
        self.index.line_index(pos).get() as u32
    }

    pub fn set_line(&self, b: &mut FnBuilder, range: TextRange) {
        b.line = self.line_of(range.start());
    }

    fn alloc_code(&mut self) -> CodeId {
        self.codes.push(None);
        self.code_base + self.codes.len() as u32 - 1
    }

    fn new_function(&self, name: &str, qualname: &str, kind: CodeKind, firstline: u32) -> Function {
        Function {
            name: name.to_string(),
            qualname: qualname.to_string(),
            kind,
            filename: self.filename.clone(),
            module: self.module.clone(),
            firstline,
            params: Params::default(),
            is_generator: false,
            nregs: 0,
            local_names: Vec::new(),
            local_order: Vec::new(),
            cells: Vec::new(),
            freevars: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            nslots: 0,
            blocks: Vec::new(),
            docstring: None,
            kill_table: Vec::new(),
            block_temps: 0,
        }
    }

    /// Lowers a whole module; returns the module's code id (its code table entries are in
    /// `self.codes`).
    pub fn lower_module(&mut self, body: &'a [Stmt]) -> LResult<CodeId> {
        let id = self.alloc_code();
        let f = self.new_function("<module>", "<module>", CodeKind::Module, 1);
        let mut b = FnBuilder::new(0, f);
        self.setup_frame_vars(&mut b);
        if let Some(doc) = docstring(body) {
            // The module's docstring is its `__doc__`, set before the body runs.
            let d = b.load_const(Const::Str(doc));
            let dn = b.name("__doc__");
            b.emit(Op::StoreGlobal { name: dn, src: d });
        }
        self.setup_annotations(&mut b, body);
        self.stmts(&mut b, body)?;
        if !b.terminated {
            let r = b.none();
            b.terminate(Terminator::Return(r));
        }
        self.finish(id, b);
        Ok(id)
    }

    fn finish(&mut self, id: CodeId, mut b: FnBuilder) {
        if b.f.local_names.len() < b.f.nregs as usize {
            // local_names covers locals only; temporaries have no names.
        }
        b.f.is_generator = self.scopes.scopes[b.scope].is_generator;
        let nparams = b.f.params.count();
        let mut order: Vec<Reg> = b.ref_order.take().into_iter().filter(|r| *r >= nparams).collect();
        // Variables bound without a reference the lowering resolved come last (in practice
        // none: every binding resolves its name).
        let seen = b.ref_seen.take();
        let mut rest: Vec<Reg> = b.vars.values().copied().filter(|r| *r >= nparams && !seen.get(*r as usize).copied().unwrap_or(false)).collect();
        rest.sort_unstable();
        order.extend(rest);
        let cellish: Vec<Reg> = b.f.cells.iter().map(|(c, _)| *c).chain(b.f.freevars.iter().copied()).collect();
        order.retain(|r| !cellish.contains(r));
        b.f.local_order = order;
        crate::cfg::finish(&mut b.f);
        self.codes[(id - self.code_base) as usize] = Some(b.f);
    }

    /// Allocates registers for a scope's locals and cells, and the closure's free variables.
    pub(crate) fn setup_frame_vars(&mut self, b: &mut FnBuilder) {
        let sc = &self.scopes.scopes[b.scope];
        let kind = sc.kind;
        let bound = sc.bound.clone();
        let frees = sc.frees.clone();
        let cells = sc.cells.clone();
        if matches!(kind, ScopeKind::Function | ScopeKind::GenExpr) {
            // Parameters already have registers 0..n (allocated by the caller of this fn).
            for name in &bound {
                if sc.nonlocals.contains(name) || b.vars.contains_key(name) {
                    continue;
                }
                let r = b.new_local(name);
                b.vars.insert(name.clone(), r);
            }
        }
        // Cells for captured locals (parameters get a cell initialized from their register).
        if matches!(kind, ScopeKind::Function | ScopeKind::GenExpr | ScopeKind::Class | ScopeKind::Module) {
            let mut cell_names: Vec<&String> = bound.iter().filter(|n| cells.contains(*n)).collect();
            cell_names.sort_by_key(|n| bound.iter().position(|x| x == *n));
            for name in cell_names {
                let init = if matches!(kind, ScopeKind::Function | ScopeKind::GenExpr) {
                    b.vars.get(name).copied().filter(|r| *r < b.f.params.count())
                } else {
                    None
                };
                let cell = b.new_local(name);
                b.f.cells.push((cell, init));
                b.vars.insert(name.clone(), cell);
            }
        }
        for name in frees {
            if b.vars.contains_key(&name) && !matches!(kind, ScopeKind::Class) {
                // A nonlocal: the free cell replaces any local binding.
            }
            let r = b.new_local(&name);
            b.f.freevars.push(r);
            b.vars.insert(name, r);
        }
    }

    // ------------------------------------------------------------ names

    /// `name` as the current scope spells it (private names mangled).
    pub(crate) fn mangled(&self, b: &FnBuilder, name: &str) -> String {
        crate::scope::mangle(self.scopes.scopes[b.scope].private.as_deref(), name)
    }

    /// The register for a name in the current (possibly inlined comprehension) scope.
    pub(crate) fn resolve(&self, b: &FnBuilder, name: &str) -> (Access, Option<Reg>) {
        let m = self.mangled(b, name);
        let name = m.as_str();
        for (sid, vars) in b.comp_vars.iter().rev() {
            if let Some(r) = vars.get(name) {
                let cellish = self.scopes.scopes[*sid].cells.contains(name);
                return (if cellish { Access::Cell } else { Access::Local }, Some(*r));
            }
        }
        let access = match b.comp_vars.last() {
            Some((sid, _)) => self.scopes.access(*sid, name),
            None => self.scopes.access(b.scope, name),
        };
        match access {
            Access::Local | Access::Cell => {
                let r = b.vars.get(name).copied();
                if let (Access::Local, Some(r)) = (access, r) {
                    let mut seen = b.ref_seen.borrow_mut();
                    if seen.len() <= r as usize {
                        seen.resize(r as usize + 1, false);
                    }
                    if !seen[r as usize] {
                        seen[r as usize] = true;
                        b.ref_order.borrow_mut().push(r);
                    }
                }
                (access, r)
            }
            _ => (access, None),
        }
    }

    pub(crate) fn store_name(&mut self, b: &mut FnBuilder, name: &str, src: Reg) {
        let (access, reg) = self.resolve(b, name);
        let m = self.mangled(b, name);
        let name = m.as_str();
        match (access, reg) {
            (Access::Local, Some(r)) => b.emit(Op::Move { dst: r, src }),
            (Access::Cell, Some(c)) => b.emit(Op::StoreDeref { cell: c, src }),
            (Access::Name, _) => {
                let n = b.name(name);
                b.emit(Op::StoreName { name: n, src })
            }
            _ => {
                let n = b.name(name);
                b.emit(Op::StoreGlobal { name: n, src })
            }
        }
    }

    pub(crate) fn load_name(&mut self, b: &mut FnBuilder, name: &str) -> Reg {
        let (access, reg) = self.resolve(b, name);
        let m = self.mangled(b, name);
        let name = m.as_str();
        match (access, reg) {
            (Access::Local, Some(r)) => {
                if b.copy_locals {
                    let dst = b.new_reg();
                    b.emit(Op::LoadLocal { dst, src: r });
                    dst
                } else {
                    r
                }
            }
            (Access::Cell, Some(c)) => {
                let dst = b.new_reg();
                let n = b.name(name);
                b.emit(Op::LoadDeref { dst, cell: c, name: n });
                dst
            }
            (Access::Name, _) => {
                let dst = b.new_reg();
                let n = b.name(name);
                b.emit(Op::LoadName { dst, name: n });
                dst
            }
            _ => {
                let dst = b.new_reg();
                let n = b.name(name);
                let slot = b.slot();
                b.emit(Op::LoadGlobal { dst, name: n, slot });
                dst
            }
        }
    }

    fn delete_name(&mut self, b: &mut FnBuilder, name: &str) {
        let (access, reg) = self.resolve(b, name);
        let m = self.mangled(b, name);
        let name = m.as_str();
        match (access, reg) {
            (Access::Local, Some(r)) => {
                // `del x` of an unbound local raises UnboundLocalError: the checked load
                // raises it, the delete cannot fail.
                let t = b.new_reg();
                b.emit(Op::LoadLocal { dst: t, src: r });
                b.emit(Op::DeleteLocal { reg: r })
            }
            (Access::Cell, Some(c)) => {
                let n = b.name(name);
                b.emit(Op::DeleteDeref { cell: c, name: n })
            }
            (Access::Name, _) => {
                let n = b.name(name);
                b.emit(Op::DeleteName { name: n })
            }
            _ => {
                let n = b.name(name);
                b.emit(Op::DeleteGlobal { name: n })
            }
        }
    }

    /// CPython's SETUP_ANNOTATIONS: a body with annotated names starts with an empty
    /// `__annotations__` dict.
    fn setup_annotations(&mut self, b: &mut FnBuilder<'a>, body: &'a [Stmt]) {
        fn has_annotations(body: &[Stmt]) -> bool {
            body.iter().any(|s| match s {
                Stmt::AnnAssign(a) => a.simple && matches!(&*a.target, Expr::Name(_)),
                Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
                Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
                Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
                Stmt::With(w) => has_annotations(&w.body),
                Stmt::Try(t) => {
                    has_annotations(&t.body)
                        || has_annotations(&t.orelse)
                        || has_annotations(&t.finalbody)
                        || t.handlers.iter().any(|h| {
                            let ast::ExceptHandler::ExceptHandler(h) = h;
                            has_annotations(&h.body)
                        })
                }
                _ => false,
            })
        }
        if has_annotations(body) {
            let d = b.new_reg();
            b.emit(Op::BuildDict { dst: d, items: vec![] });
            self.store_name(b, "__annotations__", d);
        }
    }

    // ------------------------------------------------------------ statements

    pub(crate) fn stmts(&mut self, b: &mut FnBuilder<'a>, body: &'a [Stmt]) -> LResult<()> {
        for s in body {
            self.stmt(b, s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, b: &mut FnBuilder<'a>, s: &'a Stmt) -> LResult<()> {
        self.set_line(b, s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(b, &e.value)?;
            }
            Stmt::Assign(a) => {
                let v = self.expr(b, &a.value)?;
                for t in &a.targets {
                    self.store(b, t, v)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(b, a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let r = self.expr(b, v)?;
                    self.store(b, &a.target, r)?;
                }
                // Module and class annotations of simple names are recorded in
                // `__annotations__`; function-local annotations are not evaluated.
                let kind = self.scopes.scopes[b.scope].kind;
                if let (Expr::Name(n), true) = (&*a.target, a.simple && matches!(kind, ScopeKind::Module | ScopeKind::Class)) {
                    let ann = self.expr(b, &a.annotation)?;
                    let dict = self.load_name(b, "__annotations__");
                    let key = b.load_const(Const::Str(self.mangled(b, n.id.as_str())));
                    b.emit(Op::SetItem { obj: dict, key, src: ann });
                }
            }
            Stmt::Pass(_) => {}
            Stmt::If(i) => self.if_stmt(b, i)?,
            Stmt::While(w) => self.while_stmt(b, w)?,
            Stmt::For(f) => self.for_stmt(b, f)?,
            Stmt::Break(_) => {
                let Some(l) = b.loops.last() else { return syntax_err(s.range(), "'break' outside loop") };
                let (to, depth) = (l.break_to, l.unwind_depth);
                self.unwind_to(b, depth)?;
                b.jump(to);
            }
            Stmt::Continue(_) => {
                let Some(l) = b.loops.last() else { return syntax_err(s.range(), "'continue' not properly in loop") };
                let (to, depth) = (l.continue_to, l.unwind_depth);
                self.unwind_to(b, depth)?;
                b.jump(to);
            }
            Stmt::Return(r) => {
                if self.scopes.scopes[b.scope].kind == ScopeKind::Module {
                    return syntax_err(s.range(), "'return' outside function");
                }
                let v = match &r.value {
                    Some(v) => {
                        let t = self.expr(b, v)?;
                        // Keep the value safe from the unwinding code.
                        let keep = b.new_reg();
                        b.emit(Op::Move { dst: keep, src: t });
                        keep
                    }
                    None => b.none(),
                };
                self.unwind_to(b, 0)?;
                self.set_line(b, s.range());
                b.terminate(Terminator::Return(v));
            }
            Stmt::Raise(r) => {
                let exc = match &r.exc {
                    Some(e) => Some(self.expr(b, e)?),
                    None => None,
                };
                let cause = match &r.cause {
                    Some(c) => Some(self.expr(b, c)?),
                    None => None,
                };
                self.set_line(b, s.range());
                b.terminate(Terminator::Raise { exc, cause });
            }
            Stmt::Try(t) => self.try_stmt(b, t)?,
            Stmt::With(w) => self.with_stmt(b, &w.items, &w.body)?,
            Stmt::FunctionDef(f) => self.function_def(b, f)?,
            Stmt::ClassDef(c) => self.class_def(b, c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(b, t)?;
                }
            }
            Stmt::Assert(a) => {
                let ok = b.new_block();
                let fail = b.new_block();
                let c = self.expr(b, &a.test)?;
                let slot = b.slot();
                b.terminate(Terminator::Branch { cond: c, then: ok, els: fail, slot });
                b.switch_to(fail);
                let cls = self.load_name(b, "AssertionError");
                let exc = match &a.msg {
                    Some(m) => {
                        let mr = self.expr(b, m)?;
                        let dst = b.new_reg();
                        let slot = b.slot();
                        b.emit(Op::Call { dst, func: cls, args: vec![mr], kwnames: None, slot });
                        dst
                    }
                    None => cls,
                };
                self.set_line(b, s.range());
                b.terminate(Terminator::Raise { exc: Some(exc), cause: None });
                b.switch_to(ok);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let full = a.name.as_str();
                    let n = b.name(full);
                    let dst = b.new_reg();
                    b.emit(Op::Import { dst, module: n, level: 0, fromlist: a.asname.is_some() });
                    match &a.asname {
                        Some(alias) => self.store_name(b, alias.as_str(), dst),
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.store_name(b, top, dst)
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let modname = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let n = b.name(&modname);
                let m = b.new_reg();
                b.emit(Op::Import { dst: m, module: n, level: i.level, fromlist: true });
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        b.emit(Op::ImportStar { module: m });
                        continue;
                    }
                    let nn = b.name(a.name.as_str());
                    let dst = b.new_reg();
                    b.emit(Op::ImportFrom { dst, module: m, name: nn });
                    let bind = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(b, bind.as_str(), dst);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Match(m) => return err(m.range, "the 'match' statement is not supported by Molt yet"),
            Stmt::TypeAlias(t) => return err(t.range, "the 'type' statement is not supported by Molt yet"),
            Stmt::IpyEscapeCommand(c) => return syntax_err(c.range, "invalid syntax"),
        }
        Ok(())
    }

    /// Runs the unwind actions above `depth` (for return/break/continue), innermost first.
    fn unwind_to(&mut self, b: &mut FnBuilder<'a>, depth: usize) -> LResult<()> {
        let mut i = b.unwind.len();
        while i > depth {
            i -= 1;
            match &b.unwind[i] {
                Unwind::Except { name } => {
                    let name = *name;
                    b.emit(Op::ExitExcept);
                    if let Some(r) = name {
                        b.emit(Op::DeleteLocal { reg: r });
                    }
                }
                Unwind::With { exit, outer } => {
                    let (exit, outer) = (*exit, *outer);
                    // `__exit__` runs outside the statement's own handler: an exception it
                    // raises leaves the `with` (it is not handed to `__exit__` again).
                    let saved_handler = b.handler;
                    b.handler = outer;
                    let call = b.new_block();
                    b.jump(call);
                    b.switch_to(call);
                    let dst = b.new_reg();
                    b.emit(Op::WithExit { dst, exit, exc: None });
                    b.handler = saved_handler;
                    let cont = b.new_block();
                    b.jump(cont);
                    b.switch_to(cont);
                }
                Unwind::Finally(body, outer_handler) => {
                    let (body, outer) = (*body, *outer_handler);
                    // The finally body runs outside its own try: pop to this level meanwhile.
                    let saved: Vec<Unwind<'a>> = b.unwind.drain(i..).collect();
                    // Loops enclosing the try stay reachable from the finally body (a `break`
                    // or `continue` there cancels the pending return); loops inside it do not.
                    let inner_from = b.loops.iter().position(|l| l.unwind_depth > i).unwrap_or(b.loops.len());
                    let saved_loops: Vec<LoopCtx> = b.loops.drain(inner_from..).collect();
                    let saved_handler = b.handler;
                    b.handler = outer;
                    let cont = b.new_block();
                    b.jump(cont);
                    b.switch_to(cont);
                    self.stmts(b, body)?;
                    b.handler = saved_handler;
                    b.loops.extend(saved_loops);
                    b.unwind.extend(saved);
                    let cont2 = b.new_block();
                    b.jump(cont2);
                    b.switch_to(cont2);
                }
                Unwind::Loop => {}
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, b: &mut FnBuilder<'a>, a: &'a ast::StmtAugAssign) -> LResult<()> {
        let op = crate::lower_expr::binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(b, n.id.as_str());
                let cur = self.copy_if_local(b, cur, n.id.as_str());
                let v = self.expr(b, &a.value)?;
                self.set_line(b, a.range);
                let dst = b.new_reg();
                let slot = b.slot();
                b.emit(Op::Inplace { dst, op, a: cur, b: v, slot });
                self.store_name(b, n.id.as_str(), dst);
            }
            Expr::Attribute(at) => {
                let obj = self.expr(b, &at.value)?;
                let attr = self.mangled(b, at.attr.as_str());
                let name = b.name(&attr);
                let cur = b.new_reg();
                let slot = b.slot();
                b.emit(Op::LoadAttr { dst: cur, obj, name, slot });
                let v = self.expr(b, &a.value)?;
                self.set_line(b, a.range);
                let dst = b.new_reg();
                let slot = b.slot();
                b.emit(Op::Inplace { dst, op, a: cur, b: v, slot });
                let slot = b.slot();
                b.emit(Op::StoreAttr { obj, name, src: dst, slot });
            }
            Expr::Subscript(sub) => {
                let obj = self.expr(b, &sub.value)?;
                let key = self.expr(b, &sub.slice)?;
                let key = self.copy_reg(b, key);
                let cur = b.new_reg();
                let slot = b.slot();
                b.emit(Op::GetItem { dst: cur, obj, key, slot });
                let v = self.expr(b, &a.value)?;
                self.set_line(b, a.range);
                let dst = b.new_reg();
                let slot = b.slot();
                b.emit(Op::Inplace { dst, op, a: cur, b: v, slot });
                b.emit(Op::SetItem { obj, key, src: dst });
            }
            _ => return syntax_err(a.target.range(), "'expression' is an illegal expression for augmented assignment"),
        }
        Ok(())
    }

    /// A local's register may be overwritten by the right-hand side; take a copy.
    fn copy_if_local(&mut self, b: &mut FnBuilder, r: Reg, _name: &str) -> Reg {
        if (r as usize) < b.f.local_names.len() && !b.f.local_names[r as usize].is_empty() {
            let dst = b.new_reg();
            b.emit(Op::LoadLocal { dst, src: r });
            return dst;
        }
        r
    }

    pub(crate) fn is_named_local(&self, b: &FnBuilder, r: Reg) -> bool {
        (r as usize) < b.f.local_names.len() && !b.f.local_names[r as usize].is_empty()
    }

    pub(crate) fn copy_reg(&mut self, b: &mut FnBuilder, r: Reg) -> Reg {
        if (r as usize) < b.f.local_names.len() && !b.f.local_names[r as usize].is_empty() {
            let dst = b.new_reg();
            b.emit(Op::LoadLocal { dst, src: r });
            return dst;
        }
        r
    }

    fn if_stmt(&mut self, b: &mut FnBuilder<'a>, i: &'a ast::StmtIf) -> LResult<()> {
        let after = b.new_block();
        let mut clauses: Vec<(Option<&'a Expr>, &'a [Stmt], TextRange)> = vec![(Some(&i.test), &i.body, i.test.range())];
        for c in &i.elif_else_clauses {
            clauses.push((c.test.as_ref(), &c.body, c.range));
        }
        for (test, body, range) in clauses {
            self.set_line(b, range);
            match test {
                Some(t) => {
                    let then = b.new_block();
                    let els = b.new_block();
                    self.cond_jump(b, t, then, els)?;
                    b.switch_to(then);
                    self.stmts(b, body)?;
                    b.jump(after);
                    b.switch_to(els);
                }
                None => {
                    self.stmts(b, body)?;
                    b.jump(after);
                }
            }
        }
        b.jump(after);
        b.switch_to(after);
        Ok(())
    }

    /// Branches on the truth of `e`, short-circuiting `and`/`or`/`not`.
    pub(crate) fn cond_jump(&mut self, b: &mut FnBuilder<'a>, e: &'a Expr, then: BlockId, els: BlockId) -> LResult<()> {
        match e {
            Expr::BoolOp(bo) => {
                let n = bo.values.len();
                for (k, v) in bo.values.iter().enumerate() {
                    if k + 1 == n {
                        self.cond_jump(b, v, then, els)?;
                    } else {
                        let next = b.new_block();
                        match bo.op {
                            ast::BoolOp::And => self.cond_jump(b, v, next, els)?,
                            ast::BoolOp::Or => self.cond_jump(b, v, then, next)?,
                        }
                        b.switch_to(next);
                    }
                }
                Ok(())
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.cond_jump(b, &u.operand, els, then),
            _ => {
                let c = self.expr(b, e)?;
                self.set_line(b, e.range());
                let slot = b.slot();
                b.terminate(Terminator::Branch { cond: c, then, els, slot });
                Ok(())
            }
        }
    }

    fn while_stmt(&mut self, b: &mut FnBuilder<'a>, w: &'a ast::StmtWhile) -> LResult<()> {
        let header = b.new_block();
        let body = b.new_block();
        let els = b.new_block();
        let after = b.new_block();
        b.jump(header);
        b.switch_to(header);
        self.set_line(b, w.test.range());
        self.cond_jump(b, &w.test, body, els)?;
        b.switch_to(body);
        b.loops.push(LoopCtx { continue_to: header, break_to: after, unwind_depth: b.unwind.len() });
        self.stmts(b, &w.body)?;
        b.loops.pop();
        self.set_line(b, w.range);
        b.jump(header);
        b.switch_to(els);
        self.stmts(b, &w.orelse)?;
        b.jump(after);
        b.switch_to(after);
        Ok(())
    }

    fn for_stmt(&mut self, b: &mut FnBuilder<'a>, f: &'a ast::StmtFor) -> LResult<()> {
        if f.is_async {
            return err(f.range, "'async for' is not supported by Molt yet");
        }
        let src = self.expr(b, &f.iter)?;
        self.set_line(b, f.iter.range());
        let it = b.new_reg();
        b.emit(Op::GetIter { dst: it, src });
        if !self.is_named_local(b, src) {
            // The iterable's temporary must not keep it alive past the loop.
            b.emit(Op::DeleteLocal { reg: src });
        }
        let header = b.new_block();
        let body = b.new_block();
        let els = b.new_block();
        let after = b.new_block();
        b.jump(header);
        b.switch_to(header);
        let item = b.new_reg();
        let slot = b.slot();
        self.set_line(b, f.iter.range());
        b.terminate(Terminator::ForIter { iter: it, dst: item, body, exit: els, slot });
        b.switch_to(body);
        self.set_line(b, f.target.range());
        self.store(b, &f.target, item)?;
        b.loops.push(LoopCtx { continue_to: header, break_to: after, unwind_depth: b.unwind.len() });
        b.unwind.push(Unwind::Loop);
        self.stmts(b, &f.body)?;
        b.unwind.pop();
        b.loops.pop();
        b.jump(header);
        b.switch_to(els);
        self.stmts(b, &f.orelse)?;
        b.jump(after);
        b.switch_to(after);
        // Release the iterator now, as CPython pops it: a generator left by `break` is
        // finalized here, not when the frame ends.
        b.emit(Op::DeleteLocal { reg: it });
        Ok(())
    }

    fn try_stmt(&mut self, b: &mut FnBuilder<'a>, t: &'a ast::StmtTry) -> LResult<()> {
        if t.is_star {
            return err(t.range, "'except*' is not supported by Molt yet");
        }
        let outer = b.handler;
        let after = b.new_block();
        // With a finally: everything below runs under the finally's exception handler.
        let finally_exc = if !t.finalbody.is_empty() {
            let h = b.new_block();
            b.handler = Some(h);
            b.unwind.push(Unwind::Finally(&t.finalbody, outer));
            Some(h)
        } else {
            None
        };
        let try_outer = b.handler;
        let normal_end = b.new_block();
        if t.handlers.is_empty() {
            let body = b.new_block();
            b.jump(body);
            b.switch_to(body);
            self.stmts(b, &t.body)?;
            self.stmts(b, &t.orelse)?;
            b.jump(normal_end);
        } else {
            let dispatch = b.new_block();
            b.handler = Some(dispatch);
            let body = b.new_block();
            b.jump(body);
            b.switch_to(body);
            self.stmts(b, &t.body)?;
            b.handler = try_outer;
            let els = b.new_block();
            b.jump(els);
            b.switch_to(els);
            self.stmts(b, &t.orelse)?;
            b.jump(normal_end);
            // Dispatch on the exception type.
            b.switch_to(dispatch);
            self.set_line(b, t.range);
            let exc = b.new_reg();
            b.emit(Op::GetException { dst: exc });
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.set_line(b, h.range);
                let clause = b.new_block();
                let next = b.new_block();
                match &h.type_ {
                    Some(ty) => {
                        let tr = self.expr(b, ty)?;
                        let m = b.new_reg();
                        b.emit(Op::ExcMatch { dst: m, exc, typ: tr });
                        let slot = b.slot();
                        b.terminate(Terminator::Branch { cond: m, then: clause, els: next, slot });
                    }
                    None => b.jump(clause),
                }
                b.switch_to(clause);
                b.emit(Op::EnterExcept { exc });
                let name_reg = match &h.name {
                    Some(n) => {
                        self.store_name(b, n.as_str(), exc);
                        match self.resolve(b, n.as_str()) {
                            (Access::Local, Some(r)) => Some(r),
                            _ => None,
                        }
                    }
                    None => None,
                };
                // Leaving the clause by an exception: restore the handled exception, re-raise.
                let cleanup = b.new_block();
                let saved_handler = b.handler;
                b.handler = Some(cleanup);
                let cbody = b.new_block();
                b.jump(cbody);
                b.switch_to(cbody);
                b.unwind.push(Unwind::Except { name: name_reg });
                self.stmts(b, &h.body)?;
                b.unwind.pop();
                b.handler = saved_handler;
                b.emit(Op::ExitExcept);
                if let Some(n) = &h.name {
                    self.delete_name_silently(b, n.as_str());
                }
                b.jump(normal_end);
                // cleanup block
                b.switch_to(cleanup);
                b.f.blocks[cleanup as usize].handler = saved_handler;
                let e2 = b.new_reg();
                b.emit(Op::GetException { dst: e2 });
                b.emit(Op::ExitExcept);
                if let Some(n) = &h.name {
                    self.delete_name_silently(b, n.as_str());
                }
                b.terminate(Terminator::Reraise(e2));
                b.switch_to(next);
            }
            // No clause matched.
            b.terminate(Terminator::Reraise(exc));
        }
        b.switch_to(normal_end);
        if let Some(h) = finally_exc {
            b.unwind.pop();
            b.handler = outer;
            // The finally body of the normal path runs outside the statement: an exception
            // it raises leaves the `try` (the body must not run again for it).
            b.f.blocks[normal_end as usize].handler = outer;
            // Normal path: run the finally body.
            self.stmts(b, &t.finalbody)?;
            b.jump(after);
            // Exceptional path.
            b.switch_to(h);
            b.f.blocks[h as usize].handler = outer;
            let e = b.new_reg();
            b.emit(Op::GetException { dst: e });
            b.emit(Op::EnterExcept { exc: e });
            let cleanup = b.new_block();
            b.handler = Some(cleanup);
            let fb = b.new_block();
            b.jump(fb);
            b.switch_to(fb);
            b.unwind.push(Unwind::Except { name: None });
            self.stmts(b, &t.finalbody)?;
            b.unwind.pop();
            b.handler = outer;
            b.emit(Op::ExitExcept);
            b.terminate(Terminator::Reraise(e));
            b.switch_to(cleanup);
            b.f.blocks[cleanup as usize].handler = outer;
            let e2 = b.new_reg();
            b.emit(Op::GetException { dst: e2 });
            b.emit(Op::ExitExcept);
            b.terminate(Terminator::Reraise(e2));
        } else {
            b.jump(after);
        }
        b.handler = outer;
        b.switch_to(after);
        Ok(())
    }

    /// `except E as name` unbinds `name` at the end of the clause (without an error if the
    /// body already deleted it).
    fn delete_name_silently(&mut self, b: &mut FnBuilder<'a>, name: &str) {
        match self.resolve(b, name) {
            // DeleteLocal unbinds without checking, so a body that already deleted it is fine.
            (Access::Local, Some(r)) => b.emit(Op::DeleteLocal { reg: r }),
            _ => {
                let n = b.none();
                self.store_name(b, name, n);
                self.delete_name(b, name);
            }
        }
    }

    fn with_stmt(&mut self, b: &mut FnBuilder<'a>, items: &'a [ast::WithItem], body: &'a [Stmt]) -> LResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(b, body);
        };
        let outer = b.handler;
        let mgr = self.expr(b, &first.context_expr)?;
        self.set_line(b, first.context_expr.range());
        let exit = b.new_reg();
        let value = b.new_reg();
        b.emit(Op::WithEnter { exit, value, mgr });
        let h = b.new_block();
        b.handler = Some(h);
        let bb = b.new_block();
        b.jump(bb);
        b.switch_to(bb);
        if let Some(v) = &first.optional_vars {
            self.store(b, v, value)?;
        }
        b.unwind.push(Unwind::With { exit, outer });
        if rest.is_empty() {
            self.stmts(b, body)?;
        } else {
            self.with_stmt(b, rest, body)?;
        }
        b.unwind.pop();
        b.handler = outer;
        self.set_line(b, first.context_expr.range());
        let after = b.new_block();
        // Normal exit, outside the statement's handler (an exception `__exit__` raises
        // leaves the `with`).
        let normal = b.new_block();
        b.jump(normal);
        b.switch_to(normal);
        let d = b.new_reg();
        b.emit(Op::WithExit { dst: d, exit, exc: None });
        b.jump(after);
        // Exceptional exit.
        b.switch_to(h);
        b.f.blocks[h as usize].handler = outer;
        let e = b.new_reg();
        b.emit(Op::GetException { dst: e });
        b.emit(Op::EnterExcept { exc: e });
        let cleanup = b.new_block();
        b.handler = Some(cleanup);
        let call = b.new_block();
        b.jump(call);
        b.switch_to(call);
        let r = b.new_reg();
        b.emit(Op::WithExit { dst: r, exit, exc: Some(e) });
        let suppress = b.new_block();
        let reraise = b.new_block();
        let slot = b.slot();
        b.terminate(Terminator::Branch { cond: r, then: suppress, els: reraise, slot });
        b.handler = outer;
        b.switch_to(suppress);
        b.f.blocks[suppress as usize].handler = outer;
        b.emit(Op::ExitExcept);
        b.jump(after);
        b.switch_to(reraise);
        b.f.blocks[reraise as usize].handler = outer;
        b.emit(Op::ExitExcept);
        b.terminate(Terminator::Reraise(e));
        b.switch_to(cleanup);
        b.f.blocks[cleanup as usize].handler = outer;
        let e2 = b.new_reg();
        b.emit(Op::GetException { dst: e2 });
        b.emit(Op::ExitExcept);
        b.terminate(Terminator::Reraise(e2));
        b.switch_to(after);
        Ok(())
    }

    // ------------------------------------------------------------ targets

    pub(crate) fn store(&mut self, b: &mut FnBuilder<'a>, t: &'a Expr, src: Reg) -> LResult<()> {
        match t {
            Expr::Name(n) => self.store_name(b, n.id.as_str(), src),
            Expr::Attribute(a) => {
                let obj = self.expr(b, &a.value)?;
                let attr = self.mangled(b, a.attr.as_str());
                let name = b.name(&attr);
                let slot = b.slot();
                self.set_line(b, t.range());
                b.emit(Op::StoreAttr { obj, name, src, slot });
            }
            Expr::Subscript(s) => {
                let obj = self.expr(b, &s.value)?;
                let key = self.expr(b, &s.slice)?;
                self.set_line(b, t.range());
                b.emit(Op::SetItem { obj, key, src });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                self.set_line(b, t.range());
                match star {
                    None => {
                        let dsts: Vec<Reg> = elts.iter().map(|_| b.new_reg()).collect();
                        b.emit(Op::Unpack { dsts: dsts.clone(), src });
                        for (e, d) in elts.iter().zip(dsts) {
                            self.store(b, e, d)?;
                        }
                    }
                    Some(p) => {
                        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                            return syntax_err(t.range(), "multiple starred expressions in assignment");
                        }
                        let before: Vec<Reg> = (0..p).map(|_| b.new_reg()).collect();
                        let star_r = b.new_reg();
                        let after: Vec<Reg> = (p + 1..elts.len()).map(|_| b.new_reg()).collect();
                        b.emit(Op::UnpackEx { before: before.clone(), star: star_r, after: after.clone(), src });
                        for (e, d) in elts[..p].iter().zip(before) {
                            self.store(b, e, d)?;
                        }
                        if let Expr::Starred(s) = &elts[p] {
                            self.store(b, &s.value, star_r)?;
                        }
                        for (e, d) in elts[p + 1..].iter().zip(after) {
                            self.store(b, e, d)?;
                        }
                    }
                }
            }
            Expr::Starred(s) => return syntax_err(s.range, "starred assignment target must be in a list or tuple"),
            _ => return syntax_err(t.range(), "cannot assign to expression"),
        }
        Ok(())
    }

    fn delete(&mut self, b: &mut FnBuilder<'a>, t: &'a Expr) -> LResult<()> {
        self.set_line(b, t.range());
        match t {
            Expr::Name(n) => self.delete_name(b, n.id.as_str()),
            Expr::Attribute(a) => {
                let obj = self.expr(b, &a.value)?;
                let attr = self.mangled(b, a.attr.as_str());
                let name = b.name(&attr);
                b.emit(Op::DeleteAttr { obj, name });
            }
            Expr::Subscript(s) => {
                let obj = self.expr(b, &s.value)?;
                let key = self.expr(b, &s.slice)?;
                b.emit(Op::DeleteItem { obj, key });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(b, e)?;
                }
            }
            _ => return syntax_err(t.range(), "cannot delete expression"),
        }
        Ok(())
    }

    // ------------------------------------------------------------ functions and classes

    fn qualname(&self, b: &FnBuilder, name: &str) -> String {
        let sc = &self.scopes.scopes[b.scope];
        match sc.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", b.f.qualname, name),
            _ => format!("{}.<locals>.{}", b.f.qualname, name),
        }
    }

    /// Lowers parameter defaults (evaluated in the enclosing scope) → (defaults tuple, kwdefaults dict).
    pub(crate) fn defaults(&mut self, b: &mut FnBuilder<'a>, p: Option<&'a ast::Parameters>) -> LResult<(Option<Reg>, Option<Reg>)> {
        let Some(p) = p else { return Ok((None, None)) };
        let mut defs = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                defs.push(self.expr(b, d)?);
            }
        }
        let defaults = if defs.is_empty() {
            None
        } else {
            let dst = b.new_reg();
            b.emit(Op::BuildTuple { dst, items: defs });
            Some(dst)
        };
        let mut kw = Vec::new();
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                let k = b.load_const(Const::Str(a.parameter.name.to_string()));
                let v = self.expr(b, d)?;
                kw.push(k);
                kw.push(v);
            }
        }
        let kwdefaults = if kw.is_empty() {
            None
        } else {
            let dst = b.new_reg();
            b.emit(Op::BuildDict { dst, items: kw });
            Some(dst)
        };
        Ok((defaults, kwdefaults))
    }

    /// A function's annotations, evaluated at definition time like CPython 3.12: a dict of
    /// parameter names (and 'return') to values, or None when there are none.
    fn function_annotations(&mut self, b: &mut FnBuilder<'a>, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> LResult<Option<Reg>> {
        let mut items = Vec::new();
        let mut params: Vec<&'a ast::Parameter> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            params.push(&a.parameter);
        }
        if let Some(v) = &p.vararg {
            params.push(v);
        }
        for a in p.kwonlyargs.iter() {
            params.push(&a.parameter);
        }
        if let Some(k) = &p.kwarg {
            params.push(k);
        }
        for prm in params {
            if let Some(ann) = &prm.annotation {
                let k = b.load_const(Const::Str(self.mangled(b, prm.name.as_str())));
                let v = self.expr(b, ann)?;
                items.push(k);
                items.push(v);
            }
        }
        if let Some(r) = returns {
            let k = b.load_const(Const::Str("return".into()));
            let v = self.expr(b, r)?;
            items.push(k);
            items.push(v);
        }
        if items.is_empty() {
            return Ok(None);
        }
        let d = b.new_reg();
        b.emit(Op::BuildDict { dst: d, items });
        Ok(Some(d))
    }

    /// Sets up a new function builder for scope `sid` with parameters `p`.
    pub(crate) fn start_function(&mut self, sid: ScopeId, name: &str, qualname: &str, kind: CodeKind, line: u32, p: Option<&ast::Parameters>) -> FnBuilder<'a> {
        let f = self.new_function(name, qualname, kind, line);
        let mut nb = FnBuilder::new(sid, f);
        nb.line = line;
        if let Some(p) = p {
            let mut params = Params { posonly: p.posonlyargs.len() as u32, ..Default::default() };
            for a in p.posonlyargs.iter().chain(p.args.iter()) {
                params.names.push(a.parameter.name.to_string());
            }
            params.npos = params.names.len() as u32;
            for a in p.kwonlyargs.iter() {
                params.names.push(a.parameter.name.to_string());
            }
            params.nkwonly = p.kwonlyargs.len() as u32;
            let mut regs_names: Vec<String> = params.names.clone();
            if let Some(v) = &p.vararg {
                params.vararg = true;
                regs_names.push(v.name.to_string());
            }
            if let Some(v) = &p.kwarg {
                params.kwarg = true;
                regs_names.push(v.name.to_string());
            }
            let private = self.scopes.scopes[sid].private.clone();
            let mangle = |n: &str| crate::scope::mangle(private.as_deref(), n);
            params.names = params.names.iter().map(|n| mangle(n)).collect();
            nb.f.params = params;
            for n in &regs_names {
                let n = mangle(n);
                let r = nb.new_local(&n);
                nb.vars.insert(n, r);
            }
            if let Some(first) = p.posonlyargs.iter().chain(p.args.iter()).next() {
                nb.first_param = nb.vars.get(&mangle(first.parameter.name.as_str())).copied();
            } else if p.vararg.is_some() {
                nb.first_param = None;
            }
        }
        self.setup_frame_vars(&mut nb);
        // A parameter captured by an inner scope lives in its cell from entry on.
        if let Some(fp) = nb.first_param {
            if let Some((cell, _)) = nb.f.cells.iter().find(|(_, init)| *init == Some(fp)) {
                nb.first_param = Some(*cell);
            }
        }
        nb
    }

    /// Emits MakeFunction with the closure cells `inner` needs from `b`.
    pub(crate) fn make_function(&mut self, b: &mut FnBuilder<'a>, code: CodeId, sid: ScopeId, defaults: Option<Reg>, kwdefaults: Option<Reg>) -> Reg {
        let frees = self.scopes.scopes[sid].frees.clone();
        let mut closure = Vec::new();
        for name in frees {
            let r = match self.resolve(b, &name) {
                (_, Some(r)) => r,
                _ => {
                    // The class cell of a class body, or a name the enclosing frame does not hold.
                    *b.vars.get(&name).expect("free variable is held by the enclosing frame")
                }
            };
            closure.push(r);
        }
        let dst = b.new_reg();
        b.emit(Op::MakeFunction { dst, code, defaults, kwdefaults, closure });
        dst
    }

    fn function_def(&mut self, b: &mut FnBuilder<'a>, f: &'a ast::StmtFunctionDef) -> LResult<()> {
        if f.is_async {
            return err(f.range, "'async def' is not supported by Molt yet");
        }
        let mut decorators = Vec::new();
        for d in &f.decorator_list {
            self.set_line(b, d.range);
            decorators.push(self.expr(b, &d.expression)?);
        }
        self.set_line(b, f.range);
        let (defaults, kwdefaults) = self.defaults(b, Some(&f.parameters))?;
        let sid = self.scopes.lookup(f.range, TAG_FUNC);
        let code = self.alloc_code();
        let qual = self.qualname(b, f.name.as_str());
        let line = self.line_of(f.range.start());
        let mut nb = self.start_function(sid, f.name.as_str(), &qual, CodeKind::Function, line, Some(&f.parameters));
        nb.f.docstring = docstring(&f.body);
        self.stmts(&mut nb, &f.body)?;
        if !nb.terminated {
            let r = nb.none();
            nb.terminate(Terminator::Return(r));
        }
        self.finish(code, nb);
        self.set_line(b, f.range);
        let annotations = self.function_annotations(b, &f.parameters, f.returns.as_deref())?;
        let mut func = self.make_function(b, code, sid, defaults, kwdefaults);
        if let Some(ann) = annotations {
            let name = b.name("__annotations__");
            let slot = b.slot();
            b.emit(Op::StoreAttr { obj: func, name, src: ann, slot });
        }
        for d in decorators.into_iter().rev() {
            let dst = b.new_reg();
            let slot = b.slot();
            b.emit(Op::Call { dst, func: d, args: vec![func], kwnames: None, slot });
            func = dst;
        }
        self.store_name(b, f.name.as_str(), func);
        Ok(())
    }

    fn class_def(&mut self, b: &mut FnBuilder<'a>, c: &'a ast::StmtClassDef) -> LResult<()> {
        if c.type_params.is_some() {
            return err(c.range, "generic class syntax is not supported by Molt yet");
        }
        let mut decorators = Vec::new();
        for d in &c.decorator_list {
            self.set_line(b, d.range);
            decorators.push(self.expr(b, &d.expression)?);
        }
        self.set_line(b, c.range);
        let mut bases = Vec::new();
        let mut kw_items = Vec::new();
        if let Some(args) = &c.arguments {
            for a in args.args.iter() {
                if let Expr::Starred(s) = a {
                    return err(s.range, "starred base classes are not supported by Molt yet");
                }
                bases.push(self.expr(b, a)?);
            }
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(n) if n.as_str() == "metaclass" => {
                        return err(k.range, "metaclasses are not supported by Molt yet")
                    }
                    Some(n) => {
                        let kr = b.load_const(Const::Str(n.to_string()));
                        let v = self.expr(b, &k.value)?;
                        kw_items.push(kr);
                        kw_items.push(v);
                    }
                    None => return err(k.range, "'**' in class keywords is not supported by Molt yet"),
                }
            }
        }
        let keywords = if kw_items.is_empty() {
            None
        } else {
            let dst = b.new_reg();
            b.emit(Op::BuildDict { dst, items: kw_items });
            Some(dst)
        };
        let sid = self.scopes.lookup(c.range, TAG_CLASS);
        let code = self.alloc_code();
        let qual = self.qualname(b, c.name.as_str());
        let line = self.line_of(c.range.start());
        let mut nb = self.start_function(sid, c.name.as_str(), &qual, CodeKind::Class, line, None);
        // __module__ and __qualname__ first, as CPython does.
        let modname = self.load_name(&mut nb, "__name__");
        let mn = nb.name("__module__");
        nb.emit(Op::StoreName { name: mn, src: modname });
        let q = nb.load_const(Const::Str(qual.clone()));
        let qn = nb.name("__qualname__");
        nb.emit(Op::StoreName { name: qn, src: q });
        if let Some(doc) = docstring(&c.body) {
            let d = nb.load_const(Const::Str(doc));
            let dn = nb.name("__doc__");
            nb.emit(Op::StoreName { name: dn, src: d });
        }
        self.setup_annotations(&mut nb, &c.body);
        self.stmts(&mut nb, &c.body)?;
        // The body returns the __class__ cell (or None) so MakeClass can fill it.
        let ret = match nb.vars.get("__class__").copied() {
            Some(cell) if nb.f.cells.iter().any(|(r, _)| *r == cell) => cell,
            _ => nb.none(),
        };
        nb.terminate(Terminator::Return(ret));
        self.finish(code, nb);
        self.set_line(b, c.range);
        let body = self.make_function(b, code, sid, None, None);
        let name = b.name(c.name.as_str());
        let qk = b.konst(Const::Str(qual));
        let dst = b.new_reg();
        b.emit(Op::MakeClass { dst, body, name, qualname: qk, bases, keywords });
        let mut cls = dst;
        for d in decorators.into_iter().rev() {
            let r = b.new_reg();
            let slot = b.slot();
            b.emit(Op::Call { dst: r, func: d, args: vec![cls], kwnames: None, slot });
            cls = r;
        }
        self.store_name(b, c.name.as_str(), cls);
        Ok(())
    }
}

fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}
