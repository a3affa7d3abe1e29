//! Python's operators over any values: truth, hashing, equality and ordering, arithmetic, and
//! the dunder protocol with reflected operands — the generic paths every tier falls back to.

use crate::call::{call_dunder, call_method_value};
use crate::exceptions::{type_error, zero_division};
use crate::int::{self, IntOp};
use crate::object::*;
use crate::types::{self, type_name, TypeId};
use crate::value::Value;
use crate::{intern, str_of};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::cmp::Ordering;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, serde::Serialize, serde::Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
    pub fn dunder(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
    fn int_op(self) -> Option<IntOp> {
        Some(match self {
            BinOp::Add => IntOp::Add,
            BinOp::Sub => IntOp::Sub,
            BinOp::Mul => IntOp::Mul,
            BinOp::FloorDiv => IntOp::FloorDiv,
            BinOp::Mod => IntOp::Mod,
            BinOp::Pow => IntOp::Pow,
            BinOp::LShift => IntOp::LShift,
            BinOp::RShift => IntOp::RShift,
            BinOp::And => IntOp::And,
            BinOp::Or => IntOp::Or,
            BinOp::Xor => IntOp::Xor,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, serde::Serialize, serde::Deserialize)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    fn reflected(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    fn holds_for(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, serde::Serialize, serde::Deserialize)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

pub fn not_implemented() -> Value {
    crate::singleton_not_implemented()
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.obj(), Some(Obj::NotImplemented))
}

fn is_user_instance(v: &Value) -> bool {
    matches!(v.obj(), Some(Obj::Instance(_)))
}

// ---------------------------------------------------------------- truth

pub fn truthy(v: &Value) -> PyResult<bool> {
    if v.is_bool() {
        return Ok(v.as_bool());
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    if v.is_none() {
        return Ok(false);
    }
    Ok(match v.obj() {
        Some(Obj::Int(b)) => !b.is_zero(),
        Some(Obj::Str(s)) => !s.s.is_empty(),
        Some(Obj::List(l)) => !l.borrow().is_empty(),
        Some(Obj::Tuple(t)) => !t.is_empty(),
        Some(Obj::Dict(d)) => !d.borrow().is_empty(),
        Some(Obj::Set(s)) | Some(Obj::FrozenSet(s)) => !s.borrow().is_empty(),
        Some(Obj::Bytes(b)) => !b.is_empty(),
        Some(Obj::ByteArray(b)) => !b.borrow().is_empty(),
        Some(Obj::Range(_)) | Some(Obj::DictView(..)) => len(v)? != 0,
        Some(Obj::Instance(_)) => {
            if let Some(r) = call_dunder(v, "__bool__", &[])? {
                if !r.is_bool() {
                    return Err(type_error(format!("__bool__ should return bool, returned {}", type_name(&r))));
                }
                return Ok(r.as_bool());
            }
            if let Some(r) = call_dunder(v, "__len__", &[])? {
                return Ok(len_result(&r)? != 0);
            }
            true
        }
        _ => true,
    })
}

// ---------------------------------------------------------------- hashing

pub fn hash(v: &Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(crate::hash::hash_i64(v.as_small_int()));
    }
    if v.is_bool() {
        return Ok(v.as_bool() as i64);
    }
    if v.is_float() {
        return Ok(crate::hash::hash_f64(v.as_float()).unwrap_or_else(|| crate::hash::hash_pointer(v.id() as usize)));
    }
    if v.is_none() {
        return Ok(crate::hash::HASH_NONE);
    }
    match v.obj() {
        Some(Obj::Str(_)) => Ok(crate::pyhash::str_value_hash(v)),
        Some(Obj::Int(b)) => Ok(crate::hash::hash_bigint(b)),
        Some(Obj::Bytes(b)) => Ok(crate::hash::hash_bytes(b, crate::pyhash::secret())),
        Some(Obj::Tuple(items)) => {
            let mut h = crate::hash::TupleHasher::new(items.len());
            for it in items.iter() {
                h.add(hash(it)?);
            }
            Ok(h.finish())
        }
        Some(Obj::FrozenSet(s)) => {
            let hs: Vec<i64> = s.borrow().iter().map(|x| x.hash).collect();
            Ok(crate::hash::hash_frozenset(&hs))
        }
        Some(Obj::List(_)) | Some(Obj::Dict(_)) | Some(Obj::Set(_)) | Some(Obj::ByteArray(_)) | Some(Obj::DictView(..)) => {
            Err(type_error(format!("unhashable type: '{}'", type_name(v))))
        }
        Some(Obj::Instance(_)) => {
            let cls = types::type_of(v);
            match types::lookup_override(&cls, &crate::intern_static("__hash__")) {
                Some(h) if h.is_none() => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
                Some(h) => {
                    let r = call_method_value(&h, v, &[], &[])?;
                    match int::big(&r) {
                        Some(b) => {
                            let b = b.into_owned();
                            Ok(match b.to_i64() {
                                Some(i) if i != -1 => i,
                                _ => crate::hash::hash_bigint(&b),
                            })
                        }
                        None => Err(type_error("__hash__ method should return an integer")),
                    }
                }
                _ => Ok(identity_hash(v)),
            }
        }
        Some(Obj::Range(r)) => {
            // CPython hashes (len, start, step), with None for what length 0/1 leaves undefined.
            let n = crate::builtins::seq::range_len(v)?;
            let (a, b) = match n {
                0 => (Value::NONE, Value::NONE),
                1 => (r.start.clone(), Value::NONE),
                _ => (r.start.clone(), r.step.clone()),
            };
            hash(&crate::tuple_new(vec![Value::int(n as i64), a, b]))
        }
        // Slices are hashable since 3.12: their three fields' hashes in tuple rounds.
        Some(Obj::Slice(s)) => {
            let mut h = crate::hash::TupleHasher::new(3);
            for part in [&s.start, &s.stop, &s.step] {
                h.add(hash(part)?);
            }
            Ok(h.finish_unmixed())
        }
        _ => Ok(identity_hash(v)),
    }
}

fn identity_hash(v: &Value) -> i64 {
    crate::hash::hash_pointer(v.id() as usize)
}

// ---------------------------------------------------------------- equality and ordering

#[inline]
pub fn str_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a.obj(), b.obj()) {
        (Some(Obj::Str(x)), Some(Obj::Str(y))) => x.s == y.s,
        _ => false,
    }
}

/// Numeric view of a value for mixed int/float/bool comparisons.
enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

#[inline]
fn num(v: &Value) -> Option<Num<'_>> {
    if v.is_small_int() {
        Some(Num::I(v.as_small_int()))
    } else if v.is_float() {
        Some(Num::F(v.as_float()))
    } else if v.is_bool() {
        Some(Num::I(v.as_bool() as i64))
    } else {
        match v.obj() {
            Some(Obj::Int(b)) => Some(Num::B(b)),
            _ => None,
        }
    }
}

fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 { fb } else { num_bigint_from_f64(fl) };
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

fn num_bigint_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::I(x), Num::F(y)) => {
            if x.unsigned_abs() < (1u64 << 53) {
                (*x as f64).partial_cmp(y)
            } else {
                cmp_int_float(&BigInt::from(*x), *y)
            }
        }
        (Num::F(x), Num::I(y)) => num_cmp(&Num::I(*y), &Num::F(*x)).map(|o| o.reverse()),
        (Num::B(x), Num::B(y)) => Some(x.cmp(y)),
        (Num::B(x), Num::I(y)) => Some((*x).cmp(&BigInt::from(*y))),
        (Num::I(x), Num::B(y)) => Some(BigInt::from(*x).cmp(y)),
        (Num::B(x), Num::F(y)) => cmp_int_float(x, *y),
        (Num::F(x), Num::B(y)) => cmp_int_float(y, *x).map(|o| o.reverse()),
    }
}

/// Equality without running Python code; `None` when a dunder may be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        // NaN is not equal to itself, even as the same object.
        return Some(!(a.is_float() && a.as_float().is_nan()));
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Some(num_cmp(&x, &y) == Some(Ordering::Equal));
    }
    match (a.obj(), b.obj()) {
        (Some(Obj::Str(x)), Some(Obj::Str(y))) => {
            // Strings with known, different hashes differ.
            let (hx, hy) = (x.hash.get(), y.hash.get());
            Some(!(hx != hy && hx != -1 && hy != -1) && x.s == y.s)
        }
        (Some(Obj::Instance(_)), _) | (_, Some(Obj::Instance(_))) => None,
        (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                // (Identical items are equal, NaNs included, as in `fast_order`.)
                if !p.is(q) && !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Some(Obj::Bytes(x)), Some(Obj::Bytes(y))) => Some(x == y),
        (None, _) | (_, None) => Some(false),
        (Some(Obj::List(_)), Some(Obj::List(_)))
        | (Some(Obj::Dict(_)), Some(Obj::Dict(_)))
        | (Some(Obj::Set(_)) | Some(Obj::FrozenSet(_)), Some(Obj::Set(_)) | Some(Obj::FrozenSet(_)))
        | (Some(Obj::Range(_)), Some(Obj::Range(_)))
        | (Some(Obj::DictView(..)), _)
        | (_, Some(Obj::DictView(..)))
        | (Some(Obj::ByteArray(_)), _)
        | (_, Some(Obj::ByteArray(_)))
        | (Some(Obj::Slice(_)), Some(Obj::Slice(_))) => None,
        _ => Some(false),
    }
}

/// `a == b` as a bool (identity implies equality, as in containers).
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    let r = compare(a, b, CmpOp::Eq)?;
    truthy(&r)
}

fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match v.obj() {
        Some(Obj::List(l)) => Some(l.borrow().clone()),
        Some(Obj::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

/// How `a` compares with `b` when neither comparison can run Python code or fail: numbers,
/// str, bytes, and tuples of those (compared item by item; identical objects are equal, as
/// CPython's item comparisons assume). `Some(None)`: unordered (a NaN decided it); `None`:
/// not such values.
fn fast_order(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    if a.is(b) && !a.is_float() {
        return Some(Some(Ordering::Equal));
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Some(num_cmp(&x, &y));
    }
    match (a.obj()?, b.obj()?) {
        (Obj::Str(x), Obj::Str(y)) => Some(Some(x.s.cmp(&y.s))),
        (Obj::Bytes(x), Obj::Bytes(y)) => Some(Some(x.cmp(y))),
        (Obj::Tuple(x), Obj::Tuple(y)) => {
            for (p, q) in x.iter().zip(y.iter()) {
                // Identical items are equal, NaNs included (as CPython's item comparison
                // assumes; only a comparison of the NaN itself is unordered).
                if p.is(q) {
                    continue;
                }
                match fast_order(p, q)? {
                    Some(Ordering::Equal) => continue,
                    o => return Some(o),
                }
            }
            Some(Some(x.len().cmp(&y.len())))
        }
        _ => None,
    }
}

/// `a op b` through `fast_order`; `None` when the values need the generic comparison.
pub fn fast_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    Some(match fast_order(a, b)? {
        Some(o) => op.holds_for(o),
        None => op == CmpOp::Ne,
    })
}

fn compare_sequences(a: &[Value], b: &[Value], op: CmpOp) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && a.len() != b.len() {
        return Ok(op == CmpOp::Ne);
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if !eq(x, y)? {
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::Ne {
                return Ok(true);
            }
            return truthy(&compare(x, y, op)?);
        }
    }
    Ok(op.holds_for(a.len().cmp(&b.len())))
}

