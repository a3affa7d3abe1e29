//! Tier 0: the interpreter over Molt IR. Executes blocks of instructions over a register file,
//! records type feedback and hotness, dispatches exceptions along handler edges, and runs
//! generators as resumable frames.

use crate::code::{self, kind, CodeObject, CompiledExit};
use crate::ir::{Op, Reg, Terminator};
use molt_runtime::attr_site::{self, AttrWay};
use molt_runtime::call::{call_kw, GenStep};
use molt_runtime::exceptions::{self as exc, new_exc, type_error};
use molt_runtime::object::*;
use molt_runtime::ops::{self, CmpOp};
use molt_runtime::types::{self, TypeId};
use molt_runtime::{intern, str_of, Exc, PyResult, Value};
use molt_runtime::regstack::RegFile;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// Exceptions being handled (`except` clauses entered), innermost last.
    static HANDLED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// The calls left under the recursion limit, the limit, and the lowest native stack
    /// address Python code may reach — one thread-local read per call.
    static CALLS: CallState = const { CallState { room: Cell::new(1000), limit: Cell::new(1000), stack_floor: Cell::new(0) } };
    pub static STATS: RefCell<Stats> = RefCell::new(Stats::default());
}

#[derive(Default)]
pub struct Stats {
    pub enabled: bool,
    pub instructions: u64,
}

/// The calls left under the recursion limit, and the limits; `repr(C)` because compiled
/// code calling compiled code maintains it in place (see `call_state`).
#[repr(C)]
pub struct CallState {
    /// How many more calls the recursion limit allows: the limit less the call depth
    /// (negative when the limit was lowered below the depth). A call takes one, its return
    /// gives it back.
    pub room: Cell<i32>,
    pub limit: Cell<u32>,
    /// Calls must leave the native stack pointer above this.
    pub stack_floor: Cell<usize>,
}

/// This thread's call state (it lives as long as the thread).
pub fn call_state() -> *const CallState {
    CALLS.with(|c| c as *const CallState)
}

pub fn set_recursion_limit(n: u32) {
    // (`sys.setrecursionlimit` takes a C int, so the room, that limit less the depth, is
    // exact in an i32; the clamp only guards other callers.)
    CALLS.with(|c| {
        let room = i64::from(c.room.get()) + i64::from(n) - i64::from(c.limit.get());
        c.room.set(room.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32);
        c.limit.set(n);
    });
}
pub fn recursion_limit() -> u32 {
    CALLS.with(|c| c.limit.get())
}

/// Records the native stack the interpreter runs on, so deep recursion raises RecursionError
/// before the native stack runs out (with 1 MiB to spare for builtins and the error path).
pub fn set_stack_bounds(base: usize, size: usize) {
    CALLS.with(|c| c.stack_floor.set(base.saturating_sub(size) + (1 << 20)));
}

/// Enters a Python call: `false` when the recursion limit or the native stack is exhausted.
#[inline(always)]
pub fn enter_call() -> bool {
    CALLS.with(|c| {
        let r = c.room.get() - 1;
        c.room.set(r);
        let here = &r as *const i32 as usize;
        r >= 0 && here > c.stack_floor.get()
    })
}

#[inline(always)]
pub fn leave_call() {
    CALLS.with(|c| c.room.set(c.room.get() + 1));
}

pub fn recursion_error() -> Exc {
    new_exc(TypeId::RecursionError, "maximum recursion depth exceeded".into())
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    pub regs: RegFile,
    pub globals: Value,
    /// Class bodies: the namespace being filled.
    pub ns: Option<Value>,
    pub block: u32,
    /// The exception travelling to the current handler block.
    pub exc: Option<Value>,
    pub handled_base: usize,
    /// Generators: the iterator a `yield from` is delegating to while suspended in it.
    pub delegate: Option<Value>,
    /// Generators: an exception thrown in while delegating, forwarded by the next
    /// `YieldFromSend`.
    pub pending_throw: Option<Value>,
    /// The function a call runs (its caller keeps it alive for the call), so compiled code
    /// can take the frame over; null for generators, class bodies and modules.
    pub func: *const FunctionObj,
    /// A frame continuing a call whose frameless code deoptimized: the address of that
    /// compiled code, which does not take the frame over again (code compiled since may:
    /// each deoptimized frame runs inside the machine code that gave up, so this bounds the
    /// nesting by the number of times a function is compiled). 0 otherwise.
    pub resumed_from: usize,
}

/// How a frame run ended.
pub enum Exit {
    Return(Value),
    Yield(Value, Reg, u32),
}

pub struct GenState {
    pub frame: Frame,
    pub started: bool,
    pub running: bool,
    pub done: bool,
    /// Where the next resume writes the sent value, and which block it resumes.
    pub resume: Option<(Reg, u32)>,
    /// The line of the yield the generator is suspended at (where a throw() appears).
    pub yield_line: u32,
    /// Exceptions being handled when the generator suspended inside `except` clauses: they
    /// are the handled exceptions again when it resumes (a bare `raise` re-raises them).
    pub saved_handled: Vec<Value>,
}

thread_local! {
    static SHUTTING_DOWN: Cell<bool> = const { Cell::new(false) };
}

/// The exception currently being handled (`sys.exception()`), if any.
pub fn current_exception() -> Option<Value> {
    HANDLED.with(|h| h.borrow().last().cloned())
}

/// After this, objects released during process teardown run no Python code.
pub fn begin_shutdown() {
    SHUTTING_DOWN.with(|s| s.set(true));
}

impl Drop for GenState {
    /// A generator released while suspended is closed, as CPython finalizes it: GeneratorExit
    /// is raised at the suspended yield so its `finally` blocks and `with` exits run.
    fn drop(&mut self) {
        if !self.started || self.done {
            return;
        }
        if SHUTTING_DOWN.try_with(|s| s.get()).unwrap_or(true) {
            return;
        }
        let Some((_, block)) = self.resume.take() else { return };
        self.done = true;
        let frame = &mut self.frame;
        frame.block = block;
        let ge = new_exc(TypeId::GeneratorExit, String::new()).0;
        if frame.delegate.is_some() {
            frame.pending_throw = Some(ge);
        } else {
            match frame.code.ir.blocks[block as usize].handler {
                Some(h) => {
                    frame.exc = Some(ge);
                    frame.block = h;
                }
                None => return,
            }
        }
        frame.handled_base = usize::MAX;
        let _ = run(frame);
        restore_handled(frame);
    }
}

#[inline(always)]
fn fast_int_binop(op: molt_runtime::ops::BinOp, a: i64, b: i64) -> Option<Value> {
    use molt_runtime::ops::BinOp;
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        // Python's floor division and modulo (rounding toward negative infinity).
        BinOp::FloorDiv if b != 0 => a.div_euclid(b) - i64::from(b < 0 && a.rem_euclid(b) != 0),
        BinOp::Mod if b != 0 => {
            let m = a.rem_euclid(b);
            if b < 0 && m != 0 {
                m + b
            } else {
                m
            }
        }
        BinOp::RShift if (0..64).contains(&b) => a >> b,
        BinOp::LShift if (0..64).contains(&b) => i64::try_from(i128::from(a) << b).ok()?,
        _ => return None,
    };
    if (molt_runtime::value::SMALL_INT_MIN..=molt_runtime::value::SMALL_INT_MAX).contains(&r) {
        Some(Value::small_int(r))
    } else {
        None
    }
}

/// Float arithmetic on two floats or a float and a small int (exactly representable: small
/// ints fit in 53 bits); `None` defers to the generic path (division by zero, other ops).
#[inline]
fn fast_float_binop(op: molt_runtime::ops::BinOp, x: &Value, y: &Value) -> Option<Value> {
    use molt_runtime::ops::BinOp;
    let num = |v: &Value| {
        if v.is_float() {
            Some(v.as_float())
        } else if v.is_small_int() {
            Some(v.as_small_int() as f64)
        } else {
            None
        }
    };
    if !(x.is_float() || y.is_float()) {
        return None;
    }
    let (a, b) = (num(x)?, num(y)?);
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv if b != 0.0 => a / b,
        _ => return None,
    };
    Some(Value::float(r))
}

/// A comparison of two numbers of one Rust type (small ints, or floats: IEEE comparisons are
/// Python's, NaN comparing unequal to everything).
#[inline(always)]
fn compare_ordered<T: PartialOrd>(op: CmpOp, p: T, q: T) -> bool {
    match op {
        CmpOp::Lt => p < q,
        CmpOp::Le => p <= q,
        CmpOp::Eq => p == q,
        CmpOp::Ne => p != q,
        CmpOp::Gt => p > q,
        CmpOp::Ge => p >= q,
    }
}

/// `x op y` (`x op= y` when `inplace`) for `Binary` and `Inplace`, recording the operand
/// kinds in `fb`: small ints and floats inline (numbers have no in-place methods: `x op= y`
/// is `x op y` for them), the rest through the runtime. One store of the result follows, so
/// the interpreter loop has one place that releases the register's old value.
#[inline(always)]
fn arith(fb: &Cell<u32>, op: molt_runtime::ops::BinOp, x: &Value, y: &Value, inplace: bool) -> PyResult<Value> {
    if x.is_small_int() && y.is_small_int() {
        fb.set(fb.get() | kind::INT);
        if let Some(r) = fast_int_binop(op, x.as_small_int(), y.as_small_int()) {
            return Ok(r);
        }
        // Small ints whose result is not one (a big int, or an error): compiled code must not
        // assume small-int results here.
        if !matches!(op, molt_runtime::ops::BinOp::TrueDiv | molt_runtime::ops::BinOp::Pow) {
            fb.set(fb.get() | kind::BIGINT);
        }
    } else if let Some(r) = float_pair_binop(fb, op, x, y) {
        return Ok(r);
    }
    observe(fb, x);
    observe(fb, y);
    if let Some(r) = fast_float_binop(op, x, y) {
        return Ok(r);
    }
    if inplace {
        ops::inplace_op(x, y, op)
    } else {
        ops::binary_op(x, y, op)
    }
}

/// `x op y` for two floats, recorded in the feedback slot, when `fast_float_binop` computes
/// it (the common case first: float kernels spend most of their time here).
#[inline(always)]
fn float_pair_binop(slot: &Cell<u32>, op: molt_runtime::ops::BinOp, x: &Value, y: &Value) -> Option<Value> {
    if !(x.is_float() && y.is_float()) {
        return None;
    }
    let r = fast_float_binop(op, x, y)?;
    slot.set(slot.get() | kind::FLOAT);
    Some(r)
}

#[inline(always)]
fn observe(slot: &Cell<u32>, v: &Value) {
    slot.set(slot.get() | kind_of(v));
}

/// The feedback kind of `v` (`code::kind`); numbers inline, the rest out of line.
#[inline(always)]
fn kind_of(v: &Value) -> u32 {
    if v.is_small_int() {
        kind::INT
    } else if v.is_float() {
        kind::FLOAT
    } else {
        match v.obj() {
            Some(Obj::Instance(_)) => kind::INSTANCE,
            Some(Obj::List(_)) => kind::LIST,
            Some(Obj::Str(_)) => kind::STR,
            _ => kind_of_other(v),
        }
    }
}

#[inline(never)]
fn kind_of_other(v: &Value) -> u32 {
    if v.is_bool() {
        kind::BOOL
    } else if v.is_none() {
        kind::NONE
    } else {
        match v.obj() {
            Some(Obj::Str(_)) => kind::STR,
            Some(Obj::List(_)) => kind::LIST,
            Some(Obj::Tuple(_)) => kind::TUPLE,
            Some(Obj::Dict(_)) => kind::DICT,
            Some(Obj::Instance(_)) => kind::INSTANCE,
            Some(Obj::Int(_)) => kind::BIGINT,
            Some(Obj::Function(_)) => kind::FUNCTION,
            Some(Obj::Class(c)) if molt_runtime::construct::plain_class(c) => kind::CLASS,
            Some(Obj::BoundMethod { .. }) => kind::METHOD,
            _ => kind::OTHER,
        }
    }
}

pub fn unbound_error(code: &CodeObject, r: Reg) -> Exc {
    match code.ir.name_of_local(r) {
        Some(n) => new_exc(
            TypeId::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        ),
        None => exc::runtime_error(format!("internal error: read of unset register r{r}")),
    }
}

/// Whether `v` is an exception class or instance; instantiates classes.
fn make_exception(v: &Value) -> PyResult<Value> {
    if exc::is_exception_instance(v) {
        return Ok(v.clone());
    }
    if exc::is_exception_class(v) {
        let e = molt_runtime::call::call(v, &[])?;
        if !exc::is_exception_instance(&e) {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                molt_runtime::repr::repr(v)?,
                types::type_name(&e)
            )));
        }
        return Ok(e);
    }
    Err(type_error("exceptions must derive from BaseException"))
}

