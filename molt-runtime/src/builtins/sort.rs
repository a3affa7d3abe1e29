//! `list.sort` / `sorted`: CPython's run detection and binary insertion sort, so the
//! comparisons a program can observe (an `__lt__` with side effects) happen in CPython's order
//! for lists of fewer than 64 items; longer lists merge their sorted runs with a plain stable
//! merge. The first comparison error stops the sort and leaves a permutation of the input.
//!
//! Sorting is mostly waiting for memory: a key like `(-count, (word, word))` is four objects
//! deep. Before sorting, each key is flattened once into tokens in one contiguous array
//! (`Tok`): small ints, non-NaN floats, str slices, and brackets for tuples. Two keys whose
//! tokens decide their order are compared there, without touching the key objects; anything
//! the tokens cannot decide (other types, big ints, NaN, an int against a float, mixed types
//! that must raise) is compared by the generic `<` on the original keys, from the start. The
//! generic comparison of ints, floats and strs has no side effects, so the tokens only skip
//! work the program cannot observe and the results (and any error) are the same.

use std::cmp::Ordering;

use crate::object::{Obj, PyResult};
use crate::ops;
use crate::value::Value;

/// One token of a flattened key.
#[derive(Clone, Copy)]
enum Tok<'k> {
    Int(i64),
    /// Never NaN.
    Float(f64),
    Str(&'k str),
    /// A tuple starts; its items follow, then `Close`.
    Open,
    Close,
    /// Undecidable here: the keys are compared generically.
    Other,
}

/// How two tokens at the same position order their keys (every earlier token being equal);
/// `None` when only the generic comparison can tell.
fn tok_order(a: Tok, b: Tok) -> Option<Ordering> {
    match (a, b) {
        (Tok::Int(x), Tok::Int(y)) => Some(x.cmp(&y)),
        (Tok::Float(x), Tok::Float(y)) => x.partial_cmp(&y),
        (Tok::Str(x), Tok::Str(y)) => Some(x.cmp(y)),
        (Tok::Open, Tok::Open) | (Tok::Close, Tok::Close) => Some(Ordering::Equal),
        // One tuple ended with all its items equal to the other's: the shorter is less,
        // whatever the longer one holds next (Python compares lengths there).
        (Tok::Close, _) => Some(Ordering::Less),
        (_, Tok::Close) => Some(Ordering::Greater),
        _ => None,
    }
}

/// Most tokens one key gets; a longer key ends in `Other`.
const MAX_KEY_TOKENS: usize = 32;

/// Appends `v`'s tokens to `out`, at most `MAX_KEY_TOKENS` past `base`.
fn flatten<'k>(v: &'k Value, out: &mut Vec<Tok<'k>>, base: usize) {
    if out.len() - base >= MAX_KEY_TOKENS - 1 {
        out.push(Tok::Other);
        return;
    }
    if v.is_small_int() {
        out.push(Tok::Int(v.as_small_int()));
    } else if v.is_bool() {
        out.push(Tok::Int(v.as_bool() as i64));
    } else if v.is_float() {
        let f = v.as_float();
        out.push(if f.is_nan() { Tok::Other } else { Tok::Float(f) });
    } else {
        match v.obj() {
            Some(Obj::Str(s)) => out.push(Tok::Str(&s.s)),
            Some(Obj::Tuple(items)) => {
                out.push(Tok::Open);
                for item in items.iter() {
                    flatten(item, out, base);
                    if matches!(out.last(), Some(Tok::Other)) && out.len() - base >= MAX_KEY_TOKENS {
                        return;
                    }
                }
                out.push(Tok::Close);
            }
            _ => out.push(Tok::Other),
        }
    }
}

/// A slot being sorted: which item, and where its key's tokens are.
#[derive(Clone, Copy)]
struct Item {
    idx: usize,
    start: u32,
    len: u32,
}

struct Keys<'k> {
    keys: &'k [Value],
    toks: Vec<Tok<'k>>,
}

