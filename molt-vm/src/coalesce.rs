//! Fewer copies and fewer registers, after lowering and before `cfg::compute_kills`.
//!
//! Lowering gives every expression a fresh temporary and assigns it with a copy: `x = x + i`
//! is `r8 = binary + r1, r2; r1 = r8`, and a `for` loop's item arrives in a temporary that
//! the body's first instruction copies into the loop variable. Every tier pays for that copy
//! (the interpreter dispatches it; compiled code stores, reloads and releases), and every
//! temporary is a register each call initializes and releases. So:
//!
//! - **Coalescing.** An instruction whose result only a `Move` right after it reads, and
//!   nothing else names, writes straight into the `Move`'s destination, and the `Move` goes
//!   (for a `for` loop, the item goes straight into the loop variable). Only instructions
//!   that write their result after reading every operand and after everything that can fail
//!   qualify (`result_reg`), so writing a register they also read (`x = x + 1`) is exact, and
//!   a failure leaves the destination as the copy would have: unchanged.
//! - **Compaction.** Temporaries the coalescing freed leave holes; the rest are renumbered
//!   densely after the named locals, in order of first appearance.
//!
//! Named registers (parameters, locals, cells, free variables: those below
//! `local_names.len()`) keep their numbers, which the frame layout, `locals()` and error
//! messages depend on.

use crate::ir::*;

pub fn run(f: &mut Function) {
    coalesce(f);
    compact(f);
}

/// The register a single-result instruction writes, when it writes it only once everything
/// that can fail has run and every operand has been read.
fn result_reg(op: &mut Op) -> Option<&mut Reg> {
    match op {
        Op::LoadConst { dst, .. }
        | Op::Move { dst, .. }
        | Op::LoadLocal { dst, .. }
        | Op::LoadGlobal { dst, .. }
        | Op::LoadDeref { dst, .. }
        | Op::Binary { dst, .. }
        | Op::Inplace { dst, .. }
        | Op::Unary { dst, .. }
        | Op::Compare { dst, .. }
        | Op::Is { dst, .. }
        | Op::Contains { dst, .. }
        | Op::LoadAttr { dst, .. }
        | Op::GetItem { dst, .. }
        | Op::BuildSlice { dst, .. }
        | Op::Call { dst, .. }
        | Op::CallMethod { dst, .. }
        | Op::CallEx { dst, .. }
        | Op::BuildList { dst, .. }
        | Op::BuildTuple { dst, .. }
        | Op::BuildSet { dst, .. }
        | Op::BuildDict { dst, .. }
        | Op::ListToTuple { dst, .. }
        | Op::BuildString { dst, .. }
        | Op::FormatValue { dst, .. }
        | Op::GetIter { dst, .. } => Some(dst),
        _ => None,
    }
}

/// The registers below this one are named; temporaries follow.
fn first_temp(f: &Function) -> Reg {
    (f.local_names.len() as Reg).max(f.params.count()).min(f.nregs)
}

/// How many times each register is named, by every instruction and terminator.
fn mentions(f: &Function) -> Vec<u32> {
    let mut n = vec![0u32; f.nregs as usize];
    for blk in &f.blocks {
        for ins in &blk.instrs {
            ins.op.each_reg(|r, _| n[r as usize] += 1);
        }
        for (r, _) in term_regs(&blk.term) {
            n[r as usize] += 1;
        }
    }
    n
}

/// The registers a terminator names, with how it uses them (reads first).
fn term_regs(t: &Terminator) -> impl Iterator<Item = (Reg, Access)> {
    let reads = crate::cfg::term_reads(t).into_iter().map(|r| (r, Access::Read));
    reads.chain(crate::cfg::term_writes(t).into_iter().map(|r| (r, Access::Write)))
}

fn coalesce(f: &mut Function) {
    let n = mentions(f);
    let first = first_temp(f);
    // A temporary named twice, by one write and the copy reading it, has no other use.
    let copyable = |t: Reg| t >= first && n[t as usize] == 2;
    for bi in 0..f.blocks.len() {
        // The body of a `for` loop whose first instruction copies the item.
        if let Terminator::ForIter { dst, body, .. } = f.blocks[bi].term {
            if let Some(Op::Move { dst: var, src }) = f.blocks[body as usize].instrs.first().map(|i| &i.op) {
                let (var, src) = (*var, *src);
                if src == dst && var != dst && copyable(dst) {
                    f.blocks[body as usize].instrs.remove(0);
                    if let Terminator::ForIter { dst, .. } = &mut f.blocks[bi].term {
                        *dst = var;
                    }
                }
            }
        }
        let instrs = &mut f.blocks[bi].instrs;
        // `t = load_local x` (augmented assignment reads its target first) whose one reader
        // follows with only constant loads in between reads `x` itself: nothing in between
        // can rebind `x` or have an effect, so the reader raises UnboundLocalError for `x`
        // exactly where the load would have.
        let mut i = 0;
        while i < instrs.len() {
            if let Op::LoadLocal { dst: t, src: x } = instrs[i].op {
                let reader = (i + 1..instrs.len()).find(|&j| !matches!(instrs[j].op, Op::LoadConst { dst, .. } if dst != x && dst != t));
                if let Some(j) = reader.filter(|_| copyable(t)) {
                    let mut reads = false;
                    instrs[j].op.each_reg_mut(|r, a| {
                        if *r == t && a == Access::Read {
                            *r = x;
                            reads = true;
                        }
                    });
                    if reads {
                        instrs.remove(i);
                        continue;
                    }
                }
            }
            i += 1;
        }
        let mut out: Vec<Instr> = Vec::with_capacity(instrs.len());
        for ins in instrs.drain(..) {
            if let (Op::Move { dst: var, src }, Some(prev)) = (&ins.op, out.last_mut()) {
                let (var, src) = (*var, *src);
                if let Some(d) = result_reg(&mut prev.op).filter(|d| **d == src && var != src && copyable(src)) {
                    *d = var;
                    continue;
                }
            }
            out.push(ins);
        }
        *instrs = out;
    }
}

