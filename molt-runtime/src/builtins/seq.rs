//! Sequences: list and tuple methods, indexing and slicing of every sequence, ranges.

use super::add_methods;
use crate::call::{bind_args, check_arity};
use crate::exceptions::{index_error, type_error, value_error};
use crate::int;
use crate::object::*;
use crate::ops::{self, slice_indices, slice_positions};
use crate::types::{type_name, TypeId};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// All items of an iterable.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v.obj() {
        Some(Obj::List(l)) => return Ok(l.borrow().clone()),
        Some(Obj::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = ops::get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = ops::iter_next(&it)? {
        out.push(x);
    }
    Ok(out)
}

pub fn repeat(seq: &Value, n: &Value) -> PyResult<Value> {
    let n = match int::as_i64(n) {
        Some(n) => n.max(0) as usize,
        None => return Err(crate::exceptions::overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    // The result's length, checked: too big to hold raises MemoryError, as in CPython.
    let total = |len: usize| len.checked_mul(n).ok_or_else(crate::exceptions::memory_error);
    fn repeated<T: Clone>(items: &[T], n: usize, total: usize) -> PyResult<Vec<T>> {
        let mut v = crate::exceptions::try_vec(total)?;
        for _ in 0..n {
            v.extend_from_slice(items);
        }
        Ok(v)
    }
    Ok(match seq.obj() {
        Some(Obj::Str(s)) => {
            let b = repeated(s.s.as_bytes(), n, total(s.s.len())?)?;
            // SAFETY: copies of a valid UTF-8 string, end to end, are valid UTF-8.
            crate::str_from(unsafe { String::from_utf8_unchecked(b) })
        }
        Some(Obj::Bytes(b)) => crate::bytes_new(repeated(b, n, total(b.len())?)?),
        Some(Obj::ByteArray(b)) => {
            let b = b.borrow();
            let v = repeated(&b, n, total(b.len())?)?;
            Value::new(Obj::ByteArray(std::cell::RefCell::new(v)))
        }
        Some(Obj::List(l)) => {
            let l = l.borrow();
            crate::list_new(repeated(&l, n, total(l.len())?)?)
        }
        Some(Obj::Tuple(t)) => crate::tuple_new(repeated(t, n, total(t.len())?)?),
        _ => return Err(type_error("can't multiply sequence")),
    })
}

fn norm_index(i: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match int::as_i64(i) {
        Some(i) => i,
        None => match i.obj() {
            Some(Obj::Int(_)) => {
                return Err(index_error("cannot fit 'int' into an index-sized integer".to_string()));
            }
            _ => ops::index_of(i)?,
        },
    };
    ops::seq_index(i, len)
        .ok_or_else(|| index_error(if what.is_empty() { "index out of range".to_string() } else { format!("{what} index out of range") }))
}

fn is_index_like(v: &Value) -> bool {
    int::is_int(v) || (matches!(v.obj(), Some(Obj::Instance(_))) && crate::call::has_dunder(v, "__index__"))
}

pub fn seq_getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(Obj::Slice(s)) = key.obj() {
        return seq_slice(obj, s);
    }
    if !is_index_like(key) {
        return Err(type_error(match obj.obj() {
            Some(Obj::Str(_)) => format!("string indices must be integers, not '{}'", type_name(key)),
            Some(Obj::Bytes(_)) => format!("byte indices must be integers or slices, not {}", type_name(key)),
            _ => format!("{} indices must be integers or slices, not {}", type_name(obj), type_name(key)),
        }));
    }
    match obj.obj() {
        Some(Obj::List(l)) => {
            let l = l.borrow();
            Ok(l[norm_index(key, l.len(), "list")?].clone())
        }
        Some(Obj::Tuple(t)) => Ok(t[norm_index(key, t.len(), "tuple")?].clone()),
        Some(Obj::Str(s)) => {
            let i = norm_index(key, s.chars, "string")?;
            if s.is_ascii() {
                return Ok(crate::char_str(s.s.as_bytes()[i] as char));
            }
            let c = s.s.chars().nth(i).unwrap();
            Ok(crate::char_str(c))
        }
        Some(Obj::Bytes(b)) => Ok(Value::small_int(b[norm_index(key, b.len(), "")?] as i64)),
        Some(Obj::ByteArray(b)) => {
            let b = b.borrow();
            Ok(Value::small_int(b[norm_index(key, b.len(), "bytearray")?] as i64))
        }
        Some(Obj::Range(r)) => {
            let n = range_len_big(r);
            let i = int::big(key).map(|c| c.into_owned()).unwrap_or_else(|| BigInt::from(ops::index_of(key).unwrap_or(0)));
            let j = if i.is_negative() { &i + &n } else { i };
            if j.is_negative() || j >= n {
                return Err(index_error("range object index out of range"));
            }
            let start = int::big(&r.start).unwrap().into_owned();
            let step = int::big(&r.step).unwrap().into_owned();
            Ok(int::from_big(start + j * step))
        }
        _ => Err(type_error(format!("'{}' object is not subscriptable", type_name(obj)))),
    }
}

fn seq_slice(obj: &Value, s: &SliceObj) -> PyResult<Value> {
    let len = match obj.obj() {
        Some(Obj::Range(_)) => return range_slice(obj, s),
        _ => ops::len(obj)? as i64,
    };
    let (start, stop, step) = slice_indices(&s.start, &s.stop, &s.step, len)?;
    Ok(match obj.obj() {
        Some(Obj::List(l)) => {
            let l = l.borrow();
            if step == 1 {
                let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                crate::list_new(l[a..b.min(l.len())].to_vec())
            } else {
                crate::list_new(slice_positions(start, stop, step).map(|i| l[i].clone()).collect())
            }
        }
        Some(Obj::Tuple(t)) => crate::tuple_new(slice_positions(start, stop, step).map(|i| t[i].clone()).collect()),
        Some(Obj::Str(st)) => {
            if st.is_ascii() {
                if step == 1 {
                    let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                    return Ok(crate::str_new(&st.s[a..b.min(st.s.len())]));
                }
                let bytes = st.s.as_bytes();
                let out: String = slice_positions(start, stop, step).map(|i| bytes[i] as char).collect();
                crate::str_from(out)
            } else {
                let chars: Vec<char> = st.s.chars().collect();
                let out: String = slice_positions(start, stop, step).map(|i| chars[i]).collect();
                crate::str_from(out)
            }
        }
        Some(Obj::Bytes(b)) => crate::bytes_new(slice_positions(start, stop, step).map(|i| b[i]).collect()),
        Some(Obj::ByteArray(b)) => {
            let b = b.borrow();
            Value::new(Obj::ByteArray(std::cell::RefCell::new(slice_positions(start, stop, step).map(|i| b[i]).collect())))
        }
        _ => return Err(type_error(format!("'{}' object is not subscriptable", type_name(obj)))),
    })
}

pub fn list_setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    let Some(Obj::List(l)) = obj.obj() else { unreachable!() };
    match key.obj() {
        Some(Obj::Slice(s)) => {
            let items = if value.is(obj) {
                l.borrow().clone()
            } else {
                collect(&value).map_err(|e| {
                    if crate::exceptions::matches(&e, TypeId::TypeError) && ops::get_iter(&value).is_err() {
                        // CPython words it by the kind of slice (its step alone decides).
                        let len = l.borrow().len() as i64;
                        match slice_indices(&s.start, &s.stop, &s.step, len) {
                            Ok((_, _, 1)) => type_error("can only assign an iterable"),
                            Ok(_) => type_error("must assign iterable to extended slice"),
                            Err(e) => e,
                        }
                    } else {
                        e
                    }
                })?
            };
            let mut l = l.borrow_mut();
            let len = l.len() as i64;
            let (start, stop, step) = slice_indices(&s.start, &s.stop, &s.step, len)?;
            if step == 1 {
                let a = start.max(0) as usize;
                let b = (stop.max(start).max(0) as usize).min(l.len());
                l.splice(a..b, items);
                return Ok(());
            }
            let positions: Vec<usize> = slice_positions(start, stop, step).collect();
            if positions.len() != items.len() {
                return Err(value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    items.len(),
                    positions.len()
                )));
            }
            for (p, v) in positions.into_iter().zip(items) {
                l[p] = v;
            }
            Ok(())
        }
        _ => {
            if !is_index_like(key) {
                return Err(type_error(format!("list indices must be integers or slices, not {}", type_name(key))));
            }
            let mut l = l.borrow_mut();
            let len = l.len();
            let i = norm_index(key, len, "list assignment")?;
            l[i] = value;
            Ok(())
        }
    }
}

