//! Molt IR: functions as CFGs of basic blocks over numbered registers, with exception-handler
//! edges and generator resume edges in the CFG, and a feedback slot on every type-dependent
//! instruction. `Display` gives the stable text form printed by `molt run --emit ir`.

use molt_runtime::ops::{BinOp, CmpOp, UnaryOp};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A virtual register. Locals are the first registers of a function; temporaries follow.
pub type Reg = u32;
pub type BlockId = u32;
pub type ConstId = u32;
/// An index into the function's name table (identifiers, attribute names).
pub type NameId = u32;
/// An index into the function's feedback vector.
pub type Slot = u32;
/// An index into the program's code table.
pub type CodeId = u32;

/// A constant, independent of the runtime's values so IR can cross threads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Const {
    None,
    Bool(bool),
    Int(num_bigint::BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Const>),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[repr(u8)]
pub enum Op {
    LoadConst { dst: Reg, k: ConstId },
    Move { dst: Reg, src: Reg },
    /// Reads a local that may be unbound (the check raises UnboundLocalError).
    LoadLocal { dst: Reg, src: Reg },
    DeleteLocal { reg: Reg },
    LoadGlobal { dst: Reg, name: NameId, slot: Slot },
    StoreGlobal { name: NameId, src: Reg },
    DeleteGlobal { name: NameId },
    /// Class bodies: the namespace, then globals, then builtins.
    LoadName { dst: Reg, name: NameId },
    StoreName { name: NameId, src: Reg },
    DeleteName { name: NameId },
    MakeCell { dst: Reg, init: Option<Reg> },
    LoadDeref { dst: Reg, cell: Reg, name: NameId },
    StoreDeref { cell: Reg, src: Reg },
    DeleteDeref { cell: Reg, name: NameId },
    Binary { dst: Reg, op: BinOp, a: Reg, b: Reg, slot: Slot },
    Inplace { dst: Reg, op: BinOp, a: Reg, b: Reg, slot: Slot },
    Unary { dst: Reg, op: UnaryOp, a: Reg },
    Compare { dst: Reg, op: CmpOp, a: Reg, b: Reg, slot: Slot },
    Is { dst: Reg, a: Reg, b: Reg, negate: bool },
    Contains { dst: Reg, item: Reg, container: Reg, negate: bool },
    LoadAttr { dst: Reg, obj: Reg, name: NameId, slot: Slot },
    StoreAttr { obj: Reg, name: NameId, src: Reg, slot: Slot },
    DeleteAttr { obj: Reg, name: NameId },
    GetItem { dst: Reg, obj: Reg, key: Reg, slot: Slot },
    SetItem { obj: Reg, key: Reg, src: Reg },
    DeleteItem { obj: Reg, key: Reg },
    BuildSlice { dst: Reg, start: Reg, stop: Reg, step: Reg },
    /// `func(args…)`; the last `kwnames` arguments are keywords (names in a const tuple).
    Call { dst: Reg, func: Reg, args: Vec<Reg>, kwnames: Option<ConstId>, slot: Slot },
    /// `obj.name(args…)` without materializing a bound method.
    CallMethod { dst: Reg, obj: Reg, name: NameId, args: Vec<Reg>, kwnames: Option<ConstId>, slot: Slot },
    /// `func(*args, **kwargs)` with a tuple and an optional dict.
    CallEx { dst: Reg, func: Reg, args: Reg, kwargs: Option<Reg> },
    BuildList { dst: Reg, items: Vec<Reg> },
    BuildTuple { dst: Reg, items: Vec<Reg> },
    BuildSet { dst: Reg, items: Vec<Reg> },
    /// Alternating keys and values.
    BuildDict { dst: Reg, items: Vec<Reg> },
    ListAppend { list: Reg, item: Reg },
    /// `call` names the function when this builds a call's `*args` (for its error message).
    ListExtend { list: Reg, iterable: Reg, call: Option<Reg> },
    SetAdd { set: Reg, item: Reg },
    SetUpdate { set: Reg, iterable: Reg },
    DictSet { dict: Reg, key: Reg, value: Reg },
    /// `{**m}`: update from a mapping.
    DictUpdate { dict: Reg, mapping: Reg },
    /// `f(**m)`: like DictUpdate but duplicate keys are an error naming `func`.
    DictMerge { dict: Reg, mapping: Reg, func: Reg },
    ListToTuple { dst: Reg, list: Reg },
    /// f-string pieces joined.
    BuildString { dst: Reg, parts: Vec<Reg> },
    /// conversion: 0 none, b's', b'r', b'a'.
    FormatValue { dst: Reg, value: Reg, conversion: u8, spec: Option<Reg> },
    GetIter { dst: Reg, src: Reg },
    /// `globals()`: calls `func` (what the name `globals` loaded) with no arguments, unless
    /// it is the builtin, which answers the running code's globals dict.
    CallGlobals { dst: Reg, func: Reg },
    /// `locals()` / `vars()`: calls `func` with no arguments unless it is the builtin `locals`
    /// or `vars`, which answer the running code's namespace: in a function, the dict kept in
    /// the hidden register `dict` (made on first use), refreshed from the bound locals.
    CallLocals { dst: Reg, func: Reg, dict: Reg },
    Unpack { dsts: Vec<Reg>, src: Reg },
    /// `a, *b, c = src`: `before` targets, the starred list, `after` targets.
    UnpackEx { before: Vec<Reg>, star: Reg, after: Vec<Reg>, src: Reg },
    MakeFunction { dst: Reg, code: CodeId, defaults: Option<Reg>, kwdefaults: Option<Reg>, closure: Vec<Reg> },
    /// Runs a class body (`body`, a function of no arguments that fills a namespace) and
    /// creates the class.
    MakeClass { dst: Reg, body: Reg, name: NameId, qualname: ConstId, bases: Vec<Reg>, keywords: Option<Reg> },
    Import { dst: Reg, module: NameId, level: u32, fromlist: bool },
    ImportFrom { dst: Reg, module: Reg, name: NameId },
    ImportStar { module: Reg },
    /// In a handler block: the exception being handled.
    GetException { dst: Reg },
    /// Enters an `except` clause: the exception becomes the one being handled (for bare
    /// `raise` and implicit chaining) until the matching `ExitExcept`.
    EnterExcept { exc: Reg },
    ExitExcept,
    /// `isinstance(exc, typ)` for an except clause (typ may be a tuple).
    ExcMatch { dst: Reg, exc: Reg, typ: Reg },
    /// `with mgr`: looks up `__exit__`, calls `__enter__`.
    WithEnter { exit: Reg, value: Reg, mgr: Reg },
    /// Calls the saved `__exit__` with `(None, None, None)` or the exception's triple.
    WithExit { dst: Reg, exit: Reg, exc: Option<Reg> },
    /// One step of `yield from`: sends `sent` into `iter`; `done` tells whether it returned
    /// (then `value` is its return value) or yielded `value`.
    YieldFromSend { value: Reg, done: Reg, iter: Reg, sent: Reg },
    /// Raises UnboundLocalError/NameError for a name known to be unbound here.
    Nop,
}