/// Builtin comparison; `None` means NotImplemented for this pair.
pub fn builtin_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(Some(match num_cmp(&x, &y) {
            Some(o) => op.holds_for(o),
            None => op == CmpOp::Ne,
        }));
    }
    match (a.obj(), b.obj()) {
        (Some(Obj::Str(x)), Some(Obj::Str(y))) => Ok(Some(op.holds_for(x.s.cmp(&y.s)))),
        (Some(Obj::Bytes(x)), Some(Obj::Bytes(y))) => Ok(Some(op.holds_for(x.cmp(y)))),
        // Tuples cannot change while their items are compared: compare them in place (sorts
        // by tuple keys compare a lot).
        (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) => match fast_compare(a, b, op) {
            Some(r) => Ok(Some(r)),
            None => Ok(Some(compare_sequences(x, y, op)?)),
        },
        // Slices compare as the tuples (start, stop, step).
        (Some(Obj::Slice(x)), Some(Obj::Slice(y))) => {
            let fields = |s: &SliceObj| [s.start.clone(), s.stop.clone(), s.step.clone()];
            Ok(Some(compare_sequences(&fields(x), &fields(y), op)?))
        }
        (Some(Obj::List(_)), Some(Obj::List(_))) => {
            let (x, y) = (seq_items(a).unwrap_or_default(), seq_items(b).unwrap_or_default());
            Ok(Some(compare_sequences(&x, &y, op)?))
        }
        (Some(Obj::Dict(_)), Some(Obj::Dict(_))) => match op {
            CmpOp::Eq | CmpOp::Ne => Ok(Some(crate::builtins::dict::dict_equal(a, b)? == (op == CmpOp::Eq))),
            _ => Ok(None),
        },
        (Some(Obj::Set(_) | Obj::FrozenSet(_)), Some(Obj::Set(_) | Obj::FrozenSet(_))) => {
            Ok(Some(crate::builtins::set::set_compare(a, b, op)?))
        }
        (Some(Obj::DictView(_, DictViewKind::Keys | DictViewKind::Items)), _)
        | (_, Some(Obj::DictView(_, DictViewKind::Keys | DictViewKind::Items))) => {
            let setlike = |v: &Value| matches!(v.obj(), Some(Obj::Set(_) | Obj::FrozenSet(_) | Obj::DictView(_, DictViewKind::Keys | DictViewKind::Items)));
            if setlike(a) && setlike(b) {
                let (sa, sb) = (crate::builtins::set::to_set_value(a)?, crate::builtins::set::to_set_value(b)?);
                Ok(Some(crate::builtins::set::set_compare(&sa, &sb, op)?))
            } else if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                Ok(Some(op == CmpOp::Ne))
            } else {
                Ok(None)
            }
        }
        (Some(Obj::Range(x)), Some(Obj::Range(y))) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let _ = (x, y);
            let la = crate::builtins::seq::range_to_vec(a)?;
            let lb = crate::builtins::seq::range_to_vec(b)?;
            let same = la.len() == lb.len() && la.iter().zip(lb.iter()).all(|(p, q)| p.bits() == q.bits());
            Ok(Some(same == (op == CmpOp::Eq)))
        }
        (Some(Obj::ByteArray(x)), Some(Obj::ByteArray(y))) => Ok(Some(op.holds_for(x.borrow().cmp(&y.borrow())))),
        (Some(Obj::ByteArray(x)), Some(Obj::Bytes(y))) => Ok(Some(op.holds_for(x.borrow()[..].cmp(&y[..])))),
        (Some(Obj::Bytes(x)), Some(Obj::ByteArray(y))) => Ok(Some(op.holds_for(x[..].cmp(&y.borrow()[..])))),
        _ => {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) && !is_user_instance(a) && !is_user_instance(b) {
                Ok(Some(a.is(b) == (op == CmpOp::Eq)))
            } else {
                Ok(None)
            }
        }
    }
}

fn try_rich(obj: &Value, other: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if !is_user_instance(obj) {
        return Ok(builtin_compare(obj, other, op)?.map(Value::bool));
    }
    let cls = types::type_of(obj);
    if let Some(m) = types::lookup_in_class(&cls, &crate::intern_static(op.dunder())) {
        let r = call_method_value(&m, obj, std::slice::from_ref(other), &[])?;
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
        return Ok(None);
    }
    // `__ne__` defaults to the inverse of `__eq__`.
    if op == CmpOp::Ne {
        if let Some(m) = types::lookup_in_class(&cls, &crate::intern_static("__eq__")) {
            let r = call_method_value(&m, obj, std::slice::from_ref(other), &[])?;
            if !is_not_implemented(&r) {
                return Ok(Some(Value::bool(!truthy(&r)?)));
            }
            return Ok(None);
        }
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && !is_user_instance(other) {
        return Ok(None);
    }
    Ok(None)
}

/// `a <op> b` with CPython's reflection rules; returns the (possibly non-bool) result.
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    // Strs first: text compared against single characters and keys is most of what reaches
    // here from code specialized on numbers only. Equal objects are equal, texts of different
    // lengths are not; UTF-8 byte order is code point order.
    if let (Some(Obj::Str(x)), Some(Obj::Str(y))) = (a.obj(), b.obj()) {
        let r = match op {
            CmpOp::Eq | CmpOp::Ne => (a.is(b) || x.s.len() == y.s.len() && x.s == y.s) == (op == CmpOp::Eq),
            _ => op.holds_for(x.s.cmp(&y.s)),
        };
        return Ok(Value::bool(r));
    }
    if !is_user_instance(a) && !is_user_instance(b) {
        if let Some(r) = builtin_compare(a, b, op)? {
            return Ok(Value::bool(r));
        }
        return Err(cmp_type_error(a, b, op));
    }
    if let Some(r) = forward_function_dunder(a, b, COMPARE_KEYS + op as u64, op.dunder())? {
        if !is_not_implemented(&r) {
            return Ok(r);
        }
        // `b` could not go first (see below): its reflected method, then the defaults.
        if let Some(r) = try_rich(b, a, op.reflected())? {
            return Ok(r);
        }
        return compare_defaults(a, b, op);
    }
    let ta = types::type_of(a);
    let tb = types::type_of(b);
    let reflected_first = !ta.is(&tb) && types::is_subclass(&tb, &ta);
    if reflected_first {
        if let Some(r) = try_rich(b, a, op.reflected())? {
            return Ok(r);
        }
    }
    if let Some(r) = try_rich(a, b, op)? {
        return Ok(r);
    }
    if !reflected_first {
        if let Some(r) = try_rich(b, a, op.reflected())? {
            return Ok(r);
        }
    }
    compare_defaults(a, b, op)
}

/// What a comparison answers when neither operand's method did: identity for `==` and
/// `!=`, else TypeError.
fn compare_defaults(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match op {
        CmpOp::Eq => Ok(Value::bool(a.is(b))),
        CmpOp::Ne => Ok(Value::bool(!a.is(b))),
        _ => Err(cmp_type_error(a, b, op)),
    }
}

fn cmp_type_error(a: &Value, b: &Value, op: CmpOp) -> Exc {
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// `a < b` as a bool, for sorting and min/max.
pub fn less_than(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.as_small_int() < b.as_small_int());
    }
    if let Some(r) = fast_compare(a, b, CmpOp::Lt) {
        return Ok(r);
    }
    let r = compare(a, b, CmpOp::Lt)?;
    truthy(&r)
}