pub fn list_delitem(obj: &Value, key: &Value) -> PyResult<()> {
    let Some(Obj::List(l)) = obj.obj() else { unreachable!() };
    match key.obj() {
        Some(Obj::Slice(s)) => {
            let removed;
            {
                let mut l = l.borrow_mut();
                let (start, stop, step) = slice_indices(&s.start, &s.stop, &s.step, l.len() as i64)?;
                let mut positions: Vec<usize> = slice_positions(start, stop, step).collect();
                positions.sort_unstable();
                let mut keep = Vec::with_capacity(l.len());
                let mut gone = Vec::new();
                let mut pi = 0;
                for (i, v) in l.drain(..).enumerate() {
                    if pi < positions.len() && positions[pi] == i {
                        pi += 1;
                        gone.push(v);
                    } else {
                        keep.push(v);
                    }
                }
                *l = keep;
                removed = gone;
            }
            drop(removed);
            Ok(())
        }
        _ => {
            if !is_index_like(key) {
                return Err(type_error(format!("list indices must be integers or slices, not {}", type_name(key))));
            }
            let v = {
                let mut l = l.borrow_mut();
                let len = l.len();
                let i = norm_index(key, len, "list assignment")?;
                l.remove(i)
            };
            drop(v);
            Ok(())
        }
    }
}

