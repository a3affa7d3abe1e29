//! The IR verifier. Invariants checked:
//! - every register operand is below `nregs`;
//! - every block target (jumps, branches, handlers, resume points) names an existing block;
//! - every const, name and feedback slot index is in range;
//! - `Yield` appears only in generator functions;
//! - cells and free variables name registers of the function.

use crate::ir::*;

pub fn verify(f: &Function) -> Result<(), String> {
    let nb = f.blocks.len() as u32;
    let reg = |r: Reg| -> Result<(), String> {
        if r < f.nregs {
            Ok(())
        } else {
            Err(format!("register r{r} out of range ({} registers)", f.nregs))
        }
    };
    let blk = |b: BlockId| -> Result<(), String> {
        if b < nb {
            Ok(())
        } else {
            Err(format!("block{b} does not exist"))
        }
    };
    for (r, init) in &f.cells {
        reg(*r)?;
        if let Some(i) = init {
            reg(*i)?;
        }
    }
    for r in &f.freevars {
        reg(*r)?;
    }
    for (i, b) in f.blocks.iter().enumerate() {
        if let Some(h) = b.handler {
            blk(h).map_err(|e| format!("block{i} handler: {e}"))?;
        }
        for ins in &b.instrs {
            for r in op_regs(&ins.op) {
                reg(r).map_err(|e| format!("block{i}: {e}"))?;
            }
            match &ins.op {
                Op::LoadConst { k, .. } if *k as usize >= f.consts.len() => return Err(format!("block{i}: const {k} out of range")),
                Op::LoadGlobal { name, slot, .. } | Op::LoadAttr { name, slot, .. } | Op::StoreAttr { name, slot, .. } => {
                    if *name as usize >= f.names.len() {
                        return Err(format!("block{i}: name {name} out of range"));
                    }
                    if *slot >= f.nslots {
                        return Err(format!("block{i}: slot {slot} out of range"));
                    }
                }
                _ => {}
            }
        }
        match &b.term {
            Terminator::Jump(t) => blk(*t)?,
            Terminator::Branch { cond, then, els, .. } => {
                reg(*cond)?;
                blk(*then)?;
                blk(*els)?;
            }
            Terminator::ForIter { iter, dst, body, exit, .. } => {
                reg(*iter)?;
                reg(*dst)?;
                blk(*body)?;
                blk(*exit)?;
            }
            Terminator::Return(r) | Terminator::Reraise(r) => reg(*r)?,
            Terminator::Raise { exc, cause } => {
                if let Some(e) = exc {
                    reg(*e)?;
                }
                if let Some(c) = cause {
                    reg(*c)?;
                }
            }
            Terminator::Yield { value, dst, resume } => {
                if !f.is_generator && f.kind != CodeKind::GenExpr {
                    return Err(format!("block{i}: yield in a non-generator"));
                }
                reg(*value)?;
                reg(*dst)?;
                blk(*resume)?;
            }
            Terminator::Unreachable => {}
        }
    }
    Ok(())
}