/// Renumbers the temporaries after the named registers: each one used in more than one
/// block gets a register of its own; those used in one block only (most: an expression's
/// intermediate values), when the first thing the block does with them is write them, share
/// registers, a register going to another temporary after its last use (never within the
/// instruction that last reads it, which may write its result before it has read every
/// operand). Blocks are independent, so the shared registers number the most temporaries
/// one block has alive at once.
fn compact(f: &mut Function) {
    let named = first_temp(f);
    let nregs = f.nregs as usize;
    const NONE: u32 = u32::MAX;
    const MANY: u32 = u32::MAX - 1;
    // Per temporary: its only block (NONE: unused, MANY: several), and whether some block
    // reads it before writing it (so it is live into that block).
    let mut home = vec![NONE; nregs];
    let mut read_first = vec![false; nregs];
    let mut written = vec![false; nregs];
    let visit = |bi: u32, r: Reg, a: Access, home: &mut [u32], read_first: &mut [bool], written: &mut [bool]| {
        let r = r as usize;
        if r < named as usize {
            return;
        }
        home[r] = match home[r] {
            NONE => bi,
            h if h == bi => h,
            _ => MANY,
        };
        if a != Access::Write && !written[r] {
            read_first[r] = true;
        }
        if a != Access::Read {
            written[r] = true;
        }
    };
    for (bi, blk) in f.blocks.iter().enumerate() {
        let mut seen: Vec<Reg> = Vec::new();
        for ins in &blk.instrs {
            ins.op.each_reg(|r, a| {
                seen.push(r);
                visit(bi as u32, r, a, &mut home, &mut read_first, &mut written)
            });
        }
        for (r, a) in term_regs(&blk.term) {
            seen.push(r);
            visit(bi as u32, r, a, &mut home, &mut read_first, &mut written)
        }
        // `written` is per block.
        for r in seen {
            written[r as usize] = false;
        }
    }
    let local = |r: usize| home[r] != NONE && home[r] != MANY && !read_first[r];
    let mut map: Vec<Reg> = vec![NONE; nregs];
    let mut next = named;
    for r in named as usize..nregs {
        if home[r] != NONE && !local(r) {
            map[r] = next;
            next += 1;
        }
    }
    let shared_base = next;
    let mut shared = 0;
    for blk in &f.blocks {
        // Last position (instruction index; the terminator is `instrs.len()`) each of the
        // block's own temporaries is named at.
        let mut last: Vec<(Reg, usize)> = Vec::new();
        let mut note = |r: Reg, at: usize| {
            if r >= named && local(r as usize) {
                match last.iter_mut().find(|(x, _)| *x == r) {
                    Some(e) => e.1 = at,
                    None => last.push((r, at)),
                }
            }
        };
        for (i, ins) in blk.instrs.iter().enumerate() {
            ins.op.each_reg(|r, _| note(r, i));
        }
        let end = blk.instrs.len();
        for (r, _) in term_regs(&blk.term) {
            note(r, end);
        }
        let mut free: Vec<Reg> = Vec::new();
        let mut taken = 0;
        for i in 0..=end {
            let mut named_here: Vec<Reg> = Vec::new();
            match blk.instrs.get(i) {
                Some(ins) => ins.op.each_reg(|r, _| named_here.push(r)),
                None => named_here.extend(term_regs(&blk.term).map(|(r, _)| r)),
            }
            for r in named_here {
                if r >= named && local(r as usize) && map[r as usize] == NONE {
                    map[r as usize] = free.pop().unwrap_or_else(|| {
                        taken += 1;
                        shared_base + taken - 1
                    });
                }
            }
            free.extend(last.iter().filter(|e| e.1 == i).map(|e| map[e.0 as usize]));
        }
        shared = shared.max(taken);
    }
    for blk in &mut f.blocks {
        for ins in &mut blk.instrs {
            ins.op.each_reg_mut(|r, _| {
                if *r >= named {
                    *r = map[*r as usize]
                }
            });
        }
        blk.term.each_reg_mut(|r, _| {
            if *r >= named {
                *r = map[*r as usize]
            }
        });
    }
    f.nregs = shared_base + shared;
    f.block_temps = shared;
}
