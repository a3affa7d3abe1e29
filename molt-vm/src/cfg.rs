//! CFG cleanup after lowering: jumps to blocks that only jump are threaded to their final
//! target, and a block whose only predecessor jumps to it is merged into that predecessor.
//! Handler and resume edges count as predecessors, so no exception path is disturbed.

use crate::ir::*;

fn targets(t: &Terminator) -> Vec<BlockId> {
    match t {
        Terminator::Jump(b) => vec![*b],
        Terminator::Branch { then, els, .. } => vec![*then, *els],
        Terminator::ForIter { body, exit, .. } => vec![*body, *exit],
        Terminator::Yield { resume, .. } => vec![*resume],
        _ => vec![],
    }
}

fn retarget(t: &mut Terminator, f: &dyn Fn(BlockId) -> BlockId) {
    match t {
        Terminator::Jump(b) => *b = f(*b),
        Terminator::Branch { then, els, .. } => {
            *then = f(*then);
            *els = f(*els);
        }
        Terminator::ForIter { body, exit, .. } => {
            *body = f(*body);
            *exit = f(*exit);
        }
        // A resume block's handler is where a thrown exception lands: never retarget it.
        Terminator::Yield { .. } => {}
        _ => {}
    }
}

pub fn simplify(func: &mut Function) {
    let n = func.blocks.len();
    // 1. Thread jumps through empty jump-only blocks.
    let final_target = |blocks: &[Block], mut b: BlockId| -> BlockId {
        let mut steps = 0;
        while steps < n {
            let blk = &blocks[b as usize];
            match blk.term {
                Terminator::Jump(t) if blk.instrs.is_empty() && t != b => b = t,
                _ => break,
            }
            steps += 1;
        }
        b
    };
    let snapshot: Vec<Block> = func.blocks.clone();
    for blk in func.blocks.iter_mut() {
        retarget(&mut blk.term, &|b| final_target(&snapshot, b));
    }
    // 2. Merge single-predecessor successors reached by a plain jump.
    loop {
        let mut preds = vec![0u32; n];
        preds[0] += 1;
        for blk in &func.blocks {
            for t in targets(&blk.term) {
                preds[t as usize] += 1;
            }
            if let Some(h) = blk.handler {
                preds[h as usize] += 1;
            }
        }
        let mut changed = false;
        for i in 0..n {
            if let Terminator::Jump(t) = func.blocks[i].term {
                let t = t as usize;
                if t != i && t != 0 && preds[t] == 1 && func.blocks[t].handler == func.blocks[i].handler {
                    let succ = std::mem::replace(
                        &mut func.blocks[t],
                        Block { instrs: vec![], term: Terminator::Unreachable, term_line: 0, handler: None },
                    );
                    let blk = &mut func.blocks[i];
                    blk.instrs.extend(succ.instrs);
                    blk.term = succ.term;
                    blk.term_line = succ.term_line;
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            break;
        }
    }
}