impl Keys<'_> {
    fn lt(&self, a: Item, b: Item) -> PyResult<bool> {
        let ta = &self.toks[a.start as usize..(a.start + a.len) as usize];
        let tb = &self.toks[b.start as usize..(b.start + b.len) as usize];
        for (&x, &y) in ta.iter().zip(tb) {
            match tok_order(x, y) {
                Some(Ordering::Equal) => continue,
                Some(o) => return Ok(o == Ordering::Less),
                None => return ops::less_than(&self.keys[a.idx], &self.keys[b.idx]),
            }
        }
        // Equal complete keys (a key's tokens are never a proper prefix of another's: a
        // truncated key ends in `Other`, which is decided above).
        Ok(false)
    }
}

/// Whether the tokens decide every comparison between the keys of `items`: no key has an
/// `Other` token, and at each token position all keys that have an item or a bracket
/// there have the same kind of token (an int, a float, a str or an opening bracket; a
/// closing bracket is decided against anything). Two keys first differ at some position,
/// where their tokens are then of one kind or one of them closes a tuple.
fn decided_everywhere(k: &Keys, items: &[Item]) -> bool {
    let mut kinds = [0u8; MAX_KEY_TOKENS + 1];
    for it in items {
        let toks = &k.toks[it.start as usize..(it.start + it.len) as usize];
        for (slot, t) in kinds.iter_mut().zip(toks) {
            let kind = match t {
                Tok::Int(_) => 1,
                Tok::Float(_) => 2,
                Tok::Str(_) => 3,
                Tok::Open => 4,
                Tok::Close => continue,
                Tok::Other => return false,
            };
            if *slot != kind {
                if *slot != 0 {
                    return false;
                }
                *slot = kind;
            }
        }
        if toks.len() > kinds.len() {
            return false;
        }
    }
    true
}

/// Sorts `items` (stably) when `decided_everywhere` accepted their keys; keys that are
/// all ints, all floats or all strs are sorted as plain pairs of key and item.
fn sort_decided<'k>(k: &Keys<'k>, items: &mut [Item]) {
    fn by_pairs<'k, T: Copy>(k: &Keys<'k>, items: &mut [Item], get: impl Fn(Tok<'k>) -> Option<T>, cmp: impl Fn(&T, &T) -> Ordering) -> bool {
        let mut pairs = Vec::with_capacity(items.len());
        for it in items.iter() {
            match (it.len, get(k.toks[it.start as usize])) {
                (1, Some(v)) => pairs.push((v, *it)),
                _ => return false,
            }
        }
        pairs.sort_by(|a, b| cmp(&a.0, &b.0));
        for (slot, (_, it)) in items.iter_mut().zip(pairs) {
            *slot = it;
        }
        true
    }
    let Some(first) = items.first().map(|it| k.toks[it.start as usize]) else { return };
    let done = match first {
        Tok::Int(_) => by_pairs(k, items, |t| if let Tok::Int(v) = t { Some(v) } else { None }, i64::cmp),
        Tok::Float(_) => by_pairs(k, items, |t| if let Tok::Float(v) = t { Some(v) } else { None }, |a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal)),
        Tok::Str(_) => by_pairs(k, items, |t| if let Tok::Str(v) = t { Some(v) } else { None }, |a, b| a.cmp(b)),
        _ => false,
    };
    if !done {
        items.sort_by(|a, b| k.order(*a, *b));
    }
}

