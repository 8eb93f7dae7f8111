//! Set algebra between a set and an arbitrary iterable, following CPython
//! 3.11's `setobject.c` paths for non-set operands.
//!
//! The iterable arrives as an iterator of `Result<(hash, key), E>`: the
//! caller's iterator advances the Python iterator and hashes each item,
//! reporting failures as `Err`, which stops the operation. Items are pulled
//! one at a time with no table borrowed, exactly when CPython would pull
//! them, so user `__next__`/`__hash__`/`__eq__` code runs in CPython's order.
//!
//! Dict operands take their own paths where CPython has them (the `*_dict*`
//! functions); there the items are the dict's keys in dict order with the
//! hashes the dict stored. Every other operation treats a dict as an
//! iterable of its keys, hashed afresh.

use std::cell::RefCell;

use super::set_ops::{self, SetCell};
use super::set_table::{SetTable, TableKey};

/// `s.update(iterable)` and `set(iterable)` (on an empty table): adds each
/// item in turn.
pub fn update_from_items<K, C, E>(
    target: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    C: SetCell<K>,
{
    for item in items {
        let (hash, key) = item?;
        set_ops::add(target, hash, key, eq)?;
    }
    Ok(())
}

/// A new table built from the items (`set(iterable)`).
pub fn table_from_items<K, E>(
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
{
    let table = RefCell::new(SetTable::new());
    update_from_items(&table, items, eq)?;
    Ok(table.into_inner())
}

/// `s.intersection(iterable)`: the items found in `s`, added to a new table
/// in iteration order. Iteration stops as soon as the result is as large
/// as `s`.
pub fn intersection_with_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let result = RefCell::new(SetTable::new());
    for item in items {
        let (hash, key) = item?;
        if set_ops::contains(set, hash, &key, eq)? {
            set_ops::add(&result, hash, key, eq)?;
            if result.read(SetTable::len) >= set.read(SetTable::len) {
                break;
            }
        }
    }
    Ok(result.into_inner())
}

/// `s.intersection_update(iterable)`: the intersection replaces `s`'s
/// contents (its pop finger is kept).
pub fn intersection_update_with_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let result = intersection_with_items(set, items, eq)?;
    set.write(|table| table.replace_contents(result));
    Ok(())
}

/// `s.difference_update(iterable)`: discards each item, then rebuilds a
/// table left with too many dummies.
pub fn difference_update_with_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    C: SetCell<K>,
{
    for item in items {
        let (hash, key) = item?;
        set_ops::discard(set, hash, &key, eq)?;
    }
    set.write(SetTable::purge_dummies_after_difference);
    Ok(())
}

/// `s.difference(iterable)`: a copy of `s` with the items discarded.
pub fn difference_with_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let result = RefCell::new(set_ops::copy(set));
    difference_update_with_items(&result, items, eq)?;
    Ok(result.into_inner())
}

/// `s.symmetric_difference_update(iterable)`: builds a set from the items
/// first, then applies it as [`set_ops::symmetric_difference_update`].
pub fn symmetric_difference_update_with_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let other = RefCell::new(table_from_items(items, eq)?);
    set_ops::symmetric_difference_update(set, &other, eq)
}

/// `s.symmetric_difference(iterable)`: a set built from the items, updated
/// with `s` as [`set_ops::symmetric_difference_update`] does.
pub fn symmetric_difference_with_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let result = RefCell::new(table_from_items(items, eq)?);
    set_ops::symmetric_difference_update(&result, set, eq)?;
    Ok(result.into_inner())
}

/// `s.issubset(iterable)`: builds a set from the items, then answers as
/// [`set_ops::is_subset`].
pub fn is_subset_of_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let other = RefCell::new(table_from_items(items, eq)?);
    set_ops::is_subset(set, &other, eq)
}

/// `s.issuperset(iterable)`: whether every item is in `s` (stops at the
/// first one that is not).
pub fn is_superset_of_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    for item in items {
        let (hash, key) = item?;
        if !set_ops::contains(set, hash, &key, eq)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `s.isdisjoint(iterable)`: whether no item is in `s` (stops at the first
/// one that is).
pub fn is_disjoint_from_items<K, C, E>(
    set: &C,
    items: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    for item in items {
        let (hash, key) = item?;
        if set_ops::contains(set, hash, &key, eq)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `s.update(d)` for a dict `d`: reserves room for `dict_len` more elements
/// (see [`SetTable::reserve_for_incoming`]), then adds the keys.
pub fn update_from_dict_keys<K, C, E>(
    target: &C,
    dict_len: usize,
    keys: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    C: SetCell<K>,
{
    target.write(|table| table.reserve_for_incoming(dict_len));
    update_from_items(target, keys, eq)
}

/// A new table built from a dict's keys (`set(d)`, `frozenset(d)`).
pub fn table_from_dict_keys<K, E>(
    dict_len: usize,
    keys: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
{
    let table = RefCell::new(SetTable::new());
    update_from_dict_keys(&table, dict_len, keys, eq)?;
    Ok(table.into_inner())
}

/// `s.symmetric_difference_update(d)` for a dict: each key is discarded
/// from `s`, or added when absent (no intermediate set is built).
pub fn symmetric_difference_update_with_dict_keys<K, C, E>(
    set: &C,
    keys: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E>
where
    K: TableKey,
    C: SetCell<K>,
{
    for item in keys {
        let (hash, key) = item?;
        if set_ops::discard(set, hash, &key, eq)?.is_none() {
            set_ops::add(set, hash, key, eq)?;
        }
    }
    Ok(())
}

/// `s.symmetric_difference(d)` for a dict: a table built from the dict's
/// keys, updated with `s` as [`set_ops::symmetric_difference_update`] does.
pub fn symmetric_difference_with_dict_keys<K, C, E>(
    set: &C,
    dict_len: usize,
    keys: impl IntoIterator<Item = Result<(i64, K), E>>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    C: SetCell<K>,
{
    let result = RefCell::new(table_from_dict_keys(dict_len, keys, eq)?);
    set_ops::symmetric_difference_update(&result, set, eq)?;
    Ok(result.into_inner())
}

/// `s.difference(d)` for a dict. When `s` has more than four times as
/// many elements as the dict, CPython copies `s` and discards the dict's
/// keys, which it iterates and hashes afresh (`rehashed_keys` is only
/// called then). Otherwise `s` is iterated and each element for which
/// `in_dict(hash, key)` (a dict lookup with the known hash) is false is
/// added to a new table.
pub fn difference_with_dict<K, C, E, I>(
    set: &C,
    dict_len: usize,
    rehashed_keys: impl FnOnce() -> I,
    mut in_dict: impl FnMut(i64, &K) -> Result<bool, E>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E>
where
    K: TableKey,
    C: SetCell<K>,
    I: IntoIterator<Item = Result<(i64, K), E>>,
{
    if set.read(SetTable::len) >> 2 > dict_len {
        return difference_with_items(set, rehashed_keys(), eq);
    }
    let result = RefCell::new(SetTable::new());
    set_ops::any_entry(set, |hash, key| {
        if !in_dict(hash, &key)? {
            set_ops::add(&result, hash, key, eq)?;
        }
        Ok(false)
    })?;
    Ok(result.into_inner())
}