pub fn set_context(e: &Value) {
    HANDLED.with(|h| {
        let h = h.borrow();
        if let Some(top) = h.last() {
            if top.is(e) {
                return;
            }
            if let Some(st) = exc::exc_state(e) {
                let mut st = st.borrow_mut();
                if st.context.is_none() {
                    // Avoid a cycle through the chain.
                    let mut cur = top.clone();
                    loop {
                        if cur.is(e) {
                            return;
                        }
                        let next = match exc::exc_state(&cur) {
                            Some(s) => s.borrow().context.clone(),
                            None => Value::NONE,
                        };
                        if next.is_none() {
                            break;
                        }
                        cur = next;
                    }
                    st.context = top.clone();
                }
            }
        }
    });
}

/// Drops the handled-exception entries a frame pushed and did not pop (it left by an
/// exception or a yield).
#[inline(always)]
fn restore_handled(frame: &Frame) {
    if frame.handled_base != usize::MAX {
        let base = frame.handled_base;
        HANDLED.with(|h| h.borrow_mut().truncate(base));
    }
}

fn kwnames_of(code: &CodeObject, k: Option<u32>) -> &[Value] {
    match k {
        Some(k) => molt_runtime::tuple_items(&code.consts[k as usize]),
        None => &[],
    }
}

/// Calls a function object with vectorcall arguments (the runtime's hook).
pub fn call_function(func: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(Obj::Function(f)) = func.obj() else { unreachable!("call_function on a function") };
    let code = f.code.clone().downcast::<CodeObject>().map_err(|_| exc::runtime_error("foreign code object"))?;
    count_call(&code);
    let p = &code.ir.params;
    let plain = kwnames.is_empty() && p.nkwonly == 0 && !p.vararg && !p.kwarg && !code.ir.is_generator;
    if plain && args.len() < p.npos as usize && p.npos as usize <= INLINE_ARGS {
        if let Some(c) = code.compiled.get().filter(|c| c.has_direct()) {
            // Positional arguments and the defaults of the parameters after them go straight
            // into the frameless code.
            let npos = p.npos as usize;
            let defaults = f.defaults.borrow();
            let missing = npos - args.len();
            if missing <= defaults.len() {
                let mut buf: [Value; INLINE_ARGS] = Default::default();
                buf[..args.len()].clone_from_slice(args);
                buf[args.len()..npos].clone_from_slice(&defaults[defaults.len() - missing..]);
                drop(defaults);
                return c.call(&code, f, &buf[..npos]);
            }
        }
    }
    if plain && args.len() == p.npos as usize {
        if let Some(c) = code.compiled.get().filter(|c| c.has_direct()) {
            return c.call(&code, f, args);
        }
        // Exact positional call: arguments go straight into the register window.
        let mut regs = RegFile::on_stack(code.ir.nregs as usize).ok_or_else(recursion_error)?;
        regs[..args.len()].clone_from_slice(args);
        init_cells(&code, f, &mut regs);
        return enter_frame(code, f, regs);
    }
    let mut bound = Vec::with_capacity(code.ir.nregs as usize);
    bind_arguments(&code, f, args, kwnames, &mut bound)?;
    let n = code.ir.nregs as usize;
    let mut regs = if code.ir.is_generator {
        bound.resize(n, Value::UNBOUND);
        RegFile::heap(bound)
    } else {
        let mut r = RegFile::on_stack(n).ok_or_else(recursion_error)?;
        for (i, v) in bound.into_iter().enumerate() {
            r[i] = v;
        }
        r
    };
    init_cells(&code, f, &mut regs);
    enter_frame(code, f, regs)
}

/// Calls a function with positional arguments taken straight from the caller's registers
/// (the common case: no keywords, exact arity), avoiding an argument vector. A method call
/// passes its receiver as the first argument.
#[inline]
fn call_function_from_regs(func: &Value, f: &FunctionObj, caller: &mut Frame, code_ref: &CodeObject, receiver: Option<Value>, args: &[Reg], kills: &[Reg]) -> PyResult<Value> {
    let Ok(code) = f.code.clone().downcast::<CodeObject>() else {
        return Err(exc::runtime_error("foreign code object"));
    };
    let p = &code.ir.params;
    let nargs = args.len() + receiver.is_some() as usize;
    if p.npos as usize != nargs || p.nkwonly != 0 || p.vararg || p.kwarg || code.ir.is_generator {
        let mut argv: Vec<Value> = Vec::with_capacity(nargs);
        argv.extend(receiver);
        for a in args {
            argv.push(take_arg(caller, code_ref, *a, kills)?);
        }
        return call_function(func, &argv, &[]);
    }
    count_call(&code);
    if let Some(c) = code.compiled.get().filter(|c| c.has_direct()) {
        // Frameless compiled code: the arguments go straight into it.
        if nargs <= INLINE_ARGS {
            let mut buf: [Value; INLINE_ARGS] = Default::default();
            let first = receiver.is_some() as usize;
            if let Some(r) = receiver {
                buf[0] = r;
            }
            for (i, a) in args.iter().enumerate() {
                buf[first + i] = take_arg(caller, code_ref, *a, kills)?;
            }
            return c.call(&code, f, &buf[..nargs]);
        }
    }
    let mut regs = RegFile::on_stack(code.ir.nregs as usize).ok_or_else(recursion_error)?;
    let first = receiver.is_some() as usize;
    if let Some(r) = receiver {
        regs[0] = r;
    }
    for (i, a) in args.iter().enumerate() {
        regs[first + i] = take_arg(caller, code_ref, *a, kills)?;
    }
    init_cells(&code, f, &mut regs);
    enter_frame(code, f, regs)
}

/// Counts a call; at the code's tier-up point, asks the tier policy to compile it.
#[inline(always)]
fn count_call(code: &Rc<CodeObject>) {
    let n = code.calls.get() + 1;
    code.calls.set(n);
    if n >= code.hot_calls.get() {
        code.hot_block.set(u32::MAX);
        code::tier_up(code);
    }
}

/// Counts a loop back-edge (to block `to`), like `count_call`.
#[inline(always)]
fn count_backedge(code: &Rc<CodeObject>, to: u32) {
    let n = code.backedges.get() + 1;
    code.backedges.set(n);
    if n >= code.hot_loops.get() {
        code.hot_block.set(to);
        code::tier_up(code);
    }
}

#[inline(always)]
fn init_cells(code: &CodeObject, f: &FunctionObj, regs: &mut RegFile) {
    if code.ir.cells.is_empty() && code.ir.freevars.is_empty() {
        return;
    }
    for (cell, init) in &code.ir.cells {
        let v = match init {
            Some(p) => regs[*p as usize].clone(),
            None => Value::UNBOUND,
        };
        regs[*cell as usize] = Value::new(Obj::Cell(RefCell::new(v)));
    }
    for (i, r) in code.ir.freevars.iter().enumerate() {
        regs[*r as usize] = f.closure[i].clone();
    }
}

fn enter_frame(code: Rc<CodeObject>, f: &FunctionObj, regs: RegFile) -> PyResult<Value> {
    let is_generator = code.ir.is_generator;
    let mut frame = Frame {
        code,
        regs,
        globals: f.globals.clone(),
        ns: None,
        block: 0,
        exc: None,
        handled_base: usize::MAX,
        delegate: None,
        pending_throw: None,
        func: if is_generator { std::ptr::null() } else { f },
        resumed_from: 0,
    };
    if is_generator {
        let state = GenState { frame, started: false, running: false, done: false, resume: None, yield_line: 0, saved_handled: Vec::new() };
        return Ok(Value::new(Obj::Generator(RefCell::new(Some(Box::new(state))), f.name.borrow().clone())));
    }
    run_call(&mut frame)
}

/// Runs a new frame to its end, in place (a frame is too big to move around cheaply).
#[inline(always)]
fn run_call(frame: &mut Frame) -> PyResult<Value> {
    let started = frame.code.profiling.then(std::time::Instant::now);
    let r = if !enter_call() {
        Err(recursion_error())
    } else {
        // Compiled code runs first when there is some; most calls end right there.
        let first = frame.code.compiled.get().map(|c| c.run(frame));
        let r = run_after(frame, first);
        restore_handled(frame);
        r
    };
    leave_call();
    if let Some(t) = started {
        frame.code.record_duration(t);
    }
    match r {
        Ok(Exit::Return(v)) => Ok(v),
        Ok(Exit::Yield(..)) => Err(exc::runtime_error("internal error: yield from a non-generator")),
        Err(e) => Err(e),
    }
}

