//! dict: lookups with Python equality, and the methods of dict and its views.

use super::add_methods;
use crate::call::{check_arity, split_kw};
use crate::dict::DictTable;
use crate::exceptions::{key_error, type_error};
use crate::object::*;
use crate::ops;
use crate::types::{type_name, TypeId};
use crate::value::Value;
use std::cell::RefCell;

fn table(d: &Value) -> &RefCell<DictTable> {
    match d.obj() {
        Some(Obj::Dict(t)) => t,
        _ => panic!("internal invariant: dict helper on a non-dict"),
    }
}

/// The entry position of `key`. Comparisons that need Python code run with the table moved
/// out of its cell, so user `__eq__` never observes a borrowed table; entries it adds
/// meanwhile are merged back.
fn find_pos(d: &Value, h: i64, key: &Value) -> PyResult<Option<usize>> {
    let t = table(d);
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
    let mut taken = std::mem::take(&mut *t.borrow_mut());
    let r = taken.find(h, key, &mut |a, b| ops::eq(a, b));
    taken.bump_version_to(taken.version() + 1);
    let mut cur = t.borrow_mut();
    let extra = std::mem::replace(&mut *cur, taken);
    for e in extra.iter_entries() {
        let _ = cur.insert(e.hash, e.key.clone(), e.value.clone(), &mut |a, b| Ok(ops::fast_eq(a, b).unwrap_or(false)));
    }
    r
}

pub fn dict_get(d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = ops::hash(key)?;
    if crate::is_str(key) {
        if let Some(Obj::Dict(t)) = d.obj() {
            let t = t.borrow();
            if let Some(i) = t.find(h, key, &mut |a, b| Ok(ops::str_eq(a, b) || ops::fast_eq(a, b).unwrap_or(false)))? {
                return Ok(Some(t.value_at(i).clone()));
            }
            return Ok(None);
        }
    }
    let pos = find_pos(d, h, key)?;
    Ok(pos.and_then(|p| table(d).borrow().entry_at(p).map(|e| e.value.clone())))
}

pub fn dict_get_str(d: &Value, key: &str) -> Option<Value> {
    match d.obj() {
        Some(Obj::Dict(t)) => t.borrow().get_str(&crate::intern(key)),
        _ => None,
    }
}

pub fn dict_set(d: &Value, key: Value, value: Value) -> PyResult<()> {
    let h = ops::hash(&key)?;
    let pos = find_pos(d, h, &key)?;
    let old = {
        let mut t = table(d).borrow_mut();
        match pos {
            Some(p) if t.entry_at(p).is_some() => Some(t.set_value_at(p, value)),
            _ => t.insert(h, key, value, &mut |a, b| Ok(ops::fast_eq(a, b).unwrap_or(false) || a.is(b)))?,
        }
    };
    drop(old);
    Ok(())
}

pub fn dict_remove(d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = ops::hash(key)?;
    let pos = find_pos(d, h, key)?;
    let removed = match pos {
        Some(p) => {
            let mut t = table(d).borrow_mut();
            if t.entry_at(p).is_some() {
                Some(t.remove_at(p).1)
            } else {
                None
            }
        }
        None => None,
    };
    Ok(removed)
}

