//! Cranelift code generation for one Molt IR function, generic over `cranelift_module::Module`
//! so the JIT (`JITModule`) and, later, the AOT build (`ObjectModule`) share it.
//!
//! Compiled code keeps Python registers where the interpreter keeps them — in the frame's
//! register file — so control can pass between the tiers at any instruction: compiled code is
//! entered at the start of any block (which is also how on-stack replacement works: a hot loop
//! enters at its header), and hands back to the interpreter by returning the instruction to
//! resume at. Instructions whose operands are small ints or floats (as the feedback says they
//! were) run inline behind tag guards; a failed guard, and every instruction not specialized,
//! calls `molt_jit_step`, which executes that one instruction with tier 0's semantics.
//!
//! The compiled function's signature is `fn(ctx, regs, block) -> exit` (see `Exit`).

use crate::runtime::{Helper, BINOPS, CMPOPS, DONE, ERR, INPLACE};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, AbiParam, Block, FuncRef, InstBuilder, MemFlagsData, Signature, Value};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch};
use cranelift_module::{FuncId, Linkage, Module};
use molt_runtime::ops::{BinOp, CmpOp};
use molt_runtime::value::{CANONICAL_NAN, FIRST_TAGGED, PAYLOAD_MASK, TAG_BOOL, TAG_INT, TAG_PTR, TAG_SHIFT, TAG_UNBOUND};
use molt_vm::code::kind;
use molt_vm::ir::{Const, Function, Instr, Op, Reg, Terminator};

/// How compiled code ended, packed in its return word: the kind in the low byte, the block
/// in the next 24 bits, the instruction index in the high 32.
pub mod exit {
    /// The interpreter resumes at (block, instruction).
    pub const RESUME: u64 = 0;
    /// An exception is pending in the context, raised at (block, instruction).
    pub const ERROR: u64 = 1;
    /// The function returns the register named by the block's `return`.
    pub const RETURN: u64 = 2;

    pub fn pack(kind: u64, block: u32, idx: u32) -> u64 {
        kind | (u64::from(block) << 8) | (u64::from(idx) << 32)
    }
    pub fn unpack(w: u64) -> (u64, u32, u32) {
        (w & 0xff, ((w >> 8) & 0xff_ffff) as u32, (w >> 32) as u32)
    }
}

/// What compiled code reads from the context: the offset of its executed-instruction counter.
pub struct Layout {
    pub instrs_offset: i32,
    /// Count executed instructions (for `--stats`).
    pub count: bool,
    /// The code may embed addresses of IR instructions (true in the JIT, where the IR lives
    /// as long as the process; an AOT object cannot).
    pub embed_ir: bool,
}

/// The runtime helpers a compiled function imports, declared once per module.
pub struct Imports {
    pub ids: Vec<(Helper, FuncId)>,
}

impl Imports {
    pub fn declare<M: Module>(module: &mut M) -> Result<Imports, String> {
        let mut ids = Vec::new();
        for &h in Helper::ALL {
            let mut sig = module.make_signature();
            for _ in 0..h.params() {
                sig.params.push(AbiParam::new(types::I64));
            }
            if h.returns() {
                sig.returns.push(AbiParam::new(types::I64));
            }
            ids.push((h, module.declare_function(h.symbol(), Linkage::Import, &sig).map_err(|e| e.to_string())?));
        }
        Ok(Imports { ids })
    }
}

