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
    op.each_reg(|r, _| v.push(r));
    v
}