/// Every register an instruction reads or writes.
pub fn op_regs(op: &Op) -> Vec<Reg> {
    let mut v = Vec::new();
    match op {
        Op::LoadConst { dst, .. } | Op::LoadGlobal { dst, .. } | Op::LoadName { dst, .. } | Op::GetException { dst } => v.push(*dst),
        Op::Move { dst, src } | Op::LoadLocal { dst, src } | Op::GetIter { dst, src } | Op::CallGlobals { dst, func: src } => v.extend([*dst, *src]),
        Op::CallLocals { dst, func, dict } => v.extend([*dst, *func, *dict]),
        Op::DeleteLocal { reg } => v.push(*reg),
        Op::StoreGlobal { src, .. } | Op::StoreName { src, .. } => v.push(*src),
        Op::DeleteGlobal { .. } | Op::DeleteName { .. } | Op::ExitExcept | Op::Nop => {}
        Op::MakeCell { dst, init } => {
            v.push(*dst);
            v.extend(init.iter());
        }
        Op::LoadDeref { dst, cell, .. } => v.extend([*dst, *cell]),
        Op::StoreDeref { cell, src } => v.extend([*cell, *src]),
        Op::DeleteDeref { cell, .. } => v.push(*cell),
        Op::Binary { dst, a, b, .. } | Op::Inplace { dst, a, b, .. } | Op::Compare { dst, a, b, .. } | Op::Is { dst, a, b, .. } => {
            v.extend([*dst, *a, *b])
        }
        Op::Unary { dst, a, .. } => v.extend([*dst, *a]),
        Op::Contains { dst, item, container, .. } => v.extend([*dst, *item, *container]),
        Op::LoadAttr { dst, obj, .. } => v.extend([*dst, *obj]),
        Op::StoreAttr { obj, src, .. } => v.extend([*obj, *src]),
        Op::DeleteAttr { obj, .. } => v.push(*obj),
        Op::GetItem { dst, obj, key, .. } => v.extend([*dst, *obj, *key]),
        Op::SetItem { obj, key, src } => v.extend([*obj, *key, *src]),
        Op::DeleteItem { obj, key } => v.extend([*obj, *key]),
        Op::BuildSlice { dst, start, stop, step } => v.extend([*dst, *start, *stop, *step]),
        Op::Call { dst, func, args, .. } => {
            v.extend([*dst, *func]);
            v.extend(args.iter());
        }
        Op::CallMethod { dst, obj, args, .. } => {
            v.extend([*dst, *obj]);
            v.extend(args.iter());
        }
        Op::CallEx { dst, func, args, kwargs } => {
            v.extend([*dst, *func, *args]);
            v.extend(kwargs.iter());
        }
        Op::BuildList { dst, items } | Op::BuildTuple { dst, items } | Op::BuildSet { dst, items } | Op::BuildDict { dst, items } | Op::BuildString { dst, parts: items } => {
            v.push(*dst);
            v.extend(items.iter());
        }
        Op::ListAppend { list, item } => v.extend([*list, *item]),
        Op::ListExtend { list, iterable, call } => {
            v.extend([*list, *iterable]);
            v.extend(call.iter());
        }
        Op::SetAdd { set, item } => v.extend([*set, *item]),
        Op::SetUpdate { set, iterable } => v.extend([*set, *iterable]),
        Op::DictSet { dict, key, value } => v.extend([*dict, *key, *value]),
        Op::DictUpdate { dict, mapping } => v.extend([*dict, *mapping]),
        Op::DictMerge { dict, mapping, func } => v.extend([*dict, *mapping, *func]),
        Op::ListToTuple { dst, list } => v.extend([*dst, *list]),
        Op::FormatValue { dst, value, spec, .. } => {
            v.extend([*dst, *value]);
            v.extend(spec.iter());
        }
        Op::Unpack { dsts, src } => {
            v.extend(dsts.iter());
            v.push(*src);
        }
        Op::UnpackEx { before, star, after, src } => {
            v.extend(before.iter());
            v.push(*star);
            v.extend(after.iter());
            v.push(*src);
        }
        Op::MakeFunction { dst, defaults, kwdefaults, closure, .. } => {
            v.push(*dst);
            v.extend(defaults.iter());
            v.extend(kwdefaults.iter());
            v.extend(closure.iter());
        }
        Op::MakeClass { dst, body, bases, keywords, .. } => {
            v.extend([*dst, *body]);
            v.extend(bases.iter());
            v.extend(keywords.iter());
        }
        Op::Import { dst, .. } => v.push(*dst),
        Op::ImportFrom { dst, module, .. } => v.extend([*dst, *module]),
        Op::ImportStar { module } => v.push(*module),
        Op::EnterExcept { exc } => v.push(*exc),
        Op::ExcMatch { dst, exc, typ } => v.extend([*dst, *exc, *typ]),
        Op::WithEnter { exit, value, mgr } => v.extend([*exit, *value, *mgr]),
        Op::WithExit { dst, exit, exc } => {
            v.extend([*dst, *exit]);
            v.extend(exc.iter());
        }
        Op::YieldFromSend { value, done, iter, sent } => v.extend([*value, *done, *iter, *sent]),
    }
    v
}