/// The signature of every compiled function.
pub fn entry_signature<M: Module>(module: &M) -> Signature {
    let mut sig = module.make_signature();
    for _ in 0..3 {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

const TAGGED_INT: i64 = (TAG_INT << TAG_SHIFT) as i64;
const TAGGED_BOOL: i64 = (TAG_BOOL << TAG_SHIFT) as i64;
const UNBOUND: i64 = (TAG_UNBOUND << TAG_SHIFT) as i64;

struct Gen<'a, 'b> {
    b: FunctionBuilder<'b>,
    f: &'a Function,
    feedback: &'a [u32],
    helpers: Vec<(Helper, FuncRef)>,
    blocks: Vec<Block>,
    ctx: Value,
    regs: Value,
    layout: &'a Layout,
    mem: MemFlagsData,
}

/// Compiles `f` (with the feedback its code object gathered) into `module` as `name`.
pub fn compile<M: Module>(
    module: &mut M,
    ctx: &mut cranelift_codegen::Context,
    fctx: &mut FunctionBuilderContext,
    imports: &Imports,
    name: &str,
    f: &Function,
    feedback: &[u32],
    layout: &Layout,
) -> Result<FuncId, String> {
    ctx.func.signature = entry_signature(module);
    let id = module.declare_function(name, Linkage::Local, &ctx.func.signature).map_err(|e| e.to_string())?;
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let helpers = imports.ids.iter().map(|(h, id)| (*h, module.declare_func_in_func(*id, b.func))).collect();
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let blocks: Vec<Block> = f.blocks.iter().map(|_| b.create_block()).collect();
        let mut g = Gen { b, f, feedback, helpers, blocks, ctx: params[0], regs: params[1], layout, mem: MemFlagsData::trusted() };
        // Enter at the block the interpreter is at.
        let mut sw = Switch::new();
        for (i, blk) in g.blocks.iter().enumerate() {
            sw.set_entry(i as u128, *blk);
        }
        let bad = g.b.create_block();
        sw.emit(&mut g.b, params[2], bad);
        g.b.switch_to_block(bad);
        let w = g.b.ins().iconst(types::I64, exit::pack(exit::RESUME, 0, 0) as i64);
        g.b.ins().return_(&[w]);
        for bi in 0..f.blocks.len() {
            g.block(bi as u32);
        }
        g.b.seal_all_blocks();
        g.b.finalize(module.target_config());
    }
    module.define_function(id, ctx).map_err(|e| format!("{e:?}"))?;
    module.clear_context(ctx);
    Ok(id)
}

impl Gen<'_, '_> {
    fn helper(&self, h: Helper) -> FuncRef {
        self.helpers.iter().find(|(x, _)| *x == h).map(|(_, r)| *r).expect("every helper is imported")
    }

    fn call(&mut self, h: Helper, args: &[Value]) -> Option<Value> {
        let r = self.helper(h);
        let inst = self.b.ins().call(r, args);
        self.b.inst_results(inst).first().copied()
    }

    fn iconst(&mut self, v: i64) -> Value {
        self.b.ins().iconst(types::I64, v)
    }

    fn load_reg(&mut self, r: Reg) -> Value {
        self.b.ins().load(types::I64, self.mem, self.regs, (r * 8) as i32)
    }

    fn store_raw(&mut self, r: Reg, v: Value) {
        self.b.ins().store(self.mem, v, self.regs, (r * 8) as i32);
    }

    fn tag(&mut self, v: Value) -> Value {
        self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64)
    }

    fn is_tag(&mut self, v: Value, tag: u64) -> Value {
        let t = self.tag(v);
        self.b.ins().icmp_imm_s(IntCC::Equal, t, tag as i64)
    }

    /// Releases `v` when it is a heap reference.
    fn release(&mut self, v: Value) {
        let heap = self.is_tag(v, TAG_PTR);
        let rel = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(heap, rel, &[], done, &[]);
        self.b.switch_to_block(rel);
        self.call(Helper::Decref, &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Takes a new reference for `v` when it is a heap reference (count at offset 0).
    fn incref(&mut self, v: Value) {
        let heap = self.is_tag(v, TAG_PTR);
        let inc = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(heap, inc, &[], done, &[]);
        self.b.switch_to_block(inc);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let c = self.b.ins().load(types::I64, self.mem, p, 0);
        let c1 = self.b.ins().iadd_imm_s(c, 1);
        self.b.ins().store(self.mem, c1, p, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Stores an owned value into a register, releasing what it held.
    fn store_reg(&mut self, r: Reg, v: Value) {
        let old = self.load_reg(r);
        self.store_raw(r, v);
        self.release(old);
    }

    /// Releases the instruction's dying temporaries, except those the fast path proved hold
    /// no heap reference.
    fn kills(&mut self, kills: &[Reg], known_unboxed: &[Reg]) {
        for &r in kills {
            if known_unboxed.contains(&r) {
                continue;
            }
            let v = self.load_reg(r);
            let heap = self.is_tag(v, TAG_PTR);
            let rel = self.b.create_block();
            let done = self.b.create_block();
            self.b.ins().brif(heap, rel, &[], done, &[]);
            self.b.switch_to_block(rel);
            let u = self.iconst(UNBOUND);
            self.store_raw(r, u);
            self.call(Helper::Decref, &[v]);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(done);
        }
    }

    fn exit(&mut self, kind: u64, block: u32, idx: u32) {
        let w = self.iconst(exit::pack(kind, block, idx) as i64);
        self.b.ins().return_(&[w]);
    }

    /// Executes instruction `idx` through the interpreter, leaving on an exception.
    fn generic(&mut self, block: u32, idx: u32) {
        let (bv, iv) = (self.iconst(i64::from(block)), self.iconst(i64::from(idx)));
        let ctx = self.ctx;
        let r = self.call(Helper::Step, &[ctx, bv, iv]).expect("step returns");
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(r, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.exit(exit::ERROR, block, idx);
        self.b.switch_to_block(ok);
    }

    fn count(&mut self, n: usize) {
        if !self.layout.count || n == 0 {
            return;
        }
        let off = self.layout.instrs_offset;
        let c = self.b.ins().load(types::I64, self.mem, self.ctx, off);
        let c1 = self.b.ins().iadd_imm_s(c, n as i64);
        self.b.ins().store(self.mem, c1, self.ctx, off);
    }

    fn block(&mut self, bi: u32) {
        let blk = self.blocks[bi as usize];
        self.b.switch_to_block(blk);
        let f = self.f;
        let block = &f.blocks[bi as usize];
        self.count(block.instrs.len() + 1);
        for (ii, ins) in block.instrs.iter().enumerate() {
            let kills = f.kills(ins.kills);
            self.instr(bi, ii as u32, ins, kills);
        }
        let n = block.instrs.len() as u32;
        match &block.term {
            Terminator::Jump(t) => {
                let t = self.blocks[*t as usize];
                self.b.ins().jump(t, &[]);
            }
            Terminator::Branch { cond, then, els, .. } => {
                let (then, els) = (self.blocks[*then as usize], self.blocks[*els as usize]);
                let c = self.load_reg(*cond);
                let is_bool = self.is_tag(c, TAG_BOOL);
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                self.b.ins().brif(is_bool, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let bit = self.b.ins().band_imm_s(c, 1);
                self.b.ins().brif(bit, then, &[], els, &[]);
                self.b.switch_to_block(slow);
                let ctx = self.ctx;
                let r = self.call(Helper::Truthy, &[ctx, c]).expect("truthy returns");
                self.dispatch3(r, els, then, bi, n);
            }
            Terminator::ForIter { iter, dst, body, exit: done, .. } => {
                let (body, done) = (self.blocks[*body as usize], self.blocks[*done as usize]);
                let it = self.load_reg(*iter);
                let ctx = self.ctx;
                let r = self.call_checked(Helper::ForIter, &[ctx, it], bi, n);
                let got = self.b.create_block();
                let exhausted = self.b.ins().icmp_imm_s(IntCC::Equal, r, DONE as i64);
                self.b.ins().brif(exhausted, done, &[], got, &[]);
                self.b.switch_to_block(got);
                self.store_reg(*dst, r);
                self.b.ins().jump(body, &[]);
            }
            Terminator::Return(_) => self.exit(exit::RETURN, bi, n),
            // Raising, re-raising and suspending are the interpreter's business.
            Terminator::Raise { .. } | Terminator::Reraise(_) | Terminator::Yield { .. } | Terminator::Unreachable => {
                self.exit(exit::RESUME, bi, n)
            }
        }
    }

    /// Branches on a helper's 0/1/2 answer: false, true, or an exception.
    fn dispatch3(&mut self, r: Value, zero: Block, one: Block, bi: u32, n: u32) {
        let not_zero = self.b.create_block();
        let err = self.b.create_block();
        self.b.ins().brif(r, not_zero, &[], zero, &[]);
        self.b.switch_to_block(not_zero);
        let is_one = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.b.ins().brif(is_one, one, &[], err, &[]);
        self.b.switch_to_block(err);
        self.exit(exit::ERROR, bi, n);
    }

    fn saw(&self, slot: u32, k: u32) -> bool {
        let fb = self.feedback.get(slot as usize).copied().unwrap_or(0);
        fb == 0 || fb & k != 0
    }

    fn instr(&mut self, bi: u32, ii: u32, ins: &Instr, kills: &[Reg]) {
        let op = &ins.op;
        match op {
            Op::LoadConst { dst, k } => match immediate(&self.f.consts[*k as usize]) {
                Some(bits) => {
                    let v = self.iconst(bits as i64);
                    self.store_reg(*dst, v);
                    self.kills(kills, &[]);
                }
                None => self.generic(bi, ii),
            },
            Op::Move { dst, src } | Op::LoadLocal { dst, src } => {
                let moving = matches!(op, Op::Move { .. }) && kills.contains(src);
                let v = self.load_reg(*src);
                let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, v, UNBOUND);
                let slow = self.b.create_block();
                let fast = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(unbound, slow, &[], fast, &[]);
                self.b.switch_to_block(fast);
                if moving {
                    let u = self.iconst(UNBOUND);
                    self.store_raw(*src, u);
                } else {
                    self.incref(v);
                }
                self.store_reg(*dst, v);
                let rest: Vec<Reg> = kills.iter().copied().filter(|r| r != src).collect();
                self.kills(&rest, &[]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(slow);
                self.generic(bi, ii);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::Binary { dst, op: bop, a, b, slot } | Op::Inplace { dst, op: bop, a, b, slot } => {
                let int_ok = matches!(bop, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor)
                    && self.saw(*slot, kind::INT);
                let float_ok = matches!(bop, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv) && self.saw(*slot, kind::FLOAT);
                if !int_ok && !float_ok {
                    let (x, y) = (self.load_reg(*a), self.load_reg(*b));
                    let code = binop_number(*bop) | if matches!(op, Op::Inplace { .. }) { INPLACE } else { 0 };
                    return self.value_op(bi, ii, &[x, y], Helper::Binary, &[code as i64], Some(*dst), kills);
                }
                let (x, y) = (self.load_reg(*a), self.load_reg(*b));
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let float_entry = if int_ok && float_ok { self.b.create_block() } else { slow };
                if int_ok {
                    self.int_binop(*bop, x, y, *dst, float_entry);
                    self.kills(kills, &[*a, *b]);
                    self.b.ins().jump(done, &[]);
                    if float_ok {
                        self.b.switch_to_block(float_entry);
                    }
                }
                if float_ok {
                    self.float_binop(*bop, x, y, *dst, slow);
                    self.kills(kills, &[*a, *b]);
                    self.b.ins().jump(done, &[]);
                }
                self.b.switch_to_block(slow);
                let code = binop_number(*bop) | if matches!(op, Op::Inplace { .. }) { INPLACE } else { 0 };
                self.value_op(bi, ii, &[x, y], Helper::Binary, &[code as i64], Some(*dst), kills);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::Compare { dst, op: cop, a, b, slot } => {
                let int_ok = self.saw(*slot, kind::INT);
                let float_ok = self.saw(*slot, kind::FLOAT);
                let cmp_code = CMPOPS.iter().position(|c| c == cop).expect("every comparison is numbered") as i64;
                if !int_ok && !float_ok {
                    let (x, y) = (self.load_reg(*a), self.load_reg(*b));
                    return self.value_op(bi, ii, &[x, y], Helper::Compare, &[cmp_code], Some(*dst), kills);
                }
                let (x, y) = (self.load_reg(*a), self.load_reg(*b));
                let slow = self.b.create_block();
                let done = self.b.create_block();
                if int_ok {
                    let next = if float_ok { self.b.create_block() } else { slow };
                    self.guard_both(x, y, TAG_INT, next);
                    let (ix, iy) = (self.unbox_int(x), self.unbox_int(y));
                    let c = self.b.ins().icmp(int_cc(*cop), ix, iy);
                    self.store_bool(*dst, c);
                    self.kills(kills, &[*a, *b]);
                    self.b.ins().jump(done, &[]);
                    self.b.switch_to_block(next);
                }
                if float_ok {
                    self.guard_floats(x, y, slow);
                    let (fx, fy) = (self.b.ins().bitcast(types::F64, MemFlagsData::new(), x), self.b.ins().bitcast(types::F64, MemFlagsData::new(), y));
                    let c = self.b.ins().fcmp(float_cc(*cop), fx, fy);
                    self.store_bool(*dst, c);
                    self.kills(kills, &[*a, *b]);
                    self.b.ins().jump(done, &[]);
                }
                self.b.switch_to_block(slow);
                self.value_op(bi, ii, &[x, y], Helper::Compare, &[cmp_code], Some(*dst), kills);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::GetItem { dst, obj, key, .. } => {
                let (o, k) = (self.load_reg(*obj), self.load_reg(*key));
                self.value_op(bi, ii, &[o, k], Helper::GetItem, &[], Some(*dst), kills);
            }
            Op::SetItem { obj, key, src } => {
                let (o, k, v) = (self.load_reg(*obj), self.load_reg(*key), self.load_reg(*src));
                self.value_op(bi, ii, &[o, k, v], Helper::SetItem, &[], None, kills);
            }
            Op::LoadAttr { dst, obj, name, slot } => {
                let o = self.load_reg(*obj);
                let packed = (u64::from(*name) | (u64::from(*slot) << 32)) as i64;
                self.value_op(bi, ii, &[o], Helper::LoadAttr, &[packed], Some(*dst), kills);
            }
            Op::LoadGlobal { dst, name, slot } => {
                let packed = self.iconst((u64::from(*name) | (u64::from(*slot) << 32)) as i64);
                let ctx = self.ctx;
                let r = self.call_checked(Helper::LoadGlobal, &[ctx, packed], bi, ii);
                self.store_reg(*dst, r);
                self.kills(kills, &[]);
            }
            Op::Call { dst, .. } | Op::CallMethod { dst, .. } if self.layout.embed_ir => {
                let addr = self.iconst(ins as *const Instr as i64);
                let ctx = self.ctx;
                let r = self.call_checked(Helper::Call, &[ctx, addr], bi, ii);
                self.store_reg(*dst, r);
                self.kills(kills, &[]);
            }
            Op::Is { dst, a, b, negate } => {
                let (x, y) = (self.load_reg(*a), self.load_reg(*b));
                let either_unbound = {
                    let ux = self.b.ins().icmp_imm_s(IntCC::Equal, x, UNBOUND);
                    let uy = self.b.ins().icmp_imm_s(IntCC::Equal, y, UNBOUND);
                    self.b.ins().bor(ux, uy)
                };
                let slow = self.b.create_block();
                let fast = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(either_unbound, slow, &[], fast, &[]);
                self.b.switch_to_block(fast);
                let cc = if *negate { IntCC::NotEqual } else { IntCC::Equal };
                let c = self.b.ins().icmp(cc, x, y);
                self.store_bool(*dst, c);
                self.kills(kills, &[]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(slow);
                self.generic(bi, ii);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            _ => self.generic(bi, ii),
        }
    }

    /// Calls a helper answering a value word (or `ERR`, which leaves through the exception
    /// exit of instruction (bi, idx)).
    fn call_checked(&mut self, h: Helper, args: &[Value], bi: u32, idx: u32) -> Value {
        let r = self.call(h, args).expect("value helpers return");
        let is_err = self.b.ins().icmp_imm_s(IntCC::Equal, r, ERR as i64);
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(is_err, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.exit(exit::ERROR, bi, idx);
        self.b.switch_to_block(ok);
        r
    }

    /// An instruction run by a value helper over its operand words (after the immediates):
    /// unbound operands take the interpreter's path, which raises the right error; the
    /// answer goes to `dst`, then the dying temporaries are released.
    fn value_op(&mut self, bi: u32, ii: u32, operands: &[Value], h: Helper, imms: &[i64], dst: Option<Reg>, kills: &[Reg]) {
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let mut any = None;
        for &v in operands {
            let u = self.b.ins().icmp_imm_s(IntCC::Equal, v, UNBOUND);
            any = Some(match any {
                None => u,
                Some(a) => self.b.ins().bor(a, u),
            });
        }
        if let Some(any) = any {
            let fast = self.b.create_block();
            self.b.ins().brif(any, slow, &[], fast, &[]);
            self.b.switch_to_block(fast);
        }
        let mut args = vec![self.ctx];
        for &i in imms {
            args.push(self.iconst(i));
        }
        args.extend_from_slice(operands);
        let r = self.call_checked(h, &args, bi, ii);
        if let Some(d) = dst {
            self.store_reg(d, r);
        }
        self.kills(kills, &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.generic(bi, ii);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Continues in the current block when both words carry `tag`, else jumps to `fail`.
    fn guard_both(&mut self, x: Value, y: Value, tag: u64, fail: Block) {
        let tx = self.is_tag(x, tag);
        let ty = self.is_tag(y, tag);
        let both = self.b.ins().band(tx, ty);
        let ok = self.b.create_block();
        self.b.ins().brif(both, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
    }

    fn guard_floats(&mut self, x: Value, y: Value, fail: Block) {
        let fx = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, x, FIRST_TAGGED as i64);
        let fy = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y, FIRST_TAGGED as i64);
        let both = self.b.ins().band(fx, fy);
        let ok = self.b.create_block();
        self.b.ins().brif(both, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
    }

    fn unbox_int(&mut self, v: Value) -> Value {
        let s = self.b.ins().ishl_imm_s(v, 16);
        self.b.ins().sshr_imm_s(s, 16)
    }

    /// Boxes a 64-bit result as a small int, jumping to `fail` when it does not fit 48 bits.
    fn box_int(&mut self, r: Value, fail: Block) -> Value {
        let back = self.unbox_int(r);
        let fits = self.b.ins().icmp(IntCC::Equal, back, r);
        let ok = self.b.create_block();
        self.b.ins().brif(fits, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
        let low = self.b.ins().band_imm_s(r, PAYLOAD_MASK as i64);
        self.b.ins().bor_imm_s(low, TAGGED_INT)
    }

    fn store_bool(&mut self, dst: Reg, c: Value) {
        let w = self.b.ins().uextend(types::I64, c);
        let v = self.b.ins().bor_imm_s(w, TAGGED_BOOL);
        self.store_reg(dst, v);
    }

    fn int_binop(&mut self, op: BinOp, x: Value, y: Value, dst: Reg, fail: Block) {
        self.guard_both(x, y, TAG_INT, fail);
        let (ix, iy) = (self.unbox_int(x), self.unbox_int(y));
        let r = match op {
            BinOp::Add => self.b.ins().iadd(ix, iy),
            BinOp::Sub => self.b.ins().isub(ix, iy),
            BinOp::And => self.b.ins().band(ix, iy),
            BinOp::Or => self.b.ins().bor(ix, iy),
            BinOp::Xor => self.b.ins().bxor(ix, iy),
            BinOp::Mul => {
                let (r, of) = self.b.ins().smul_overflow(ix, iy);
                let ok = self.b.create_block();
                self.b.ins().brif(of, fail, &[], ok, &[]);
                self.b.switch_to_block(ok);
                r
            }
            _ => unreachable!("int fast path for {op:?}"),
        };
        let v = self.box_int(r, fail);
        self.store_reg(dst, v);
    }

    fn float_binop(&mut self, op: BinOp, x: Value, y: Value, dst: Reg, fail: Block) {
        self.guard_floats(x, y, fail);
        let fx = self.b.ins().bitcast(types::F64, MemFlagsData::new(), x);
        let fy = self.b.ins().bitcast(types::F64, MemFlagsData::new(), y);
        let r = match op {
            BinOp::Add => self.b.ins().fadd(fx, fy),
            BinOp::Sub => self.b.ins().fsub(fx, fy),
            BinOp::Mul => self.b.ins().fmul(fx, fy),
            BinOp::TrueDiv => {
                // Division by zero raises: the generic path does that.
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, fy, zero);
                let ok = self.b.create_block();
                self.b.ins().brif(is_zero, fail, &[], ok, &[]);
                self.b.switch_to_block(ok);
                self.b.ins().fdiv(fx, fy)
            }
            _ => unreachable!("float fast path for {op:?}"),
        };
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), r);
        // NaNs are canonical in a Value.
        let nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
        let canon = self.iconst(CANONICAL_NAN as i64);
        let v = self.b.ins().select(nan, canon, bits);
        self.store_reg(dst, v);
    }
}

fn binop_number(op: BinOp) -> u64 {
    BINOPS.iter().position(|b| *b == op).expect("every operator is numbered") as u64
}

fn int_cc(op: CmpOp) -> IntCC {
    match op {
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::Le => IntCC::SignedLessThanOrEqual,
        CmpOp::Eq => IntCC::Equal,
        CmpOp::Ne => IntCC::NotEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

/// Python's float comparisons: ordered, except `!=`, which is true for NaN.
fn float_cc(op: CmpOp) -> FloatCC {
    match op {
        CmpOp::Lt => FloatCC::LessThan,
        CmpOp::Le => FloatCC::LessThanOrEqual,
        CmpOp::Eq => FloatCC::Equal,
        CmpOp::Ne => FloatCC::NotEqual,
        CmpOp::Gt => FloatCC::GreaterThan,
        CmpOp::Ge => FloatCC::GreaterThanOrEqual,
    }
}

/// The word of a constant that needs no heap object.
fn immediate(c: &Const) -> Option<u64> {
    let v = match c {
        Const::None | Const::Bool(_) | Const::Float(_) => molt_vm::code::const_value(c),
        Const::Int(i) => {
            let small = i64::try_from(i).ok()?;
            if !(molt_runtime::value::SMALL_INT_MIN..=molt_runtime::value::SMALL_INT_MAX).contains(&small) {
                return None;
            }
            molt_runtime::Value::small_int(small)
        }
        _ => return None,
    };
    debug_assert!(!v.is_heap());
    Some(v.into_bits())
}
