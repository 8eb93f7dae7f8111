//! Lookups, insertions and set algebra on [`SetTable`]s, following CPython
//! 3.11's `setobject.c` step for step, so that results have CPython's
//! iteration order and keys are compared in the same order, as often.
//!
//! Comparing keys may run user code (`__eq__`) that reads or mutates the
//! sets involved, so every function here reaches tables through a
//! [`SetCell`] and never holds a borrow while calling `eq`. When a
//! comparison changed the probed table, the probe restarts as in CPython.
//! The plain methods on [`SetTable`] (`insert`, `contains`, `remove`) wrap
//! these for callers whose comparisons cannot touch the table.
//!
//! `eq(stored, probe)` is called with the key already in the table first,
//! as CPython calls `stored.__eq__(probe)`; identical keys
//! ([`TableKey::is_same`]) are equal without a call. Errors from `eq` stop
//! the operation and propagate.
//!
//! Operations with a non-set operand (an iterable or a dict) live in
//! `set_iterable_ops`.
//!
//! How CPython 3.11 builds sets from Python code (all checked against
//! python3 by the tests):
//! - `set()` / `frozenset()` of a set: [`copy`]; of a dict:
//!   `set_iterable_ops::table_from_dict_keys`; of anything else: [`add`]
//!   each item in turn. `frozenset(f)` of an exact frozenset is `f` itself.
//! - A display `{a, b}`, or one with any non-constant element: [`add`] each
//!   element in source order. Comprehensions add in iteration order.
//!   `{*a, b}` starts empty, updates with `a`, then adds `b`.
//! - A display of three or more constants is compiled to a frozenset
//!   constant merged into a new empty set ([`update`]). The constant is
//!   built by adding the elements in source order and then rebuilt by
//!   adding that table's elements in its iteration order (the compiler's
//!   constant merging). `for x in {...}` and `x in {...}` over such a
//!   display use that constant directly.
//! - `s.pop()`, `s.clear()`: [`SetTable::pop`], [`SetTable::clear`];
//!   `s.add(x)`: [`add`]; `s.discard(x)` / `s.remove(x)`: [`discard`].
//! - `a | b`, `a & b`, `a - b`, `a ^ b` and their in-place forms, for sets:
//!   the functions below of the same names.

use std::cell::RefCell;

use super::set_table::{MergeStart, ProbeCursor, ProbeStep, SetTable, TableKey, Vacancy};

/// Shared access to a [`SetTable`] that may also be reached from the code
/// run by an equality callback (for example a `RefCell` inside a set
/// object). Implementations must not hold a borrow between calls.
pub trait SetCell<K> {
    /// Runs `f` with the table borrowed for reading.
    fn read<R>(&self, f: impl FnOnce(&SetTable<K>) -> R) -> R;
    /// Runs `f` with the table borrowed for writing.
    fn write<R>(&self, f: impl FnOnce(&mut SetTable<K>) -> R) -> R;
}

impl<K> SetCell<K> for RefCell<SetTable<K>> {
    fn read<R>(&self, f: impl FnOnce(&SetTable<K>) -> R) -> R {
        f(&self.borrow())
    }

    fn write<R>(&self, f: impl FnOnce(&mut SetTable<K>) -> R) -> R {
        f(&mut self.borrow_mut())
    }
}

/// A [`SetCell`] over an exclusively borrowed table, for the plain methods.
struct Exclusive<'a, K>(RefCell<&'a mut SetTable<K>>);

impl<K> SetCell<K> for Exclusive<'_, K> {
    fn read<R>(&self, f: impl FnOnce(&SetTable<K>) -> R) -> R {
        f(&self.0.borrow())
    }

    fn write<R>(&self, f: impl FnOnce(&mut SetTable<K>) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }
}

/// Whether two cells are the same object (Python's `a is b` for the sets).
fn same_cell<A, B>(a: &A, b: &B) -> bool {
    std::ptr::eq(a as *const A as *const (), b as *const B as *const ())
}

