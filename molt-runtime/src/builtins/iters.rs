//! Builtin iterators: advancing every `IterKind`, and `reversed()`.

use crate::call::call;
use crate::exceptions::{runtime_error, type_error, value_error};
use crate::int;
use crate::object::*;
use crate::ops;
use crate::types::{type_name, TypeId};
use crate::value::Value;
use std::cell::RefCell;

/// Advances an iterator of a kind whose `next` runs no Python code and cannot fail (see
/// `never_calls_back`): `Some` of its next item or of `None` at its end, or `None` when `k`
/// is of another kind (and has not moved).
#[inline]
fn plain_step(k: &mut IterKind) -> Option<Option<Value>> {
    Some(match k {
        IterKind::Range { next, stop, step } => return Some(range_advance(next, *stop, *step)),
        IterKind::Seq { seq, index } => {
            let i = *index;
            let r = match seq.obj() {
                Some(Obj::List(l)) => l.borrow().get(i).cloned(),
                Some(Obj::Tuple(t)) => t.get(i).cloned(),
                Some(Obj::Bytes(b)) => b.get(i).map(|x| Value::small_int(*x as i64)),
                Some(Obj::ByteArray(b)) => b.borrow().get(i).map(|x| Value::small_int(*x as i64)),
                _ => None,
            };
            if r.is_some() {
                *index = i + 1;
            } else {
                *k = IterKind::Exhausted;
            }
            r
        }
        IterKind::Str { s, byte_pos } => {
            let c = crate::str_of(s)[*byte_pos..].chars().next();
            if let Some(c) = c {
                *byte_pos += c.len_utf8();
            }
            c.map(crate::char_str)
        }
        IterKind::Reversed { seq, index, .. } if matches!(seq.obj(), Some(Obj::List(_)) | Some(Obj::Tuple(_))) => {
            if *index < 0 {
                return Some(None);
            }
            let i = *index as usize;
            let r = match seq.obj() {
                Some(Obj::List(l)) => l.borrow().get(i).cloned(),
                Some(Obj::Tuple(t)) => t.get(i).cloned(),
                _ => None,
            };
            // Past the end of a list that shrank, the iterator is done (as CPython's).
            *index = if r.is_some() { *index - 1 } else { -1 };
            r
        }
        IterKind::Exhausted => None,
        _ => return None,
    })
}

/// The next item of a `range` iterator, inline for the interpreter's `for` loops: `Some`
/// with the step's outcome, `None` when `it` is another iterator (or one in use).
#[inline(always)]
pub fn range_step(it: &Value) -> Option<Option<Value>> {
    let Some(Obj::Iter(cell)) = it.obj() else { return None };
    let mut k = cell.try_borrow_mut().ok()?;
    let IterKind::Range { next, stop, step } = &mut *k else { return None };
    Some(range_advance(next, *stop, *step))
}

/// A range iterator's step: the item at `next`, moving `next` on, or `None` past `stop`.
#[inline(always)]
fn range_advance(next: &mut i64, stop: i64, step: i64) -> Option<Value> {
    let cur = *next;
    if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
        *next = cur.checked_add(step).unwrap_or(stop);
        return Some(Value::int(cur));
    }
    None
}