/// Continues a frameless compiled call in the interpreter from instruction `idx` of `block`,
/// where its machine code deoptimized, with the call's registers (owned words). The compiled
/// entry already counted the call's depth.
/// `func` is the function being called (its caller keeps it alive) and `from` the compiled
/// code that gave up (`Frame::resumed_from`).
pub fn resume_deoptimized(code: Rc<CodeObject>, func: &FunctionObj, from: usize, regs: Vec<Value>, block: u32, idx: u32) -> PyResult<Value> {
    let globals = func.globals.clone();
    let mut frame = Frame {
        code,
        regs: RegFile::heap(regs),
        globals,
        ns: None,
        block,
        exc: None,
        handled_base: usize::MAX,
        delegate: None,
        pending_throw: None,
        func,
        resumed_from: from,
    };
    let r = run_after(&mut frame, Some(CompiledExit::Resume(idx)));
    restore_handled(&frame);
    match r {
        Ok(Exit::Return(v)) => Ok(v),
        Ok(Exit::Yield(..)) => Err(exc::runtime_error("internal error: yield from a non-generator")),
        Err(e) => Err(e),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Binds call arguments to parameter registers, with CPython's error messages.
fn bind_arguments(code: &CodeObject, f: &FunctionObj, args: &[Value], kwnames: &[Value], regs: &mut Vec<Value>) -> PyResult<()> {
    let p = &code.ir.params;
    let npos_params = p.npos as usize;
    let nargs = args.len() - kwnames.len();
    let defaults = f.defaults.borrow();
    let qual = || str_of(&f.qualname.borrow()).to_string();
    // Fast path: exact positional call.
    if kwnames.is_empty() && nargs == npos_params && p.nkwonly == 0 && !p.vararg && !p.kwarg {
        regs.extend(args.iter().cloned());
        return Ok(());
    }
    let total = p.count() as usize;
    regs.resize(total, Value::UNBOUND);
    let npos_given = nargs.min(npos_params);
    regs[..npos_given].clone_from_slice(&args[..npos_given]);
    let mut slot = npos_params + p.nkwonly as usize;
    if p.vararg {
        let extra = if nargs > npos_params { args[npos_params..nargs].to_vec() } else { vec![] };
        regs[slot] = molt_runtime::tuple_new(extra);
        slot += 1;
    } else if nargs > npos_params {
        let ndef = defaults.len();
        let kwonly_given = kwnames
            .iter()
            .filter(|k| p.names[npos_params..].iter().any(|n| n == str_of(k)))
            .count();
        let takes = if ndef > 0 {
            format!("from {} to {}", npos_params - ndef, npos_params)
        } else {
            npos_params.to_string()
        };
        let takes_word = if ndef == 0 && npos_params == 1 { "positional argument" } else { "positional arguments" };
        let extra = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if nargs == 1 { "" } else { "s" },
                kwonly_given,
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        return Err(type_error(format!(
            "{}() takes {takes} {takes_word} but {nargs}{} {} given",
            qual(),
            extra,
            if nargs == 1 && kwonly_given == 0 { "was" } else { "were" }
        )));
    }
    let kwdict = if p.kwarg { Some(molt_runtime::dict_new()) } else { None };
    let mut posonly_as_kw = Vec::new();
    for (i, k) in kwnames.iter().enumerate() {
        let v = &args[nargs + i];
        let name = str_of(k);
        let idx = p.names.iter().position(|n| n == name);
        match idx {
            Some(j) if j >= p.posonly as usize => {
                if !regs[j].is_unbound() {
                    return Err(type_error(format!("{}() got multiple values for argument '{name}'", qual())));
                }
                regs[j] = v.clone();
            }
            _ => match &kwdict {
                Some(d) => {
                    molt_runtime::builtins::dict::dict_set(d, k.clone(), v.clone())?;
                }
                None => {
                    if idx.is_some() {
                        posonly_as_kw.push(name.to_string());
                        continue;
                    }
                    return Err(type_error(format!("{}() got an unexpected keyword argument '{name}'", qual())));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qual(),
            posonly_as_kw.join(", ")
        )));
    }
    if let Some(d) = kwdict {
        regs[slot] = d;
    }
    // Defaults for missing positionals.
    let ndef = defaults.len();
    let first_default = npos_params - ndef;
    let mut missing = Vec::new();
    for i in 0..npos_params {
        if regs[i].is_unbound() {
            if i >= first_default {
                regs[i] = defaults[i - first_default].clone();
            } else {
                missing.push(p.names[i].as_str());
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qual(),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let kwdefaults = f.kwdefaults.borrow();
    let mut missing_kw = Vec::new();
    for (i, reg) in regs.iter_mut().enumerate().take(npos_params + p.nkwonly as usize).skip(npos_params) {
        if reg.is_unbound() {
            let name = &p.names[i];
            let d = if kwdefaults.is_none() { None } else { molt_runtime::builtins::dict::dict_get_str(&kwdefaults, name) };
            match d {
                Some(v) => *reg = v,
                None => missing_kw.push(name.as_str()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qual(),
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    let _ = plural;
    Ok(())
}

macro_rules! get {
    ($frame:expr, $r:expr) => {{
        let v = &$frame.regs[$r as usize];
        if v.is_unbound() {
            return Err(unbound_error(&$frame.code, $r));
        }
        v
    }};
}

/// Runs a frame from its current block until it returns, yields or raises.
pub fn run(frame: &mut Frame) -> PyResult<Exit> {
    run_after(frame, None)
}

/// Like `run`, after compiled code already ran from the frame's block and ended with `first`.
#[inline(always)]
fn run_after(frame: &mut Frame, mut first: Option<CompiledExit>) -> PyResult<Exit> {
    loop {
        let step = match first.take() {
            None => run_until_error(frame, 0),
            Some(CompiledExit::Return(v)) => Ok(Exit::Return(v)),
            Some(CompiledExit::Error(e, line)) => Err((e, line, false)),
            Some(CompiledExit::Resume(i)) => run_until_error(frame, i as usize),
            Some(CompiledExit::Raised(e)) => Err((e, 0, true)),
            Some(CompiledExit::Interpret) => run_until_error(frame, 0),
        };
        match step {
            Ok(exit) => return Ok(exit),
            Err((e, line, reraise)) => {
                let e = e.0;
                if !reraise {
                    set_context(&e);
                }
                // Frames of the embedded stdlib stand for CPython's C modules, which add none.
                if !reraise && !frame.code.filename.starts_with("<molt-stdlib>") {
                    exc::push_traceback(
                        &e,
                        TbEntry { file: frame.code.filename.clone(), line, func: frame.code.name.clone() },
                    );
                }
                let handler = frame.code.ir.blocks[frame.block as usize].handler;
                match handler {
                    Some(h) => {
                        frame.exc = Some(e);
                        frame.block = h;
                    }
                    None => return Err(Exc(e)),
                }
            }
        }
    }
}

type StepErr = (Exc, u32, bool);

/// Interprets from instruction `start` of `frame.block` (non-zero after compiled code hands
/// over in the middle of a block), entering compiled code at later block starts.
fn run_until_error(frame: &mut Frame, mut start: usize) -> Result<Exit, StepErr> {
    let code = frame.code.clone();
    let blocks = &code.ir.blocks;
    loop {
        if start == 0 {
            if let Some(c) = code.compiled.get() {
                match c.run(frame) {
                    CompiledExit::Return(v) => return Ok(Exit::Return(v)),
                    CompiledExit::Error(e, line) => return Err((e, line, false)),
                    // Already in the traceback, and in the context (see `note_raise`).
                    CompiledExit::Raised(e) => return Err((e, 0, true)),
                    CompiledExit::Resume(i) => start = i as usize,
                    CompiledExit::Interpret => {}
                }
            }
        }
        let b = &blocks[frame.block as usize];
        if code.count_instrs {
            code.interp_instrs.set(code.interp_instrs.get() + (b.instrs.len() - start) as u64 + 1);
        }
        for ins in &b.instrs[start..] {
            let kills: &[Reg] = if ins.kills.len == 0 { &[] } else { code.ir.kills(ins.kills) };
            if let Err(e) = exec(frame, &code, &ins.op, kills) {
                return Err((e, ins.line, false));
            }
            for r in kills {
                let slot = &mut frame.regs[*r as usize];
                if slot.is_heap() {
                    *slot = Value::UNBOUND;
                }
            }
        }
        start = 0;
        let line = b.term_line;
        match &b.term {
            Terminator::Jump(t) => {
                if *t <= frame.block {
                    count_backedge(&code, *t);
                }
                frame.block = *t;
            }
            Terminator::Branch { cond, then, els, slot } => {
                let c = &frame.regs[*cond as usize];
                let t = if c.is_bool() {
                    c.as_bool()
                } else {
                    observe(&code.feedback[*slot as usize], c);
                    match ops::truthy(c) {
                        Ok(t) => t,
                        Err(e) => return Err((e, line, false)),
                    }
                };
                if code.profiling {
                    code.count_branch(*slot, t);
                }
                let target = if t { *then } else { *els };
                if target <= frame.block {
                    count_backedge(&code, target);
                }
                frame.block = target;
            }
            Terminator::ForIter { iter, dst, body, exit, slot } => {
                let step = match molt_runtime::builtins::iters::range_step(&frame.regs[*iter as usize]) {
                    Some(step) => Ok(step),
                    None => {
                        let it = frame.regs[*iter as usize].clone();
                        ops::iter_next(&it)
                    }
                };
                match step {
                    Ok(Some(v)) => {
                        // What the loop's items are (compiled code may assume small ints).
                        observe(&code.feedback[*slot as usize], &v);
                        frame.regs[*dst as usize] = v;
                        frame.block = *body;
                    }
                    Ok(None) => frame.block = *exit,
                    Err(e) => return Err((e, line, false)),
                }
            }
            Terminator::Return(r) => {
                let v = frame.regs[*r as usize].clone();
                return Ok(Exit::Return(v));
            }
            Terminator::Raise { exc: e, cause } => {
                let r = raise(frame, *e, *cause);
                return Err((r.0, line, r.1));
            }
            Terminator::Reraise(r) => {
                let e = frame.regs[*r as usize].clone();
                return Err((Exc(e), line, true));
            }
            Terminator::Yield { value, dst, resume } => {
                let v = frame.regs[*value as usize].clone();
                return Ok(Exit::Yield(v, *dst, *resume));
            }
            Terminator::Unreachable => {
                return Err((exc::runtime_error("internal error: reached an unreachable block"), line, false));
            }
        }
    }
}

// ---------------------------------------------------------------- steps for compiled code

/// Executes instruction `idx` of block `block` with tier 0's semantics, then releases the
/// temporaries it kills: compiled code calls this for every instruction it does not
/// specialize, so both tiers share one definition of each instruction.
pub fn step_instr(frame: &mut Frame, code: &CodeObject, block: u32, idx: u32) -> PyResult<()> {
    let ins = &code.ir.blocks[block as usize].instrs[idx as usize];
    let kills = code.ir.kills(ins.kills);
    exec(frame, code, &ins.op, kills)?;
    for r in kills {
        let slot = &mut frame.regs[*r as usize];
        if slot.is_heap() {
            *slot = Value::UNBOUND;
        }
    }
    Ok(())
}

/// What the interpreter does when an exception leaves a frame of `code` at `line` (context
/// chaining and the traceback entry), for code that runs without a frame.
pub fn note_raise(code: &CodeObject, e: &Value, line: u32) {
    set_context(e);
    if !code.filename.starts_with("<molt-stdlib>") {
        exc::push_traceback(e, TbEntry { file: code.filename.clone(), line, func: code.name.clone() });
    }
}

/// Builds the exception for a `raise` terminator; the flag says whether it is a re-raise.
fn raise(frame: &mut Frame, e: Option<Reg>, cause: Option<Reg>) -> (Exc, bool) {
    let e = e.map(|r| frame.regs[r as usize].clone());
    let cause = cause.map(|r| frame.regs[r as usize].clone());
    raise_values(e.as_ref(), cause.as_ref())
}

/// The exception `raise e from cause` raises (`e: None`: a bare `raise`), and whether it is a
/// re-raise (which adds no traceback entry or context in the raising frame).
pub fn raise_values(e: Option<&Value>, cause: Option<&Value>) -> (Exc, bool) {
    let Some(v) = e else {
        let top = HANDLED.with(|h| h.borrow().last().cloned());
        return match top {
            Some(t) => (Exc(t), true),
            None => (exc::runtime_error("No active exception to reraise"), false),
        };
    };
    let ex = match make_exception(v) {
        Ok(x) => x,
        Err(err) => return (err, false),
    };
    if let Some(cv) = cause {
        let cause_v = if cv.is_none() {
            Value::NONE
        } else {
            match make_exception(cv) {
                Ok(x) => x,
                Err(_) => return (type_error("exception causes must derive from BaseException"), false),
            }
        };
        molt_runtime::attr::set_cause(&ex, cause_v);
    }
    (Exc(ex), false)
}

/// Reads a call argument: temporaries are single-use in lowered code, so their value is moved
/// out (released when the callee drops it, as CPython's stack would), locals are copied.
#[inline(always)]
fn take_arg(frame: &mut Frame, code: &CodeObject, r: Reg, kills: &[Reg]) -> PyResult<Value> {
    let slot = &mut frame.regs[r as usize];
    if slot.is_unbound() {
        return Err(unbound_error(code, r));
    }
    Ok(if kills.contains(&r) { std::mem::replace(slot, Value::UNBOUND) } else { slot.clone() })
}

/// Argument vectors of up to this many values live on the native stack.
const INLINE_ARGS: usize = 6;

/// Collects call arguments (after an optional receiver) and calls `func`; short argument
/// lists avoid a heap allocation.
fn call_with(frame: &mut Frame, code: &CodeObject, func: &Value, receiver: Option<Value>, args: &[Reg], kwnames: Option<u32>, kills: &[Reg]) -> PyResult<Value> {
    let n = args.len() + receiver.is_some() as usize;
    if n <= INLINE_ARGS {
        let mut buf: [Value; INLINE_ARGS] = Default::default();
        let mut i = 0;
        if let Some(r) = receiver {
            buf[0] = r;
            i = 1;
        }
        for a in args {
            buf[i] = take_arg(frame, code, *a, kills)?;
            i += 1;
        }
        return call_kw(func, &buf[..n], kwnames_of(code, kwnames));
    }
    let mut argv: Vec<Value> = Vec::with_capacity(n);
    argv.extend(receiver);
    for a in args {
        argv.push(take_arg(frame, code, *a, kills)?);
    }
    call_kw(func, &argv, kwnames_of(code, kwnames))
}

#[inline(never)]
fn call_op(frame: &mut Frame, code: &CodeObject, func: &Value, args: &[Reg], kwnames: Option<u32>, kills: &[Reg]) -> PyResult<Value> {
    // A bound method of a Python function (`add = obj.add; add(v)`): the function with the
    // receiver first, its arguments straight from the registers.
    if let (Some(Obj::BoundMethod { func: m, receiver }), None) = (func.obj(), kwnames) {
        if let Some(Obj::Function(mo)) = m.obj() {
            return call_function_from_regs(m, mo, frame, code, Some(receiver.clone()), args, kills);
        }
    }
    call_with(frame, code, func, None, args, kwnames, kills)
}

#[inline(always)]
fn op_load_global(frame: &mut Frame, code: &CodeObject, dst: Reg, name: u32, slot: u32) -> PyResult<()> {
    let v = load_global_value(frame, code, name, slot)?;
    frame.regs[dst as usize] = v;
    Ok(())
}

/// What `locals()` answers in `frame`: the class namespace in a class body, the globals at
/// module level, and in a function the dict kept in register `dict`, refreshed as CPython
/// 3.12 refreshes a frame's locals: parameters, other locals in the order the code first
/// refers to them, cell variables and free variables (the last two sorted by name); bound
/// ones set in place, unbound ones removed.
fn locals_of(frame: &mut Frame, code: &CodeObject, dict: Reg) -> PyResult<Value> {
    use molt_runtime::builtins::dict::{dict_remove, dict_set};
    if let Some(ns) = &frame.ns {
        return Ok(ns.clone());
    }
    let ir = &code.ir;
    if ir.kind == crate::ir::CodeKind::Module {
        return Ok(frame.globals.clone());
    }
    let d = match &frame.regs[dict as usize] {
        v if v.is_unbound() => {
            let d = molt_runtime::dict_new();
            frame.regs[dict as usize] = d.clone();
            d
        }
        v => v.clone(),
    };
    let name_of = |r: Reg| ir.name_of_local(r).unwrap_or("");
    let cell_regs: Vec<Reg> = ir.cells.iter().map(|(c, _)| *c).collect();
    let nparams = ir.params.count();
    let mut order: Vec<(Reg, bool)> = Vec::new();
    for r in 0..nparams {
        // A parameter captured by a closure lives in its cell.
        match ir.cells.iter().find(|(_, init)| *init == Some(r)) {
            Some((c, _)) => order.push((*c, true)),
            None => order.push((r, false)),
        }
    }
    order.extend(ir.local_order.iter().map(|r| (*r, false)));
    let param_cell = |c: Reg| ir.cells.iter().any(|(r, init)| *r == c && init.is_some());
    let mut cells: Vec<Reg> = cell_regs.iter().copied().filter(|c| !param_cell(*c)).collect();
    cells.sort_by_key(|r| name_of(*r));
    order.extend(cells.into_iter().map(|r| (r, true)));
    let mut frees = ir.freevars.clone();
    frees.sort_by_key(|r| name_of(*r));
    order.extend(frees.into_iter().map(|r| (r, true)));
    for (r, is_cell) in order {
        let v = if is_cell { cell_contents(&frame.regs[r as usize]) } else { frame.regs[r as usize].clone() };
        let key = molt_runtime::str_new(name_of(r));
        if v.is_unbound() {
            dict_remove(&d, &key)?;
        } else {
            dict_set(&d, key, v)?;
        }
    }
    Ok(d)
}

/// What a closure cell holds (unbound when empty).
pub fn cell_contents(c: &Value) -> Value {
    match c.obj() {
        Some(Obj::Cell(c)) => c.borrow().clone(),
        _ => Value::UNBOUND,
    }
}

/// The error for reading the empty cell in register `cell` of `code` (whose registers hold
/// `regs`): UnboundLocalError for its own variable, NameError for a free one.
pub fn deref_error_in(code: &CodeObject, regs: &[Value], globals: &Value, name: u32, cell: Reg) -> Exc {
    let n = str_of(&code.names[name as usize]);
    if code.ir.cells.iter().any(|(r, _)| *r == cell) {
        return new_exc(TypeId::UnboundLocalError, format!("cannot access local variable '{n}' where it is not associated with a value"));
    }
    let e = new_exc(
        TypeId::NameError,
        format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
    );
    add_name_suggestion_in(code, regs, globals, n, e)
}

/// A global (or builtin) load for code running without a frame: `None` when the name is
/// bound nowhere (the caller raises NameError with `name_error_in`).
pub fn load_global_frameless(globals: &Value, code: &CodeObject, name: u32, slot: u32) -> Option<Value> {
    if let Some(v) = cached_global_in(globals, code, slot) {
        return Some(v);
    }
    let n = &code.names[name as usize];
    let v = load_global_and_cache_in(globals, code, slot, n)?;
    observe(&code.feedback[slot as usize], &v);
    Some(v)
}

/// A global (or builtin) load through the site's inline cache.
#[inline(always)]
pub fn load_global_value(frame: &Frame, code: &CodeObject, name: u32, slot: u32) -> PyResult<Value> {
    if let Some(v) = cached_global(frame, code, slot) {
        return Ok(v);
    }
    let n = &code.names[name as usize];
    let v = load_global_and_cache(frame, code, slot, n)?;
    observe(&code.feedback[slot as usize], &v);
    Ok(v)
}

#[inline(always)]
fn op_load_attr(frame: &mut Frame, code: &CodeObject, dst: Reg, obj: Reg, name: u32, slot: u32) -> PyResult<()> {
    let o = get!(frame, obj);
    let v = load_attr_value(code, o, name, slot)?;
    frame.regs[dst as usize] = v;
    Ok(())
}

/// `o.name` through the site's inline cache.
#[inline(always)]
pub fn load_attr_value(code: &CodeObject, o: &Value, name: u32, slot: u32) -> PyResult<Value> {
    let fb = &code.feedback[slot as usize];
    observe(fb, o);
    let n = &code.names[name as usize];
    let v = match cached_attr(code, slot, o, n)? {
        Some(v) => v,
        None => {
            let v = molt_runtime::attr::getattr(o, n)?;
            fill_attr_cache(code, slot, o, n);
            v
        }
    };
    fb.set(fb.get() | (kind_of(&v) << kind::ITEM_SHIFT));
    Ok(v)
}

#[inline(always)]
fn op_store_attr(frame: &mut Frame, code: &CodeObject, obj: Reg, name: u32, src: Reg, slot: u32, kills: &[Reg]) -> PyResult<()> {
    let o = get!(frame, obj).clone();
    let v = take_arg(frame, code, src, kills)?;
    store_attr_value(code, &o, name, slot, v)
}

/// `o.name = v` through the site's inline cache: an ordinary instance whose class was seen
/// here takes the value straight into its dict entry.
pub fn store_attr_value(code: &CodeObject, o: &Value, name: u32, slot: u32, v: Value) -> PyResult<()> {
    observe(&code.feedback[slot as usize], o);
    let n = &code.names[name as usize];
    if let Some(Obj::Instance(inst)) = o.obj() {
        if let Some(way) = attr_way(code, slot, inst, attr_site::STORE_OK) {
            let old = {
                let mut t = inst.table().borrow_mut();
                let h = way.hint.get() as usize;
                if t.get_at_hint(h, n).is_some() {
                    Some(t.set_value_at(h, v))
                } else {
                    match t.append_absent_str(n, v) {
                        // A new attribute, in a dict made with room for it (`__init__`).
                        Ok(pos) => {
                            way.hint.set(pos as u64);
                            None
                        }
                        // Another attribute order (or a new attribute): an ordinary dict
                        // store, and the site remembers where the name is now. New
                        // instances of the class get room for as many attributes as this
                        // one has.
                        Err(v) => {
                            let (pos, old) = t.set_str_at(n.clone(), v);
                            way.hint.set(pos as u64);
                            let class = inst.class.borrow();
                            if let Some(c) = molt_runtime::types::as_class(&class) {
                                if t.len() > c.attr_hint.get() as usize {
                                    c.attr_hint.set(t.len().min(64) as u32);
                                }
                            }
                            old
                        }
                    }
                }
            };
            drop(old);
            return Ok(());
        }
    }
    molt_runtime::attr::setattr(o, n, v)?;
    fill_store_cache(code, slot, o, n);
    Ok(())
}

#[inline(always)]
fn op_get_item(frame: &mut Frame, code: &CodeObject, dst: Reg, obj: Reg, key: Reg, slot: u32) -> PyResult<()> {
    let (o, k) = (get!(frame, obj), get!(frame, key));
    let fb = &code.feedback[slot as usize];
    // Lists indexed by small ints, inline (the common case in numeric loops).
    if let Some(Obj::List(l)) = o.obj() {
        // (`kind_of` of a list, without its out-of-line part.)
        fb.set(fb.get() | kind::LIST);
        if k.is_small_int() {
            let l = l.borrow();
            if let Some(j) = ops::seq_index(k.as_small_int(), l.len()) {
                let v = l[j].clone();
                drop(l);
                fb.set(fb.get() | (kind_of(&v) << kind::ITEM_SHIFT));
                frame.regs[dst as usize] = v;
                return Ok(());
            }
        }
    } else {
        observe(fb, o);
    }
    let v = ops::getitem(o, k)?;
    fb.set(fb.get() | (kind_of(&v) << kind::ITEM_SHIFT));
    frame.regs[dst as usize] = v;
    Ok(())
}

#[inline(always)]
fn op_call(frame: &mut Frame, code: &CodeObject, func: Reg, args: &[Reg], kwnames: Option<u32>, slot: u32, kills: &[Reg]) -> PyResult<Value> {
    let f = get!(frame, func).clone();
    let fb = &code.feedback[slot as usize];
    match (f.obj(), kwnames) {
        (Some(Obj::Function(fo)), None) => {
            // (`kind_of` of a function, without its out-of-line part.)
            fb.set(fb.get() | kind::FUNCTION);
            call_function_from_regs(&f, fo, frame, code, None, args, kills)
        }
        _ => {
            observe(fb, &f);
            call_op(frame, code, &f, args, kwnames, kills)
        }
    }
}

#[inline(always)]
fn op_call_method(frame: &mut Frame, code: &CodeObject, obj: Reg, name: u32, args: &[Reg], kwnames: Option<u32>, slot: u32, kills: &[Reg]) -> PyResult<Value> {
    let o = get!(frame, obj).clone();
    let found = lookup_method_cached(code, &o, name, slot)?;
    match found {
        molt_runtime::attr::Method::Unbound(m) => match (m.obj(), kwnames) {
            (Some(Obj::Function(fo)), None) => call_function_from_regs(&m, fo, frame, code, Some(o), args, kills),
            _ => call_with(frame, code, &m, Some(o), args, kwnames, kills),
        },
        molt_runtime::attr::Method::Bound(m) => call_op(frame, code, &m, args, kwnames, kills),
    }
}

/// `o.name` as a method: the function found on the class (to call with `o` prepended), or
/// another callable, through the site's inline cache.
#[inline(always)]
pub fn lookup_method_cached(code: &CodeObject, o: &Value, name: u32, slot: u32) -> PyResult<molt_runtime::attr::Method> {
    observe(&code.feedback[slot as usize], o);
    let n = &code.names[name as usize];
    match cached_method(code, slot, o, n) {
        Some(m) => Ok(m),
        None => {
            let m = molt_runtime::attr::lookup_method(o, n)?;
            fill_attr_cache(code, slot, o, n);
            if let (molt_runtime::attr::Method::Unbound(f), Some(version)) = (&m, builtin_way_version(o)) {
                if matches!(f.obj(), Some(Obj::Builtin(_))) {
                    let fill = attr_site::WayFill { class: version, version, hint: u64::MAX, flags: attr_site::METHOD, class_attr: Some(f.clone()), class_data: (0, 0) };
                    code.attr_site(slot).install(n, fill);
                }
            }
            Ok(m)
        }
    }
}

use molt_runtime::attr_site::BUILTIN_WAYS;

/// The way key for a value whose methods come from a builtin type, or `None` for instances,
/// classes, modules, functions and `super` objects (whose lookups go elsewhere).
#[inline(always)]
fn builtin_way_version(o: &Value) -> Option<u64> {
    match o.obj() {
        Some(Obj::Instance(_) | Obj::Class(_) | Obj::Module(_) | Obj::Super { .. } | Obj::Function(_)) => None,
        _ => Some(BUILTIN_WAYS + types::type_id_of(o) as u64),
    }
}

/// A new function object for code `cid` (a `make_function` instruction): its defaults tuple
/// and keyword-defaults dict when given, its closure cells, and `globals` as its module.
pub fn make_function(cid: crate::ir::CodeId, globals: &Value, defaults: Option<&Value>, kwdefaults: Option<&Value>, cells: Vec<Value>) -> Value {
    let c = code::get(cid);
    let defs = defaults.map(|d| molt_runtime::tuple_items(d).to_vec()).unwrap_or_default();
    let kwd = kwdefaults.cloned().unwrap_or(Value::NONE);
    let module = match globals.obj() {
        Some(Obj::Dict(t)) => t.borrow().get_str(&molt_runtime::intern_static("__name__")),
        _ => None,
    }
    .unwrap_or(Value::NONE);
    let [name, qualname, doc] = c.func_strings.clone();
    let f = FunctionObj {
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        module: RefCell::new(module),
        globals: globals.clone(),
        defaults: RefCell::new(defs),
        kwdefaults: RefCell::new(kwd),
        closure: cells,
        dict: RefCell::new(None),
        doc: RefCell::new(doc),
        code: c,
    };
    Value::new(Obj::Function(Box::new(f)))
}

/// Runs a `call` or `call_method` instruction (its arguments come from the frame's registers;
/// dying temporaries among them are moved into the callee) and returns the result.
pub fn call_value(frame: &mut Frame, code: &CodeObject, ins: &crate::ir::Instr) -> PyResult<Value> {
    let kills = code.ir.kills(ins.kills);
    match &ins.op {
        Op::Call { func, args, kwnames, slot, .. } => op_call(frame, code, *func, args, *kwnames, *slot, kills),
        Op::CallMethod { obj, name, args, kwnames, slot, .. } => op_call_method(frame, code, *obj, *name, args, *kwnames, *slot, kills),
        _ => Err(exc::runtime_error("internal error: not a call")),
    }
}

#[inline(always)]
fn exec(frame: &mut Frame, code: &CodeObject, op: &Op, kills: &[Reg]) -> PyResult<()> {
    match op {
        Op::LoadConst { dst, k } => frame.regs[*dst as usize] = code.consts[*k as usize].clone(),
        Op::Move { dst, src } => {
            let v = take_arg(frame, code, *src, kills)?;
            frame.regs[*dst as usize] = v;
        }
        Op::LoadLocal { dst, src } => {
            let v = get!(frame, *src).clone();
            frame.regs[*dst as usize] = v;
        }
        Op::DeleteLocal { reg } => {
            frame.regs[*reg as usize] = Value::UNBOUND;
        }
        Op::LoadGlobal { dst, name, slot } => op_load_global(frame, code, *dst, *name, *slot)?,
        Op::CallGlobals { dst, func } => {
            let f = frame.regs[*func as usize].clone();
            let builtin = molt_runtime::builtins::dict::dict_get_str(&crate::loader::builtins_dict(), "globals");
            let v = if builtin.is_some_and(|b| b.is(&f)) { frame.globals.clone() } else { molt_runtime::call::call(&f, &[])? };
            frame.regs[*dst as usize] = v;
        }
        Op::CallLocals { dst, func, dict } => {
            let f = frame.regs[*func as usize].clone();
            let b = crate::loader::builtins_dict();
            let is_builtin = |name: &str| molt_runtime::builtins::dict::dict_get_str(&b, name).is_some_and(|x| x.is(&f));
            let v = if is_builtin("locals") || is_builtin("vars") {
                locals_of(frame, code, *dict)?
            } else {
                molt_runtime::call::call(&f, &[])?
            };
            frame.regs[*dst as usize] = v;
        }
        Op::StoreGlobal { name, src } => {
            let v = take_arg(frame, code, *src, kills)?;
            store_global(&frame.globals, code, *name, v)?;
        }
        Op::DeleteGlobal { name } => delete_global(&frame.globals, &code.names[*name as usize])?,
        Op::LoadName { dst, name } => {
            let n = &code.names[*name as usize];
            let v = match &frame.ns {
                Some(ns) => molt_runtime::builtins::dict::dict_get(ns, n)?,
                None => None,
            };
            let v = match v {
                Some(v) => v,
                None => load_global(frame, n)?,
            };
            frame.regs[*dst as usize] = v;
        }
        Op::StoreName { name, src } => {
            let v = take_arg(frame, code, *src, kills)?;
            let n = code.names[*name as usize].clone();
            match &frame.ns {
                Some(ns) => molt_runtime::builtins::dict::dict_set(ns, n, v)?,
                None => molt_runtime::builtins::dict::dict_set(&frame.globals, n, v)?,
            }
        }
        Op::DeleteName { name } => {
            let n = &code.names[*name as usize];
            let target = frame.ns.clone().unwrap_or_else(|| frame.globals.clone());
            if molt_runtime::builtins::dict::dict_remove(&target, n)?.is_none() {
                return Err(exc::name_error(str_of(n)));
            }
        }
        Op::MakeCell { dst, init } => {
            let v = match init {
                Some(r) => frame.regs[*r as usize].clone(),
                None => Value::UNBOUND,
            };
            frame.regs[*dst as usize] = Value::new(Obj::Cell(RefCell::new(v)));
        }
        Op::LoadDeref { dst, cell, name } => {
            let v = cell_contents(&frame.regs[*cell as usize]);
            if v.is_unbound() {
                return Err(deref_error_in(code, &frame.regs, &frame.globals, *name, *cell));
            }
            frame.regs[*dst as usize] = v;
        }
        Op::StoreDeref { cell, src } => {
            let v = get!(frame, *src).clone();
            if let Some(Obj::Cell(c)) = frame.regs[*cell as usize].obj() {
                let old = c.replace(v);
                drop(old);
            }
        }
        Op::DeleteDeref { cell, name } => {
            if let Some(Obj::Cell(c)) = frame.regs[*cell as usize].obj() {
                if c.borrow().is_unbound() {
                    // (UnboundLocalError for the code's own cell, NameError for a free
                    // variable, as for a load.)
                    return Err(deref_error_in(code, &frame.regs, &frame.globals, *name, *cell));
                }
                let old = c.replace(Value::UNBOUND);
                drop(old);
            }
        }
        Op::Binary { dst, op: bin, a, b, slot } | Op::Inplace { dst, op: bin, a, b, slot } => {
            let (x, y) = (get!(frame, *a), get!(frame, *b));
            let r = arith(&code.feedback[*slot as usize], *bin, x, y, matches!(op, Op::Inplace { .. }))?;
            frame.regs[*dst as usize] = r;
        }
        Op::Unary { dst, op, a } => {
            let r = ops::unary_op(get!(frame, *a), *op)?;
            frame.regs[*dst as usize] = r;
        }
        Op::Compare { dst, op, a, b, slot } => {
            let (x, y) = (get!(frame, *a), get!(frame, *b));
            let fb = &code.feedback[*slot as usize];
            let r = if x.is_small_int() && y.is_small_int() {
                fb.set(fb.get() | kind::INT);
                let (p, q) = (x.as_small_int(), y.as_small_int());
                Value::bool(compare_ordered(*op, p, q))
            } else if x.is_float() && y.is_float() {
                fb.set(fb.get() | kind::FLOAT);
                let (p, q) = (x.as_float(), y.as_float());
                Value::bool(compare_ordered(*op, p, q))
            } else {
                observe(fb, x);
                observe(fb, y);
                ops::compare(x, y, *op)?
            };
            frame.regs[*dst as usize] = r;
        }
        Op::Is { dst, a, b, negate } => {
            let r = get!(frame, *a).is(get!(frame, *b));
            frame.regs[*dst as usize] = Value::bool(r != *negate);
        }
        Op::Contains { dst, item, container, negate } => {
            let r = ops::contains(get!(frame, *container), get!(frame, *item))?;
            frame.regs[*dst as usize] = Value::bool(r != *negate);
        }
        Op::LoadAttr { dst, obj, name, slot } => op_load_attr(frame, code, *dst, *obj, *name, *slot)?,
        Op::StoreAttr { obj, name, src, slot } => op_store_attr(frame, code, *obj, *name, *src, *slot, kills)?,
        Op::DeleteAttr { obj, name } => {
            let o = get!(frame, *obj).clone();
            molt_runtime::attr::delattr(&o, &code.names[*name as usize])?;
        }
        Op::GetItem { dst, obj, key, slot } => op_get_item(frame, code, *dst, *obj, *key, *slot)?,
        Op::SetItem { obj, key, src } => {
            let (o, k, v) = (get!(frame, *obj), get!(frame, *key), get!(frame, *src));
            if k.is_small_int() {
                if let Some(Obj::List(l)) = o.obj() {
                    let mut l = l.borrow_mut();
                    if let Some(j) = ops::seq_index(k.as_small_int(), l.len()) {
                        let old = std::mem::replace(&mut l[j], v.clone());
                        // The old item is released after the list is (its release may run code).
                        drop(l);
                        drop(old);
                        return Ok(());
                    }
                }
            }
            let (o, k, v) = (o.clone(), k.clone(), v.clone());
            ops::setitem(&o, &k, v)?;
        }
        Op::DeleteItem { obj, key } => {
            let (o, k) = (get!(frame, *obj).clone(), get!(frame, *key).clone());
            ops::delitem(&o, &k)?;
        }
        Op::BuildSlice { dst, start, stop, step } => {
            let s = SliceObj {
                start: get!(frame, *start).clone(),
                stop: get!(frame, *stop).clone(),
                step: get!(frame, *step).clone(),
            };
            frame.regs[*dst as usize] = Value::new(Obj::Slice(s));
        }
        Op::Call { dst, func, args, kwnames, slot } => {
            let r = op_call(frame, code, *func, args, *kwnames, *slot, kills)?;
            frame.regs[*dst as usize] = r;
        }
        Op::CallMethod { dst, obj, name, args, kwnames, slot } => {
            let r = op_call_method(frame, code, *obj, *name, args, *kwnames, *slot, kills)?;
            frame.regs[*dst as usize] = r;
        }
        Op::CallEx { dst, func, args, kwargs } => {
            let f = get!(frame, *func).clone();
            let a = get!(frame, *args).clone();
            let k = match kwargs {
                Some(k) => Some(get!(frame, *k).clone()),
                None => None,
            };
            frame.regs[*dst as usize] = call_ex(&f, &a, k.as_ref())?;
        }
        Op::BuildList { dst, items } => {
            let mut v = Vec::with_capacity(items.len());
            for r in items {
                v.push(get!(frame, *r).clone());
            }
            frame.regs[*dst as usize] = molt_runtime::list_new(v);
        }
        Op::BuildTuple { dst, items } => {
            let mut v = Vec::with_capacity(items.len());
            for r in items {
                v.push(get!(frame, *r).clone());
            }
            frame.regs[*dst as usize] = molt_runtime::tuple_new(v);
        }
        Op::BuildSet { dst, items } => {
            let s = molt_runtime::builtins::set::new_set(false);
            for r in items {
                molt_runtime::builtins::set::set_add(&s, get!(frame, *r).clone())?;
            }
            frame.regs[*dst as usize] = s;
        }
        Op::BuildDict { dst, items } => {
            let d = molt_runtime::dict_new();
            for pair in items.chunks(2) {
                let k = get!(frame, pair[0]).clone();
                let v = get!(frame, pair[1]).clone();
                molt_runtime::builtins::dict::dict_set(&d, k, v)?;
            }
            frame.regs[*dst as usize] = d;
        }
        Op::ListAppend { list, item } => {
            let v = take_arg(frame, code, *item, kills)?;
            if let Some(Obj::List(l)) = frame.regs[*list as usize].obj() {
                l.borrow_mut().push(v);
            }
        }
        Op::ListExtend { list, iterable, call } => {
            let src = get!(frame, *iterable).clone();
            list_extend(&frame.regs[*list as usize], &src, call.map(|f| &frame.regs[f as usize]))?;
        }
        Op::SetAdd { set, item } => {
            let v = get!(frame, *item).clone();
            molt_runtime::builtins::set::set_add(&frame.regs[*set as usize], v)?;
        }
        Op::SetUpdate { set, iterable } => {
            let src = get!(frame, *iterable).clone();
            molt_runtime::builtins::set::set_update(&frame.regs[*set as usize], &src)?;
        }
        Op::DictSet { dict, key, value } => {
            let (k, v) = (get!(frame, *key).clone(), get!(frame, *value).clone());
            molt_runtime::builtins::dict::dict_set(&frame.regs[*dict as usize], k, v)?;
        }
        Op::DictUpdate { dict, mapping } => {
            let m = get!(frame, *mapping).clone();
            dict_update(&frame.regs[*dict as usize], &m)?;
        }
        Op::DictMerge { dict, mapping, func } => {
            let m = get!(frame, *mapping).clone();
            dict_merge(&frame.regs[*dict as usize], &m, &frame.regs[*func as usize])?;
        }
        Op::ListToTuple { dst, list } => {
            frame.regs[*dst as usize] = list_to_tuple(&frame.regs[*list as usize]);
        }
        Op::BuildString { dst, parts } => {
            let mut s = String::new();
            for p in parts {
                s.push_str(str_of(get!(frame, *p)));
            }
            frame.regs[*dst as usize] = molt_runtime::str_from(s);
        }
        Op::FormatValue { dst, value, conversion, spec } => {
            let v = get!(frame, *value).clone();
            let spec_s = match spec {
                Some(s) => str_of(get!(frame, *s)).to_string(),
                None => String::new(),
            };
            let r = molt_runtime::fmt::format_field(&v, *conversion as char, &spec_s)?;
            frame.regs[*dst as usize] = r;
        }
        Op::GetIter { dst, src } => {
            let it = ops::get_iter(get!(frame, *src))?;
            frame.regs[*dst as usize] = it;
        }
        Op::Unpack { dsts, src } => {
            let v = get!(frame, *src).clone();
            let items = unpack_exact(&v, dsts.len())?;
            for (d, x) in dsts.iter().zip(items) {
                frame.regs[*d as usize] = x;
            }
        }
        Op::UnpackEx { before, star, after, src } => {
            let v = get!(frame, *src).clone();
            let items = molt_runtime::builtins::seq::collect(&v).map_err(|e| {
                if exc::matches(&e, TypeId::TypeError) {
                    type_error(format!("cannot unpack non-iterable {} object", types::type_name(&v)))
                } else {
                    e
                }
            })?;
            let need = before.len() + after.len();
            if items.len() < need {
                return Err(exc::value_error(format!(
                    "not enough values to unpack (expected at least {need}, got {})",
                    items.len()
                )));
            }
            let n = items.len();
            for (i, d) in before.iter().enumerate() {
                frame.regs[*d as usize] = items[i].clone();
            }
            for (i, d) in after.iter().enumerate() {
                frame.regs[*d as usize] = items[n - after.len() + i].clone();
            }
            frame.regs[*star as usize] = molt_runtime::list_new(items[before.len()..n - after.len()].to_vec());
        }
        Op::MakeFunction { dst, code: cid, defaults, kwdefaults, closure } => {
            let defs = defaults.map(|r| &frame.regs[r as usize]);
            let kwd = kwdefaults.map(|r| &frame.regs[r as usize]);
            let cells: Vec<Value> = closure.iter().map(|r| frame.regs[*r as usize].clone()).collect();
            frame.regs[*dst as usize] = make_function(*cid, &frame.globals, defs, kwd, cells);
        }
        Op::MakeClass { dst, body, name, qualname, bases, keywords } => {
            let body_f = frame.regs[*body as usize].clone();
            let mut base_vals = Vec::new();
            for b in bases {
                base_vals.push(get!(frame, *b).clone());
            }
            let kw = keywords.map(|k| frame.regs[k as usize].clone());
            let cls = make_class(&body_f, str_of(&code.names[*name as usize]), str_of(&code.consts[*qualname as usize]), base_vals, kw, &frame.globals)?;
            frame.regs[*dst as usize] = cls;
        }
        Op::Import { dst, module, level, fromlist } => {
            let name = str_of(&code.names[*module as usize]).to_string();
            let m = crate::loader::import(&name, *level, *fromlist, &frame.globals)?;
            frame.regs[*dst as usize] = m;
        }
        Op::ImportFrom { dst, module, name } => {
            let m = frame.regs[*module as usize].clone();
            let v = crate::loader::import_from(&m, &code.names[*name as usize])?;
            frame.regs[*dst as usize] = v;
        }
        Op::ImportStar { module } => {
            let m = frame.regs[*module as usize].clone();
            crate::loader::import_star(&m, frame.ns.as_ref().unwrap_or(&frame.globals))?;
        }
        Op::GetException { dst } => {
            let e = frame.exc.take().unwrap_or(Value::NONE);
            frame.regs[*dst as usize] = e;
        }
        Op::EnterExcept { exc: e } => {
            let v = frame.regs[*e as usize].clone();
            HANDLED.with(|h| {
                let mut h = h.borrow_mut();
                // The first except clause a frame enters records where its entries start.
                if frame.handled_base == usize::MAX {
                    frame.handled_base = h.len();
                }
                h.push(v)
            });
        }
        Op::ExitExcept => {
            if frame.handled_base != usize::MAX {
                HANDLED.with(|h| {
                    let mut h = h.borrow_mut();
                    if h.len() > frame.handled_base {
                        h.pop();
                    }
                });
            }
        }
        Op::ExcMatch { dst, exc: e, typ } => {
            let (ev, tv) = (frame.regs[*e as usize].clone(), get!(frame, *typ).clone());
            let check = |t: &Value| -> PyResult<bool> {
                if !exc::is_exception_class(t) {
                    return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(types::is_instance(&ev, t))
            };
            let m = match tv.obj() {
                Some(Obj::Tuple(items)) => {
                    let mut any = false;
                    for t in items.iter() {
                        if check(t)? {
                            any = true;
                        }
                    }
                    any
                }
                _ => check(&tv)?,
            };
            frame.regs[*dst as usize] = Value::bool(m);
        }
        Op::WithEnter { exit, value, mgr } => {
            let m = get!(frame, *mgr).clone();
            let cls = types::type_of(&m);
            let enter = types::lookup_in_class(&cls, &molt_runtime::intern_static("__enter__"));
            let ex = types::lookup_in_class(&cls, &molt_runtime::intern_static("__exit__"));
            let (Some(enter), Some(ex)) = (enter, ex) else {
                let has_enter = types::lookup_in_class(&cls, &molt_runtime::intern_static("__enter__")).is_some();
                return Err(type_error(format!(
                    "'{}' object does not support the context manager protocol{}",
                    types::type_name(&m),
                    if has_enter { " (missed __exit__ method)" } else { "" }
                )));
            };
            let bound_exit = Value::new(Obj::BoundMethod { func: ex, receiver: m.clone() });
            frame.regs[*exit as usize] = bound_exit;
            let v = molt_runtime::call::call_method_value(&enter, &m, &[], &[])?;
            frame.regs[*value as usize] = v;
        }
        Op::WithExit { dst, exit, exc: e } => {
            let f = frame.regs[*exit as usize].clone();
            let args = match e {
                None => vec![Value::NONE, Value::NONE, Value::NONE],
                Some(r) => {
                    let ev = frame.regs[*r as usize].clone();
                    vec![types::type_of(&ev), ev, Value::NONE]
                }
            };
            let r = molt_runtime::call::call(&f, &args)?;
            let t = ops::truthy(&r)?;
            frame.regs[*dst as usize] = Value::bool(t);
        }
        Op::YieldFromSend { value, done, iter, sent } => {
            let it = frame.regs[*iter as usize].clone();
            let s = frame.regs[*sent as usize].clone();
            let thrown = frame.pending_throw.take();
            frame.delegate = None;
            let (v, d) = match thrown {
                Some(e) => yield_from_throw(&it, e)?,
                None => yield_from_step(&it, s)?,
            };
            if !d {
                frame.delegate = Some(it);
            }
            frame.regs[*value as usize] = v;
            frame.regs[*done as usize] = Value::bool(d);
        }
        Op::Nop => {}
    }
    Ok(())
}

/// The way of site `slot` for `inst`'s class when it is an ordinary instance whose class was
/// seen there (at its current version) and, with `flag`, the way has it.
#[inline(always)]
fn attr_way<'c>(code: &'c CodeObject, slot: u32, inst: &InstanceObj, flag: u64) -> Option<&'c AttrWay> {
    if inst.exc.is_some() {
        return None;
    }
    let cls = inst.class.borrow();
    let Some(Obj::Class(co)) = cls.obj() else { return None };
    code.attr_site(slot).find(co.version.get()).filter(|w| w.has(flag))
}

/// The instance-dict part of a cached attribute lookup: the entry the site saw last, else a
/// probe (which updates the hint).
#[inline(always)]
fn instance_lookup(inst: &InstanceObj, way: &AttrWay, n: &Value) -> Option<Value> {
    let t = inst.table().borrow();
    if let Some(v) = t.get_at_hint(way.hint.get() as usize, n) {
        return Some(v.clone());
    }
    let pos = t.find_str(n)?;
    way.hint.set(pos as u64);
    Some(t.value_at(pos).clone())
}

#[inline(always)]
fn cached_attr(code: &CodeObject, slot: u32, o: &Value, n: &Value) -> PyResult<Option<Value>> {
    let Some(Obj::Instance(inst)) = o.obj() else {
        if let Some(Obj::Module(m)) = o.obj() {
            return Ok(module_attr(code, slot, o, m, n));
        }
        return Ok(None);
    };
    let Some(way) = attr_way(code, slot, inst, attr_site::INSTANCE_FIRST) else { return Ok(None) };
    if let Some(v) = instance_lookup(inst, way, n) {
        return Ok(Some(v));
    }
    if let Some(v) = way.class_data(n) {
        return Ok(Some(v));
    }
    match way.class_attr() {
        Some(a) => Ok(Some(molt_runtime::attr::bind_class_attr(a, o)?)),
        None => Ok(None),
    }
}

/// Ways for attributes of modules (`math.sqrt`) carry this version (above every class's)
/// and the module's word as their class; the way owns the module, so no other module can
/// take its address while the way is there. Their hint is the name's entry in the module's
/// dict, which is checked on each use (a module's attribute is whatever its dict holds).
const MODULE_WAYS: u64 = 1 << 61;

#[inline(always)]
fn module_attr(code: &CodeObject, slot: u32, o: &Value, m: &molt_runtime::object::ModuleObj, n: &Value) -> Option<Value> {
    let way = code.attr_site(slot).find(MODULE_WAYS).filter(|w| w.class.get() == o.bits())?;
    let Some(Obj::Dict(d)) = m.dict.obj() else { return None };
    let t = d.borrow();
    t.get_at_hint(way.hint.get() as usize, n).cloned()
}

#[inline(always)]
fn cached_method(code: &CodeObject, slot: u32, o: &Value, n: &Value) -> Option<molt_runtime::attr::Method> {
    let Some(Obj::Instance(inst)) = o.obj() else {
        if let Some(Obj::Module(m)) = o.obj() {
            return module_attr(code, slot, o, m, n).map(molt_runtime::attr::Method::Bound);
        }
        let way = code.attr_site(slot).find(builtin_way_version(o)?)?;
        return way.class_attr().map(molt_runtime::attr::Method::Unbound);
    };
    let way = attr_way(code, slot, inst, attr_site::INSTANCE_FIRST)?;
    if let Some(v) = instance_lookup(inst, way, n) {
        return Some(molt_runtime::attr::Method::Bound(v));
    }
    if way.has(attr_site::METHOD) {
        return way.class_attr().map(molt_runtime::attr::Method::Unbound);
    }
    None
}

/// The hint for a new way: where `n` is in `inst`'s dict now.
fn dict_position(inst: &InstanceObj, n: &Value) -> u64 {
    inst.table().borrow().find_str(n).map(|p| p as u64).unwrap_or(u64::MAX)
}

fn fill_attr_cache(code: &CodeObject, slot: u32, o: &Value, n: &Value) {
    if let Some(Obj::Module(m)) = o.obj() {
        let Some(Obj::Dict(d)) = m.dict.obj() else { return };
        let Some(pos) = d.borrow().find_str(n) else { return };
        let fill = attr_site::WayFill { class: o.bits(), version: MODULE_WAYS, hint: pos as u64, flags: 0, class_attr: Some(o.clone()), class_data: (0, 0) };
        code.attr_site(slot).install(n, fill);
        return;
    }
    let Some(Obj::Instance(inst)) = o.obj() else { return };
    let cls = inst.class.borrow().clone();
    // Ways only for classes of plain instances: compiled code takes a matching way as proof
    // that the instance is plain (see `codegen::attr_way`).
    let Some(Obj::Class(co)) = cls.obj() else { return };
    if inst.exc.is_some() || co.base_layout.get() != molt_runtime::types::TypeId::Object {
        return;
    }
    let found = types::lookup_in_class(&cls, n);
    let descriptor = matches!(found.as_ref().and_then(|a| a.obj()), Some(Obj::Property(_)))
        || found.as_ref().is_some_and(molt_runtime::attr::has_descriptor_get);
    let method = matches!(found.as_ref().and_then(|a| a.obj()), Some(Obj::Function(_)));
    // Plain data may be rebound without a version change: never cache its value, but where
    // it is (see `attr_site::CLASS_DATA`).
    let plain = found.as_ref().is_some_and(molt_runtime::attr::is_plain_data);
    let class_data = if plain && !descriptor { class_data_entry(co, n) } else { None };
    let flags = if descriptor { 0 } else { attr_site::INSTANCE_FIRST }
        | if method { attr_site::METHOD } else { 0 }
        | if class_data.is_some() { attr_site::CLASS_DATA } else { 0 };
    let fill = attr_site::WayFill {
        class: cls.bits(),
        version: co.version.get(),
        hint: dict_position(inst, n),
        flags,
        class_attr: if plain { None } else { found },
        class_data: class_data.unwrap_or((0, 0)),
    };
    code.attr_site(slot).install(n, fill);
}

/// The namespace of the first class along class `co`'s MRO that has `n` (its address) and
/// the name's entry there, for `attr_site::CLASS_DATA`.
fn class_data_entry(co: &molt_runtime::object::ClassObj, n: &Value) -> Option<(u64, u64)> {
    // The entry of `n` in `c`'s namespace: None when absent, Some(None) when present but not
    // found by identity (compiled code and `AttrWay::class_data` compare keys by identity).
    let entry = |c: &molt_runtime::object::ClassObj| -> Option<Option<(u64, u64)>> {
        let Ok(t) = c.dict.try_borrow() else { return Some(None) };
        let pos = t.find_str(n)?;
        Some(t.entry_at(pos).filter(|e| e.key.is(n)).map(|_| (&c.dict as *const _ as u64, pos as u64)))
    };
    if let Some(found) = entry(co) {
        return found;
    }
    for base in co.mro.borrow().iter() {
        let Some(Obj::Class(b)) = base.obj() else { return None };
        if let Some(found) = entry(b) {
            return found;
        }
    }
    None
}

/// Remembers, for a store site, whether instances of `o`'s class take stores of `n` straight
/// into their dict, and where the name sits there.
fn fill_store_cache(code: &CodeObject, slot: u32, o: &Value, n: &Value) {
    let Some(Obj::Instance(inst)) = o.obj() else { return };
    let cls = inst.class.borrow().clone();
    let Some(Obj::Class(co)) = cls.obj() else { return };
    if inst.exc.is_some() || co.base_layout.get() != molt_runtime::types::TypeId::Object {
        return;
    }
    let special = matches!(str_of(n), "__dict__" | "__class__");
    let setattr_override = co.flags.get() & molt_runtime::object::CLASS_HAS_SETATTR != 0
        && types::lookup_override(&cls, &molt_runtime::intern_static("__setattr__")).is_some();
    let class_attr_ok = types::lookup_in_class(&cls, n).is_none_or(|a| molt_runtime::attr::is_plain_data(&a));
    let ok = !special && !setattr_override && class_attr_ok;
    let fill = attr_site::WayFill {
        class: cls.bits(),
        version: co.version.get(),
        hint: dict_position(inst, n),
        flags: if ok { attr_site::STORE_OK } else { 0 },
        class_attr: None,
        class_data: (0, 0),
    };
    code.attr_site(slot).install(n, fill);
}

/// How CPython names a callable in argument errors (`module.qualname` for functions).
/// `f(*args, **kwargs)` (`CallEx`): `args` a tuple, `kwargs` a dict of the keywords.
pub fn call_ex(f: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let mut argv: Vec<Value> = molt_runtime::tuple_items(args).to_vec();
    let mut names = Vec::new();
    if let Some(Obj::Dict(t)) = kwargs.and_then(|d| d.obj()) {
        for (key, v) in t.borrow().items() {
            if !molt_runtime::is_str(&key) {
                return Err(type_error("keywords must be strings"));
            }
            names.push(key);
            argv.push(v);
        }
    }
    call_kw(f, &argv, &names)
}

/// `[*src]` and `f(*src)` (`ListExtend`): appends the items of `src` to `list`; `callee` is
/// the function called, named by the error for a `src` that is not iterable.
pub fn list_extend(list: &Value, src: &Value, callee: Option<&Value>) -> PyResult<()> {
    let items = molt_runtime::builtins::seq::collect(src).map_err(|e| {
        if exc::matches(&e, TypeId::TypeError) && ops::get_iter(src).is_err() {
            match callee {
                Some(f) => type_error(format!("{}() argument after * must be an iterable, not {}", callable_name(f), types::type_name(src))),
                None => type_error(format!("Value after * must be an iterable, not {}", types::type_name(src))),
            }
        } else {
            e
        }
    })?;
    if let Some(Obj::List(l)) = list.obj() {
        l.borrow_mut().extend(items);
    }
    Ok(())
}

/// `{**m}` (`DictUpdate`).
pub fn dict_update(dict: &Value, m: &Value) -> PyResult<()> {
    if !matches!(m.obj(), Some(Obj::Dict(_))) && !molt_runtime::call::has_dunder(m, "keys") {
        return Err(type_error(format!("'{}' object is not a mapping", types::type_name(m))));
    }
    molt_runtime::builtins::dict::dict_update_from(dict, m)
}

/// `f(**m)` (`DictMerge`): like `dict_update`, but a key already there is an error naming
/// the function called, `callee`.
pub fn dict_merge(d: &Value, m: &Value, callee: &Value) -> PyResult<()> {
    let items = match m.obj() {
        Some(Obj::Dict(t)) => t.borrow().items(),
        _ => {
            if !molt_runtime::call::has_dunder(m, "keys") {
                return Err(type_error(format!("{}() argument after ** must be a mapping, not {}", callable_name(callee), types::type_name(m))));
            }
            let keys = molt_runtime::call::call_dunder(m, "keys", &[])?.unwrap_or(Value::NONE);
            let mut out = Vec::new();
            for k in molt_runtime::builtins::seq::collect(&keys)? {
                let v = ops::getitem(m, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in items {
        if molt_runtime::builtins::dict::dict_get(d, &k)?.is_some() {
            return Err(type_error(format!("{}() got multiple values for keyword argument '{}'", callable_name(callee), str_of(&k))));
        }
        molt_runtime::builtins::dict::dict_set(d, k, v)?;
    }
    Ok(())
}

/// `ListToTuple`: a tuple of the list's items.
pub fn list_to_tuple(list: &Value) -> Value {
    let items = match list.obj() {
        Some(Obj::List(l)) => l.borrow().clone(),
        _ => vec![],
    };
    molt_runtime::tuple_new(items)
}

/// `del name` of a global (`DeleteGlobal`).
pub fn delete_global(globals: &Value, name: &Value) -> PyResult<()> {
    if molt_runtime::builtins::dict::dict_remove(globals, name)?.is_none() {
        return Err(exc::name_error(str_of(name)));
    }
    Ok(())
}

fn callable_name(f: &Value) -> String {
    match f.obj() {
        Some(Obj::Function(fo)) => format!("{}.{}", str_of(&fo.module.borrow()), str_of(&fo.qualname.borrow())),
        Some(Obj::Builtin(b)) => b.name.to_string(),
        Some(Obj::BoundMethod { func, .. }) => callable_name(func),
        Some(Obj::Class(_)) => types::class_name(f),
        _ => format!("{} object", types::type_name(f)),
    }
}

/// `a, b, … = v` with `n` targets: exactly `n` items, or CPython's ValueError.
pub fn unpack_exact(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items = unpack_items(v, n)?;
    if items.len() != n {
        return Err(if items.len() > n {
            exc::value_error(format!("too many values to unpack (expected {n})"))
        } else {
            exc::value_error(format!("not enough values to unpack (expected {n}, got {})", items.len()))
        });
    }
    Ok(items)
}

fn unpack_items(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    match v.obj() {
        Some(Obj::Tuple(t)) => Ok(t.to_vec()),
        Some(Obj::List(l)) => Ok(l.borrow().clone()),
        _ => {
            let it = ops::get_iter(v).map_err(|e| {
                if exc::matches(&e, TypeId::TypeError) {
                    type_error(format!("cannot unpack non-iterable {} object", types::type_name(v)))
                } else {
                    e
                }
            })?;
            let mut out = Vec::new();
            while let Some(x) = ops::iter_next(&it)? {
                out.push(x);
                if out.len() > n {
                    break;
                }
            }
            Ok(out)
        }
    }
}

#[inline(always)]
fn cached_global(frame: &Frame, code: &CodeObject, slot: u32) -> Option<Value> {
    cached_global_in(&frame.globals, code, slot)
}

#[inline(always)]
fn cached_global_in(globals: &Value, code: &CodeObject, slot: u32) -> Option<Value> {
    code.global_sites[slot as usize].get(globals).cloned()
}

/// `name = v` at module level: replaces the value in place when the entry is where this
/// code last stored the name (no hashing, no probing; the dict's layout does not change).
pub fn store_global(globals: &Value, code: &CodeObject, name: u32, v: Value) -> PyResult<()> {
    let n = &code.names[name as usize];
    let Some(Obj::Dict(g)) = globals.obj() else {
        return molt_runtime::builtins::dict::dict_set(globals, n.clone(), v);
    };
    let hint = &code.store_hints[name as usize];
    let old = {
        let mut t = g.borrow_mut();
        if t.get_at_hint(hint.get(), n).is_some() {
            let old = t.set_value_at(hint.get(), v);
            drop(t);
            let site = code.store_site(name);
            if site.get(globals).is_none() {
                // Compiled code stores through the site from now on.
                site.fill(globals, globals, false, hint.get());
            }
            Some(old)
        } else {
            drop(t);
            molt_runtime::builtins::dict::dict_set(globals, n.clone(), v)?;
            hint.set(g.borrow().find_str(n).unwrap_or(usize::MAX));
            None
        }
    };
    drop(old);
    Ok(())
}

fn load_global_and_cache(frame: &Frame, code: &CodeObject, slot: u32, n: &Value) -> PyResult<Value> {
    match load_global_and_cache_in(&frame.globals, code, slot, n) {
        Some(v) => Ok(v),
        None => load_global(frame, n),
    }
}

fn load_global_and_cache_in(globals: &Value, code: &CodeObject, slot: u32, n: &Value) -> Option<Value> {
    let Some(Obj::Dict(g)) = globals.obj() else { return None };
    let site = &code.global_sites[slot as usize];
    let found = g.borrow().find_str(n);
    if let Some(pos) = found {
        site.fill(globals, globals, false, pos);
        return Some(g.borrow().value_at(pos).clone());
    }
    let b = crate::loader::builtins_dict();
    if let Some(Obj::Dict(bd)) = b.obj() {
        let found = bd.borrow().find_str(n);
        if let Some(pos) = found {
            site.fill(globals, &b, true, pos);
            return Some(bd.borrow().value_at(pos).clone());
        }
    }
    None
}

fn load_global(frame: &Frame, n: &Value) -> PyResult<Value> {
    if let Some(Obj::Dict(d)) = frame.globals.obj() {
        if let Some(v) = d.borrow().get_str(n) {
            return Ok(v);
        }
    }
    let builtins = crate::loader::builtins_dict();
    if let Some(Obj::Dict(d)) = builtins.obj() {
        if let Some(v) = d.borrow().get_str(n) {
            return Ok(v);
        }
    }
    Err(name_error_with_suggestion(frame, str_of(n)))
}

/// A NameError carrying `name` and CPython's "Did you mean" text for the printed traceback.
fn name_error_with_suggestion(frame: &Frame, name: &str) -> Exc {
    add_name_suggestion(frame, name, exc::name_error(name))
}

/// The NameError for global `name` read by `code` whose registers hold `regs` (for the
/// "Did you mean" text).
pub fn name_error_in(code: &CodeObject, regs: &[Value], globals: &Value, name: u32) -> Exc {
    let name = str_of(&code.names[name as usize]);
    add_name_suggestion_in(code, regs, globals, name, exc::name_error(name))
}

/// Attaches `name` and CPython's "Did you mean" text (for the printed traceback) to a
/// NameError raised in `frame`.
fn add_name_suggestion(frame: &Frame, name: &str, e: Exc) -> Exc {
    add_name_suggestion_in(&frame.code, &frame.regs, &frame.globals, name, e)
}

fn add_name_suggestion_in(code: &CodeObject, regs: &[Value], globals: &Value, name: &str, e: Exc) -> Exc {
    let mut cands: Vec<String> = Vec::new();
    for (i, n) in code.ir.local_names.iter().enumerate() {
        if !n.is_empty() && !regs.get(i).map(|v| v.is_unbound()).unwrap_or(true) {
            cands.push(n.clone());
        }
    }
    let builtins = crate::loader::builtins_dict();
    for d in [globals, &builtins] {
        if let Some(Obj::Dict(t)) = d.obj() {
            cands.extend(t.borrow().keys().iter().map(|k| str_of(k).to_string()));
        }
    }
    let mut suffix = String::new();
    let self_has = code.ir.local_names.iter().position(|n| n == "self").and_then(|i| regs.get(i)).filter(|v| !v.is_unbound()).map(|s| molt_runtime::attr::hasattr(s, &intern(name)).unwrap_or(false)).unwrap_or(false);
    let suggestion = if self_has { Some(format!("self.{name}")) } else { crate::run::suggest(name, &cands) };
    if let Some(s) = &suggestion {
        suffix.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if crate::native::STDLIB_MODULE_NAMES.contains(&name) {
        if suggestion.is_some() {
            suffix.push_str(&format!(" Or did you forget to import '{name}'"));
        } else {
            suffix.push_str(&format!(". Did you forget to import '{name}'"));
        }
    }
    if let Some(Obj::Instance(i)) = e.0.obj() {
        let mut d = i.table().borrow_mut();
        d.set_str(intern("name"), molt_runtime::str_new(name));
        if !suffix.is_empty() {
            d.set_str(intern("__molt_suggestion__"), molt_runtime::str_from(suffix));
        }
    }
    e
}

/// PEP 560: a base that is no class but has `__mro_entries__` is replaced by the classes
/// that method answers for the original bases (`class P(NamedTuple)`).
/// Answers the bases and, when any was replaced, the original ones (`__orig_bases__`).
fn resolve_mro_entries(bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
    if bases.iter().all(|b| molt_runtime::types::as_class(b).is_some()) {
        return Ok((bases, None));
    }
    let orig = molt_runtime::tuple_new(bases.clone());
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in &bases {
        if molt_runtime::types::as_class(b).is_none() {
            match molt_runtime::attr::getattr(b, &intern("__mro_entries__")) {
                Ok(m) => {
                    let r = molt_runtime::call::call(&m, std::slice::from_ref(&orig))?;
                    let Some(Obj::Tuple(items)) = r.obj() else {
                        return Err(type_error("__mro_entries__ must return a tuple"));
                    };
                    out.extend(items.iter().cloned());
                    changed = true;
                    continue;
                }
                Err(e) if exc::matches(&e, TypeId::AttributeError) => {}
                Err(e) => return Err(e),
            }
        }
        out.push(b.clone());
    }
    Ok((out, changed.then_some(orig)))
}

fn make_class(body: &Value, name: &str, qualname: &str, bases: Vec<Value>, keywords: Option<Value>, globals: &Value) -> PyResult<Value> {
    let Some(Obj::Function(f)) = body.obj() else { return Err(exc::runtime_error("class body is not a function")) };
    let (bases, orig_bases) = resolve_mro_entries(bases)?;
    let code = f.code.clone().downcast::<CodeObject>().map_err(|_| exc::runtime_error("foreign code object"))?;
    let ns = molt_runtime::dict_new();
    let mut regs = RegFile::on_stack(code.ir.nregs as usize).ok_or_else(recursion_error)?;
    for (cell, _) in &code.ir.cells {
        regs[*cell as usize] = Value::new(Obj::Cell(RefCell::new(Value::UNBOUND)));
    }
    for (i, r) in code.ir.freevars.iter().enumerate() {
        regs[*r as usize] = f.closure[i].clone();
    }
    let mut frame = Frame {
        code: code.clone(),
        regs,
        globals: globals.clone(),
        ns: Some(ns.clone()),
        block: 0,
        exc: None,
        handled_base: usize::MAX,
        delegate: None,
        pending_throw: None,
        func: std::ptr::null(),
        resumed_from: 0,
    };
    let class_cell = run_call(&mut frame)?;
    drop(frame);
    let mut table = match ns.obj() {
        Some(Obj::Dict(d)) => d.borrow().copy(),
        _ => unreachable!(),
    };
    if let Some(orig) = orig_bases {
        table.set_str(intern("__orig_bases__"), orig);
    }
    let module = match table.get_str(&intern("__module__")) {
        Some(m) => m,
        None => molt_runtime::builtins::dict::dict_get_str(globals, "__name__").unwrap_or(Value::NONE),
    };
    let cls = molt_runtime::construct::make_class(name, qualname, &module, bases, table)?;
    if let Some(Obj::Cell(c)) = class_cell.obj() {
        *c.borrow_mut() = cls.clone();
    }
    // The parent's __init_subclass__ runs for every new class, with the class keywords.
    let (mut args, mut names) = (vec![cls.clone()], vec![]);
    if let Some(Obj::Dict(d)) = keywords.as_ref().and_then(|k| k.obj()) {
        for (k, v) in d.borrow().items() {
            names.push(k);
            args.push(v);
        }
    }
    let sup = Value::new(Obj::Super { class: cls.clone(), receiver: cls.clone() });
    let isc = molt_runtime::attr::getattr(&sup, &intern("__init_subclass__"))?;
    let f = match isc.obj() {
        Some(Obj::BoundMethod { func, .. }) => func.clone(),
        _ => isc.clone(),
    };
    if matches!(f.obj(), Some(Obj::Builtin(_))) {
        if !names.is_empty() {
            return Err(type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
        }
    } else {
        call_kw(&f, &args, &names)?;
    }
    Ok(cls)
}

// ---------------------------------------------------------------- generators

fn yield_from_step(it: &Value, sent: Value) -> PyResult<(Value, bool)> {
    match it.obj() {
        Some(Obj::Generator(..)) => match resume_generator(it, sent, None)? {
            GenStep::Yield(v) => Ok((v, false)),
            GenStep::Return(v) => Ok((v, true)),
        },
        _ => {
            let r = if sent.is_none() {
                ops::iter_next(it).map(|o| o.ok_or(()))
            } else {
                match molt_runtime::attr::getattr(it, &intern("send")) {
                    Ok(f) => match molt_runtime::call::call(&f, &[sent]) {
                        Ok(v) => Ok(Ok(v)),
                        Err(e) if exc::matches(&e, TypeId::StopIteration) => {
                            let a = exc::args_of(&e.0);
                            let v = molt_runtime::tuple_items(&a).first().cloned().unwrap_or(Value::NONE);
                            return Ok((v, true));
                        }
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                }
            };
            match r? {
                Ok(v) => Ok((v, false)),
                Err(()) => Ok((Value::NONE, true)),
            }
        }
    }
}

/// Throws into the iterator a `yield from` delegates to.
fn yield_from_throw(it: &Value, e: Value) -> PyResult<(Value, bool)> {
    match it.obj() {
        Some(Obj::Generator(..)) => match resume_generator(it, Value::NONE, Some(Exc(e)))? {
            GenStep::Yield(v) => Ok((v, false)),
            GenStep::Return(v) => Ok((v, true)),
        },
        _ => {
            let is_exit = types::is_instance(&e, &types::type_obj(TypeId::GeneratorExit));
            if is_exit {
                if let Ok(close) = molt_runtime::attr::getattr(it, &intern("close")) {
                    molt_runtime::call::call(&close, &[])?;
                }
                return Err(Exc(e));
            }
            match molt_runtime::attr::getattr(it, &intern("throw")) {
                Ok(t) => match molt_runtime::call::call(&t, &[e]) {
                    Ok(v) => Ok((v, false)),
                    Err(x) if exc::matches(&x, TypeId::StopIteration) => {
                        let a = exc::args_of(&x.0);
                        Ok((molt_runtime::tuple_items(&a).first().cloned().unwrap_or(Value::NONE), true))
                    }
                    Err(x) => Err(x),
                },
                Err(_) => Err(Exc(e)),
            }
        }
    }
}

/// Resumes a generator with a sent value or a thrown exception (the runtime's hook).
pub fn resume_generator(gen: &Value, sent: Value, throw: Option<Exc>) -> PyResult<GenStep> {
    let Some(Obj::Generator(cell, _)) = gen.obj() else { return Err(type_error("not a generator")) };
    let mut state: Box<GenState> = {
        let mut slot = cell.borrow_mut();
        let Some(boxed) = slot.take() else {
            return Err(exc::value_error("generator already executing"));
        };
        match boxed.downcast::<GenState>() {
            Ok(s) => s,
            Err(_) => return Err(exc::runtime_error("foreign generator state")),
        }
    };
    let put_back = |state: Box<GenState>| {
        *cell.borrow_mut() = Some(state);
    };
    if state.done {
        put_back(state);
        if let Some(e) = throw {
            return Err(e);
        }
        return Ok(GenStep::Return(Value::NONE));
    }
    if !state.started && throw.is_none() && !sent.is_none() {
        put_back(state);
        return Err(type_error("can't send non-None value to a just-started generator"));
    }
    if !state.started {
        if let Some(e) = throw {
            state.done = true;
            put_back(state);
            return Err(e);
        }
    }
    state.started = true;
    if let Some((dst, block)) = state.resume.take() {
        state.frame.regs[dst as usize] = sent;
        state.frame.block = block;
    }
    let result = if !enter_call() {
        Err(recursion_error())
    } else {
        state.frame.handled_base = usize::MAX;
        if !state.saved_handled.is_empty() {
            let saved = std::mem::take(&mut state.saved_handled);
            HANDLED.with(|h| {
                let mut h = h.borrow_mut();
                state.frame.handled_base = h.len();
                h.extend(saved);
            });
        }
        let throw = match throw {
            Some(e) if state.frame.delegate.is_some() => {
                // Forwarded to the delegate by the `yield from` step the frame resumes into.
                state.frame.pending_throw = Some(e.0);
                None
            }
            other => other,
        };
        let r = match throw {
            Some(e) => {
                // The exception appears at the suspended yield: the resume block's handler.
                let frame = &mut state.frame;
                set_context(&e.0);
                exc::push_traceback(
                    &e.0,
                    TbEntry { file: frame.code.filename.clone(), line: state.yield_line, func: frame.code.name.clone() },
                );
                match frame.code.ir.blocks[frame.block as usize].handler {
                    Some(h) => {
                        frame.exc = Some(e.0);
                        frame.block = h;
                        run(frame)
                    }
                    None => Err(e),
                }
            }
            None => run(&mut state.frame),
        };
        if matches!(r, Ok(Exit::Yield(..))) && state.frame.handled_base != usize::MAX {
            let base = state.frame.handled_base;
            state.saved_handled = HANDLED.with(|h| h.borrow().get(base..).map(|s| s.to_vec()).unwrap_or_default());
        }
        restore_handled(&state.frame);
        r
    };
    leave_call();
    match result {
        Ok(Exit::Yield(v, dst, resume)) => {
            state.resume = Some((dst, resume));
            state.yield_line = state.frame.code.ir.blocks[state.frame.block as usize].term_line;
            put_back(state);
            Ok(GenStep::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            state.done = true;
            state.frame.regs.clear();
            put_back(state);
            Ok(GenStep::Return(v))
        }
        Err(e) => {
            state.done = true;
            state.frame.regs.clear();
            put_back(state);
            if exc::matches(&e, TypeId::StopIteration) {
                let re = new_exc(TypeId::RuntimeError, "generator raised StopIteration".into());
                molt_runtime::attr::set_cause(&re.0, e.0.clone());
                if let Some(st) = exc::exc_state(&re.0) {
                    st.borrow_mut().context = e.0;
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// Generator introspection for the runtime's attribute lookup.
pub fn generator_info(gen: &Value, what: &str) -> Value {
    let Some(Obj::Generator(cell, _)) = gen.obj() else { return Value::NONE };
    let b = cell.borrow();
    // A running generator's state is taken out of its cell while it runs.
    let Some(state) = b.as_ref().and_then(|s| s.downcast_ref::<GenState>()) else {
        return match what {
            "running" => Value::TRUE,
            "suspended" => Value::FALSE,
            _ => Value::NONE,
        };
    };
    match what {
        "qualname" => molt_runtime::str_new(&state.frame.code.ir.qualname),
        "running" => Value::FALSE,
        "suspended" => Value::bool(state.started && !state.done),
        "yieldfrom" => state.frame.delegate.clone().unwrap_or(Value::NONE),
        _ => Value::NONE,
    }
}

fn gen_send(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    molt_runtime::call::check_arity("send", args, 2, 2)?;
    match resume_generator(&args[0], args[1].clone(), None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(molt_runtime::call::stop_iteration(v)),
    }
}

fn gen_next(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match resume_generator(&args[0], Value::NONE, None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(molt_runtime::call::stop_iteration(v)),
    }
}

fn gen_throw(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    molt_runtime::call::check_arity("throw", args, 2, 4)?;
    let mut e = args[1].clone();
    if exc::is_exception_class(&e) {
        let a: Vec<Value> = args.get(2).filter(|v| !v.is_none()).cloned().into_iter().collect();
        e = molt_runtime::call::call(&args[1], &a)?;
    } else if !exc::is_exception_instance(&e) {
        return Err(type_error("exceptions must be classes or instances deriving from BaseException, not ".to_string() + &types::type_name(&e)));
    }
    match resume_generator(&args[0], Value::NONE, Some(Exc(e)))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(molt_runtime::call::stop_iteration(v)),
    }
}

fn gen_close(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = &args[0];
    {
        let Some(Obj::Generator(cell, _)) = g.obj() else { return Err(type_error("not a generator")) };
        let b = cell.borrow();
        if let Some(s) = b.as_ref().and_then(|s| s.downcast_ref::<GenState>()) {
            if !s.started || s.done {
                drop(b);
                if let Some(Some(st)) = cell.borrow_mut().as_mut().map(|s| s.downcast_mut::<GenState>()) {
                    st.done = true;
                }
                return Ok(Value::NONE);
            }
        }
    }
    let ge = new_exc(TypeId::GeneratorExit, String::new());
    match resume_generator(g, Value::NONE, Some(ge)) {
        Ok(GenStep::Yield(_)) => Err(exc::runtime_error("generator ignored GeneratorExit")),
        Ok(GenStep::Return(_)) => Ok(Value::NONE),
        Err(e) if exc::matches(&e, TypeId::GeneratorExit) || exc::matches(&e, TypeId::StopIteration) => Ok(Value::NONE),
        Err(e) => Err(e),
    }
}

fn gen_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

pub fn register_generator_methods() {
    molt_runtime::builtins::add_methods(
        TypeId::Generator,
        &[
            ("generator.send", gen_send, false),
            ("generator.throw", gen_throw, false),
            ("generator.close", gen_close, false),
            ("generator.__next__", gen_next, false),
            ("generator.__iter__", gen_iter, false),
        ],
    );
}