// ---------------------------------------------------------------- ranges

fn range_len_big(r: &RangeObj) -> BigInt {
    let start = int::big(&r.start).unwrap().into_owned();
    let stop = int::big(&r.stop).unwrap().into_owned();
    let step = int::big(&r.step).unwrap().into_owned();
    
    if step.is_positive() {
        if start < stop {
            (stop - start - 1i32).div_floor(&step) + 1i32
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1i32).div_floor(&(-&step)) + 1i32
    } else {
        BigInt::zero()
    }
}

pub fn range_len(v: &Value) -> PyResult<usize> {
    let Some(Obj::Range(r)) = v.obj() else { return Ok(0) };
    if let (Some(a), Some(b), Some(c)) = (int::as_i64(&r.start), int::as_i64(&r.stop), int::as_i64(&r.step)) {
        let (a, b, c) = (a as i128, b as i128, c as i128);
        let n = if c > 0 {
            if a < b { (b - a - 1) / c + 1 } else { 0 }
        } else if a > b {
            (a - b - 1) / (-c) + 1
        } else {
            0
        };
        return Ok(n as usize);
    }
    range_len_big(r)
        .to_usize()
        .ok_or_else(|| crate::exceptions::overflow_error("Python int too large to convert to C ssize_t"))
}

pub fn range_contains(v: &Value, item: &Value) -> PyResult<bool> {
    let Some(Obj::Range(r)) = v.obj() else { return Ok(false) };
    if !int::is_int(item) {
        let it = ops::get_iter(v)?;
        while let Some(x) = ops::iter_next(&it)? {
            if ops::eq(&x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let x = int::big(item).unwrap().into_owned();
    let start = int::big(&r.start).unwrap().into_owned();
    let stop = int::big(&r.stop).unwrap().into_owned();
    let step = int::big(&r.step).unwrap().into_owned();
    let inside = if step.is_positive() { x >= start && x < stop } else { x <= start && x > stop };
    Ok(inside && (x - start).mod_floor(&step.abs()).is_zero())
}

pub fn range_to_vec(v: &Value) -> PyResult<Vec<Value>> {
    collect(v)
}

fn range_slice(obj: &Value, s: &SliceObj) -> PyResult<Value> {
    let Some(Obj::Range(r)) = obj.obj() else { unreachable!() };
    let len = range_len(obj)? as i64;
    let (start, stop, step) = slice_indices(&s.start, &s.stop, &s.step, len)?;
    let rs = int::big(&r.start).unwrap().into_owned();
    let rstep = int::big(&r.step).unwrap().into_owned();
    let new_start = &rs + &rstep * start;
    let new_stop = &rs + &rstep * stop;
    let new_step = rstep * step;
    Ok(Value::new(Obj::Range(RangeObj {
        start: int::from_big(new_start),
        stop: int::from_big(new_stop),
        step: int::from_big(new_step),
    })))
}

fn range_index(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("range.index", args, 2, 2)?;
    if range_contains(&args[0], &args[1])? {
        let Some(Obj::Range(r)) = args[0].obj() else { unreachable!() };
        let x = int::big(&args[1]).unwrap().into_owned();
        let start = int::big(&r.start).unwrap().into_owned();
        let step = int::big(&r.step).unwrap().into_owned();
        return Ok(int::from_big((x - start) / step));
    }
    Err(value_error(format!("{} is not in range", crate::repr::repr(&args[1])?)))
}

fn range_count(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("range.count", args, 2, 2)?;
    Ok(Value::small_int(range_contains(&args[0], &args[1])? as i64))
}

// ---------------------------------------------------------------- list methods

fn list_of(v: &Value) -> PyResult<&std::cell::RefCell<Vec<Value>>> {
    match v.obj() {
        Some(Obj::List(l)) => Ok(l),
        _ => Err(type_error("descriptor requires a 'list' object")),
    }
}

fn list_append(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("list.append", args, 2, 2).map_err(|_| type_error(format!("list.append() takes exactly one argument ({} given)", args.len().saturating_sub(1))))?;
    list_of(&args[0])?.borrow_mut().push(args[1].clone());
    Ok(Value::NONE)
}

fn list_extend(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("list.extend() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let items = collect(&args[1])?;
    list_of(&args[0])?.borrow_mut().extend(items);
    Ok(Value::NONE)
}

fn list_insert(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(type_error(format!("insert expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let l = list_of(&args[0])?;
    let i = ops::index_of(&args[1])?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, args[2].clone());
    Ok(Value::NONE)
}

fn list_pop(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(type_error(format!("pop expected at most 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let l = list_of(&args[0])?;
    let mut l = l.borrow_mut();
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let i = match args.get(1) {
        Some(v) => ops::index_of(v)?,
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

fn find_in(items_len: usize, get: &dyn Fn(usize) -> Option<Value>, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(items_len) {
        let Some(v) = get(i) else { break };
        if ops::eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn clamp_bounds(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => ops::index_of(v)?,
            None => d,
        };
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        Ok(j as usize)
    };
    Ok((norm(args.first(), 0)?, norm(args.get(1), n)?))
}

fn list_index(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error(format!("index expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let l = list_of(&args[0])?;
    let len = l.borrow().len();
    let (start, stop) = clamp_bounds(&args[2..], len)?;
    let get = |i: usize| l.borrow().get(i).cloned();
    match find_in(len, &get, &args[1], start, stop)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(value_error(format!("{} is not in list", crate::repr::repr(&args[1])?))),
    }
}

fn list_count(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("list.count() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let items = list_of(&args[0])?.borrow().clone();
    let mut n = 0;
    for v in &items {
        if ops::eq(v, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn list_remove(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("list.remove() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let l = list_of(&args[0])?;
    let len = l.borrow().len();
    let get = |i: usize| l.borrow().get(i).cloned();
    match find_in(len, &get, &args[1], 0, len)? {
        Some(i) => {
            let v = l.borrow_mut().remove(i);
            drop(v);
            Ok(Value::NONE)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn list_reverse(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("list.reverse", args, 1, 1)?;
    list_of(&args[0])?.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn list_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("list.copy", args, 1, 1)?;
    Ok(crate::list_new(list_of(&args[0])?.borrow().clone()))
}

fn list_clear(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("list.clear", args, 1, 1)?;
    let old = std::mem::take(&mut *list_of(&args[0])?.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

fn list_sort(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let a = bind_args("sort", &args[1..], kw, &["key", "reverse"], 0)?;
    let l = list_of(&args[0])?;
    // CPython empties the list while sorting, so mutation during the sort is detectable.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let key = a[0].clone().filter(|k| !k.is_none());
    let reverse = match &a[1] {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    let r = super::sort::sort_values(&mut items, key.as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn tuple_index(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error(format!("index expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let t = crate::tuple_items(&args[0]).to_vec();
    let (start, stop) = clamp_bounds(&args[2..], t.len())?;
    let get = |i: usize| t.get(i).cloned();
    match find_in(t.len(), &get, &args[1], start, stop)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("tuple.count() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let mut n = 0;
    for v in crate::tuple_items(&args[0]) {
        if ops::eq(v, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn slice_indices_method(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("slice.indices", args, 2, 2)?;
    let Some(Obj::Slice(s)) = args[0].obj() else { return Err(type_error("descriptor 'indices' requires a 'slice' object")) };
    let n = ops::index_of(&args[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (a, b, c) = slice_indices(&s.start, &s.stop, &s.step, n)?;
    Ok(crate::tuple_new(vec![Value::int(a), Value::int(b), Value::int(c)]))
}

pub(crate) fn register() {
    add_methods(TypeId::Slice, &[("slice.indices", slice_indices_method, false)]);
    add_methods(
        TypeId::List,
        &[
            ("list.append", list_append, false),
            ("list.extend", list_extend, false),
            ("list.insert", list_insert, false),
            ("list.pop", list_pop, false),
            ("list.index", list_index, false),
            ("list.count", list_count, false),
            ("list.remove", list_remove, false),
            ("list.reverse", list_reverse, false),
            ("list.copy", list_copy, false),
            ("list.clear", list_clear, false),
            ("list.sort", list_sort, true),
        ],
    );
    add_methods(TypeId::Tuple, &[("tuple.index", tuple_index, false), ("tuple.count", tuple_count, false)]);
    add_methods(TypeId::Range, &[("range.index", range_index, false), ("range.count", range_count, false)]);
}