/// How an instruction uses a register it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    /// Read, then written (`CallLocals`'s namespace dict).
    ReadWrite,
}

/// Calls `$f(register, Access)` on every register `$op` (an `&Op` or `&mut Op`: the bindings
/// follow its mutability) names: the registers it reads, in operand order, then those it
/// writes. Each operand is visited once, so renaming through it is exact. The one list of every
/// instruction's operands, for reading (`Op::each_reg`) and renaming (`Op::each_reg_mut`).
macro_rules! each_reg {
    ($op:expr, $f:expr) => {{
        use Access::{Read as R, ReadWrite as RW, Write as W};
        let mut f = $f;
        match $op {
            Op::LoadConst { dst, .. } | Op::LoadGlobal { dst, .. } | Op::LoadName { dst, .. } | Op::GetException { dst } | Op::Import { dst, .. } => f(dst, W),
            Op::Move { dst, src } | Op::LoadLocal { dst, src } | Op::GetIter { dst, src } | Op::ListToTuple { dst, list: src } | Op::CallGlobals { dst, func: src } => {
                f(src, R);
                f(dst, W)
            }
            Op::CallLocals { dst, func, dict } => {
                f(func, R);
                f(dict, RW);
                f(dst, W)
            }
            Op::DeleteLocal { reg } => f(reg, W),
            Op::StoreGlobal { src, .. } | Op::StoreName { src, .. } => f(src, R),
            Op::DeleteGlobal { .. } | Op::DeleteName { .. } | Op::ExitExcept | Op::Nop => {}
            Op::MakeCell { dst, init } => {
                if let Some(i) = init {
                    f(i, R)
                }
                f(dst, W)
            }
            Op::LoadDeref { dst, cell, .. } => {
                f(cell, R);
                f(dst, W)
            }
            Op::StoreDeref { cell, src } => {
                f(cell, R);
                f(src, R)
            }
            Op::DeleteDeref { cell, .. } => f(cell, R),
            Op::Binary { dst, a, b, .. } | Op::Inplace { dst, a, b, .. } | Op::Compare { dst, a, b, .. } | Op::Is { dst, a, b, .. } => {
                f(a, R);
                f(b, R);
                f(dst, W)
            }
            Op::Unary { dst, a, .. } | Op::LoadAttr { dst, obj: a, .. } => {
                f(a, R);
                f(dst, W)
            }
            Op::Contains { dst, item, container, .. } => {
                f(item, R);
                f(container, R);
                f(dst, W)
            }
            Op::StoreAttr { obj, src, .. } => {
                f(obj, R);
                f(src, R)
            }
            Op::DeleteAttr { obj, .. } | Op::ImportStar { module: obj } | Op::EnterExcept { exc: obj } => f(obj, R),
            Op::GetItem { dst, obj, key, .. } => {
                f(obj, R);
                f(key, R);
                f(dst, W)
            }
            Op::SetItem { obj, key, src } | Op::DictSet { dict: obj, key, value: src } | Op::DictMerge { dict: obj, mapping: key, func: src } => {
                f(obj, R);
                f(key, R);
                f(src, R)
            }
            Op::DeleteItem { obj, key } | Op::ListAppend { list: obj, item: key } | Op::SetAdd { set: obj, item: key } | Op::SetUpdate { set: obj, iterable: key } | Op::DictUpdate { dict: obj, mapping: key } => {
                f(obj, R);
                f(key, R)
            }
            Op::BuildSlice { dst, start, stop, step } => {
                f(start, R);
                f(stop, R);
                f(step, R);
                f(dst, W)
            }
            Op::Call { dst, func: obj, args, .. } | Op::CallMethod { dst, obj, args, .. } => {
                f(obj, R);
                for a in args {
                    f(a, R)
                }
                f(dst, W)
            }
            Op::CallEx { dst, func, args, kwargs } => {
                f(func, R);
                f(args, R);
                if let Some(k) = kwargs {
                    f(k, R)
                }
                f(dst, W)
            }
            Op::BuildList { dst, items } | Op::BuildTuple { dst, items } | Op::BuildSet { dst, items } | Op::BuildDict { dst, items } | Op::BuildString { dst, parts: items } => {
                for i in items {
                    f(i, R)
                }
                f(dst, W)
            }
            Op::ListExtend { list, iterable, call } => {
                f(list, R);
                f(iterable, R);
                if let Some(c) = call {
                    f(c, R)
                }
            }
            Op::FormatValue { dst, value, spec, .. } => {
                f(value, R);
                if let Some(s) = spec {
                    f(s, R)
                }
                f(dst, W)
            }
            Op::Unpack { dsts, src } => {
                f(src, R);
                for d in dsts {
                    f(d, W)
                }
            }
            Op::UnpackEx { before, star, after, src } => {
                f(src, R);
                for d in before {
                    f(d, W)
                }
                f(star, W);
                for d in after {
                    f(d, W)
                }
            }
            Op::MakeFunction { dst, defaults, kwdefaults, closure, .. } => {
                if let Some(d) = defaults {
                    f(d, R)
                }
                if let Some(d) = kwdefaults {
                    f(d, R)
                }
                for c in closure {
                    f(c, R)
                }
                f(dst, W)
            }
            Op::MakeClass { dst, body, bases, keywords, .. } => {
                f(body, R);
                for b in bases {
                    f(b, R)
                }
                if let Some(k) = keywords {
                    f(k, R)
                }
                f(dst, W)
            }
            Op::ImportFrom { dst, module, .. } => {
                f(module, R);
                f(dst, W)
            }
            Op::ExcMatch { dst, exc, typ } => {
                f(exc, R);
                f(typ, R);
                f(dst, W)
            }
            Op::WithEnter { exit, value, mgr } => {
                f(mgr, R);
                f(exit, W);
                f(value, W)
            }
            Op::WithExit { dst, exit, exc } => {
                f(exit, R);
                if let Some(e) = exc {
                    f(e, R)
                }
                f(dst, W)
            }
            Op::YieldFromSend { value, done, iter, sent } => {
                f(iter, R);
                f(sent, R);
                f(value, W);
                f(done, W)
            }
        }
    }};
}

