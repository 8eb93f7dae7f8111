//! `list.sort` as CPython 3.11's timsort, so that `<` is called on the
//! same pairs in the same order (observable when `__lt__` has side
//! effects or raises): runs are found with `count_run` and extended to
//! `minrun` with binary insertion here; `list_merge.rs` merges them.
//!
//! The sort permutes positions, not values, and applies the permutation
//! at the end; when `<` raises, the items are left in the partly sorted
//! order reached so far, as CPython leaves them.

use crate::dunder::CompareOp;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::is_builtin;
use crate::types::list_merge::{Less, Merger};
use crate::value::Value;
use crate::Vm;

/// CPython's `merge_compute_minrun`.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `items` by `keys` (the items themselves when `None`).
pub fn sort_values(
    vm: &Vm,
    items: &mut Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    let keys = keys.unwrap_or_else(|| items.clone());
    let mut order: Vec<usize> = (0..n).collect();
    if reverse {
        order.reverse();
    }
    let less = |a: usize, b: usize| -> PyResult<bool> {
        match (keys.get(a), keys.get(b)) {
            (Some(x), Some(y)) => match fast_less(x, y) {
                Some(r) => Ok(r),
                None => vm.compare_bool(x, y, CompareOp::Lt),
            },
            _ => Ok(false),
        }
    };
    let result = sort_order(&mut order, &less);
    if reverse {
        order.reverse();
    }
    let permuted: Vec<Value> = order
        .iter()
        .filter_map(|&i| items.get(i).cloned())
        .collect();
    *items = permuted;
    result
}

/// `x < y` without dispatch for the keys sorts mostly see: machine ints,
/// floats, exact strs, and exact tuples of those (compared as tuples
/// compare: the first unequal items decide). `None` when either side is
/// anything else.
fn fast_less(x: &Value, y: &Value) -> Option<bool> {
    if let Some(r) = crate::ops::arith::compare_numbers(x, y, CompareOp::Lt) {
        return Some(r);
    }
    match builtin_payloads(x, y)? {
        (Payload::Str(s), Payload::Str(t)) => Some(s.compare(t).is_lt()),
        (Payload::Tuple(s), Payload::Tuple(t)) => {
            for (p, q) in s.iter().zip(t.iter()) {
                if fast_eq(p, q)? {
                    continue;
                }
                return fast_less(p, q);
            }
            Some(s.len() < t.len())
        }
        _ => None,
    }
}

/// `x == y` for the same kinds of values as [`fast_less`] (items of
/// tuple keys); `None` for anything else.
fn fast_eq(x: &Value, y: &Value) -> Option<bool> {
    let nan = |v: &Value| matches!(v, Value::Float(f) if f.is_nan());
    if nan(x) || nan(y) {
        return None;
    }
    if let Some(r) = crate::ops::arith::compare_numbers(x, y, CompareOp::Eq) {
        return Some(r);
    }
    match builtin_payloads(x, y)? {
        (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
        _ => None,
    }
}

/// The payloads of two objects of exact builtin types.
fn builtin_payloads<'a>(x: &'a Value, y: &'a Value) -> Option<(&'a Payload, &'a Payload)> {
    let (Value::Obj(a), Value::Obj(b)) = (x, y) else {
        return None;
    };
    (is_builtin(a) && is_builtin(b)).then_some((&a.payload, &b.payload))
}

/// Sorts the positions in `order` as CPython's timsort does; on error
/// they are left partly sorted, as CPython leaves the list.
fn sort_order(order: &mut [usize], less: &Less) -> PyResult<()> {
    let n = order.len();
    let minrun = compute_minrun(n);
    let mut merger = Merger::new(order, less);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = merger.with_slice(lo, remaining, |s| count_run(s, less))?;
        if descending {
            merger.with_slice(lo, run, |s| {
                s.reverse();
                Ok(())
            })?;
        }
        if run < minrun {
            let force = minrun.min(remaining);
            merger.with_slice(lo, force, |s| binary_sort(s, run, less))?;
            run = force;
        }
        merger.push_run(lo, run)?;
        lo += run;
    }
    merger.collapse()
}

/// CPython's `count_run`: the length of the run at the start of `slice`
/// and whether it is strictly descending.
fn count_run(slice: &[usize], less: &Less) -> PyResult<(usize, bool)> {
    if slice.len() < 2 {
        return Ok((slice.len(), false));
    }
    let mut n = 2;
    if less(slice[1], slice[0])? {
        while n < slice.len() && less(slice[n], slice[n - 1])? {
            n += 1;
        }
        return Ok((n, true));
    }
    while n < slice.len() && !less(slice[n], slice[n - 1])? {
        n += 1;
    }
    Ok((n, false))
}

/// CPython's `binarysort`: `slice[..sorted]` is already sorted; each later
/// item is inserted after the last item not greater than it.
fn binary_sort(slice: &mut [usize], sorted: usize, less: &Less) -> PyResult<()> {
    let start = sorted.max(1);
    for i in start..slice.len() {
        let pivot = slice[i];
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(pivot, slice[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        slice[l..=i].rotate_right(1);
    }
    Ok(())
}
