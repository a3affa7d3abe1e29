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

/// The passes every lowered function goes through: `simplify`, `coalesce::run`,
/// `compute_kills`.
pub fn finish(func: &mut Function) {
    simplify(func);
    crate::coalesce::run(func);
    compute_kills(func);
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

/// Registers an instruction reads and writes.
pub fn op_reads_writes(op: &Op) -> (Vec<Reg>, Vec<Reg>) {
    let (mut r, mut w): (Vec<Reg>, Vec<Reg>) = (Vec::new(), Vec::new());
    op.each_reg(|reg, a| match a {
        Access::Read => r.push(reg),
        Access::Write => w.push(reg),
        Access::ReadWrite => {
            r.push(reg);
            w.push(reg)
        }
    });
    (r, w)
}

pub fn term_reads(t: &Terminator) -> Vec<Reg> {
    match t {
        Terminator::Branch { cond, .. } => vec![*cond],
        Terminator::ForIter { iter, .. } => vec![*iter],
        Terminator::Return(r) | Terminator::Reraise(r) => vec![*r],
        Terminator::Raise { exc, cause } => exc.iter().chain(cause.iter()).copied().collect(),
        Terminator::Yield { value, .. } => vec![*value],
        _ => vec![],
    }
}

pub fn term_writes(t: &Terminator) -> Vec<Reg> {
    match t {
        Terminator::ForIter { dst, .. } | Terminator::Yield { dst, .. } => vec![*dst],
        _ => vec![],
    }
}

/// Block successors, including handlers (an exception can leave from any instruction).
fn successors_with_handlers(func: &Function) -> Vec<Vec<BlockId>> {
    func.blocks
        .iter()
        .map(|b| {
            let mut s = targets(&b.term);
            if let Some(h) = b.handler {
                s.push(h);
            }
            s
        })
        .collect()
}

/// For each block, the registers live at its start (read later before being written), over
/// the CFG with handler and resume edges.
pub fn live_in(func: &Function) -> Vec<Vec<bool>> {
    let n = func.blocks.len();
    let nregs = func.nregs as usize;
    let mut live_in: Vec<Vec<bool>> = vec![vec![false; nregs]; n];
    let mut changed = true;
    while changed {
        changed = false;
        for bi in (0..n).rev() {
            let live = live_before(func, &live_in, bi, 0);
            if live != live_in[bi] {
                live_in[bi] = live;
                changed = true;
            }
        }
    }
    live_in
}

/// The registers live before instruction `ii` of block `bi` (its terminator when `ii` is the
/// block's length), given each block's live-in registers.
pub fn live_before(func: &Function, live_in: &[Vec<bool>], bi: usize, ii: usize) -> Vec<bool> {
    let blk = &func.blocks[bi];
    let mut live = vec![false; func.nregs as usize];
    let mut succs = targets(&blk.term);
    succs.extend(blk.handler);
    for s in succs {
        for (i, l) in live_in[s as usize].iter().enumerate() {
            if *l {
                live[i] = true;
            }
        }
    }
    let handler_live: Option<&Vec<bool>> = blk.handler.map(|h| &live_in[h as usize]);
    for w in term_writes(&blk.term) {
        live[w as usize] = false;
    }
    for r in term_reads(&blk.term) {
        live[r as usize] = true;
    }
    for ins in blk.instrs[ii.min(blk.instrs.len())..].iter().rev() {
        let (reads, writes) = op_reads_writes(&ins.op);
        for w in writes {
            live[w as usize] = false;
        }
        for r in reads {
            live[r as usize] = true;
        }
        if let Some(h) = handler_live {
            for (i, l) in h.iter().enumerate() {
                if *l {
                    live[i] = true;
                }
            }
        }
    }
    live
}

/// Liveness of temporaries (registers past the named locals) over the CFG, handler and resume
/// edges included; records on each instruction the temporaries it reads for the last time.
pub fn compute_kills(func: &mut Function) {
    let nlocals = func.local_names.len() as Reg;
    let nregs = func.nregs as usize;
    let is_temp = |r: Reg| r >= nlocals;
    let succs = successors_with_handlers(func);
    let live_in = live_in(func);
    // Second pass: an instruction kills a temporary it reads that is dead after it.
    let mut kill_table: Vec<Reg> = Vec::new();
    for (bi, block_succs) in succs.iter().enumerate() {
        let mut live = vec![false; nregs];
        for s in block_succs {
            for (i, l) in live_in[*s as usize].iter().enumerate() {
                if *l {
                    live[i] = true;
                }
            }
        }
        let handler_live: Option<Vec<bool>> = func.blocks[bi].handler.map(|h| live_in[h as usize].clone());
        let term = func.blocks[bi].term.clone();
        for w in term_writes(&term) {
            live[w as usize] = false;
        }
        for r in term_reads(&term) {
            live[r as usize] = true;
        }
        let blk = &mut func.blocks[bi];
        for ins in blk.instrs.iter_mut().rev() {
            let (reads, writes) = op_reads_writes(&ins.op);
            let mut after = live.clone();
            if let Some(h) = &handler_live {
                for (i, l) in h.iter().enumerate() {
                    if *l {
                        after[i] = true;
                    }
                }
            }
            // Only instructions that hand a value on (calls, stores, iteration, attribute and
            // item access on a temporary object) release their dead temporaries: those are the
            // temporaries that hold objects whose lifetime a program can observe. Operands of
            // arithmetic and comparisons are left to be overwritten, which keeps hot numeric
            // code free of the extra stores.
            let consumes = matches!(
                ins.op,
                Op::Call { .. }
                    | Op::CallGlobals { .. }
                    | Op::CallLocals { .. }
                    | Op::CallMethod { .. }
                    | Op::CallEx { .. }
                    | Op::Move { .. }
                    | Op::StoreGlobal { .. }
                    | Op::StoreName { .. }
                    | Op::StoreDeref { .. }
                    | Op::StoreAttr { .. }
                    | Op::SetItem { .. }
                    | Op::GetIter { .. }
                    | Op::Unpack { .. }
                    | Op::UnpackEx { .. }
                    | Op::LoadAttr { .. }
                    | Op::GetItem { .. }
                    | Op::ListAppend { .. }
                    | Op::SetAdd { .. }
                    | Op::DictSet { .. }
                    | Op::BuildList { .. }
                    | Op::BuildTuple { .. }
                    | Op::BuildDict { .. }
            );
            let mut kills: Vec<Reg> = if consumes {
                reads.iter().copied().filter(|r| is_temp(*r) && !after[*r as usize] && !writes.contains(r)).collect()
            } else {
                Vec::new()
            };
            kills.sort_unstable();
            kills.dedup();
            ins.kills = KillRange { start: kill_table.len() as u32, len: kills.len() as u32 };
            kill_table.extend(kills);
            for w in &writes {
                live[*w as usize] = false;
            }
            for r in &reads {
                live[*r as usize] = true;
            }
        }
    }
    func.kill_table = kill_table;
}
