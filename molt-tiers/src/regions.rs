//! Loop regions whose registers compiled code keeps in Cranelift variables although the
//! function's registers live in memory (code with a frame, and direct code too large for a
//! variable per register, see `codegen::VAR_BUDGET`).
//!
//! Inside a region, a promoted register is read from its variable and written through to
//! memory as well, so memory always holds what the interpreter, a deoptimization or an
//! exception exit expects and leaving the region needs nothing. Every way into the region
//! from outside it (an edge from a block outside, the entry switch of code with a frame, a
//! take-over at a loop header) passes through a stub that loads the variables from memory;
//! after a helper that runs instructions on the frame (and so may write its registers) they
//! are loaded again. What this buys is the loop-carried values: without it, every read of a
//! register in a hot loop is a load that waits for the store of the previous iteration.
//!
//! A region also remembers, per global name it loads or stores, the address of the name's
//! dict entry once a global site has vouched for it (see `GlobalSite`), so a global in a loop
//! (module code) costs one load or store instead of the site's checks. The address stays
//! good while the globals dict's layout does, which only the runtime changes: every call
//! out of compiled code forgets the addresses (a variable of 0), and the next access checks
//! its site again.

use molt_vm::ir::{Function, Op, Reg};

/// At most this many IR instructions in a region: a larger loop gives way to the loops it
/// contains.
const MAX_REGION_INSTRS: usize = 400;
/// At most this many registers promoted per region (those the region uses most).
const MAX_PROMOTED: usize = 48;

/// The regions of a function: per block, the region it belongs to, and per region, the
/// registers promoted there (ascending).
#[derive(Debug, Default)]
pub struct Regions {
    pub region_of: Vec<Option<u32>>,
    pub regs: Vec<Vec<Reg>>,
    /// Per region, its loop header.
    pub headers: Vec<u32>,
    /// Per region, the global names its instructions load or store (ascending).
    pub globals: Vec<Vec<u32>>,
}

impl Regions {
    /// The region block `bi` belongs to.
    pub fn of(&self, bi: u32) -> Option<u32> {
        self.region_of.get(bi as usize).copied().flatten()
    }
}

/// The blocks that start natural loops: the targets of the back edges of a depth-first
/// walk from the entry.
pub fn loop_header_blocks(f: &Function) -> Vec<u32> {
    let mut h: Vec<u32> = back_edges(f).into_iter().map(|(_, t)| t).collect();
    h.sort_unstable();
    h.dedup();
    h
}

/// The edges (from, to) of a depth-first walk from the entry that go back to a block on
/// the walk's current path: the back edges of the loops of a reducible CFG, which is what
/// lowering makes of Python's structured control flow.
fn back_edges(f: &Function) -> Vec<(u32, u32)> {
    let n = f.blocks.len();
    // 0: not reached yet, 1: on the path, 2: done.
    let mut state = vec![0u8; n];
    let mut out = Vec::new();
    if n == 0 {
        return out;
    }
    let mut path: Vec<(u32, Vec<u32>)> = vec![(0, crate::facts::successors(&f.blocks[0].term))];
    state[0] = 1;
    while let Some((b, succs)) = path.last_mut() {
        let b = *b;
        match succs.pop() {
            Some(s) => match state[s as usize] {
                0 => {
                    state[s as usize] = 1;
                    path.push((s, crate::facts::successors(&f.blocks[s as usize].term)));
                }
                1 => out.push((b, s)),
                _ => {}
            },
            None => {
                state[b as usize] = 2;
                path.pop();
            }
        }
    }
    out
}

/// Per block of `f`: the blocks whose terminators go to it.
fn predecessors(f: &Function) -> Vec<Vec<u32>> {
    let mut preds: Vec<Vec<u32>> = vec![Vec::new(); f.blocks.len()];
    for (bi, b) in f.blocks.iter().enumerate() {
        for s in crate::facts::successors(&b.term) {
            preds[s as usize].push(bi as u32);
        }
    }
    preds
}

/// The natural loops of `f` (latch -> header for each back edge, the header on the
/// depth-first path from the entry to the latch), merged per header: the headers
/// (ascending) and, per header, a flag per block of whether it is in the loop.
fn natural_loops(f: &Function) -> (Vec<u32>, Vec<Vec<bool>>) {
    let n = f.blocks.len();
    let preds = predecessors(f);
    let latches = back_edges(f);
    let mut headers: Vec<u32> = latches.iter().map(|&(_, h)| h).collect();
    headers.sort_unstable();
    headers.dedup();
    let loops = headers
        .iter()
        .map(|&h| {
            let mut body = vec![false; n];
            body[h as usize] = true;
            let mut work: Vec<u32> = latches.iter().filter(|&&(_, x)| x == h).map(|&(l, _)| l).collect();
            while let Some(b) = work.pop() {
                if std::mem::replace(&mut body[b as usize], true) {
                    continue;
                }
                work.extend(preds[b as usize].iter().copied());
            }
            body
        })
        .collect();
    (headers, loops)
}