impl Op {
    /// Every register the instruction names, with how it uses it (see `each_reg!`).
    pub fn each_reg(&self, mut f: impl FnMut(Reg, Access)) {
        each_reg!(self, |r: &Reg, a| f(*r, a))
    }

    /// `each_reg` with the registers themselves, to rename them.
    pub fn each_reg_mut(&mut self, mut f: impl FnMut(&mut Reg, Access)) {
        each_reg!(self, |r: &mut Reg, a| f(r, a))
    }
}

impl Terminator {
    /// Every register the terminator names, reads first (see `each_reg!`).
    pub fn each_reg_mut(&mut self, mut f: impl FnMut(&mut Reg, Access)) {
        match self {
            Terminator::Branch { cond: r, .. } | Terminator::Return(r) | Terminator::Reraise(r) => f(r, Access::Read),
            Terminator::ForIter { iter, dst, .. } => {
                f(iter, Access::Read);
                f(dst, Access::Write)
            }
            Terminator::Raise { exc, cause } => {
                for r in exc.iter_mut().chain(cause.iter_mut()) {
                    f(r, Access::Read)
                }
            }
            Terminator::Yield { value, dst, .. } => {
                f(value, Access::Read);
                f(dst, Access::Write)
            }
            Terminator::Jump(_) | Terminator::Unreachable => {}
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Terminator {
    Jump(BlockId),
    Branch { cond: Reg, then: BlockId, els: BlockId, slot: Slot },
    /// Advances `iter`: the item goes to `dst` and control to `body`, or to `exit` when done.
    ForIter { iter: Reg, dst: Reg, body: BlockId, exit: BlockId, slot: Slot },
    Return(Reg),
    /// `raise exc [from cause]`; `exc: None` is a bare `raise`.
    Raise { exc: Option<Reg>, cause: Option<Reg> },
    /// Re-raises an exception caught by a cleanup handler, keeping its traceback.
    Reraise(Reg),
    /// Suspends a generator; on resume the sent value is written to `dst` and control goes to
    /// `resume` (a throw raises there, so `resume`'s handler catches it).
    Yield { value: Reg, dst: Reg, resume: BlockId },
    Unreachable,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Instr {
    pub op: Op,
    pub line: u32,
    /// Temporaries whose last use is this instruction, as a range of the function's
    /// `kill_table`: their values are released right after it, as CPython's value stack
    /// releases them (computed by `cfg::compute_kills`).
    pub kills: KillRange,
}

#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
pub struct KillRange {
    pub start: u32,
    pub len: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Block {
    pub instrs: Vec<Instr>,
    pub term: Terminator,
    pub term_line: u32,
    /// Where an exception raised in this block goes (`None`: out of the function).
    pub handler: Option<BlockId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Class,
    GenExpr,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Params {
    pub posonly: u32,
    /// Positional parameters (positional-only first), then keyword-only ones.
    pub names: Vec<String>,
    pub npos: u32,
    pub nkwonly: u32,
    pub vararg: bool,
    pub kwarg: bool,
}

impl Params {
    /// Registers holding the parameters: positional, keyword-only, *args, **kwargs.
    pub fn count(&self) -> u32 {
        self.npos + self.nkwonly + self.vararg as u32 + self.kwarg as u32
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Function {
    pub name: String,
    pub qualname: String,
    pub kind: CodeKind,
    pub filename: String,
    pub module: String,
    pub firstline: u32,
    pub params: Params,
    pub is_generator: bool,
    pub nregs: u32,
    /// Names of local registers (for UnboundLocalError and the IR printer).
    pub local_names: Vec<String>,
    /// The function's own plain locals (not parameters, cells or the variables of inlined
    /// comprehensions) in the order the code first refers to them: CPython's `co_varnames`
    /// order, which `locals()` follows.
    #[serde(default)]
    pub local_order: Vec<Reg>,
    /// Cells this function creates at entry: (register, parameter to copy in, if any).
    pub cells: Vec<(Reg, Option<Reg>)>,
    /// Registers receiving the closure's cells, in closure order.
    pub freevars: Vec<Reg>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub nslots: u32,
    pub blocks: Vec<Block>,
    pub docstring: Option<String>,
    /// Registers released after instructions (see `Instr::kills`).
    pub kill_table: Vec<Reg>,
    /// The last this many registers are shared by temporaries that each live within one
    /// block, written before they are read there (see `coalesce::compact`): such a register
    /// is dead at every block boundary.
    #[serde(default)]
    pub block_temps: u32,
}

impl Function {
    #[inline(always)]
    pub fn kills(&self, k: KillRange) -> &[Reg] {
        &self.kill_table[k.start as usize..(k.start + k.len) as usize]
    }
}

impl Function {
    pub fn name_of_local(&self, r: Reg) -> Option<&str> {
        self.local_names.get(r as usize).map(|s| s.as_str()).filter(|s| !s.is_empty())
    }
}

fn regs(rs: &[Reg]) -> String {
    rs.iter().map(|r| format!("r{r}")).collect::<Vec<_>>().join(", ")
}

fn opt(r: &Option<Reg>) -> String {
    r.map(|r| format!("r{r}")).unwrap_or_else(|| "-".into())
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::None => write!(f, "None"),
            Const::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Const::Int(i) => write!(f, "{i}"),
            Const::Float(x) => write!(f, "{}", molt_runtime::numfmt::float_repr(*x)),
            Const::Str(s) => write!(f, "{}", molt_runtime::repr::str_repr(s)),
            Const::Bytes(b) => write!(f, "{}", molt_runtime::repr::bytes_repr(b, "b")),
            Const::Ellipsis => write!(f, "..."),
            Const::Tuple(items) => {
                write!(f, "(")?;
                for (i, c) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{c}")?;
                }
                if items.len() == 1 {
                    write!(f, ",")?;
                }
                write!(f, ")")
            }
        }
    }
}

impl Function {
    fn fmt_op(&self, op: &Op) -> String {
        let n = |i: &NameId| self.names[*i as usize].clone();
        let k = |i: &ConstId| self.consts[*i as usize].to_string();
        match op {
            Op::LoadConst { dst, k: c } => format!("r{dst} = const {}", k(c)),
            Op::Move { dst, src } => format!("r{dst} = r{src}"),
            Op::LoadLocal { dst, src } => format!("r{dst} = load_local r{src}"),
            Op::DeleteLocal { reg } => format!("delete_local r{reg}"),
            Op::LoadGlobal { dst, name, slot } => format!("r{dst} = load_global {} @{slot}", n(name)),
            Op::StoreGlobal { name, src } => format!("store_global {} = r{src}", n(name)),
            Op::DeleteGlobal { name } => format!("delete_global {}", n(name)),
            Op::LoadName { dst, name } => format!("r{dst} = load_name {}", n(name)),
            Op::StoreName { name, src } => format!("store_name {} = r{src}", n(name)),
            Op::DeleteName { name } => format!("delete_name {}", n(name)),
            Op::MakeCell { dst, init } => format!("r{dst} = make_cell {}", opt(init)),
            Op::LoadDeref { dst, cell, name } => format!("r{dst} = load_deref r{cell} ({})", n(name)),
            Op::StoreDeref { cell, src } => format!("store_deref r{cell} = r{src}"),
            Op::DeleteDeref { cell, .. } => format!("delete_deref r{cell}"),
            Op::Binary { dst, op, a, b, slot } => format!("r{dst} = binary {} r{a}, r{b} @{slot}", op.symbol()),
            Op::Inplace { dst, op, a, b, slot } => format!("r{dst} = inplace {}= r{a}, r{b} @{slot}", op.symbol()),
            Op::Unary { dst, op, a } => format!("r{dst} = unary {op:?} r{a}"),
            Op::Compare { dst, op, a, b, slot } => format!("r{dst} = compare {} r{a}, r{b} @{slot}", op.symbol()),
            Op::Is { dst, a, b, negate } => format!("r{dst} = r{a} is{} r{b}", if *negate { " not" } else { "" }),
            Op::Contains { dst, item, container, negate } => {
                format!("r{dst} = r{item} {}in r{container}", if *negate { "not " } else { "" })
            }
            Op::LoadAttr { dst, obj, name, slot } => format!("r{dst} = load_attr r{obj}.{} @{slot}", n(name)),
            Op::StoreAttr { obj, name, src, slot } => format!("store_attr r{obj}.{} = r{src} @{slot}", n(name)),
            Op::DeleteAttr { obj, name } => format!("delete_attr r{obj}.{}", n(name)),
            Op::GetItem { dst, obj, key, slot } => format!("r{dst} = get_item r{obj}[r{key}] @{slot}"),
            Op::SetItem { obj, key, src } => format!("set_item r{obj}[r{key}] = r{src}"),
            Op::DeleteItem { obj, key } => format!("delete_item r{obj}[r{key}]"),
            Op::BuildSlice { dst, start, stop, step } => format!("r{dst} = slice r{start}, r{stop}, r{step}"),
            Op::Call { dst, func, args, kwnames, slot } => format!(
                "r{dst} = call r{func}({}){} @{slot}",
                regs(args),
                kwnames.map(|c| format!(" kw={}", k(&c))).unwrap_or_default()
            ),
            Op::CallMethod { dst, obj, name, args, kwnames, slot } => format!(
                "r{dst} = call_method r{obj}.{}({}){} @{slot}",
                n(name),
                regs(args),
                kwnames.map(|c| format!(" kw={}", k(&c))).unwrap_or_default()
            ),
            Op::CallEx { dst, func, args, kwargs } => format!("r{dst} = call_ex r{func}(*r{args}, **{})", opt(kwargs)),
            Op::BuildList { dst, items } => format!("r{dst} = build_list [{}]", regs(items)),
            Op::BuildTuple { dst, items } => format!("r{dst} = build_tuple ({})", regs(items)),
            Op::BuildSet { dst, items } => format!("r{dst} = build_set {{{}}}", regs(items)),
            Op::BuildDict { dst, items } => format!("r{dst} = build_dict {{{}}}", regs(items)),
            Op::ListAppend { list, item } => format!("list_append r{list}, r{item}"),
            Op::ListExtend { list, iterable, call } => format!(
                "list_extend r{list}, r{iterable}{}",
                call.map(|c| format!(" for r{c}")).unwrap_or_default()
            ),
            Op::SetAdd { set, item } => format!("set_add r{set}, r{item}"),
            Op::SetUpdate { set, iterable } => format!("set_update r{set}, r{iterable}"),
            Op::DictSet { dict, key, value } => format!("dict_set r{dict}[r{key}] = r{value}"),
            Op::DictUpdate { dict, mapping } => format!("dict_update r{dict}, r{mapping}"),
            Op::DictMerge { dict, mapping, func } => format!("dict_merge r{dict}, r{mapping} for r{func}"),
            Op::ListToTuple { dst, list } => format!("r{dst} = list_to_tuple r{list}"),
            Op::BuildString { dst, parts } => format!("r{dst} = build_string {}", regs(parts)),
            Op::FormatValue { dst, value, conversion, spec } => {
                format!("r{dst} = format_value r{value} conv={} spec={}", conversion, opt(spec))
            }
            Op::GetIter { dst, src } => format!("r{dst} = get_iter r{src}"),
            Op::CallGlobals { dst, func } => format!("r{dst} = call_globals r{func}"),
            Op::CallLocals { dst, func, dict } => format!("r{dst} = call_locals r{func} dict=r{dict}"),
            Op::Unpack { dsts, src } => format!("{} = unpack r{src}", regs(dsts)),
            Op::UnpackEx { before, star, after, src } => {
                format!("[{}], *r{star}, [{}] = unpack_ex r{src}", regs(before), regs(after))
            }
            Op::MakeFunction { dst, code, defaults, kwdefaults, closure } => format!(
                "r{dst} = make_function code{code} defaults={} kwdefaults={} closure=[{}]",
                opt(defaults),
                opt(kwdefaults),
                regs(closure)
            ),
            Op::MakeClass { dst, body, name, bases, .. } => {
                format!("r{dst} = make_class {} body=r{body} bases=[{}]", n(name), regs(bases))
            }
            Op::Import { dst, module, level, fromlist } => {
                format!("r{dst} = import {} level={level}{}", n(module), if *fromlist { " from" } else { "" })
            }
            Op::ImportFrom { dst, module, name } => format!("r{dst} = import_from r{module}.{}", n(name)),
            Op::ImportStar { module } => format!("import_star r{module}"),
            Op::GetException { dst } => format!("r{dst} = get_exception"),
            Op::EnterExcept { exc } => format!("enter_except r{exc}"),
            Op::ExitExcept => "exit_except".into(),
            Op::ExcMatch { dst, exc, typ } => format!("r{dst} = exc_match r{exc}, r{typ}"),
            Op::WithEnter { exit, value, mgr } => format!("r{exit}, r{value} = with_enter r{mgr}"),
            Op::WithExit { dst, exit, exc } => format!("r{dst} = with_exit r{exit}({})", opt(exc)),
            Op::YieldFromSend { value, done, iter, sent } => {
                format!("r{value}, r{done} = yield_from_send r{iter}, r{sent}")
            }
            Op::Nop => "nop".into(),
        }
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "function {} ({:?}{}) regs={} slots={}",
            self.qualname,
            self.kind,
            if self.is_generator { ", generator" } else { "" },
            self.nregs,
            self.nslots
        )?;
        let locals: Vec<String> = self
            .local_names
            .iter()
            .enumerate()
            .filter(|(_, n)| !n.is_empty())
            .map(|(i, n)| format!("r{i}={n}"))
            .collect();
        if !locals.is_empty() {
            writeln!(f, "  locals: {}", locals.join(" "))?;
        }
        for (i, b) in self.blocks.iter().enumerate() {
            match b.handler {
                Some(h) => writeln!(f, "block{i}: (handler block{h})")?,
                None => writeln!(f, "block{i}:")?,
            }
            for ins in &b.instrs {
                writeln!(f, "  {:<60} # line {}", self.fmt_op(&ins.op), ins.line)?;
            }
            let t = match &b.term {
                Terminator::Jump(t) => format!("jump block{t}"),
                Terminator::Branch { cond, then, els, slot } => format!("branch r{cond} block{then} block{els} @{slot}"),
                Terminator::ForIter { iter, dst, body, exit, slot } => {
                    format!("r{dst} = for_iter r{iter} body=block{body} exit=block{exit} @{slot}")
                }
                Terminator::Return(r) => format!("return r{r}"),
                Terminator::Raise { exc, cause } => format!("raise {} from {}", opt(exc), opt(cause)),
                Terminator::Reraise(r) => format!("reraise r{r}"),
                Terminator::Yield { value, dst, resume } => format!("r{dst} = yield r{value} resume=block{resume}"),
                Terminator::Unreachable => "unreachable".into(),
            };
            writeln!(f, "  {t:<60} # line {}", b.term_line)?;
        }
        Ok(())
    }
}