/// Where a lookup ended.
#[derive(Debug)]
pub enum Lookup {
    /// The key is in the table, in this slot.
    Present(usize),
    /// The key is absent; this is where a probe for it ended.
    Absent(Vacancy),
}

/// One probe step, with the candidate key cloned out of the table.
enum Step<K> {
    Vacant(Vacancy),
    Identical(usize),
    Compare(usize, K),
}

fn step<K: TableKey, C: SetCell<K>>(cell: &C, cursor: &mut ProbeCursor, key: &K) -> Step<K> {
    cell.read(|table| match table.probe_step(cursor) {
        ProbeStep::Vacant(vacancy) => Step::Vacant(vacancy),
        ProbeStep::Candidate { slot, key: stored } if stored.is_same(key) => Step::Identical(slot),
        ProbeStep::Candidate { slot, key: stored } => Step::Compare(slot, stored.clone()),
    })
}

/// CPython's `set_lookkey`: finds `key` (with `hash`). If a comparison
/// changed the table (new storage, or the compared slot no longer holds
/// the compared key) the lookup starts over, whatever the comparison said.
pub fn lookup<K, C, E>(
    cell: &C,
    hash: i64,
    key: &K,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<Lookup, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    'restart: loop {
        let mut cursor = cell.read(|table| table.probe(hash));
        loop {
            match step(cell, &mut cursor, key) {
                Step::Vacant(vacancy) => return Ok(Lookup::Absent(vacancy)),
                Step::Identical(slot) => return Ok(Lookup::Present(slot)),
                Step::Compare(slot, stored) => {
                    let equal = eq(&stored, key)?;
                    if !cell.read(|table| table.candidate_unchanged(&cursor, slot, &stored)) {
                        continue 'restart;
                    }
                    if equal {
                        return Ok(Lookup::Present(slot));
                    }
                }
            }
        }
    }
}

/// `key in set` with a known hash.
pub fn contains<K, C, E>(
    cell: &C,
    hash: i64,
    key: &K,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    Ok(matches!(lookup(cell, hash, key, eq)?, Lookup::Present(_)))
}

/// CPython's `set_add_entry`: adds `key` unless an equal key is present;
/// returns whether it was added. An equal answer is trusted even if the
/// comparison changed the table; an unequal one restarts the probe then.
pub fn add<K, C, E>(
    cell: &C,
    hash: i64,
    key: K,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let mut key = key;
    'restart: loop {
        let mut cursor = cell.read(|table| table.probe(hash));
        loop {
            match step(cell, &mut cursor, &key) {
                Step::Vacant(vacancy) => {
                    match cell.write(|table| table.insert_vacant(vacancy, key)) {
                        Ok(()) => return Ok(true),
                        Err(returned) => {
                            key = returned;
                            continue 'restart;
                        }
                    }
                }
                Step::Identical(_) => return Ok(false),
                Step::Compare(slot, stored) => {
                    if eq(&stored, &key)? {
                        return Ok(false);
                    }
                    if !cell.read(|table| table.candidate_unchanged(&cursor, slot, &stored)) {
                        continue 'restart;
                    }
                }
            }
        }
    }
}

/// CPython's `set_discard_entry`: removes the key equal to `key`, returning
/// the stored element (the dummy it leaves never shrinks the table).
pub fn discard<K, C, E>(
    cell: &C,
    hash: i64,
    key: &K,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<Option<K>, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    match lookup(cell, hash, key, eq)? {
        Lookup::Present(slot) => Ok(cell
            .write(|table| table.remove_at(slot))
            .map(|(_, stored)| stored)),
        Lookup::Absent(_) => Ok(None),
    }
}

