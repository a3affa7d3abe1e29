//! `list.sort` / `sorted`: CPython's run detection and binary insertion sort, so the
//! comparisons a program can observe (an `__lt__` with side effects) happen in CPython's order
//! for lists of fewer than 64 items; longer lists merge their sorted runs with a plain stable
//! merge. The first comparison error stops the sort and leaves a permutation of the input.

use crate::object::PyResult;
use crate::ops;
use crate::value::Value;

type Pair = (Value, Value);

fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    ops::less_than(a, b)
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
fn count_run(s: &[Pair]) -> PyResult<(usize, bool)> {
    if s.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(&s[1].0, &s[0].0)? {
        while n < s.len() && lt(&s[n].0, &s[n - 1].0)? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < s.len() && !lt(&s[n].0, &s[n - 1].0)? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion of `s[start..]` into the sorted prefix `s[..start]`.
fn binarysort(s: &mut [Pair], start: usize) -> PyResult<()> {
    for i in start.max(1)..s.len() {
        let (mut l, mut r) = (0, i);
        loop {
            let p = l + ((r - l) >> 1);
            if lt(&s[i].0, &s[p].0)? {
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

/// A pair holding no reference, left where a pair was moved out.
const HOLE: Pair = (Value::NONE, Value::NONE);

/// Merges the adjacent sorted runs `s[..mid]` and `s[mid..]`, stably. Pairs are moved, not
/// copied: the left run moves to a buffer, leaving holes that the merge fills in order (the
/// next slot written is always a hole: before it every slot is written or vacated).
fn merge(s: &mut [Pair], mid: usize) -> PyResult<()> {
    let mut left: Vec<Pair> = s[..mid].iter_mut().map(|p| std::mem::replace(p, HOLE)).collect();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < s.len() {
        let take_right = match lt(&s[j].0, &left[i].0) {
            Ok(b) => b,
            Err(e) => {
                // Put the unmerged left items back (into the holes) so nothing is lost.
                for item in left[i..].iter_mut() {
                    s[k] = std::mem::replace(item, HOLE);
                    k += 1;
                }
                return Err(e);
            }
        };
        s[k] = if take_right {
            j += 1;
            std::mem::replace(&mut s[j - 1], HOLE)
        } else {
            i += 1;
            std::mem::replace(&mut left[i - 1], HOLE)
        };
        k += 1;
    }
    for item in left[i..].iter_mut() {
        s[k] = std::mem::replace(item, HOLE);
        k += 1;
    }
    Ok(())
}

fn sort_pairs(s: &mut [Pair]) -> PyResult<()> {
    let n = s.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(&s[lo..])?;
        if descending {
            s[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = minrun.min(n - lo);
            binarysort(&mut s[lo..lo + force], len)?;
            len = force;
        }
        runs.push((lo, len));
        lo += len;
    }
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match pair {
                [(a, la), (_, lb)] => {
                    merge(&mut s[*a..*a + la + lb], *la)?;
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

/// Sorts `items` in place by `key` (or the items themselves), stable; `reverse` keeps equal
/// items in their original order, as CPython does (reverse, sort, reverse).
pub fn sort_values(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let mut pairs: Vec<Pair> = Vec::with_capacity(items.len());
    for v in items.iter() {
        let k = match key {
            Some(f) => crate::call::call(f, std::slice::from_ref(v))?,
            None => v.clone(),
        };
        pairs.push((k, v.clone()));
    }
    items.clear();
    if reverse {
        pairs.reverse();
    }
    let r = sort_pairs(&mut pairs);
    if reverse {
        pairs.reverse();
    }
    items.extend(pairs.into_iter().map(|p| p.1));
    r
}
