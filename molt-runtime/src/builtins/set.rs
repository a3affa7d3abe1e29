//! set and frozenset: membership with Python equality, the operators, and the methods.

use super::add_methods;
use crate::call::check_arity;
use crate::exceptions::{key_error, type_error};
use crate::object::*;
use crate::ops::{self, BinOp, CmpOp};
use crate::set::SetTable;
use crate::types::{type_name, TypeId};
use crate::value::Value;
use std::cell::RefCell;

pub fn new_set(frozen: bool) -> Value {
    if frozen {
        Value::new(Obj::FrozenSet(RefCell::new(SetTable::new())))
    } else {
        Value::new(Obj::Set(RefCell::new(SetTable::new())))
    }
}

fn table(s: &Value) -> &RefCell<SetTable> {
    match s.obj() {
        Some(Obj::Set(t)) | Some(Obj::FrozenSet(t)) => t,
        _ => panic!("internal invariant: set helper on a non-set"),
    }
}

pub fn is_set(v: &Value) -> bool {
    matches!(v.obj(), Some(Obj::Set(_) | Obj::FrozenSet(_)))
}

/// The position of `key` in the set. Comparisons needing Python code run with the table
/// moved out of its cell, so user `__eq__` can never observe a borrowed table.
fn find_pos(s: &Value, h: i64, key: &Value) -> PyResult<Option<usize>> {
    let t = table(s);
    let mut needs_python = false;
    {
        let guard = t.borrow();
        let r = guard.find(h, key, &mut |a, b| match ops::fast_eq(a, b) {
            Some(r) => Ok(r),
            None => {
                needs_python = true;
                Ok(false)
            }
        });
        if !needs_python {
            return r;
        }
    }
    let taken = std::mem::take(&mut *t.borrow_mut());
    let r = taken.find(h, key, &mut |a, b| ops::eq(a, b));
    *t.borrow_mut() = taken;
    r
}

fn never_equal(_: &Value, _: &Value) -> PyResult<bool> {
    Ok(false)
}

pub fn set_add(s: &Value, key: Value) -> PyResult<bool> {
    let h = ops::hash(&key)?;
    if find_pos(s, h, &key)?.is_some() {
        return Ok(false);
    }
    table(s).borrow_mut().add(h, key, &mut never_equal)
}

pub fn set_contains(s: &Value, key: &Value) -> PyResult<bool> {
    let h = match ops::hash(key) {
        Ok(h) => h,
        Err(e) => {
            // `[1] in {…}` tests a frozenset of the set's items, like CPython.
            if let Some(Obj::Set(inner)) = key.obj() {
                let fs = Value::new(Obj::FrozenSet(RefCell::new(inner.borrow().copy())));
                return set_contains(s, &fs);
            }
            return Err(e);
        }
    };
    Ok(find_pos(s, h, key)?.is_some())
}

pub fn set_discard(s: &Value, key: &Value) -> PyResult<bool> {
    if let Some(Obj::Set(inner)) = key.obj() {
        // A set argument stands for the frozenset of its items, as in CPython.
        let fs = Value::new(Obj::FrozenSet(RefCell::new(inner.borrow().copy())));
        return set_discard(s, &fs);
    }
    let h = ops::hash(key)?;
    discard_hashed(s, h, key)
}

