//! The merging half of `list.sort`: CPython 3.11's powersort merge policy
//! and its galloping merges (`merge_lo`, `merge_hi`, `gallop_left`,
//! `gallop_right`), so that long lists are compared in CPython's order
//! too. Runs are found in `list_sort.rs`.
//!
//! Everything works on `order`, a permutation of key positions; `less(x,
//! y)` compares the keys at positions `x` and `y` and may raise. Slots are
//! read and written through [`get`] and [`set`], which ignore positions
//! outside the array, so an inconsistent `__lt__` can never make the sort
//! index out of bounds (CPython's algorithm keeps them in bounds anyway).

use crate::error::{PyErr, PyResult};

/// The comparison `list.sort` uses: `keys[x] < keys[y]`.
pub type Less<'a> = dyn Fn(usize, usize) -> PyResult<bool> + 'a;

/// Consecutive wins that switch a merge into galloping mode.
const MIN_GALLOP: usize = 7;

fn get(v: &[usize], i: isize) -> usize {
    usize::try_from(i)
        .ok()
        .and_then(|i| v.get(i).copied())
        .unwrap_or(0)
}

fn set(v: &mut [usize], i: isize, x: usize) {
    if let Some(slot) = usize::try_from(i).ok().and_then(|i| v.get_mut(i)) {
        *slot = x;
    }
}

/// Copies `n` slots from `src[from..]` to `dst[to..]`.
fn copy(dst: &mut [usize], to: isize, src: &[usize], from: isize, n: isize) {
    for k in 0..n.max(0) {
        set(dst, to + k, get(src, from + k));
    }
}

/// Moves `n` slots within `v` from `from` to `to` (overlap allowed).
fn shift(v: &mut [usize], to: isize, from: isize, n: isize) {
    let n = n.max(0);
    if to <= from {
        for k in 0..n {
            set(v, to + k, get(v, from + k));
        }
    } else {
        for k in (0..n).rev() {
            set(v, to + k, get(v, from + k));
        }
    }
}

/// One pending run: start, length and powersort power.
#[derive(Clone, Copy)]
struct Run {
    start: isize,
    len: isize,
    power: u32,
}

/// The merge state of one sort.
pub struct Merger<'a> {
    order: &'a mut [usize],
    less: &'a Less<'a>,
    pending: Vec<Run>,
    min_gallop: usize,
}

/// CPython's `powerloop`: the powersort power of the boundary between the
/// run at `s1` of length `n1` and the next run of length `n2`.
fn powerloop(s1: isize, n1: isize, n2: isize, n: isize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
        if result > 64 {
            break;
        }
    }
    result
}

/// How a merge loop (or one phase of it) ended.
enum End {
    /// One run is used up; what is left of the copied-aside run goes last.
    Done,
    /// One item is left in the copied-aside run: the rest of the other run
    /// moves over and that item goes at the end (`CopyB`/`CopyA`).
    CopyRest,
    /// One run won often enough to start galloping.
    Gallop,
    /// Galloping stopped paying off.
    Leave,
    Fail(PyErr),
}

macro_rules! compare {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(err) => break End::Fail(err),
        }
    };
}