pub fn next_builtin(_it: &Value, cell: &RefCell<IterKind>) -> PyResult<Option<Value>> {
    let mut k = cell.borrow_mut();
    if let Some(r) = plain_step(&mut k) {
        return Ok(r);
    }
    match &mut *k {
        IterKind::BigRange(r) => {
            use num_traits::Signed;
            let crate::object::BigRangeIter { next, stop, step } = &mut **r;
            let pos = step.is_positive();
            if (pos && *next < *stop) || (!pos && *next > *stop) {
                let cur = next.clone();
                *next += &*step;
                return Ok(Some(int::from_big(cur)));
            }
            Ok(None)
        }
        IterKind::Dict { dict, pos, len, kind, last } => {
            let Some(Obj::Dict(t)) = dict.obj() else { return Ok(None) };
            let t = t.borrow();
            if t.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            while *pos < t.slots() {
                let p = *pos;
                *pos += 1;
                if let Some(e) = t.entry_at(p) {
                    return Ok(Some(match kind {
                        DictViewKind::Keys => e.key.clone(),
                        DictViewKind::Values => e.value.clone(),
                        DictViewKind::Items => match crate::unique_tuple_items(last) {
                            Some([k, v]) => {
                                *k = e.key.clone();
                                *v = e.value.clone();
                                last.clone()
                            }
                            _ => {
                                let t = crate::tuple_new(vec![e.key.clone(), e.value.clone()]);
                                if last.is_none() {
                                    *last = t.clone();
                                }
                                t
                            }
                        },
                    }));
                }
            }
            Ok(None)
        }
        IterKind::Set { set, pos, len } => {
            let (Some(Obj::Set(t)) | Some(Obj::FrozenSet(t))) = set.obj() else { return Ok(None) };
            let t = t.borrow();
            if t.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("Set changed size during iteration"));
            }
            while *pos < t.slots() {
                let p = *pos;
                *pos += 1;
                if let Some(s) = t.slot_at(p) {
                    return Ok(Some(s.key.clone()));
                }
            }
            Ok(None)
        }
        IterKind::Reversed { seq, index, .. } => {
            if *index < 0 {
                return Ok(None);
            }
            let i = *index as usize;
            *index -= 1;
            let seq = seq.clone();
            drop(k);
            match seq.obj() {
                Some(Obj::List(l)) => Ok(l.borrow().get(i).cloned()),
                Some(Obj::Tuple(t)) => Ok(t.get(i).cloned()),
                _ => Ok(Some(ops::getitem(&seq, &Value::int(i as i64))?)),
            }
        }
        // Over iterators that never run Python code (nor raise), `zip` and `enumerate`
        // advance them with this one borrowed, not through `advance_callback`.
        IterKind::Zip { its, strict: false, last } if !its.is_empty() && its.iter().all(never_calls_back) => {
            let mut slots = crate::unique_tuple_items(last).filter(|s| s.len() == its.len());
            let mut items = Vec::with_capacity(if slots.is_some() { 0 } else { its.len() });
            for (i, it) in its.iter().enumerate() {
                let Some(Obj::Iter(sub)) = it.obj() else { unreachable!("checked by never_calls_back") };
                let step = plain_step(&mut sub.borrow_mut()).flatten();
                match step {
                    Some(v) => match slots.as_deref_mut() {
                        Some(s) => s[i] = v,
                        None => items.push(v),
                    },
                    None => {
                        *k = IterKind::Exhausted;
                        return Ok(None);
                    }
                }
            }
            Ok(Some(if slots.is_some() {
                last.clone()
            } else {
                let t = crate::tuple_new(items);
                if last.is_none() {
                    *last = t.clone();
                }
                t
            }))
        }
        IterKind::Enumerate { it, count, last } if count.is_small_int() && never_calls_back(it) => {
            let Some(Obj::Iter(sub)) = it.obj() else { unreachable!("checked by never_calls_back") };
            let step = plain_step(&mut sub.borrow_mut()).flatten();
            let Some(v) = step else {
                *k = IterKind::Exhausted;
                return Ok(None);
            };
            let n = int::as_i64(count).expect("a small int");
            let c = std::mem::replace(count, Value::int(n + 1));
            // As CPython: the first result is kept and refilled whenever nothing else holds it.
            Ok(Some(match crate::unique_tuple_items(last) {
                Some([slot_c, slot_x]) => {
                    *slot_c = c;
                    *slot_x = v;
                    last.clone()
                }
                _ => {
                    let t = crate::tuple_new(vec![c, v]);
                    if last.is_none() {
                        *last = t.clone();
                    }
                    t
                }
            }))
        }
        _ => {
            // Kinds that call back into Python: release the borrow first.
            let snapshot = std::mem::replace(&mut *k, IterKind::Exhausted);
            drop(k);
            let (r, back) = advance_callback(snapshot);
            *cell.borrow_mut() = back;
            r
        }
    }
}

/// Whether `it` is a builtin iterator whose `next` runs no Python code and cannot fail: over
/// a range, a list, tuple, bytes or bytearray, a str, or a list or tuple reversed.
fn never_calls_back(it: &Value) -> bool {
    let Some(Obj::Iter(cell)) = it.obj() else { return false };
    let Ok(k) = cell.try_borrow() else { return false };
    match &*k {
        IterKind::Range { .. } | IterKind::Seq { .. } | IterKind::Str { .. } | IterKind::Exhausted => true,
        IterKind::Reversed { seq, .. } => matches!(seq.obj(), Some(Obj::List(_)) | Some(Obj::Tuple(_))),
        _ => false,
    }
}