/// Per block of `f` outside the loop `nest` (a flag per block): whether it belongs to
/// another loop or can reach one without passing through `nest`.
pub fn toward_other_loops(f: &Function, nest: &[bool]) -> Vec<bool> {
    let (_, loops) = natural_loops(f);
    let n = f.blocks.len();
    let preds = predecessors(f);
    let mut out: Vec<bool> = (0..n).map(|b| !nest[b] && loops.iter().any(|body| body[b])).collect();
    let mut work: Vec<u32> = (0..n as u32).filter(|&b| out[b as usize]).collect();
    while let Some(b) = work.pop() {
        for &p in &preds[b as usize] {
            if !nest[p as usize] && !std::mem::replace(&mut out[p as usize], true) {
                work.push(p);
            }
        }
    }
    out
}

/// The blocks of the outermost loop of `f` that block `b` belongs to (a flag per block), or
/// `None` when it is in no loop.
pub fn outermost_loop(f: &Function, b: u32) -> Option<Vec<bool>> {
    let (_, loops) = natural_loops(f);
    loops.into_iter().filter(|body| body.get(b as usize).copied().unwrap_or(false)).max_by_key(|body| body.iter().filter(|&&x| x).count())
}

/// Chooses disjoint loops of `f`, outermost first, each no larger than
/// `MAX_REGION_INSTRS` and calling nothing but the call sites `inline_call` says compile
/// inline, with the registers to promote in each.
pub fn loop_regions(f: &Function, inline_call: &dyn Fn(u32) -> bool) -> Regions {
    let n = f.blocks.len();
    let (headers, mut loops) = natural_loops(f);
    let size = |body: &[bool]| body.iter().enumerate().filter(|(_, &x)| x).map(|(b, _)| f.blocks[b].instrs.len() + 1).sum::<usize>();
    // Outermost (largest) first; ties by header for determinism.
    let mut order: Vec<usize> = (0..loops.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(size(&loops[i])), headers[i]));
    let mut out = Regions { region_of: vec![None; n], regs: Vec::new(), headers: Vec::new(), globals: Vec::new() };
    for i in order {
        let body = std::mem::take(&mut loops[i]);
        // A loop that calls out (other than to what compiles inline) gives way too: its
        // variables would live across the calls, and its time goes to them anyway.
        let calls = body.iter().enumerate().any(|(b, &x)| {
            x && f.blocks[b].instrs.iter().any(|ins| match ins.op {
                Op::Call { slot, .. } | Op::CallMethod { slot, .. } => !inline_call(slot),
                Op::CallEx { .. } => true,
                _ => false,
            })
        });
        if calls || size(&body) > MAX_REGION_INSTRS || body.iter().enumerate().any(|(b, &x)| x && out.region_of[b].is_some()) {
            continue;
        }
        let mut uses = vec![0u32; f.nregs as usize];
        let mut names = Vec::new();
        for (b, _) in body.iter().enumerate().filter(|(_, &x)| x) {
            let block = &f.blocks[b];
            for ins in &block.instrs {
                if let Op::LoadGlobal { name, .. } | Op::StoreGlobal { name, .. } = ins.op {
                    names.push(name);
                }
                let (r, w) = molt_vm::cfg::op_reads_writes(&ins.op);
                for x in r.into_iter().chain(w) {
                    uses[x as usize] += 1;
                }
            }
            for x in molt_vm::cfg::term_reads(&block.term).into_iter().chain(molt_vm::cfg::term_writes(&block.term)) {
                uses[x as usize] += 1;
            }
        }
        let mut regs: Vec<Reg> = (0..f.nregs).filter(|&r| uses[r as usize] > 0).collect();
        regs.sort_by_key(|&r| (std::cmp::Reverse(uses[r as usize]), r));
        regs.truncate(MAX_PROMOTED);
        regs.sort_unstable();
        if regs.is_empty() {
            continue;
        }
        let id = out.regs.len() as u32;
        for (b, _) in body.iter().enumerate().filter(|(_, &x)| x) {
            out.region_of[b] = Some(id);
        }
        out.regs.push(regs);
        out.headers.push(headers[i]);
        names.sort_unstable();
        names.dedup();
        out.globals.push(names);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(src: &str) -> Function {
        let lowered = molt_vm::compile(src, "t.py", "__main__", 0).expect("compiles");
        lowered.codes.into_iter().nth(lowered.root_index as usize).expect("module code")
    }

    #[test]
    fn outermost_loop_of_a_block() {
        let f = module("t = 0\nfor a in range(3):\n    for b in range(4):\n        t += b\n    while t > 9:\n        t -= 2\nfor c in range(5):\n    t += c\nprint(t)\n");
        let (headers, loops) = natural_loops(&f);
        assert_eq!(headers.len(), 4, "two loops in the first, one after it: {headers:?}");
        let size = |body: &[bool]| body.iter().filter(|&&x| x).count();
        // The first loop's body contains two loops; every block of it has the first loop as
        // its outermost one, and no block of the last loop is in it.
        let outer = loops.iter().max_by_key(|b| size(b)).expect("loops").clone();
        let last = loops.iter().find(|b| !b.iter().zip(&outer).any(|(&x, &o)| x && o)).expect("a loop apart from the first").clone();
        for (bi, &x) in outer.iter().enumerate() {
            if x {
                assert_eq!(outermost_loop(&f, bi as u32).as_ref(), Some(&outer), "block {bi}");
            }
        }
        for (bi, &x) in last.iter().enumerate() {
            if x {
                assert_eq!(outermost_loop(&f, bi as u32).as_ref(), Some(&last), "block {bi}");
            }
        }
        assert_eq!(outermost_loop(&f, 0), None, "the entry block is in no loop");
    }

    #[test]
    fn regions_are_natural_loops_outermost_first() {
        // A comprehension loop whose exit block is numbered before its body must not make
        // a loop of everything before it (a forward edge to a lower-numbered block).
        let f = module("acc = 0\nfor n in range(10):\n    acc += n\n    if n == 5:\n        d = {j: j for j in [1, 2, 3]}\nprint(acc)\n");
        let r = loop_regions(&f, &|_| false);
        assert_eq!(r.headers.len(), 1, "{r:?}");
        let h = r.headers[0];
        assert_eq!(r.of(0), None, "the entry block is outside every loop");
        assert_eq!(r.of(h), Some(0));
        // Every edge into the region from outside enters at its header.
        for (bi, b) in f.blocks.iter().enumerate() {
            for s in crate::facts::successors(&b.term) {
                if r.of(s) == Some(0) && r.of(bi as u32) != Some(0) {
                    assert_eq!(s, h, "edge {bi} -> {s} enters the region below its header");
                }
            }
        }
        let names: Vec<&str> = r.globals[0].iter().map(|&n| f.names[n as usize].as_str()).collect();
        for want in ["acc", "n", "d"] {
            assert!(names.contains(&want), "{names:?}");
        }
        assert!(!r.regs[0].is_empty() && r.regs[0].windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn large_loops_give_way_to_inner_ones() {
        let mut src = String::from("for i in [1, 2, 3]:\n");
        for k in 0..200 {
            src.push_str(&format!("    x{k} = i + {k}\n"));
        }
        src.push_str("    for j in range(4):\n        y = i * j\n");
        let f = module(&src);
        let r = loop_regions(&f, &|_| false);
        assert_eq!(r.headers.len(), 1, "only the inner loop fits: {r:?}");
        let inner = r.region_of.iter().filter(|x| x.is_some()).count();
        assert!(inner < 6, "{inner} blocks");
        assert!(r.regs[0].len() <= MAX_PROMOTED);
    }

    #[test]
    fn loops_that_call_out_give_way() {
        let f = module("t = 0\nfor i in range(9):\n    print(i)\n    k = 0\n    while k < i:\n        k += 1\n        t += k\n");
        let r = loop_regions(&f, &|_| false);
        assert_eq!(r.headers.len(), 1, "{r:?}");
        let blocks: Vec<usize> = (0..f.blocks.len()).filter(|&b| r.of(b as u32).is_some()).collect();
        assert!(blocks.iter().all(|&b| f.blocks[b].instrs.iter().all(|i| !matches!(i.op, Op::Call { .. }))), "{blocks:?}");
        // The same loop counts as call-free when its call compiles inline.
        let all = loop_regions(&f, &|_| true);
        assert!(all.region_of.iter().filter(|x| x.is_some()).count() > blocks.len());
    }
}