impl Keys<'_> {
    /// The order of two keys `decided_everywhere` accepted.
    fn order(&self, a: Item, b: Item) -> Ordering {
        let ta = &self.toks[a.start as usize..(a.start + a.len) as usize];
        let tb = &self.toks[b.start as usize..(b.start + b.len) as usize];
        for (&x, &y) in ta.iter().zip(tb) {
            match tok_order(x, y) {
                Some(Ordering::Equal) => continue,
                Some(o) => return o,
                None => {
                    debug_assert!(false, "the tokens decide every comparison here");
                    return Ordering::Equal;
                }
            }
        }
        Ordering::Equal
    }
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Length of the run at the start of `s` and whether it is strictly descending.
fn count_run(k: &Keys, s: &[Item]) -> PyResult<(usize, bool)> {
    if s.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if k.lt(s[1], s[0])? {
        while n < s.len() && k.lt(s[n], s[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < s.len() && !k.lt(s[n], s[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion of `s[start..]` into the sorted prefix `s[..start]`.
fn binarysort(k: &Keys, s: &mut [Item], start: usize) -> PyResult<()> {
    for i in start.max(1)..s.len() {
        let (mut l, mut r) = (0, i);
        loop {
            let p = l + ((r - l) >> 1);
            if k.lt(s[i], s[p])? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        s[l..=i].rotate_right(1);
    }
    Ok(())
}

/// Merges the adjacent sorted runs `s[..mid]` and `s[mid..]`, stably, through `buf`. While
/// merging, the slots between the output and the right run's next item are stale copies, as
/// many as the left items still in `buf`: an error puts those there, so `s` stays a
/// permutation.
fn merge(k: &Keys, s: &mut [Item], mid: usize, buf: &mut Vec<Item>) -> PyResult<()> {
    buf.clear();
    buf.extend_from_slice(&s[..mid]);
    let (mut i, mut j, mut out) = (0, mid, 0);
    while i < buf.len() && j < s.len() {
        match k.lt(s[j], buf[i]) {
            Ok(true) => {
                s[out] = s[j];
                j += 1;
            }
            Ok(false) => {
                s[out] = buf[i];
                i += 1;
            }
            Err(e) => {
                s[out..out + buf.len() - i].copy_from_slice(&buf[i..]);
                return Err(e);
            }
        }
        out += 1;
    }
    s[out..out + buf.len() - i].copy_from_slice(&buf[i..]);
    Ok(())
}

fn sort_items(k: &Keys, s: &mut [Item]) -> PyResult<()> {
    let n = s.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(k, &s[lo..])?;
        if descending {
            s[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = minrun.min(n - lo);
            binarysort(k, &mut s[lo..lo + force], len)?;
            len = force;
        }
        runs.push((lo, len));
        lo += len;
    }
    let mut buf = Vec::new();
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match pair {
                [(a, la), (_, lb)] => {
                    merge(k, &mut s[*a..*a + la + lb], *la, &mut buf)?;
                    next.push((*a, la + lb));
                }
                [single] => next.push(*single),
                _ => unreachable!(),
            }
        }
        runs = next;
    }
    Ok(())
}

/// The sorted order of `keys` (indices), or the error of the first failing comparison with
/// the order reached so far (a permutation).
fn sorted_order(keys: &[Value], reverse: bool) -> (Vec<Item>, PyResult<()>) {
    // Token 0 is a shared `Other` for keys past what 32-bit positions can address.
    let mut toks = vec![Tok::Other];
    let mut items = Vec::with_capacity(keys.len());
    for (idx, key) in keys.iter().enumerate() {
        let start = toks.len();
        flatten(key, &mut toks, start);
        let (start, len) = match (u32::try_from(start), u32::try_from(toks.len())) {
            (Ok(s), Ok(_)) => (s, (toks.len() - start) as u32),
            _ => {
                toks.truncate(start);
                (0, 1)
            }
        };
        items.push(Item { idx, start, len });
    }
    let k = Keys { keys, toks };
    if reverse {
        items.reverse();
    }
    let r = if decided_everywhere(&k, &items) {
        // Every comparison is decided by the tokens, a total order without side effects:
        // any stable sort gives the order (and the absence of errors) CPython's does.
        sort_decided(&k, &mut items);
        Ok(())
    } else {
        sort_items(&k, &mut items)
    };
    if reverse {
        items.reverse();
    }
    (items, r)
}

/// Sorts `items` in place by `key` (or the items themselves), stable; `reverse` keeps equal
/// items in their original order, as CPython does (reverse, sort, reverse).
pub fn sort_values(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let computed = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for v in items.iter() {
                keys.push(crate::call::call(f, std::slice::from_ref(v))?);
            }
            Some(keys)
        }
        None => None,
    };
    let (order, r) = sorted_order(computed.as_deref().unwrap_or(&items[..]), reverse);
    let mut vals = std::mem::take(items);
    items.extend(order.iter().map(|it| std::mem::replace(&mut vals[it.idx], Value::NONE)));
    r
}