// ---------------------------------------------------------------- arithmetic

fn float_of(v: &Value) -> PyResult<Option<f64>> {
    Ok(match num(v) {
        Some(Num::F(f)) => Some(f),
        Some(Num::I(i)) => Some(i as f64),
        Some(Num::B(b)) => Some(int::to_f64(b)?),
        None => None,
    })
}

pub fn float_floor_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    // (Infinite operands take C99's special values, as CPython's: `0.0 ** -inf` is inf,
    // `(-inf) ** 0.5` is inf, `(-inf) ** -0.5` is 0.0.)
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        return Err(crate::exceptions::value_error(
            "Molt does not support complex numbers (negative number raised to a fractional power)",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(crate::exceptions::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn float_binop(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    Ok(Some(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_floor_div_mod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_floor_div_mod(x, y).1
        }
        BinOp::Pow => float_pow(x, y)?,
        _ => return Ok(None),
    })))
}

/// Builtin implementation of a binary operator; `None` for NotImplemented.
pub fn builtin_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    // ints (bools included)
    if int::is_int(a) && int::is_int(b) {
        if op == BinOp::TrueDiv {
            let (x, y) = (int::big(a).unwrap(), int::big(b).unwrap());
            return Ok(Some(Value::float(int::true_div(&x, &y)?)));
        }
        if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
            let (x, y) = (a.as_bool(), b.as_bool());
            return Ok(Some(Value::bool(match op {
                BinOp::And => x & y,
                BinOp::Or => x | y,
                _ => x ^ y,
            })));
        }
        let Some(iop) = op.int_op() else { return Ok(None) };
        if let (Some(x), Some(y)) = (int::as_i64(a), int::as_i64(b)) {
            if let Some(r) = int::small_op(iop, x, y) {
                return Ok(Some(r));
            }
        }
        let (x, y) = (int::big(a).unwrap(), int::big(b).unwrap());
        return Ok(Some(int::int_op(iop, &x, &y)?));
    }
    if let (Some(_), Some(_)) = (num(a), num(b)) {
        let (x, y) = (float_of(a)?.unwrap(), float_of(b)?.unwrap());
        return float_binop(op, x, y);
    }
    match (a.obj(), op) {
        (Some(Obj::Str(x)), BinOp::Add) => {
            if let Some(Obj::Str(y)) = b.obj() {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                return Ok(Some(crate::str_from(s)));
            }
            return Ok(None);
        }
        (Some(Obj::List(x)), BinOp::Add) => {
            if let Some(Obj::List(y)) = b.obj() {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                return Ok(Some(crate::list_new(v)));
            }
            return Ok(None);
        }
        (Some(Obj::Tuple(x)), BinOp::Add) => {
            if let Some(Obj::Tuple(y)) = b.obj() {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                return Ok(Some(crate::tuple_new(v)));
            }
            return Ok(None);
        }
        (Some(Obj::Bytes(_) | Obj::ByteArray(_)), BinOp::Add) => {
            let mut v = crate::builtins::bytes::bytes_data(a)?;
            match crate::builtins::bytes::bytes_data(b) {
                Ok(y) => v.extend_from_slice(&y),
                Err(_) => return Ok(None),
            }
            return Ok(Some(if matches!(a.obj(), Some(Obj::ByteArray(_))) {
                Value::new(Obj::ByteArray(std::cell::RefCell::new(v)))
            } else {
                crate::bytes_new(v)
            }));
        }
        (Some(Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)), BinOp::Mul) => {
            if int::is_int(b) {
                return Ok(Some(crate::builtins::seq::repeat(a, b)?));
            }
            return Ok(None);
        }
        (Some(Obj::Str(_)), BinOp::Mod) => return Ok(Some(crate::fmt::percent_format(a, b)?)),
        (Some(Obj::Bytes(_) | Obj::ByteArray(_)), BinOp::Mod) => return Ok(Some(crate::fmt::bytes_percent_format(a, b)?)),
        (Some(Obj::Set(_) | Obj::FrozenSet(_)), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            if matches!(b.obj(), Some(Obj::Set(_) | Obj::FrozenSet(_))) {
                return Ok(Some(crate::builtins::set::set_binop(a, b, op)?));
            }
            // A set does not know views; the view's reflected operator does the work.
            if matches!(b.obj(), Some(Obj::DictView(_, DictViewKind::Keys | DictViewKind::Items))) {
                return Ok(Some(crate::builtins::set::view_binop(a, b, op)?));
            }
        }
        (Some(Obj::DictView(_, DictViewKind::Keys | DictViewKind::Items)), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            return Ok(Some(crate::builtins::set::view_binop(a, b, op)?));
        }
        (Some(Obj::Dict(x)), BinOp::Or) => {
            if let Some(Obj::Dict(_)) = b.obj() {
                let d = crate::dict_value(x.borrow().copy());
                crate::builtins::dict::dict_update_from(&d, b)?;
                return Ok(Some(d));
            }
        }
        _ => {}
    }
    if int::is_int(a) && b.obj().is_some() && matches!(op, BinOp::Mul) {
        if let Some(Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)) = b.obj() {
            return Ok(Some(crate::builtins::seq::repeat(b, a)?));
        }
    }
    Ok(None)
}

fn try_binop_dunder(obj: &Value, other: &Value, name: &'static str) -> PyResult<Option<Value>> {
    if !is_user_instance(obj) {
        return Ok(None);
    }
    let cls = types::type_of(obj);
    match types::lookup_in_class(&cls, &crate::intern_static(name)) {
        Some(m) => {
            let r = call_method_value(&m, obj, std::slice::from_ref(other), &[])?;
            Ok(if is_not_implemented(&r) { None } else { Some(r) })
        }
        None => Ok(None),
    }
}

