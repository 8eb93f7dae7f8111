//! The order of comparisons `list.sort` makes, following CPython's
//! timsort where it is cheap to do so: runs are found with CPython's
//! `count_run` and extended to `minrun` with its binary insertion sort, so
//! lists shorter than 64 items are compared exactly as CPython compares
//! them (observable when `__lt__` has side effects). Longer lists merge
//! their runs with a plain stable merge (no galloping), which gives the
//! same result with possibly different comparisons.
//!
//! The sort permutes positions, not values, and applies the permutation
//! at the end; when `<` raises, the items are left in the partly sorted
//! order reached so far, as CPython leaves them.

use crate::dunder::CompareOp;
use crate::error::PyResult;
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
            (Some(x), Some(y)) => vm.compare_bool(x, y, CompareOp::Lt),
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

/// Sorts the positions in `order`; on error they are left partly sorted,
/// as CPython leaves the list.
fn sort_order(order: &mut [usize], less: &Less) -> PyResult<()> {
    let n = order.len();
    let minrun = compute_minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = count_run(&order[lo..], less)?;
        if descending {
            order[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = minrun.min(remaining);
            binary_sort(&mut order[lo..lo + force], run, less)?;
            run = force;
        }
        runs.push((lo, run));
        lo += run;
    }
    merge_runs(order, runs, less)
}

type Less<'a> = dyn Fn(usize, usize) -> PyResult<bool> + 'a;

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

/// Merges adjacent sorted runs pairwise until one is left.
fn merge_runs(order: &mut [usize], mut runs: Vec<(usize, usize)>, less: &Less) -> PyResult<()> {
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            match pair {
                [(a, la), (b, lb)] => {
                    merge_two(&mut order[*a..b + lb], *la, less)?;
                    merged.push((*a, la + lb));
                }
                [single] => merged.push(*single),
                _ => {}
            }
        }
        runs = merged;
    }
    Ok(())
}

/// Stably merges `slice[..mid]` and `slice[mid..]`, both sorted.
fn merge_two(slice: &mut [usize], mid: usize, less: &Less) -> PyResult<()> {
    let left: Vec<usize> = slice[..mid].to_vec();
    let right: Vec<usize> = slice[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if less(right[j], left[i])? {
            slice[k] = right[j];
            j += 1;
        } else {
            slice[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    for &v in left[i..].iter().chain(&right[j..]) {
        slice[k] = v;
        k += 1;
    }
    Ok(())
}