/// Calls `f` on each element of the table in `cell`, in slot order,
/// re-reading the table between elements (CPython's `set_next` loop, which
/// tolerates the table changing under it), until `f` answers true.
/// Returns whether it did.
pub(super) fn any_entry<K, C, E>(
    cell: &C,
    mut f: impl FnMut(i64, K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let mut pos = 0;
    while let Some((slot, hash, key)) = cell.read(|table| {
        table
            .next_entry(pos)
            .map(|(slot, hash, key)| (slot, hash, key.clone()))
    }) {
        pos = slot + 1;
        if f(hash, key)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Calls `f` on each element of the table in `cell`, as [`any_entry`].
fn for_each_entry<K, C, E>(cell: &C, mut f: impl FnMut(i64, K) -> Result<(), E>) -> Result<(), E>
where
    K: TableKey,
    C: SetCell<K>,
{
    any_entry(cell, |hash, key| f(hash, key).map(|()| false)).map(drop)
}

/// A copy of the table in `cell` (`s.copy()`, `set(s)`, `frozenset(s)`).
pub fn copy<K: TableKey, C: SetCell<K>>(cell: &C) -> SetTable<K> {
    cell.read(SetTable::copy_of)
}

/// CPython's `set_merge`: `target |= source` / `target.update(source)` for
/// a set `source`. Adding `target` to itself does nothing.
///
/// For a dict source CPython calls [`SetTable::reserve_for_incoming`] with
/// the dict's length, then [`add`]s its keys in dict order; for any other
/// iterable it just [`add`]s each item.
pub fn update<K, T, S, E>(
    target: &T,
    source: &S,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    T: SetCell<K>,
    S: SetCell<K>,
{
    if same_cell(target, source) {
        return Ok(());
    }
    let start = target.write(|table| source.read(|from| table.begin_merge(from)));
    if start == MergeStart::Done {
        return Ok(());
    }
    for_each_entry(source, |hash, key| add(target, hash, key, eq).map(drop))
}

/// `a | b` and `a.union(b)` for sets: a copy of `a` updated with `b`.
pub fn union<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    let result = RefCell::new(copy(a));
    if !same_cell(a, b) {
        update(&result, b, eq)?;
    }
    Ok(result.into_inner())
}

/// CPython's `set_intersection` for two sets: iterates the smaller one
/// (`b` on a tie) and adds each element found in the larger one.
///
/// With a non-set iterable CPython iterates it, adding each item found in
/// `a` to a new table, and stops once the result is as large as `a`.
pub fn intersection<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    if same_cell(a, b) {
        return Ok(copy(a));
    }
    let result = RefCell::new(SetTable::new());
    if b.read(SetTable::len) > a.read(SetTable::len) {
        intersect_into(&result, a, b, eq)?;
    } else {
        intersect_into(&result, b, a, eq)?;
    }
    Ok(result.into_inner())
}

fn intersect_into<K, R, S, L, E>(
    result: &R,
    iterated: &S,
    probed: &L,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    R: SetCell<K>,
    S: SetCell<K>,
    L: SetCell<K>,
{
    for_each_entry(iterated, |hash, key| {
        if contains(probed, hash, &key, eq)? {
            add(result, hash, key, eq)?;
        }
        Ok(())
    })
}

/// `a &= b` / `a.intersection_update(b)`: the intersection replaces `a`'s
/// contents (its pop finger is kept).
pub fn intersection_update<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    let result = intersection(a, b, eq)?;
    a.write(|table| table.replace_contents(result));
    Ok(())
}

/// CPython's `set_difference_update_internal` for a set `b`: `a -= b`.
/// Removing a set from itself clears it. When `b` is more than eight times
/// larger than `a`, only the elements of `a & b` are removed. Finally a
/// table left with too many dummies is rebuilt.
///
/// With a non-set iterable CPython [`discard`]s each item, then calls
/// [`SetTable::purge_dummies_after_difference`].
pub fn difference_update<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    if same_cell(a, b) {
        a.write(SetTable::clear);
        return Ok(());
    }
    if b.read(SetTable::len) >> 3 > a.read(SetTable::len) {
        let common = RefCell::new(intersection(a, b, eq)?);
        for_each_entry(&common, |hash, key| discard(a, hash, &key, eq).map(drop))?;
    } else {
        for_each_entry(b, |hash, key| discard(a, hash, &key, eq).map(drop))?;
    }
    a.write(SetTable::purge_dummies_after_difference);
    Ok(())
}

/// CPython's `set_difference` for a set `b`: `a - b`. When `a` has more
/// than four times as many elements as `b`, a copy of `a` gets
/// [`difference_update`]; otherwise `a` is iterated and the elements not in
/// `b` are added to a new table.
///
/// With a dict `b` the same size rule applies (dict length, dict
/// membership). With any other iterable CPython copies `a` and discards
/// the items as [`difference_update`] describes.
pub fn difference<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    if a.read(SetTable::len) >> 2 > b.read(SetTable::len) {
        let result = RefCell::new(copy(a));
        difference_update(&result, b, eq)?;
        return Ok(result.into_inner());
    }
    let result = RefCell::new(SetTable::new());
    for_each_entry(a, |hash, key| {
        if !contains(b, hash, &key, eq)? {
            add(&result, hash, key, eq)?;
        }
        Ok(())
    })?;
    Ok(result.into_inner())
}