/// The answer of `a`'s forward method `fwd` (possibly NotImplemented), when `a` is an
/// instance of a user class whose MRO has a Python function for it and `b` cannot go first
/// (it is of the same class, or not an instance of a user class, so not of a subclass);
/// `None` otherwise (nothing was called). `key` names the operator in the dunder cache (a
/// `BinOp`, or `COMPARE_KEYS` plus a `CmpOp`): `Vector.__add__` costs a call, not an MRO
/// walk and the general method call path.
fn forward_function_dunder(a: &Value, b: &Value, key: u64, fwd: &'static str) -> PyResult<Option<Value>> {
    let Some(Obj::Instance(ia)) = a.obj() else { return Ok(None) };
    if ia.exc.is_some() {
        return Ok(None);
    }
    let f = {
        let cls = ia.class.borrow();
        let b_after = match b.obj() {
            Some(Obj::Instance(ib)) => ib.class.borrow().is(&cls),
            _ => true,
        };
        if !b_after {
            return Ok(None);
        }
        match types::dunder_of(&cls, key, fwd) {
            types::Dunder::Function(f) => f,
            types::Dunder::Absent | types::Dunder::Other => return Ok(None),
        }
    };
    crate::call::call_function_with_receiver(&f, a, b).map(Some)
}

/// Comparison operators' keys in the dunder cache start here (after the `BinOp`s).
const COMPARE_KEYS: u64 = 64;

/// `a <op> b`.
pub fn binary_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    binary_op_as(a, b, op, false)
}

/// `a op b`, or (`inplace`) what `a op= b` does for operands without in-place behaviour: the
/// same, except that a TypeError names the `op=` operator, as CPython's does.
fn binary_op_as(a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    if let (true, true) = (a.is_small_int(), b.is_small_int()) {
        if let Some(iop) = op.int_op() {
            if let Some(r) = int::small_op(iop, a.as_small_int(), b.as_small_int()) {
                return Ok(r);
            }
        }
    }
    if a.is_float() && b.is_float() {
        if let Some(r) = float_binop(op, a.as_float(), b.as_float())? {
            return Ok(r);
        }
    }
    let (fwd, refl, _) = op.dunder();
    if let Some(r) = forward_function_dunder(a, b, op as u64, fwd)? {
        if !is_not_implemented(&r) {
            return Ok(r);
        }
        // What is left of the protocol when `b` cannot answer first (see below): its
        // reflected method when it is of another class, then the errors.
        if !types::type_of(a).is(&types::type_of(b)) {
            if let Some(r) = try_binop_dunder(b, a, refl)? {
                return Ok(r);
            }
        }
        return binop_fallbacks(a, b, op, inplace);
    }
    if !is_user_instance(a) && !is_user_instance(b) {
        if let Some(r) = builtin_binop(op, a, b)? {
            return Ok(r);
        }
        if op == BinOp::Or {
            if let Some(r) = type_union(a, b)? {
                return Ok(r);
            }
        }
        return Err(binop_type_error(a, b, op, inplace));
    }
    let ta = types::type_of(a);
    let tb = types::type_of(b);
    let reflected_first = !ta.is(&tb) && types::is_subclass(&tb, &ta);
    if reflected_first {
        if let Some(r) = try_binop_dunder(b, a, refl)? {
            return Ok(r);
        }
    }
    let r = if is_user_instance(a) { try_binop_dunder(a, b, fwd)? } else { builtin_binop(op, a, b)? };
    if let Some(r) = r {
        return Ok(r);
    }
    if !reflected_first && !ta.is(&tb) {
        if let Some(r) = try_binop_dunder(b, a, refl)? {
            return Ok(r);
        }
    }
    binop_fallbacks(a, b, op, inplace)
}

/// The end of the binary operator protocol, once the operands' methods declined.
fn binop_fallbacks(a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    if op == BinOp::Mul {
        // Sequence repetition by any object with __index__.
        let is_seq = |v: &Value| matches!(v.obj(), Some(Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_)));
        if is_seq(a) && crate::call::has_dunder(b, "__index__") {
            return crate::builtins::seq::repeat(a, &Value::int(index_of(b)?));
        }
        if is_seq(b) && crate::call::has_dunder(a, "__index__") {
            return crate::builtins::seq::repeat(b, &Value::int(index_of(a)?));
        }
    }
    Err(binop_type_error(a, b, op, inplace))
}

/// `a | b` of a class and a class or None (`type.__or__`): a `types.UnionType`, built by
/// `_molt_unions`; `None` for other operands.
fn type_union(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_class = |v: &Value| types::as_class(v).is_some();
    if !(is_class(a) || is_class(b)) || !(is_class(a) || a.is_none()) || !(is_class(b) || b.is_none()) {
        return Ok(None);
    }
    let union = union_helper("_union")?;
    let r = crate::call::call(&union, &[a.clone(), b.clone()])?;
    Ok(if matches!(r.obj(), Some(Obj::NotImplemented)) { None } else { Some(r) })
}

/// The embedded module that implements unions of types (an AOT build always includes it).
pub const UNIONS_MODULE: &str = "_molt_unions";

/// An attribute of the embedded `_molt_unions` module (which implements unions of types,
/// `types.UnionType`).
pub fn union_helper(name: &str) -> PyResult<Value> {
    let m = (crate::call::hooks().import_module)(UNIONS_MODULE)?;
    crate::attr::getattr(&m, &crate::intern(name))
}

/// The members of `v` when it is a `types.UnionType` (`int | None`).
pub fn union_members(v: &Value) -> PyResult<Option<Value>> {
    if !is_user_instance(v) {
        return Ok(None);
    }
    let cls = union_helper("UnionType")?;
    if !types::type_of(v).is(&cls) {
        return Ok(None);
    }
    crate::attr::getattr(v, &crate::intern("__args__")).map(Some)
}

fn is_sequence(v: &Value) -> bool {
    matches!(v.obj(), Some(Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)))
}

/// The TypeError for an operator no operand supports, with CPython's sequence-specific wording.
fn binop_type_error(a: &Value, b: &Value, op: BinOp, inplace: bool) -> Exc {
    if op == BinOp::Add && is_sequence(a) {
        return type_error(match a.obj() {
            Some(Obj::Bytes(_) | Obj::ByteArray(_)) => format!("can't concat {} to {}", type_name(b), type_name(a)),
            _ => format!("can only concatenate {} (not \"{}\") to {}", type_name(a), type_name(b), type_name(a)),
        });
    }
    if op == BinOp::Mul {
        let other = if is_sequence(a) && !int::is_int(b) {
            Some(b)
        } else if is_sequence(b) && !int::is_int(a) {
            Some(a)
        } else {
            None
        };
        if let Some(o) = other {
            return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(o)));
        }
    }
    if op == BinOp::Pow && !inplace {
        return type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}{}: '{}' and '{}'",
        op.symbol(),
        if inplace { "=" } else { "" },
        type_name(a),
        type_name(b)
    ))
}