fn discard_hashed(s: &Value, h: i64, key: &Value) -> PyResult<bool> {
    match find_pos(s, h, key)? {
        Some(p) => {
            let old = table(s).borrow_mut().remove_at(p);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Adds every item of `other` (set fast path keeps CPython's table layout).
pub fn set_update(s: &Value, other: &Value) -> PyResult<()> {
    match other.obj() {
        Some(Obj::Set(o)) | Some(Obj::FrozenSet(o)) => {
            if other.is(s) {
                return Ok(());
            }
            let src = o.borrow().copy();
            if table(s).borrow().is_empty() {
                // An empty target takes CPython's layout-preserving fast paths; no key can clash.
                return table(s).borrow_mut().merge(&src, &mut never_equal);
            }
            table(s).borrow_mut().reserve_for_merge(src.len());
            for slot in src.iter() {
                add_hashed(s, slot.hash, slot.key.clone())?;
            }
            Ok(())
        }
        Some(Obj::Dict(d)) => {
            let n = d.borrow().len();
            table(s).borrow_mut().reserve_for_dict(n);
            let keys: Vec<(i64, Value)> = d.borrow().iter_entries().map(|e| (e.hash, e.key.clone())).collect();
            for (h, k) in keys {
                add_hashed(s, h, k)?;
            }
            Ok(())
        }
        _ => {
            let it = ops::get_iter(other)?;
            while let Some(x) = ops::iter_next(&it)? {
                set_add(s, x)?;
            }
            Ok(())
        }
    }
}

pub fn copy_set(s: &Value, frozen: bool) -> Value {
    let t = table(s).borrow().copy();
    if frozen {
        Value::new(Obj::FrozenSet(RefCell::new(t)))
    } else {
        Value::new(Obj::Set(RefCell::new(t)))
    }
}

pub fn to_set_value(v: &Value) -> PyResult<Value> {
    if is_set(v) {
        return Ok(v.clone());
    }
    let s = new_set(false);
    set_update(&s, v)?;
    Ok(s)
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.obj(), Some(Obj::FrozenSet(_)))
}

fn items_with_hash(s: &Value) -> Vec<(i64, Value)> {
    table(s).borrow().iter().map(|x| (x.hash, x.key.clone())).collect()
}

fn contains_hashed(s: &Value, h: i64, k: &Value) -> PyResult<bool> {
    Ok(find_pos(s, h, k)?.is_some())
}

fn add_hashed(s: &Value, h: i64, k: Value) -> PyResult<()> {
    if find_pos(s, h, &k)?.is_none() {
        table(s).borrow_mut().add(h, k, &mut never_equal)?;
    }
    Ok(())
}

pub fn intersection(a: &Value, b: &Value, frozen: bool) -> PyResult<Value> {
    let result = new_set(frozen);
    let (small, big) = if table(b).borrow().len() > table(a).borrow().len() { (a, b) } else { (b, a) };
    for (h, k) in items_with_hash(small) {
        if contains_hashed(big, h, &k)? {
            add_hashed(&result, h, k)?;
        }
    }
    Ok(result)
}

pub fn difference(a: &Value, b: &Value, frozen: bool) -> PyResult<Value> {
    let (la, lb) = (table(a).borrow().len(), table(b).borrow().len());
    if (la >> 2) > lb {
        let result = copy_set(a, frozen);
        for (h, k) in items_with_hash(b) {
            discard_hashed(&result, h, &k)?;
        }
        return Ok(result);
    }
    let result = new_set(frozen);
    for (h, k) in items_with_hash(a) {
        if !contains_hashed(b, h, &k)? {
            add_hashed(&result, h, k)?;
        }
    }
    Ok(result)
}

fn symmetric_difference_update(s: &Value, other: &Value) -> PyResult<()> {
    for (h, k) in items_with_hash(other) {
        let removed = discard_hashed(s, h, &k)?;
        if !removed {
            add_hashed(s, h, k)?;
        }
    }
    Ok(())
}

pub fn set_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let frozen = is_frozen(a);
    match op {
        BinOp::Or => {
            let r = copy_set(a, frozen);
            set_update(&r, b)?;
            Ok(r)
        }
        BinOp::And => intersection(a, b, frozen),
        BinOp::Sub => difference(a, b, frozen),
        _ => {
            let r = copy_set(b, frozen);
            symmetric_difference_update(&r, a)?;
            Ok(r)
        }
    }
}

pub fn set_inplace(a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
    match op {
        BinOp::Or => set_update(a, b),
        BinOp::And => {
            let r = intersection(a, b, false)?;
            let t = table(&r).borrow().copy();
            *table(a).borrow_mut() = t;
            Ok(())
        }
        BinOp::Sub => {
            for (h, k) in items_with_hash(b) {
                discard_hashed(a, h, &k)?;
            }
            Ok(())
        }
        _ => symmetric_difference_update(a, b),
    }
}

fn is_subset(a: &Value, b: &Value) -> PyResult<bool> {
    if table(a).borrow().len() > table(b).borrow().len() {
        return Ok(false);
    }
    for (h, k) in items_with_hash(a) {
        if !contains_hashed(b, h, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (table(a).borrow().len(), table(b).borrow().len());
    Ok(match op {
        CmpOp::Eq => la == lb && is_subset(a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(a, b)?),
        CmpOp::Le => is_subset(a, b)?,
        CmpOp::Lt => la < lb && is_subset(a, b)?,
        CmpOp::Ge => is_subset(b, a)?,
        CmpOp::Gt => la > lb && is_subset(b, a)?,
    })
}

fn self_set<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(s) if is_set(s) => Ok(s),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

fn s_add(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("set.add() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    set_add(self_set(args, "add")?, args[1].clone())?;
    Ok(Value::NONE)
}
fn s_remove(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("set.remove() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    if !set_discard(self_set(args, "remove")?, &args[1])? {
        return Err(key_error(args[1].clone()));
    }
    Ok(Value::NONE)
}
fn s_discard(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("set.discard() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    set_discard(self_set(args, "discard")?, &args[1])?;
    Ok(Value::NONE)
}
fn s_pop(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("set.pop", args, 1, 1)?;
    match table(self_set(args, "pop")?).borrow_mut().pop() {
        Some(v) => Ok(v),
        None => Err(key_error(crate::str_new("pop from an empty set"))),
    }
}
fn s_clear(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let old = std::mem::take(&mut *table(self_set(args, "clear")?).borrow_mut());
    drop(old);
    Ok(Value::NONE)
}
fn s_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(args, "copy")?;
    Ok(copy_set(s, is_frozen(s)))
}
fn s_update(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(args, "update")?;
    for o in &args[1..] {
        set_update(s, o)?;
    }
    Ok(Value::NONE)
}
fn s_union(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(args, "union")?;
    let r = copy_set(s, is_frozen(s));
    for o in &args[1..] {
        set_update(&r, o)?;
    }
    Ok(r)
}
fn s_intersection(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(args, "intersection")?;
    let mut r = copy_set(s, is_frozen(s));
    for o in &args[1..] {
        let o = to_set_value(o)?;
        r = intersection(&r, &o, is_frozen(s))?;
    }
    Ok(r)
}
fn s_difference(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(args, "difference")?;
    let mut r = copy_set(s, is_frozen(s));
    for o in &args[1..] {
        let o = to_set_value(o)?;
        r = difference(&r, &o, is_frozen(s))?;
    }
    Ok(r)
}
fn s_symmetric_difference(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("symmetric_difference", args, 2, 2)?;
    let s = self_set(args, "symmetric_difference")?;
    let o = to_set_value(&args[1])?;
    set_binop(s, &o, BinOp::Xor)
}
fn s_intersection_update(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(args, "intersection_update")?;
    for o in &args[1..] {
        let o = to_set_value(o)?;
        set_inplace(s, &o, BinOp::And)?;
    }
    Ok(Value::NONE)
}
fn s_difference_update(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(args, "difference_update")?;
    for o in &args[1..] {
        let o = to_set_value(o)?;
        set_inplace(s, &o, BinOp::Sub)?;
    }
    Ok(Value::NONE)
}
fn s_symmetric_difference_update(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("symmetric_difference_update", args, 2, 2)?;
    let s = self_set(args, "symmetric_difference_update")?;
    let o = to_set_value(&args[1])?;
    symmetric_difference_update(s, &o)?;
    Ok(Value::NONE)
}
fn s_issubset(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("issubset", args, 2, 2)?;
    let o = to_set_value(&args[1])?;
    Ok(Value::bool(is_subset(self_set(args, "issubset")?, &o)?))
}
fn s_issuperset(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("issuperset", args, 2, 2)?;
    let o = to_set_value(&args[1])?;
    Ok(Value::bool(is_subset(&o, self_set(args, "issuperset")?)?))
}
fn s_isdisjoint(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("isdisjoint", args, 2, 2)?;
    let s = self_set(args, "isdisjoint")?;
    for x in super::seq::collect(&args[1])? {
        if set_contains(s, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

pub(crate) fn register() {
    let common: &[super::MethodDef] = &[
        ("set.copy", s_copy, false),
        ("set.union", s_union, false),
        ("set.intersection", s_intersection, false),
        ("set.difference", s_difference, false),
        ("set.symmetric_difference", s_symmetric_difference, false),
        ("set.issubset", s_issubset, false),
        ("set.issuperset", s_issuperset, false),
        ("set.isdisjoint", s_isdisjoint, false),
    ];
    add_methods(TypeId::Set, common);
    add_methods(TypeId::FrozenSet, common);
    add_methods(
        TypeId::Set,
        &[
            ("set.add", s_add, false),
            ("set.remove", s_remove, false),
            ("set.discard", s_discard, false),
            ("set.pop", s_pop, false),
            ("set.clear", s_clear, false),
            ("set.update", s_update, false),
            ("set.intersection_update", s_intersection_update, false),
            ("set.difference_update", s_difference_update, false),
            ("set.symmetric_difference_update", s_symmetric_difference_update, false),
        ],
    );
    let _ = type_name;
}

/// `set(v)` as CPython's dict views make it for their operators: a keys view of a dict
/// takes the dict's fast path (same table size, so the same iteration order).
fn view_operand_set(v: &Value) -> PyResult<Value> {
    let s = new_set(false);
    match v.obj() {
        Some(Obj::DictView(d, DictViewKind::Keys)) if matches!(d.obj(), Some(Obj::Dict(_))) => set_update(&s, d)?,
        _ => set_update(&s, v)?,
    }
    Ok(s)
}

/// `a | b`, `a - b`, `a ^ b` and `a & b` where one side is a dict keys or items view, in
/// CPython's steps (so the result iterates in the same order): a set of `a`, updated in
/// place with `b`; `&` iterates the smaller side and keeps what the other contains.
pub fn view_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if op == BinOp::And {
        return view_intersection(a, b);
    }
    let r = view_operand_set(a)?;
    match op {
        BinOp::Or => set_update(&r, b)?,
        BinOp::Sub => set_inplace(&r, &to_set_value(b)?, BinOp::Sub)?,
        // symmetric_difference_update walks a dict in its own order, anything else as a set.
        _ => match b.obj() {
            Some(Obj::Dict(d)) => {
                let keys: Vec<(i64, Value)> = d.borrow().iter_entries().map(|e| (e.hash, e.key.clone())).collect();
                for (h, k) in keys {
                    if !discard_hashed(&r, h, &k)? {
                        add_hashed(&r, h, k)?;
                    }
                }
            }
            _ => symmetric_difference_update(&r, &to_set_value(b)?)?,
        },
    }
    Ok(r)
}

fn is_view(v: &Value) -> bool {
    matches!(v.obj(), Some(Obj::DictView(_, DictViewKind::Keys | DictViewKind::Items)))
}

/// CPython's `_PyDictView_Intersect`: which operand it walks and which it asks.
fn view_intersection(a: &Value, b: &Value) -> PyResult<Value> {
    let (view, other) = if is_view(a) { (a, b) } else { (b, a) };
    let view_len = ops::len(view)?;
    let walk_view = match other.obj() {
        Some(Obj::Set(_)) => view_len <= ops::len(other)?,
        _ if is_view(other) => ops::len(other)? > view_len,
        _ => false,
    };
    let (walk, ask) = if walk_view { (view, other) } else { (other, view) };
    let result = new_set(false);
    let it = ops::get_iter(walk)?;
    while let Some(x) = ops::iter_next(&it)? {
        if ops::contains(ask, &x)? {
            set_add(&result, x)?;
        }
    }
    Ok(result)
}
