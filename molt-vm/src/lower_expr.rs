//! Lowering of expressions to Molt IR.

use crate::ir::*;
use crate::lower::{err, syntax_err, FnBuilder, LResult, Lowerer};
use crate::scope::{ScopeKind, TAG_COMP, TAG_LAMBDA};
use molt_runtime::ops::{BinOp, CmpOp, UnaryOp};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::collections::HashMap;

pub fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn int_const(i: &ast::Int) -> Const {
    match i.as_i64() {
        Some(v) => Const::Int(v.into()),
        None => {
            let text = i.to_string();
            Const::Int(molt_runtime::numfmt::parse_int(&text, 0).unwrap_or_default())
        }
    }
}

impl<'a> Lowerer<'a> {
    pub(crate) fn expr(&mut self, b: &mut FnBuilder<'a>, e: &'a Expr) -> LResult<Reg> {
        let saved_line = b.line;
        self.set_line(b, e.range());
        let r = self.expr_inner(b, e);
        b.line = saved_line;
        r
    }

    fn expr_inner(&mut self, b: &mut FnBuilder<'a>, e: &'a Expr) -> LResult<Reg> {
        Ok(match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => b.load_const(int_const(i)),
                ast::Number::Float(f) => b.load_const(Const::Float(*f)),
                ast::Number::Complex { .. } => return err(n.range, "complex numbers are not supported by Molt yet"),
            },
            Expr::StringLiteral(s) => b.load_const(Const::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(bl) => b.load_const(Const::Bytes(bl.value.bytes().collect())),
            Expr::BooleanLiteral(bl) => b.load_const(Const::Bool(bl.value)),
            Expr::NoneLiteral(_) => b.load_const(Const::None),
            Expr::EllipsisLiteral(_) => b.load_const(Const::Ellipsis),
            Expr::Name(n) => self.load_name(b, n.id.as_str()),
            Expr::BinOp(bo) => {
                let l = self.expr(b, &bo.left)?;
                let r = self.expr(b, &bo.right)?;
                self.set_line(b, e.range());
                let dst = b.new_reg();
                let slot = b.slot();
                b.emit(Op::Binary { dst, op: binop(bo.op), a: l, b: r, slot });
                dst
            }
            Expr::UnaryOp(u) => {
                // Fold negative literals so `-5` and `-0.5` are constants, as CPython does.
                if let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, &*u.operand) {
                    match &n.value {
                        ast::Number::Int(i) => {
                            if let Const::Int(v) = int_const(i) {
                                return Ok(b.load_const(Const::Int(-v)));
                            }
                        }
                        ast::Number::Float(f) => return Ok(b.load_const(Const::Float(-*f))),
                        ast::Number::Complex { .. } => {}
                    }
                }
                let a = self.expr(b, &u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                };
                let dst = b.new_reg();
                b.emit(Op::Unary { dst, op, a });
                dst
            }
            Expr::BoolOp(bo) => {
                let result = b.new_reg();
                let end = b.new_block();
                let n = bo.values.len();
                for (k, v) in bo.values.iter().enumerate() {
                    let r = self.expr(b, v)?;
                    b.emit(Op::Move { dst: result, src: r });
                    if k + 1 < n {
                        let next = b.new_block();
                        let slot = b.slot();
                        match bo.op {
                            ast::BoolOp::And => b.terminate(Terminator::Branch { cond: result, then: next, els: end, slot }),
                            ast::BoolOp::Or => b.terminate(Terminator::Branch { cond: result, then: end, els: next, slot }),
                        }
                        b.switch_to(next);
                    }
                }
                b.jump(end);
                b.switch_to(end);
                result
            }
            Expr::Compare(c) => self.compare(b, c)?,
            Expr::If(i) => {
                let result = b.new_reg();
                let then = b.new_block();
                let els = b.new_block();
                let end = b.new_block();
                self.cond_jump(b, &i.test, then, els)?;
                b.switch_to(then);
                let r = self.expr(b, &i.body)?;
                b.emit(Op::Move { dst: result, src: r });
                b.jump(end);
                b.switch_to(els);
                let r = self.expr(b, &i.orelse)?;
                b.emit(Op::Move { dst: result, src: r });
                b.jump(end);
                b.switch_to(end);
                result
            }
            Expr::Named(n) => {
                let v = self.expr(b, &n.value)?;
                let keep = b.new_reg();
                b.emit(Op::Move { dst: keep, src: v });
                if let Expr::Name(t) = &*n.target {
                    self.store_walrus(b, t.id.as_str(), keep);
                }
                keep
            }
            Expr::Attribute(a) => {
                let obj = self.expr(b, &a.value)?;
                self.set_line(b, e.range());
                let attr = self.mangled(b, a.attr.as_str());
                let name = b.name(&attr);
                let dst = b.new_reg();
                let slot = b.slot();
                b.emit(Op::LoadAttr { dst, obj, name, slot });
                dst
            }
            Expr::Subscript(s) => {
                let obj = self.expr(b, &s.value)?;
                let key = self.expr(b, &s.slice)?;
                self.set_line(b, e.range());
                let dst = b.new_reg();
                let slot = b.slot();
                b.emit(Op::GetItem { dst, obj, key, slot });
                dst
            }
            Expr::Slice(s) => {
                let mut part = |b: &mut FnBuilder<'a>, x: &'a Option<Box<Expr>>| -> LResult<Reg> {
                    match x {
                        Some(x) => self.expr(b, x),
                        None => Ok(b.none()),
                    }
                };
                let start = part(b, &s.lower)?;
                let stop = part(b, &s.upper)?;
                let step = part(b, &s.step)?;
                let dst = b.new_reg();
                b.emit(Op::BuildSlice { dst, start, stop, step });
                dst
            }
            Expr::Call(c) => self.call(b, c)?,
            Expr::List(l) => self.sequence(b, &l.elts, SeqKind::List)?,
            Expr::Tuple(t) => self.sequence(b, &t.elts, SeqKind::Tuple)?,
            Expr::Set(s) => self.sequence(b, &s.elts, SeqKind::Set)?,
            Expr::Dict(d) => {
                let dst = b.new_reg();
                let simple = d.items.iter().all(|it| it.key.is_some());
                if simple {
                    let mut items = Vec::new();
                    for it in &d.items {
                        items.push(self.expr(b, it.key.as_ref().unwrap())?);
                        items.push(self.expr(b, &it.value)?);
                    }
                    b.emit(Op::BuildDict { dst, items });
                } else {
                    b.emit(Op::BuildDict { dst, items: vec![] });
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                let kr = self.expr(b, k)?;
                                let vr = self.expr(b, &it.value)?;
                                b.emit(Op::DictSet { dict: dst, key: kr, value: vr });
                            }
                            None => {
                                let m = self.expr(b, &it.value)?;
                                b.emit(Op::DictUpdate { dict: dst, mapping: m });
                            }
                        }
                    }
                }
                dst
            }
            Expr::FString(fs) => self.fstring(b, fs)?,
            Expr::Lambda(l) => {
                let (defaults, kwdefaults) = self.defaults(b, l.parameters.as_deref())?;
                let sid = self.scopes.lookup(l.range, TAG_LAMBDA);
                let code = self.codes.len() as u32 + self.code_base;
                self.codes.push(None);
                let qual = match self.scopes.scopes[b.scope].kind {
                    ScopeKind::Module => "<lambda>".to_string(),
                    ScopeKind::Class => format!("{}.<lambda>", b.f.qualname),
                    _ => format!("{}.<locals>.<lambda>", b.f.qualname),
                };
                let line = self.line_of(l.range.start());
                let mut nb = self.start_function(sid, "<lambda>", &qual, CodeKind::Lambda, line, l.parameters.as_deref());
                let r = self.expr(&mut nb, &l.body)?;
                nb.terminate(Terminator::Return(r));
                nb.f.is_generator = self.scopes.scopes[sid].is_generator;
                crate::cfg::finish(&mut nb.f);
                self.codes[(code - self.code_base) as usize] = Some(nb.f);
                self.make_function(b, code, sid, defaults, kwdefaults)
            }
            Expr::ListComp(c) => self.inline_comprehension(b, c.range, &c.generators, CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.inline_comprehension(b, c.range, &c.generators, CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.inline_comprehension(b, c.range, &c.generators, CompKind::Dict(k, &c.value))?,
                None => return err(c.range, "dict comprehension without key"),
            },
            Expr::Generator(g) => self.genexpr(b, g)?,
            Expr::Yield(y) => {
                if !matches!(self.scopes.scopes[b.scope].kind, ScopeKind::Function | ScopeKind::GenExpr) {
                    return syntax_err(y.range, "'yield' outside function");
                }
                let v = match &y.value {
                    Some(v) => self.expr(b, v)?,
                    None => b.none(),
                };
                let dst = b.new_reg();
                let resume = b.new_block();
                self.set_line(b, e.range());
                b.terminate(Terminator::Yield { value: v, dst, resume });
                b.switch_to(resume);
                dst
            }
            Expr::YieldFrom(y) => {
                if !matches!(self.scopes.scopes[b.scope].kind, ScopeKind::Function) {
                    return syntax_err(y.range, "'yield from' outside function");
                }
                let src = self.expr(b, &y.value)?;
                let it = b.new_reg();
                b.emit(Op::GetIter { dst: it, src });
                let sent = b.none();
                let value = b.new_reg();
                let done = b.new_reg();
                let step = b.new_block();
                let yield_blk = b.new_block();
                let resume = b.new_block();
                let end = b.new_block();
                b.jump(step);
                b.switch_to(step);
                b.emit(Op::YieldFromSend { value, done, iter: it, sent });
                let slot = b.slot();
                b.terminate(Terminator::Branch { cond: done, then: end, els: yield_blk, slot });
                b.switch_to(yield_blk);
                b.terminate(Terminator::Yield { value, dst: sent, resume });
                b.switch_to(resume);
                b.jump(step);
                b.switch_to(end);
                value
            }
            Expr::Await(a) => return err(a.range, "'await' is not supported by Molt yet"),
            Expr::Starred(s) => return syntax_err(s.range, "can't use starred expression here"),
            Expr::TString(t) => return err(t.range, "template strings are not supported by Molt"),
            Expr::IpyEscapeCommand(c) => return syntax_err(c.range, "invalid syntax"),
        })
    }

    fn store_walrus(&mut self, b: &mut FnBuilder<'a>, name: &str, src: Reg) {
        // Walrus targets bind in the enclosing non-comprehension scope.
        let saved = std::mem::take(&mut b.comp_vars);
        self.store_name(b, name, src);
        b.comp_vars = saved;
    }

    fn compare(&mut self, b: &mut FnBuilder<'a>, c: &'a ast::ExprCompare) -> LResult<Reg> {
        let mut left = self.expr(b, &c.left)?;
        let n = c.ops.len();
        let result = b.new_reg();
        let end = b.new_block();
        for (i, (op, right_e)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let right = self.expr(b, right_e)?;
            self.set_line(b, c.range);
            let dst = if i + 1 == n { result } else { b.new_reg() };
            self.emit_compare(b, *op, dst, left, right);
            if i + 1 < n {
                b.emit(Op::Move { dst: result, src: dst });
                let next = b.new_block();
                let slot = b.slot();
                b.terminate(Terminator::Branch { cond: dst, then: next, els: end, slot });
                b.switch_to(next);
                left = right;
            }
        }
        b.jump(end);
        b.switch_to(end);
        Ok(result)
    }

    fn emit_compare(&mut self, b: &mut FnBuilder<'a>, op: ast::CmpOp, dst: Reg, a: Reg, r: Reg) {
        use ast::CmpOp as C;
        let cmp = |o| Some(o);
        let c = match op {
            C::Eq => cmp(CmpOp::Eq),
            C::NotEq => cmp(CmpOp::Ne),
            C::Lt => cmp(CmpOp::Lt),
            C::LtE => cmp(CmpOp::Le),
            C::Gt => cmp(CmpOp::Gt),
            C::GtE => cmp(CmpOp::Ge),
            C::Is => {
                b.emit(Op::Is { dst, a, b: r, negate: false });
                None
            }
            C::IsNot => {
                b.emit(Op::Is { dst, a, b: r, negate: true });
                None
            }
            C::In => {
                b.emit(Op::Contains { dst, item: a, container: r, negate: false });
                None
            }
            C::NotIn => {
                b.emit(Op::Contains { dst, item: a, container: r, negate: true });
                None
            }
        };
        if let Some(op) = c {
            let slot = b.slot();
            b.emit(Op::Compare { dst, op, a, b: r, slot });
        }
    }

    fn sequence(&mut self, b: &mut FnBuilder<'a>, elts: &'a [Expr], kind: SeqKind) -> LResult<Reg> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        let dst = b.new_reg();
        if kind == SeqKind::Set && !has_star && elts.len() > 2 && elts.iter().all(is_const_expr) {
            // CPython folds a constant set display into a frozenset constant and merges it
            // into a new set; the merge keeps the frozenset's table layout, so iteration
            // order differs from adding the items one by one.
            let mut items = Vec::with_capacity(elts.len());
            for e in elts {
                items.push(self.expr(b, e)?);
            }
            // The compiler's constant merging then rebuilds the frozenset from its own
            // iteration order, which changes the layout once more.
            let folded = b.new_reg();
            b.emit(Op::BuildSet { dst: folded, items });
            let order = b.new_reg();
            b.emit(Op::BuildList { dst: order, items: vec![] });
            b.emit(Op::ListExtend { list: order, iterable: folded, call: None });
            let merged = b.new_reg();
            b.emit(Op::BuildSet { dst: merged, items: vec![] });
            b.emit(Op::SetUpdate { set: merged, iterable: order });
            b.emit(Op::BuildSet { dst, items: vec![] });
            b.emit(Op::SetUpdate { set: dst, iterable: merged });
            return Ok(dst);
        }
        if !has_star {
            let mut items = Vec::with_capacity(elts.len());
            for e in elts {
                items.push(self.expr(b, e)?);
            }
            b.emit(match kind {
                SeqKind::List => Op::BuildList { dst, items },
                SeqKind::Tuple => Op::BuildTuple { dst, items },
                SeqKind::Set => Op::BuildSet { dst, items },
            });
            return Ok(dst);
        }
        let acc = if kind == SeqKind::Set { dst } else { b.new_reg() };
        if kind == SeqKind::Set {
            b.emit(Op::BuildSet { dst: acc, items: vec![] });
        } else {
            b.emit(Op::BuildList { dst: acc, items: vec![] });
        }
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    let v = self.expr(b, &s.value)?;
                    if kind == SeqKind::Set {
                        b.emit(Op::SetUpdate { set: acc, iterable: v });
                    } else {
                        b.emit(Op::ListExtend { list: acc, iterable: v, call: None });
                    }
                }
                _ => {
                    let v = self.expr(b, e)?;
                    if kind == SeqKind::Set {
                        b.emit(Op::SetAdd { set: acc, item: v });
                    } else {
                        b.emit(Op::ListAppend { list: acc, item: v });
                    }
                }
            }
        }
        match kind {
            SeqKind::Tuple => b.emit(Op::ListToTuple { dst, list: acc }),
            SeqKind::List => b.emit(Op::Move { dst, src: acc }),
            SeqKind::Set => {}
        }
        Ok(dst)
    }

    fn call(&mut self, b: &mut FnBuilder<'a>, c: &'a ast::ExprCall) -> LResult<Reg> {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_))) || args.keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super() inside a method.
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super" && args.args.is_empty() && args.keywords.is_empty() && self.resolve(b, "super").0 == crate::scope::Access::Global {
                return self.zero_arg_super(b, c);
            }
        }
        // globals(): the builtin answers the running code's globals, which only the call's
        // own instruction knows.
        if let Expr::Name(n) = &*c.func {
            // (In a class body the name is looked up by name; the instruction still checks
            // that what it found is the builtin.)
            let looked_up = matches!(self.resolve(b, "globals").0, crate::scope::Access::Global | crate::scope::Access::Name);
            if n.id.as_str() == "globals" && args.args.is_empty() && args.keywords.is_empty() && looked_up {
                let func = self.expr(b, &c.func)?;
                self.set_line(b, c.range());
                let dst = b.new_reg();
                b.emit(Op::CallGlobals { dst, func });
                return Ok(dst);
            }
            // locals() and vars(): likewise, the running code's namespace.
            let name = n.id.as_str();
            if matches!(name, "locals" | "vars") && args.args.is_empty() && args.keywords.is_empty() {
                let looked_up = matches!(self.resolve(b, name).0, crate::scope::Access::Global | crate::scope::Access::Name);
                if looked_up {
                    let func = self.expr(b, &c.func)?;
                    self.set_line(b, c.range());
                    let dict = match b.locals_dict {
                        Some(r) => r,
                        None => {
                            let r = b.new_reg();
                            b.locals_dict = Some(r);
                            r
                        }
                    };
                    let dst = b.new_reg();
                    b.emit(Op::CallLocals { dst, func, dict });
                    return Ok(dst);
                }
            }
        }
        let method = match &*c.func {
            Expr::Attribute(a) if !has_star => Some(a),
            _ => None,
        };
        if let Some(a) = method {
            let obj = self.expr(b, &a.value)?;
            let (argv, kwnames) = self.plain_args(b, args)?;
            self.set_line(b, c.range());
            let attr = self.mangled(b, a.attr.as_str());
            let name = b.name(&attr);
            let dst = b.new_reg();
            let slot = b.slot();
            b.emit(Op::CallMethod { dst, obj, name, args: argv, kwnames, slot });
            return Ok(dst);
        }
        let func = self.expr(b, &c.func)?;
        if !has_star {
            let (argv, kwnames) = self.plain_args(b, args)?;
            self.set_line(b, c.range());
            let dst = b.new_reg();
            let slot = b.slot();
            b.emit(Op::Call { dst, func, args: argv, kwnames, slot });
            return Ok(dst);
        }
        // *args / **kwargs: build a tuple and a dict. A star argument that is the only
        // positional one goes to the call as it is in CPython 3.12: it is iterated after
        // the keywords are evaluated and merged, and its function is named when it is not
        // iterable; among other positional arguments it is "Value after *".
        let list = b.new_reg();
        b.emit(Op::BuildList { dst: list, items: vec![] });
        let mut alone = None;
        for a in args.args.iter() {
            match a {
                Expr::Starred(s) if args.args.len() == 1 => alone = Some(self.expr(b, &s.value)?),
                Expr::Starred(s) => {
                    let v = self.expr(b, &s.value)?;
                    b.emit(Op::ListExtend { list, iterable: v, call: None });
                }
                _ => {
                    let v = self.expr(b, a)?;
                    b.emit(Op::ListAppend { list, item: v });
                }
            }
        }
        let kwargs = if args.keywords.is_empty() {
            None
        } else {
            let d = b.new_reg();
            b.emit(Op::BuildDict { dst: d, items: vec![] });
            for k in args.keywords.iter() {
                let v = self.expr(b, &k.value)?;
                match &k.arg {
                    Some(n) => {
                        let kr = b.load_const(Const::Str(n.to_string()));
                        let single = b.new_reg();
                        b.emit(Op::BuildDict { dst: single, items: vec![kr, v] });
                        b.emit(Op::DictMerge { dict: d, mapping: single, func });
                    }
                    None => b.emit(Op::DictMerge { dict: d, mapping: v, func }),
                }
            }
            Some(d)
        };
        self.set_line(b, c.range());
        if let Some(v) = alone {
            b.emit(Op::ListExtend { list, iterable: v, call: Some(func) });
        }
        let tuple = b.new_reg();
        b.emit(Op::ListToTuple { dst: tuple, list });
        let dst = b.new_reg();
        b.emit(Op::CallEx { dst, func, args: tuple, kwargs });
        Ok(dst)
    }

    fn plain_args(&mut self, b: &mut FnBuilder<'a>, args: &'a ast::Arguments) -> LResult<(Vec<Reg>, Option<ConstId>)> {
        let mut argv = Vec::new();
        for a in args.args.iter() {
            argv.push(self.expr(b, a)?);
        }
        let mut names = Vec::new();
        for k in args.keywords.iter() {
            let n = k.arg.as_ref().expect("plain call has named keywords");
            if names.iter().any(|x: &Const| *x == Const::Str(n.to_string())) {
                return syntax_err(k.range, format!("keyword argument repeated: {n}"));
            }
            argv.push(self.expr(b, &k.value)?);
            names.push(Const::Str(n.to_string()));
        }
        let kw = if names.is_empty() { None } else { Some(b.konst(Const::Tuple(names))) };
        Ok((argv, kw))
    }

    fn zero_arg_super(&mut self, b: &mut FnBuilder<'a>, c: &'a ast::ExprCall) -> LResult<Reg> {
        let sup = self.load_name(b, "super");
        let cls = match self.resolve(b, "__class__") {
            (_, Some(cell)) => {
                let dst = b.new_reg();
                let n = b.name("__class__");
                b.emit(Op::LoadDeref { dst, cell, name: n });
                dst
            }
            _ => return err(c.range(), "super(): __class__ cell not found"),
        };
        let Some(first) = b.first_param else {
            return err(c.range(), "super(): no arguments");
        };
        let is_cell = b.f.cells.iter().any(|(r, _)| *r == first);
        let obj = if is_cell {
            let dst = b.new_reg();
            let n = b.name("self");
            b.emit(Op::LoadDeref { dst, cell: first, name: n });
            dst
        } else {
            first
        };
        self.set_line(b, c.range());
        let dst = b.new_reg();
        let slot = b.slot();
        b.emit(Op::Call { dst, func: sup, args: vec![cls, obj], kwnames: None, slot });
        Ok(dst)
    }

    fn fstring(&mut self, b: &mut FnBuilder<'a>, fs: &'a ast::ExprFString) -> LResult<Reg> {
        let mut parts = Vec::new();
        for part in fs.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        parts.push(b.load_const(Const::Str(l.value.to_string())));
                    }
                }
                ast::FStringPart::FString(f) => self.interpolated(b, &f.elements, &mut parts)?,
            }
        }
        if parts.len() == 1 {
            // A lone field is still a str (FormatValue produced one); a lone literal is a const.
            return Ok(parts[0]);
        }
        let dst = b.new_reg();
        b.emit(Op::BuildString { dst, parts });
        Ok(dst)
    }

    fn interpolated(&mut self, b: &mut FnBuilder<'a>, elements: &'a ast::InterpolatedStringElements, parts: &mut Vec<Reg>) -> LResult<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    parts.push(b.load_const(Const::Str(l.value.to_string())));
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(dt) = &i.debug_text {
                        // f"{x=}": the expression text and '=' come first.
                        let text = dt.as_str().to_string();
                        parts.push(b.load_const(Const::Str(text)));
                    }
                    let v = self.expr(b, &i.expression)?;
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => b's',
                        ast::ConversionFlag::Repr => b'r',
                        ast::ConversionFlag::Ascii => b'a',
                    };
                    if i.debug_text.is_some() && conversion == 0 && i.format_spec.is_none() {
                        conversion = b'r';
                    }
                    let spec = match &i.format_spec {
                        Some(s) => {
                            let mut sp = Vec::new();
                            self.interpolated(b, &s.elements, &mut sp)?;
                            Some(match sp.len() {
                                0 => b.load_const(Const::Str(String::new())),
                                1 => sp[0],
                                _ => {
                                    let d = b.new_reg();
                                    b.emit(Op::BuildString { dst: d, parts: sp });
                                    d
                                }
                            })
                        }
                        None => None,
                    };
                    let dst = b.new_reg();
                    b.emit(Op::FormatValue { dst, value: v, conversion, spec });
                    parts.push(dst);
                }
            }
        }
        Ok(())
    }

    fn inline_comprehension(&mut self, b: &mut FnBuilder<'a>, range: ruff_text_size::TextRange, gens: &'a [ast::Comprehension], kind: CompKind<'a>) -> LResult<Reg> {
        let sid = self.scopes.lookup(range, TAG_COMP);
        // The first iterable is evaluated outside the comprehension's scope.
        let first_iter = self.expr(b, &gens[0].iter)?;
        let result = b.new_reg();
        match kind {
            CompKind::List(_) => b.emit(Op::BuildList { dst: result, items: vec![] }),
            CompKind::Set(_) => b.emit(Op::BuildSet { dst: result, items: vec![] }),
            CompKind::Dict(..) => b.emit(Op::BuildDict { dst: result, items: vec![] }),
        }
        // The comprehension's own names get fresh registers (cells when captured).
        let mut vars = HashMap::new();
        let bound = self.scopes.scopes[sid].bound.clone();
        let cells = self.scopes.scopes[sid].cells.clone();
        for n in &bound {
            let r = b.new_local(n);
            if cells.contains(n) {
                b.emit(Op::MakeCell { dst: r, init: None });
            }
            vars.insert(n.clone(), r);
        }
        b.comp_vars.push((sid, vars));
        let saved_scope = b.scope;
        // Name resolution for non-comprehension names still goes through the enclosing scope;
        // `resolve` checks comp_vars first.
        let after = b.new_block();
        self.comp_loops(b, gens, 0, Some(first_iter), &kind, result, after)?;
        b.switch_to(after);
        b.comp_vars.pop();
        b.scope = saved_scope;
        Ok(result)
    }

    fn comp_loops(&mut self, b: &mut FnBuilder<'a>, gens: &'a [ast::Comprehension], i: usize, first: Option<Reg>, kind: &CompKind<'a>, result: Reg, exit: BlockId) -> LResult<()> {
        let g = &gens[i];
        if g.is_async {
            return err(g.range, "asynchronous comprehensions are not supported by Molt yet");
        }
        let src = match first {
            Some(r) => r,
            None => self.expr(b, &g.iter)?,
        };
        self.set_line(b, g.iter.range());
        let it = b.new_reg();
        b.emit(Op::GetIter { dst: it, src });
        let header = b.new_block();
        let body = b.new_block();
        b.jump(header);
        b.switch_to(header);
        let item = b.new_reg();
        let slot = b.slot();
        b.terminate(Terminator::ForIter { iter: it, dst: item, body, exit, slot });
        b.switch_to(body);
        self.store(b, &g.target, item)?;
        for cond in &g.ifs {
            let next = b.new_block();
            self.cond_jump(b, cond, next, header)?;
            b.switch_to(next);
        }
        if i + 1 < gens.len() {
            self.comp_loops(b, gens, i + 1, None, kind, result, header)?;
        } else {
            match kind {
                CompKind::List(e) => {
                    let v = self.expr(b, e)?;
                    b.emit(Op::ListAppend { list: result, item: v });
                }
                CompKind::Set(e) => {
                    let v = self.expr(b, e)?;
                    b.emit(Op::SetAdd { set: result, item: v });
                }
                CompKind::Dict(k, v) => {
                    let kr = self.expr(b, k)?;
                    let vr = self.expr(b, v)?;
                    b.emit(Op::DictSet { dict: result, key: kr, value: vr });
                }
            }
            b.jump(header);
        }
        Ok(())
    }

    fn genexpr(&mut self, b: &mut FnBuilder<'a>, g: &'a ast::ExprGenerator) -> LResult<Reg> {
        let sid = self.scopes.lookup(g.range, TAG_COMP);
        let first_iter = self.expr(b, &g.generators[0].iter)?;
        let it = b.new_reg();
        self.set_line(b, g.range);
        b.emit(Op::GetIter { dst: it, src: first_iter });
        let code = self.codes.len() as u32 + self.code_base;
        self.codes.push(None);
        let qual = match self.scopes.scopes[b.scope].kind {
            ScopeKind::Module => "<genexpr>".to_string(),
            _ => format!("{}.<locals>.<genexpr>", b.f.qualname),
        };
        let line = self.line_of(g.range.start());
        let mut nb = self.start_function(sid, "<genexpr>", &qual, CodeKind::GenExpr, line, None);
        // Parameter ".0" is the first iterator: register 0 by construction of the scope.
        nb.f.params = Params { names: vec![".0".into()], npos: 1, ..Default::default() };
        let arg = *nb.vars.get(".0").expect("genexpr has its .0 parameter");
        let done = nb.new_block();
        self.genexpr_loops(&mut nb, &g.generators, 0, Some(arg), &g.elt, done)?;
        nb.switch_to(done);
        let r = nb.none();
        nb.terminate(Terminator::Return(r));
        nb.f.is_generator = true;
        crate::cfg::finish(&mut nb.f);
        self.codes[(code - self.code_base) as usize] = Some(nb.f);
        let f = self.make_function(b, code, sid, None, None);
        let dst = b.new_reg();
        let slot = b.slot();
        b.emit(Op::Call { dst, func: f, args: vec![it], kwnames: None, slot });
        Ok(dst)
    }

    fn genexpr_loops(&mut self, b: &mut FnBuilder<'a>, gens: &'a [ast::Comprehension], i: usize, first: Option<Reg>, elt: &'a Expr, exit: BlockId) -> LResult<()> {
        let g = &gens[i];
        let it = match first {
            Some(r) => r,
            None => {
                let src = self.expr(b, &g.iter)?;
                let it = b.new_reg();
                b.emit(Op::GetIter { dst: it, src });
                it
            }
        };
        let header = b.new_block();
        let body = b.new_block();
        b.jump(header);
        b.switch_to(header);
        let item = b.new_reg();
        let slot = b.slot();
        self.set_line(b, g.iter.range());
        b.terminate(Terminator::ForIter { iter: it, dst: item, body, exit, slot });
        b.switch_to(body);
        self.store(b, &g.target, item)?;
        for cond in &g.ifs {
            let next = b.new_block();
            self.cond_jump(b, cond, next, header)?;
            b.switch_to(next);
        }
        if i + 1 < gens.len() {
            self.genexpr_loops(b, gens, i + 1, None, elt, header)?;
        } else {
            let v = self.expr(b, elt)?;
            let sent = b.new_reg();
            let resume = b.new_block();
            self.set_line(b, elt.range());
            b.terminate(Terminator::Yield { value: v, dst: sent, resume });
            b.switch_to(resume);
            b.jump(header);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

fn is_const_expr(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && matches!(&*u.operand, Expr::NumberLiteral(_)),
        Expr::Tuple(t) => t.elts.iter().all(is_const_expr),
        _ => false,
    }
}