impl<'a> Merger<'a> {
    pub fn new(order: &'a mut [usize], less: &'a Less<'a>) -> Merger<'a> {
        Merger {
            order,
            less,
            pending: Vec::new(),
            min_gallop: MIN_GALLOP,
        }
    }

    /// Runs `f` on `len` slots of the order from `start`.
    pub fn with_slice<R>(
        &mut self,
        start: usize,
        len: usize,
        f: impl FnOnce(&mut [usize]) -> PyResult<R>,
    ) -> PyResult<R> {
        let end = (start + len).min(self.order.len());
        let start = start.min(end);
        f(&mut self.order[start..end])
    }

    /// CPython's `found_new_run` followed by pushing the run.
    pub fn push_run(&mut self, start: usize, len: usize) -> PyResult<()> {
        let (start, len) = (start as isize, len as isize);
        let n = self.order.len() as isize;
        if let Some(last) = self.pending.last() {
            let power = powerloop(last.start, last.len, len, n);
            while self.pending.len() > 1
                && self
                    .pending
                    .get(self.pending.len() - 2)
                    .is_some_and(|r| r.power > power)
            {
                self.merge_at(self.pending.len() - 2)?;
            }
            if let Some(last) = self.pending.last_mut() {
                last.power = power;
            }
        }
        self.pending.push(Run {
            start,
            len,
            power: 0,
        });
        Ok(())
    }

    /// CPython's `merge_force_collapse`.
    pub fn collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            let len_at = |m: &Merger, j: usize| m.pending.get(j).map_or(0, |r| r.len);
            if i > 0 && len_at(self, i - 1) < len_at(self, i + 1) {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }

    /// CPython's `merge_at`: merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let (Some(&a), Some(&b)) = (self.pending.get(i), self.pending.get(i + 1)) else {
            return Ok(());
        };
        if let Some(r) = self.pending.get_mut(i) {
            r.len = a.len + b.len;
        }
        self.pending.remove(i + 1);
        let (mut sa, mut na) = (a.start, a.len);
        let (sb, nb) = (b.start, b.len);
        let key = get(self.order, sb);
        let k = gallop_right(self.less, key, self.order, sa, na, 0)?;
        sa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let key = get(self.order, sa + na - 1);
        let nb = gallop_left(self.less, key, self.order, sb, nb, nb - 1)?;
        if nb <= 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(sa, na, sb, nb)
        } else {
            self.merge_hi(sa, na, sb, nb)
        }
    }

    /// CPython's `merge_lo` (`na <= nb`): merges left to right with the
    /// first run copied aside.
    fn merge_lo(&mut self, sa: isize, mut na: isize, sb: isize, mut nb: isize) -> PyResult<()> {
        let less = self.less;
        let tmp: Vec<usize> = (0..na).map(|k| get(self.order, sa + k)).collect();
        let order = &mut *self.order;
        let (mut pa, mut pb, mut dest) = (0isize, sb, sa);
        set(order, dest, get(order, pb));
        dest += 1;
        pb += 1;
        nb -= 1;
        let mut min_gallop = self.min_gallop;
        let end = 'merge: {
            if nb == 0 {
                break 'merge End::Done;
            }
            if na == 1 {
                break 'merge End::CopyRest;
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                let inner = loop {
                    if compare!(less(get(order, pb), get(&tmp, pa))) {
                        set(order, dest, get(order, pb));
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break End::Done;
                        }
                        if bcount >= min_gallop {
                            break End::Gallop;
                        }
                    } else {
                        set(order, dest, get(&tmp, pa));
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break End::CopyRest;
                        }
                        if acount >= min_gallop {
                            break End::Gallop;
                        }
                    }
                };
                if !matches!(inner, End::Gallop) {
                    break 'merge inner;
                }
                min_gallop += 1;
                let galloped = loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = get(order, pb);
                    let k = compare!(gallop_right(less, key, &tmp, pa, na, 0));
                    acount = k as usize;
                    if k > 0 {
                        copy(order, dest, &tmp, pa, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break End::CopyRest;
                        }
                        if na == 0 {
                            break End::Done;
                        }
                    }
                    set(order, dest, get(order, pb));
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break End::Done;
                    }
                    let key = get(&tmp, pa);
                    let k = compare!(gallop_left(less, key, order, pb, nb, 0));
                    bcount = k as usize;
                    if k > 0 {
                        shift(order, dest, pb, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break End::Done;
                        }
                    }
                    set(order, dest, get(&tmp, pa));
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break End::CopyRest;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break End::Leave;
                    }
                };
                if !matches!(galloped, End::Leave) {
                    break 'merge galloped;
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            End::CopyRest => {
                shift(order, dest, pb, nb);
                set(order, dest + nb, get(&tmp, pa));
                Ok(())
            }
            End::Done | End::Gallop | End::Leave => {
                copy(order, dest, &tmp, pa, na);
                Ok(())
            }
            End::Fail(e) => {
                copy(order, dest, &tmp, pa, na);
                Err(e)
            }
        }
    }

    /// CPython's `merge_hi` (`na > nb`): merges right to left with the
    /// second run copied aside.
    fn merge_hi(&mut self, sa: isize, mut na: isize, sb: isize, mut nb: isize) -> PyResult<()> {
        let less = self.less;
        let tmp: Vec<usize> = (0..nb).map(|k| get(self.order, sb + k)).collect();
        let order = &mut *self.order;
        let (mut pa, mut pb, mut dest) = (sa + na - 1, nb - 1, sb + nb - 1);
        set(order, dest, get(order, pa));
        dest -= 1;
        pa -= 1;
        na -= 1;
        let mut min_gallop = self.min_gallop;
        let end = 'merge: {
            if na == 0 {
                break 'merge End::Done;
            }
            if nb == 1 {
                break 'merge End::CopyRest;
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                let inner = loop {
                    if compare!(less(get(&tmp, pb), get(order, pa))) {
                        set(order, dest, get(order, pa));
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break End::Done;
                        }
                        if acount >= min_gallop {
                            break End::Gallop;
                        }
                    } else {
                        set(order, dest, get(&tmp, pb));
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break End::CopyRest;
                        }
                        if bcount >= min_gallop {
                            break End::Gallop;
                        }
                    }
                };
                if !matches!(inner, End::Gallop) {
                    break 'merge inner;
                }
                min_gallop += 1;
                let galloped = loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = get(&tmp, pb);
                    let k = compare!(gallop_right(less, key, order, sa, na, na - 1));
                    let k = na - k;
                    acount = k as usize;
                    if k > 0 {
                        dest -= k;
                        pa -= k;
                        shift(order, dest + 1, pa + 1, k);
                        na -= k;
                        if na == 0 {
                            break End::Done;
                        }
                    }
                    set(order, dest, get(&tmp, pb));
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break End::CopyRest;
                    }
                    let key = get(order, pa);
                    let k = compare!(gallop_left(less, key, &tmp, 0, nb, nb - 1));
                    let k = nb - k;
                    bcount = k as usize;
                    if k > 0 {
                        dest -= k;
                        pb -= k;
                        copy(order, dest + 1, &tmp, pb + 1, k);
                        nb -= k;
                        if nb == 1 {
                            break End::CopyRest;
                        }
                        if nb == 0 {
                            break End::Done;
                        }
                    }
                    set(order, dest, get(order, pa));
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break End::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break End::Leave;
                    }
                };
                if !matches!(galloped, End::Leave) {
                    break 'merge galloped;
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            End::CopyRest => {
                shift(order, dest + 1 - na, pa + 1 - na, na);
                dest -= na;
                set(order, dest, get(&tmp, pb));
                Ok(())
            }
            End::Done | End::Gallop | End::Leave => {
                copy(order, dest - (nb - 1), &tmp, 0, nb);
                Ok(())
            }
            End::Fail(e) => {
                copy(order, dest - (nb - 1), &tmp, 0, nb);
                Err(e)
            }
        }
    }
}

/// CPython's `gallop_left`: the position `k` in the sorted `n` slots of
/// `v` from `base` with `v[k-1] < key <= v[k]`, searching out from `hint`.
fn gallop_left(
    less: &Less,
    key: usize,
    v: &[usize],
    base: isize,
    n: isize,
    hint: isize,
) -> PyResult<isize> {
    let at = |i: isize| get(v, base + i);
    let (mut lastofs, mut ofs) = (0isize, 1isize);
    if less(at(hint), key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if less(at(hint + ofs), key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if less(at(hint - ofs), key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if less(at(m), key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

/// CPython's `gallop_right`: the position `k` in the sorted `n` slots of
/// `v` from `base` with `v[k-1] <= key < v[k]`, searching out from `hint`.
fn gallop_right(
    less: &Less,
    key: usize,
    v: &[usize],
    base: isize,
    n: isize,
    hint: isize,
) -> PyResult<isize> {
    let at = |i: isize| get(v, base + i);
    let (mut lastofs, mut ofs) = (0isize, 1isize);
    if less(key, at(hint))? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if less(key, at(hint - ofs))? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if less(key, at(hint + ofs))? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if less(key, at(m))? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs)
}