fn advance_callback(kind: IterKind) -> (PyResult<Option<Value>>, IterKind) {
    match kind {
        IterKind::Enumerate { it, count, mut last } => match ops::iter_next(&it) {
            Ok(Some(v)) => {
                let next = match ops::binary_op(&count, &Value::small_int(1), ops::BinOp::Add) {
                    Ok(n) => n,
                    Err(e) => return (Err(e), IterKind::Enumerate { it, count, last }),
                };
                // As CPython: the first result is kept and refilled whenever nothing else
                // holds it; otherwise a new tuple is made.
                let item = match crate::unique_tuple_items(&mut last) {
                    Some([c, x]) => {
                        *c = count;
                        *x = v;
                        last.clone()
                    }
                    _ => {
                        let t = crate::tuple_new(vec![count, v]);
                        if last.is_none() {
                            last = t.clone();
                        }
                        t
                    }
                };
                (Ok(Some(item)), IterKind::Enumerate { it, count: next, last })
            }
            Ok(None) => (Ok(None), IterKind::Exhausted),
            Err(e) => (Err(e), IterKind::Enumerate { it, count, last }),
        },
        IterKind::Zip { its, strict, mut last } => {
            if its.is_empty() {
                return (Ok(None), IterKind::Exhausted);
            }
            // The first result is kept and refilled item by item whenever nothing else holds
            // it (as CPython does): if an iterator ends or fails half way, no one sees the mix.
            let mut slots = crate::unique_tuple_items(&mut last).filter(|s| s.len() == its.len());
            let mut items = Vec::with_capacity(if slots.is_some() { 0 } else { its.len() });
            for (i, it) in its.iter().enumerate() {
                match ops::iter_next(it) {
                    Ok(Some(v)) => match slots.as_deref_mut() {
                        Some(s) => s[i] = v,
                        None => items.push(v),
                    },
                    Ok(None) => {
                        if strict {
                            if i > 0 {
                                let msg = if i == 1 {
                                    "zip() argument 2 is shorter than argument 1".to_string()
                                } else {
                                    format!("zip() argument {} is shorter than arguments 1-{}", i + 1, i)
                                };
                                return (Err(value_error(msg)), IterKind::Exhausted);
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                match ops::iter_next(other) {
                                    Ok(Some(_)) => {
                                        let msg = if j == 1 {
                                            "zip() argument 2 is longer than argument 1".to_string()
                                        } else {
                                            format!("zip() argument {} is longer than arguments 1-{}", j + 1, j)
                                        };
                                        return (Err(value_error(msg)), IterKind::Exhausted);
                                    }
                                    Ok(None) => {}
                                    Err(e) => return (Err(e), IterKind::Exhausted),
                                }
                            }
                        }
                        return (Ok(None), IterKind::Exhausted);
                    }
                    Err(e) => return (Err(e), IterKind::Zip { its, strict, last }),
                }
            }
            let item = if slots.is_some() {
                last.clone()
            } else {
                let t = crate::tuple_new(items);
                if last.is_none() {
                    last = t.clone();
                }
                t
            };
            (Ok(Some(item)), IterKind::Zip { its, strict, last })
        }
        IterKind::Map { f, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match ops::iter_next(it) {
                    Ok(Some(v)) => args.push(v),
                    Ok(None) => return (Ok(None), IterKind::Exhausted),
                    Err(e) => return (Err(e), IterKind::Map { f, its }),
                }
            }
            let r = call(&f, &args);
            (r.map(Some), IterKind::Map { f, its })
        }
        IterKind::Filter { f, it } => loop {
            match ops::iter_next(&it) {
                Ok(Some(v)) => {
                    let keep = if f.is_none() {
                        ops::truthy(&v)
                    } else {
                        call(&f, std::slice::from_ref(&v)).and_then(|r| ops::truthy(&r))
                    };
                    match keep {
                        Ok(true) => return (Ok(Some(v)), IterKind::Filter { f, it }),
                        Ok(false) => continue,
                        Err(e) => return (Err(e), IterKind::Filter { f, it }),
                    }
                }
                Ok(None) => return (Ok(None), IterKind::Exhausted),
                Err(e) => return (Err(e), IterKind::Filter { f, it }),
            }
        },
        IterKind::GetItem { obj, index } => match ops::getitem(&obj, &Value::int(index)) {
            Ok(v) => (Ok(Some(v)), IterKind::GetItem { obj, index: index + 1 }),
            Err(e) if crate::exceptions::matches(&e, TypeId::IndexError) || crate::exceptions::matches(&e, TypeId::StopIteration) => {
                (Ok(None), IterKind::Exhausted)
            }
            Err(e) => (Err(e), IterKind::GetItem { obj, index }),
        },
        IterKind::Callable { f, sentinel } => match call(&f, &[]) {
            Ok(v) => match ops::eq(&v, &sentinel) {
                Ok(true) => (Ok(None), IterKind::Exhausted),
                Ok(false) => (Ok(Some(v)), IterKind::Callable { f, sentinel }),
                Err(e) => (Err(e), IterKind::Callable { f, sentinel }),
            },
            Err(e) => (Err(e), IterKind::Callable { f, sentinel }),
        },
        other => (Ok(None), other),
    }
}

