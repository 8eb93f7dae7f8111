//! Set algebra between a set and an arbitrary iterable, following CPython
//! 3.11's `setobject.c` paths for non-set operands.
//!
//! The iterable arrives as an iterator of `Result<(hash, key), E>`: the
//! caller's iterator advances the Python iterator and hashes each item,
//! reporting failures as `Err`, which stops the operation. Items are pulled
//! one at a time with no table borrowed, exactly when CPython would pull
//! them, so user `__next__`/`__hash__`/`__eq__` code runs in CPython's order.
//!
//! Dict operands take other paths in CPython (known hashes, a pre-sizing
//! step); the docs in `set_ops` describe them.

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
