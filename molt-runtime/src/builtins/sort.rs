//! A stable merge sort over Python values whose comparisons may raise: the first error stops
//! the sort and is returned (the slice is left as a permutation of its input).

use crate::object::PyResult;
use crate::ops;
use crate::value::Value;

fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    ops::less_than(a, b)
}

fn merge_sort(items: &mut [(Value, Value)], tmp: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let n = items.len();
    if n <= 16 {
        // Binary insertion sort: stable, few comparisons.
        for i in 1..n {
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&items[i].0, &items[mid].0)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            items[lo..=i].rotate_right(1);
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid], tmp)?;
    merge_sort(&mut items[mid..], tmp)?;
    // Already ordered halves need no merge.
    if !lt(&items[mid].0, &items[mid - 1].0)? {
        return Ok(());
    }
    tmp.clear();
    tmp.extend(items[..mid].iter().cloned());
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < tmp.len() && j < n {
        let take_right = match lt(&items[j].0, &tmp[i].0) {
            Ok(b) => b,
            Err(e) => {
                // Restore the left half's remaining items so nothing is lost.
                let rest: Vec<_> = tmp.drain(i..).collect();
                let mut out: Vec<_> = items[..k].to_vec();
                out.extend(rest);
                out.extend(items[j..].iter().cloned());
                items.clone_from_slice(&out);
                return Err(e);
            }
        };
        if take_right {
            items[k] = items[j].clone();
            j += 1;
        } else {
            items[k] = tmp[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < tmp.len() {
        items[k] = tmp[i].clone();
        i += 1;
        k += 1;
    }
    Ok(())
}

/// Sorts `items` in place by `key` (or the items themselves), stable, with `reverse` keeping
/// equal items in their original order as CPython does.
pub fn sort_values(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    let mut key_error = None;
    for v in items.iter() {
        let k = match key {
            Some(f) => match crate::call::call(f, std::slice::from_ref(v)) {
                Ok(k) => k,
                Err(e) => {
                    key_error = Some(e);
                    break;
                }
            },
            None => v.clone(),
        };
        pairs.push((k, v.clone()));
    }
    if let Some(e) = key_error {
        return Err(e);
    }
    items.clear();
    if reverse {
        pairs.reverse();
    }
    let mut tmp = Vec::new();
    let r = merge_sort(&mut pairs, &mut tmp);
    if reverse {
        pairs.reverse();
    }
    items.extend(pairs.into_iter().map(|p| p.1));
    r
}