/// `a <op>= b`: mutates lists, sets and dicts in place; dunder `__i*__` first for instances.
pub fn inplace_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match (a.obj(), op) {
        (Some(Obj::List(l)), BinOp::Add) => {
            let items = crate::builtins::seq::collect(b)?;
            l.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (Some(Obj::ByteArray(ba)), BinOp::Add) => {
            let data = crate::builtins::bytes::bytes_data(b)
                .map_err(|_| type_error(format!("can't concat {} to bytearray", type_name(b))))?;
            ba.borrow_mut().extend(data);
            return Ok(a.clone());
        }
        (Some(Obj::List(l)), BinOp::Mul) => {
            if !int::is_int(b) && !crate::call::has_dunder(b, "__index__") {
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b))));
            }
            let n = index_of(b)?;
            let mut v = l.borrow_mut();
            if n <= 0 {
                v.clear();
            } else {
                let orig = v.clone();
                let extra = orig.len().checked_mul(n as usize - 1).ok_or_else(crate::exceptions::memory_error)?;
                v.try_reserve_exact(extra).map_err(|_| crate::exceptions::memory_error())?;
                for _ in 1..n {
                    v.extend(orig.iter().cloned());
                }
            }
            drop(v);
            return Ok(a.clone());
        }
        (Some(Obj::Set(_)), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            if matches!(b.obj(), Some(Obj::Set(_) | Obj::FrozenSet(_))) {
                crate::builtins::set::set_inplace(a, b, op)?;
                return Ok(a.clone());
            }
        }
        (Some(Obj::Dict(_)), BinOp::Or) => {
            crate::builtins::dict::dict_update_from(a, b)?;
            return Ok(a.clone());
        }
        (Some(Obj::Instance(_)), _) => {
            let (_, _, iname) = op.dunder();
            if let Some(r) = try_binop_dunder(a, b, iname)? {
                return Ok(r);
            }
        }
        _ => {}
    }
    binary_op_as(a, b, op, true)
}

pub fn unary_op(v: &Value, op: UnaryOp) -> PyResult<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::bool(!truthy(v)?));
    }
    if v.is_small_int() || v.is_bool() {
        let i = int::as_i64(v).unwrap();
        return Ok(match op {
            UnaryOp::Neg => int::from_i128(-(i as i128)),
            UnaryOp::Pos => Value::int(i),
            _ => Value::int(!i),
        });
    }
    if v.is_float() {
        let f = v.as_float();
        return match op {
            UnaryOp::Neg => Ok(Value::float(-f)),
            UnaryOp::Pos => Ok(Value::float(f)),
            _ => Err(type_error("bad operand type for unary ~: 'float'")),
        };
    }
    if let Some(Obj::Int(b)) = v.obj() {
        return Ok(match op {
            UnaryOp::Neg => int::from_big(-b),
            UnaryOp::Pos => v.clone(),
            _ => int::from_big(!b),
        });
    }
    let (name, sym) = match op {
        UnaryOp::Neg => ("__neg__", "-"),
        UnaryOp::Pos => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    if is_user_instance(v) {
        if let Some(r) = call_dunder(v, name, &[])? {
            return Ok(r);
        }
    }
    Err(type_error(format!("bad operand type for unary {sym}: '{}'", type_name(v))))
}

// ---------------------------------------------------------------- containers

/// `operator.index(v)` (CPython's `PyNumber_Index`): an int, bools as plain ints; other
/// objects through `__index__`, which must return an int.
pub fn number_index(v: &Value) -> PyResult<Value> {
    if v.is_bool() {
        return Ok(Value::int(v.as_bool() as i64));
    }
    if int::is_int(v) {
        return Ok(v.clone());
    }
    if is_user_instance(v) {
        if let Some(r) = call_dunder(v, "__index__", &[])? {
            if !int::is_int(&r) {
                return Err(type_error(format!("__index__ returned non-int (type {})", type_name(&r))));
            }
            return number_index(&r);
        }
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

fn index_sized_error(id: TypeId, v: &Value) -> Exc {
    crate::exceptions::new_exc(id, format!("cannot fit '{}' into an index-sized integer", type_name(v)))
}

/// `operator.index(v)` as i64; an int too big for it is an IndexError naming `v`'s type (as
/// for subscripts).
pub fn index_of(v: &Value) -> PyResult<i64> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i);
    }
    int::as_i64(&number_index(v)?).ok_or_else(|| index_sized_error(TypeId::IndexError, v))
}

/// What `__len__` returned, as `len()` and truth testing take it (CPython's
/// `slot_sq_length`): an index, not negative, that fits a machine word.
fn len_result(r: &Value) -> PyResult<usize> {
    let n = number_index(r)?;
    if int::big(&n).is_some_and(|b| num_traits::Signed::is_negative(&*b)) {
        return Err(crate::exceptions::value_error("__len__() should return >= 0"));
    }
    int::as_i64(&n).map(|n| n as usize).ok_or_else(|| index_sized_error(TypeId::OverflowError, &n))
}

pub fn len(v: &Value) -> PyResult<usize> {
    Ok(match v.obj() {
        Some(Obj::Str(s)) => s.chars,
        Some(Obj::List(l)) => l.borrow().len(),
        Some(Obj::Tuple(t)) => t.len(),
        Some(Obj::Dict(d)) => d.borrow().len(),
        Some(Obj::Set(s)) | Some(Obj::FrozenSet(s)) => s.borrow().len(),
        Some(Obj::Bytes(b)) => b.len(),
        Some(Obj::ByteArray(b)) => b.borrow().len(),
        Some(Obj::Range(_)) => crate::builtins::seq::range_len(v)?,
        Some(Obj::DictView(d, _)) => len(d)?,
        Some(Obj::Instance(_)) => match call_dunder(v, "__len__", &[])? {
            Some(r) => len_result(&r)?,
            None => return Err(type_error(format!("object of type '{}' has no len()", type_name(v)))),
        },
        _ => return Err(type_error(format!("object of type '{}' has no len()", type_name(v)))),
    })
}

pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let types::Dunder::Function(f) = crate::call::instance_dunder(container, "__contains__") {
        return truthy(&crate::call::call_function_with_receiver(&f, container, item)?);
    }
    match container.obj() {
        Some(Obj::Str(s)) => match item.obj() {
            // A one-byte needle (an ASCII character) is a byte scan, without the substring
            // searcher's setup.
            Some(Obj::Str(sub)) => Ok(match sub.s.as_bytes() {
                [b] => s.s.as_bytes().contains(b),
                _ => memchr::memmem::find(s.s.as_bytes(), sub.s.as_bytes()).is_some(),
            }),
            _ => Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(item)))),
        },
        Some(Obj::List(l)) => {
            let n = l.borrow().len();
            for i in 0..n {
                let x = match l.borrow().get(i) {
                    Some(x) => x.clone(),
                    None => break,
                };
                if eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Obj::Tuple(t)) => {
            for x in t.iter() {
                if eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Obj::Dict(_)) => Ok(crate::builtins::dict::dict_get(container, item)?.is_some()),
        Some(Obj::DictView(d, DictViewKind::Keys)) => Ok(crate::builtins::dict::dict_get(d, item)?.is_some()),
        Some(Obj::Set(_)) | Some(Obj::FrozenSet(_)) => crate::builtins::set::set_contains(container, item),
        Some(Obj::Range(_)) => crate::builtins::seq::range_contains(container, item),
        Some(Obj::Bytes(b)) => crate::builtins::bytes::bytes_contains(b, item),
        Some(Obj::ByteArray(b)) => {
            let data = b.borrow().clone();
            crate::builtins::bytes::bytes_contains(&data, item)
        }
        Some(Obj::Instance(_)) if crate::call::has_dunder(container, "__contains__") => {
            // `__contains__ = None` declares the class no container (and stops iteration).
            let m = crate::types::lookup_in_class(&crate::types::type_of(container), &crate::intern_static("__contains__")).expect("has_dunder found it");
            if m.is_none() {
                return Err(type_error(format!("'{}' object is not a container", type_name(container))));
            }
            truthy(&crate::call::call_method_value(&m, container, std::slice::from_ref(item), &[])?)
        }
        _ => {
            let it = get_iter(container).map_err(|e| {
                if crate::exceptions::matches(&e, TypeId::TypeError) {
                    type_error(format!("argument of type '{}' is not iterable", type_name(container)))
                } else {
                    e
                }
            })?;
            while let Some(x) = iter_next(&it)? {
                if eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Where index `i` (negative: from the end) falls in a sequence of `len` items, if inside.
#[inline(always)]
pub fn seq_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

pub fn getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    match obj.obj() {
        Some(Obj::List(l)) => {
            if let Some(i) = int::as_i64(key) {
                let l = l.borrow();
                let Some(j) = seq_index(i, l.len()) else {
                    return Err(crate::exceptions::index_error("list index out of range"));
                };
                return Ok(l[j].clone());
            }
            crate::builtins::seq::seq_getitem(obj, key)
        }
        Some(Obj::Dict(_)) => match crate::builtins::dict::dict_get(obj, key)? {
            Some(v) => Ok(v),
            None => Err(crate::exceptions::key_error(key.clone())),
        },
        // A character of ASCII text by a small int: the byte is the character.
        Some(Obj::Str(s)) if key.is_small_int() && s.is_ascii() => match seq_index(key.as_small_int(), s.chars) {
            Some(j) => Ok(crate::char_str(s.s.as_bytes()[j] as char)),
            None => Err(crate::exceptions::index_error("string index out of range")),
        },
        Some(Obj::Tuple(_) | Obj::Str(_) | Obj::Range(_) | Obj::Bytes(_) | Obj::ByteArray(_)) => {
            crate::builtins::seq::seq_getitem(obj, key)
        }
        Some(Obj::Instance(_)) => match call_dunder(obj, "__getitem__", std::slice::from_ref(key))? {
            Some(v) => Ok(v),
            None => Err(type_error(format!("'{}' object is not subscriptable", type_name(obj)))),
        },
        Some(Obj::Class(_)) => {
            if let Some(m) = types::lookup_in_class(obj, &intern("__class_getitem__")) {
                return call_method_value(&m, obj, std::slice::from_ref(key), &[]);
            }
            // `list[int]`-style generic aliases only matter for annotations: return the class.
            if types::as_class(obj).and_then(|c| c.builtin).is_some() {
                return Ok(obj.clone());
            }
            Err(type_error(format!("type '{}' is not subscriptable", types::class_name(obj))))
        }
        _ => Err(type_error(format!("'{}' object is not subscriptable", type_name(obj)))),
    }
}

pub fn setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    match obj.obj() {
        Some(Obj::List(l)) => {
            if let Some(i) = int::as_i64(key) {
                let mut l = l.borrow_mut();
                let Some(j) = seq_index(i, l.len()) else {
                    return Err(crate::exceptions::index_error("list assignment index out of range"));
                };
                l[j] = value;
                return Ok(());
            }
            crate::builtins::seq::list_setitem(obj, key, value)
        }
        Some(Obj::Dict(_)) => crate::builtins::dict::dict_set(obj, key.clone(), value),
        Some(Obj::ByteArray(_)) => crate::builtins::bytes::bytearray_setitem(obj, key, value),
        Some(Obj::Instance(_)) => match call_dunder(obj, "__setitem__", &[key.clone(), value])? {
            Some(_) => Ok(()),
            None => Err(type_error(format!("'{}' object does not support item assignment", type_name(obj)))),
        },
        _ => Err(type_error(format!("'{}' object does not support item assignment", type_name(obj)))),
    }
}

pub fn delitem(obj: &Value, key: &Value) -> PyResult<()> {
    match obj.obj() {
        Some(Obj::List(_)) => crate::builtins::seq::list_delitem(obj, key),
        Some(Obj::ByteArray(b)) => {
            let mut items: Vec<Value> = b.borrow().iter().map(|x| Value::small_int(*x as i64)).collect();
            let tmp = crate::list_new(std::mem::take(&mut items));
            crate::builtins::seq::list_delitem(&tmp, key).map_err(|e| {
                if crate::exceptions::matches(&e, TypeId::IndexError) {
                    crate::exceptions::index_error("bytearray index out of range")
                } else {
                    e
                }
            })?;
            let rest: Vec<u8> = crate::builtins::seq::collect(&tmp)?.iter().map(|v| v.as_small_int() as u8).collect();
            *b.borrow_mut() = rest;
            Ok(())
        }
        Some(Obj::Dict(_)) => match crate::builtins::dict::dict_remove(obj, key)? {
            Some(_) => Ok(()),
            None => Err(crate::exceptions::key_error(key.clone())),
        },
        Some(Obj::Instance(_)) => match call_dunder(obj, "__delitem__", std::slice::from_ref(key))? {
            Some(_) => Ok(()),
            None => Err(type_error(format!("'{}' object does not support item deletion", type_name(obj)))),
        },
        Some(Obj::Str(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::Range(_)) => {
            Err(type_error(format!("'{}' object doesn't support item deletion", type_name(obj))))
        }
        _ => Err(type_error(format!("'{}' object does not support item deletion", type_name(obj)))),
    }
}

// ---------------------------------------------------------------- iteration

pub fn new_iter(kind: IterKind) -> Value {
    Value::new(Obj::Iter(std::cell::RefCell::new(kind)))
}

pub fn get_iter(v: &Value) -> PyResult<Value> {
    Ok(match v.obj() {
        Some(Obj::List(_)) | Some(Obj::Tuple(_)) | Some(Obj::Bytes(_)) | Some(Obj::ByteArray(_)) => {
            new_iter(IterKind::Seq { seq: v.clone(), index: 0 })
        }
        Some(Obj::Str(_)) => new_iter(IterKind::Str { s: v.clone(), byte_pos: 0 }),
        Some(Obj::Range(r)) => match (int::as_i64(&r.start), int::as_i64(&r.stop), int::as_i64(&r.step)) {
            (Some(a), Some(b), Some(c)) => new_iter(IterKind::Range { next: a, stop: b, step: c }),
            _ => new_iter(IterKind::BigRange(Box::new(crate::object::BigRangeIter {
                next: int::big(&r.start).unwrap().into_owned(),
                stop: int::big(&r.stop).unwrap().into_owned(),
                step: int::big(&r.step).unwrap().into_owned(),
            }))),
        },
        Some(Obj::Dict(d)) => {
            let len = d.borrow().len();
            new_iter(IterKind::Dict { dict: v.clone(), pos: 0, len, kind: DictViewKind::Keys, last: Value::NONE })
        }
        Some(Obj::DictView(d, kind)) => {
            let len = len_dict(d);
            new_iter(IterKind::Dict { dict: d.clone(), pos: 0, len, kind: *kind, last: Value::NONE })
        }
        Some(Obj::Set(s)) | Some(Obj::FrozenSet(s)) => {
            let len = s.borrow().len();
            new_iter(IterKind::Set { set: v.clone(), pos: 0, len })
        }
        Some(Obj::Iter(_)) | Some(Obj::Generator(..)) => v.clone(),
        Some(Obj::Instance(_)) => {
            // `__iter__ = None` declares the class not iterable, even with `__getitem__`.
            let declared = crate::types::lookup_in_class(&crate::types::type_of(v), &crate::intern_static("__iter__"));
            if declared.as_ref().is_some_and(|m| m.is_none()) {
                return Err(type_error(format!("'{}' object is not iterable", type_name(v))));
            }
            if let Some(m) = declared {
                let it = crate::call::call_method_value(&m, v, &[], &[])?;
                if !crate::call::has_dunder(&it, "__next__") && !matches!(it.obj(), Some(Obj::Iter(_) | Obj::Generator(..))) {
                    return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
                }
                return Ok(it);
            }
            if crate::call::has_dunder(v, "__getitem__") {
                return Ok(new_iter(IterKind::GetItem { obj: v.clone(), index: 0 }));
            }
            return Err(type_error(format!("'{}' object is not iterable", type_name(v))));
        }
        _ => return Err(type_error(format!("'{}' object is not iterable", type_name(v)))),
    })
}

fn len_dict(d: &Value) -> usize {
    match d.obj() {
        Some(Obj::Dict(t)) => t.borrow().len(),
        _ => 0,
    }
}

/// Advances an iterator: `Ok(None)` when exhausted (StopIteration is absorbed).
pub fn iter_next(it: &Value) -> PyResult<Option<Value>> {
    match it.obj() {
        Some(Obj::Iter(cell)) => crate::builtins::iters::next_builtin(it, cell),
        Some(Obj::Generator(..)) => match (crate::call::hooks().resume_generator)(it, Value::NONE, None)? {
            crate::call::GenStep::Yield(v) => Ok(Some(v)),
            crate::call::GenStep::Return(_) => Ok(None),
        },
        Some(Obj::Instance(_)) => match call_dunder(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(type_error(format!("'{}' object is not an iterator", type_name(it)))),
            Err(e) if crate::exceptions::matches(&e, TypeId::StopIteration) => Ok(None),
            Err(e) => Err(e),
        },
        _ => Err(type_error(format!("'{}' object is not an iterator", type_name(it)))),
    }
}

/// Slice bounds for a sequence of `len` items, CPython's PySlice_AdjustIndices.
pub fn slice_indices(start: &Value, stop: &Value, step: &Value, len: i64) -> PyResult<(i64, i64, i64)> {
    let step = if step.is_none() { 1 } else { slice_int(step)? };
    if step == 0 {
        return Err(crate::exceptions::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let mut i = slice_int(v)?;
        if i < 0 {
            i += len;
            if i < lower {
                i = lower;
            }
        } else if i > upper {
            i = upper;
        }
        Ok(i)
    };
    let start = norm(start, if step < 0 { upper } else { lower })?;
    let stop = norm(stop, if step < 0 { lower } else { upper })?;
    Ok((start, stop, step))
}

fn slice_int(v: &Value) -> PyResult<i64> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i);
    }
    if let Some(Obj::Int(b)) = v.obj() {
        use num_traits::Signed;
        return Ok(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 });
    }
    if is_user_instance(v) {
        if let Some(r) = call_dunder(v, "__index__", &[])? {
            return slice_int(&r);
        }
    }
    Err(type_error("slice indices must be integers or None or have an __index__ method"))
}

/// The indices a slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let r = i as usize;
            i += step;
            Some(r)
        } else {
            None
        }
    })
}

pub fn to_f64_lossy(v: &Value) -> Option<f64> {
    match num(v)? {
        Num::I(i) => Some(i as f64),
        Num::F(f) => Some(f),
        Num::B(b) => b.to_f64(),
    }
}

pub fn str_value(v: &Value) -> &str {
    str_of(v)
}