pub fn reversed(v: &Value) -> PyResult<Value> {
    let rev = |seq: Value, n: usize, ty: TypeId| ops::new_iter(IterKind::Reversed { seq, index: n as isize - 1, ty });
    match v.obj() {
        Some(Obj::List(l)) => {
            let n = l.borrow().len();
            Ok(rev(v.clone(), n, TypeId::ListReverseIterator))
        }
        Some(Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_)) => {
            let n = ops::len(v)?;
            let seq = if crate::is_str(v) {
                crate::list_new(super::seq::collect(v)?)
            } else {
                v.clone()
            };
            Ok(rev(seq, n, TypeId::Reversed))
        }
        Some(Obj::Range(_)) => {
            let items = super::seq::collect(v)?;
            let n = items.len();
            Ok(rev(crate::list_new(items), n, TypeId::RangeIterator))
        }
        Some(Obj::Dict(_)) | Some(Obj::DictView(..)) => {
            // Dicts and their views reverse a snapshot; the type names the view's kind.
            let ty = match v.obj() {
                Some(Obj::DictView(_, DictViewKind::Values)) => TypeId::DictReverseValueIterator,
                Some(Obj::DictView(_, DictViewKind::Items)) => TypeId::DictReverseItemIterator,
                _ => TypeId::DictReverseKeyIterator,
            };
            let items = super::seq::collect(v)?;
            let n = items.len();
            Ok(rev(crate::list_new(items), n, ty))
        }
        Some(Obj::Instance(_)) => {
            if let Some(r) = crate::call::call_dunder(v, "__reversed__", &[])? {
                return Ok(r);
            }
            if crate::call::has_dunder(v, "__len__") && crate::call::has_dunder(v, "__getitem__") {
                let n = ops::len(v)?;
                return Ok(rev(v.clone(), n, TypeId::Reversed));
            }
            Err(type_error(format!("'{}' object is not reversible", type_name(v))))
        }
        _ => Err(type_error(format!("'{}' object is not reversible", type_name(v)))),
    }
}

fn iter_next_method(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match ops::iter_next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(crate::call::stop_iteration(Value::NONE)),
    }
}

fn iter_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

pub(crate) fn register() {
    for id in [
        TypeId::Iterator,
        TypeId::ListIterator,
        TypeId::ListReverseIterator,
        TypeId::TupleIterator,
        TypeId::RangeIterator,
        TypeId::StrAsciiIterator,
        TypeId::StrIterator,
        TypeId::BytesIterator,
        TypeId::DictKeyIterator,
        TypeId::DictValueIterator,
        TypeId::DictItemIterator,
        TypeId::DictReverseKeyIterator,
        TypeId::DictReverseValueIterator,
        TypeId::DictReverseItemIterator,
        TypeId::SetIterator,
        TypeId::CallableIterator,
        TypeId::Enumerate,
        TypeId::Zip,
        TypeId::Map,
        TypeId::Filter,
        TypeId::Reversed,
    ] {
        super::add_methods(id, &[("iterator.__next__", iter_next_method, false), ("iterator.__iter__", iter_iter, false)]);
    }
}