/// CPython's `set_symmetric_difference_update` for a set `b`: `a ^= b`.
/// Each element of `b` is discarded from `a`, or added when absent.
/// Applied to itself it clears `a`.
///
/// With a dict CPython does the same over the dict's keys; with any other
/// iterable it first builds a set from it and uses that.
pub fn symmetric_difference_update<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    if same_cell(a, b) {
        a.write(SetTable::clear);
        return Ok(());
    }
    for_each_entry(b, |hash, key| {
        if discard(a, hash, &key, eq)?.is_none() {
            add(a, hash, key, eq)?;
        }
        Ok(())
    })
}

/// `a ^ b` for sets: CPython copies `b`, then applies
/// [`symmetric_difference_update`] with `a` to the copy.
pub fn symmetric_difference<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    let result = RefCell::new(copy(b));
    symmetric_difference_update(&result, a, eq)?;
    Ok(result.into_inner())
}

/// CPython's `set_issubset` for a set `b`: `a <= b`. False at once when
/// `a` is larger; otherwise each element of `a` is looked up in `b`.
pub fn is_subset<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    if a.read(SetTable::len) > b.read(SetTable::len) {
        return Ok(false);
    }
    let missing = any_entry(a, |hash, key| Ok(!contains(b, hash, &key, eq)?))?;
    Ok(!missing)
}

/// CPython's `set_isdisjoint` for two sets: iterates the smaller one (`b`
/// on a tie) looking for an element of the other.
pub fn is_disjoint<K, A, B, E>(
    a: &A,
    b: &B,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    A: SetCell<K>,
    B: SetCell<K>,
{
    if same_cell(a, b) {
        return Ok(a.read(SetTable::is_empty));
    }
    if b.read(SetTable::len) > a.read(SetTable::len) {
        no_common_element(a, b, eq)
    } else {
        no_common_element(b, a, eq)
    }
}

fn no_common_element<K, S, L, E>(
    iterated: &S,
    probed: &L,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    S: SetCell<K>,
    L: SetCell<K>,
{
    let common = any_entry(iterated, |hash, key| contains(probed, hash, &key, eq))?;
    Ok(!common)
}

impl<K: TableKey> SetTable<K> {
    /// [`add`] on a table whose comparisons cannot reach it.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        add(&Exclusive(RefCell::new(self)), hash, key, &mut eq)
    }

    /// [`contains`] on a table whose comparisons cannot reach it.
    pub fn contains<E>(
        &self,
        hash: i64,
        key: &K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let mut cursor = self.probe(hash);
        loop {
            match self.probe_step(&mut cursor) {
                ProbeStep::Vacant(_) => return Ok(false),
                ProbeStep::Candidate { key: stored, .. } => {
                    if stored.is_same(key) || eq(stored, key)? {
                        return Ok(true);
                    }
                }
            }
        }
    }

    /// [`discard`] on a table whose comparisons cannot reach it.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: &K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        discard(&Exclusive(RefCell::new(self)), hash, key, &mut eq)
    }
}