pub fn dict_equal(a: &Value, b: &Value) -> PyResult<bool> {
    let (ta, tb) = (table(a), table(b));
    if ta.borrow().len() != tb.borrow().len() {
        return Ok(false);
    }
    let items = ta.borrow().items();
    for (k, v) in items {
        match dict_get(b, &k)? {
            Some(w) => {
                if !ops::eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn dict_update_from(d: &Value, other: &Value) -> PyResult<()> {
    match other.obj() {
        Some(Obj::Dict(t)) => {
            let items = t.borrow().items();
            for (k, v) in items {
                dict_set(d, k, v)?;
            }
            Ok(())
        }
        Some(Obj::Instance(_)) if crate::call::has_dunder(other, "keys") => {
            let keys = crate::call::call_dunder(other, "keys", &[])?.unwrap();
            for k in super::seq::collect(&keys)? {
                let v = ops::getitem(other, &k)?;
                dict_set(d, k, v)?;
            }
            Ok(())
        }
        _ => {
            let it = ops::get_iter(other)?;
            let mut i = 0;
            while let Some(item) = ops::iter_next(&it)? {
                let pair = match item.obj() {
                    Some(Obj::Tuple(_) | Obj::List(_)) => super::seq::collect(&item)?,
                    _ => {
                        if ops::get_iter(&item).is_err() {
                            return Err(type_error(format!(
                                "cannot convert dictionary update sequence element #{i} to a sequence"
                            )));
                        }
                        super::seq::collect(&item)?
                    }
                };
                if pair.len() != 2 {
                    return Err(crate::exceptions::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                dict_set(d, p.next().unwrap(), p.next().unwrap())?;
                i += 1;
            }
            Ok(())
        }
    }
}

pub fn dict_update_args(d: &Value, args: &[Value], kwnames: &[Value], fname: &str) -> PyResult<()> {
    let (pos, kws) = split_kw(args, kwnames);
    if pos.len() > 1 {
        return Err(type_error(format!("{fname} expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(o) = pos.first() {
        dict_update_from(d, o)?;
    }
    for (k, v) in kws {
        dict_set(d, crate::str_new(k), v.clone())?;
    }
    Ok(())
}

fn self_dict<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(d) if matches!(d.obj(), Some(Obj::Dict(_))) => Ok(d),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'dict' object"))),
    }
}

fn d_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!("get expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let d = self_dict(args, "get")?;
    Ok(dict_get(d, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::NONE)))
}

fn d_keys(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("dict.keys", args, 1, 1)?;
    Ok(Value::new(Obj::DictView(self_dict(args, "keys")?.clone(), DictViewKind::Keys)))
}
fn d_values(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("dict.values", args, 1, 1)?;
    Ok(Value::new(Obj::DictView(self_dict(args, "values")?.clone(), DictViewKind::Values)))
}
fn d_items(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("dict.items", args, 1, 1)?;
    Ok(Value::new(Obj::DictView(self_dict(args, "items")?.clone(), DictViewKind::Items)))
}

fn d_pop(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!("pop expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let d = self_dict(args, "pop")?;
    match dict_remove(d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(key_error(args[1].clone())),
        },
    }
}

fn d_popitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("dict.popitem", args, 1, 1)?;
    let d = self_dict(args, "popitem")?;
    let mut t = table(d).borrow_mut();
    match t.last_pos() {
        Some(p) => {
            let (k, v) = t.remove_at(p);
            Ok(crate::tuple_new(vec![k, v]))
        }
        None => Err(key_error(crate::str_new("popitem(): dictionary is empty"))),
    }
}

fn d_setdefault(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!("setdefault expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let d = self_dict(args, "setdefault")?;
    if let Some(v) = dict_get(d, &args[1])? {
        return Ok(v);
    }
    let def = args.get(2).cloned().unwrap_or(Value::NONE);
    dict_set(d, args[1].clone(), def.clone())?;
    Ok(def)
}

fn d_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = self_dict(args, "update")?.clone();
    dict_update_args(&d, &args[1..], kw, "update")?;
    Ok(Value::NONE)
}

fn d_clear(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = self_dict(args, "clear")?;
    let old = std::mem::take(&mut *table(d).borrow_mut());
    // Keep versions increasing across the swap so cached lookups see the change.
    let v = old.version() + 1;
    table(d).borrow_mut().bump_version_to(v);
    drop(old);
    Ok(Value::NONE)
}

fn d_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = self_dict(args, "copy")?;
    Ok(crate::dict_value(table(d).borrow().copy()))
}

fn d_fromkeys(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!("fromkeys expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let d = crate::dict_new();
    let v = args.get(2).cloned().unwrap_or(Value::NONE);
    for k in super::seq::collect(&args[1])? {
        dict_set(&d, k, v.clone())?;
    }
    Ok(d)
}

fn view_mapping(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.first().and_then(|v| v.obj()) {
        Some(Obj::DictView(d, _)) => Ok(d.clone()),
        _ => Err(type_error("mapping")),
    }
}

fn view_isdisjoint(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("isdisjoint", args, 2, 2)?;
    for x in super::seq::collect(&args[1])? {
        if ops::contains(&args[0], &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

pub(crate) fn register() {
    add_methods(
        TypeId::Dict,
        &[
            ("dict.get", d_get, false),
            ("dict.keys", d_keys, false),
            ("dict.values", d_values, false),
            ("dict.items", d_items, false),
            ("dict.pop", d_pop, false),
            ("dict.popitem", d_popitem, false),
            ("dict.setdefault", d_setdefault, false),
            ("dict.update", d_update, true),
            ("dict.clear", d_clear, false),
            ("dict.copy", d_copy, false),
            ("dict.fromkeys", d_fromkeys, false),
        ],
    );
    {
        let c = crate::types::type_class(TypeId::Dict);
        let mut d = c.dict.borrow_mut();
        if let Some(f) = d.get_str(&crate::intern("fromkeys")) {
            d.set_str(crate::intern("fromkeys"), Value::new(Obj::ClassMethod(f)));
        }
    }
    for id in [TypeId::DictKeys, TypeId::DictItems, TypeId::DictValues] {
        add_methods(id, &[("dict_view.mapping", view_mapping, false)]);
    }
    for id in [TypeId::DictKeys, TypeId::DictItems] {
        add_methods(id, &[("dict_keys.isdisjoint", view_isdisjoint, false)]);
    }
    let _ = type_name;
}
