//! `dict`: an insertion-ordered hash table keyed by Python values.
//!
//! `DictTable` keeps entries in insertion order in a vector (deleted
//! entries leave a hole until the next compaction) and an index of entry
//! positions in a `hashbrown::HashTable`. Holes are compacted exactly when
//! CPython resizes (an insertion finding no usable slot left), so that
//! iterating while deleting and inserting behaves as in CPython. Keys that compare without user
//! code (str, int, float, None, bool, tuples of those) are looked up with
//! the table borrowed. Other keys may run a user `__eq__`, which could
//! change the dict: their candidates are copied out, compared with the
//! table released, and the lookup restarts if the table changed meanwhile.

use std::cell::RefCell;

use hashbrown::HashTable;

use crate::error::PyResult;
use crate::object::Payload;
use crate::ops::hash::str_hash;
use crate::value::{ObjRef, Value};
use crate::Vm;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The table behind every dict (and every type's namespace).
#[derive(Default, Clone)]
pub struct DictTable {
    index: HashTable<usize>,
    entries: Vec<Option<Entry>>,
    len: usize,
    /// Changes on every insertion of a new key or deletion.
    version: u64,
    /// Insertions left before CPython would resize (and compact) the
    /// table: its `dk_usable`.
    usable: usize,
}

/// CPython's smallest dict table size.
const MIN_TABLE_SIZE: usize = 8;

/// The entries a CPython table of `size` slots holds (`USABLE_FRACTION`).
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// The table size CPython picks for `min` (`calculate_log2_keysize`:
/// bit length of `((min | 8) - 1) | 7`, so 16 gives 32).
fn table_size_for(min: usize) -> usize {
    let bits = ((min | MIN_TABLE_SIZE) - 1) | (MIN_TABLE_SIZE - 1);
    let log2 = usize::BITS - bits.leading_zeros();
    1usize.checked_shl(log2).unwrap_or(usize::MAX)
}

/// Whether `a == b` is known without running user code; `None` if it is not.
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(*y == *x as f64 && y.fract() == 0.0 && (*y as i64) == *x)
        }
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(*x as i64 as f64 == *y)
        }
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(p), Payload::Str(q)) if is_builtin(x) && is_builtin(y) => {
                Some(p.as_str() == q.as_str())
            }
            (Payload::Int(p), Payload::Int(q)) if is_builtin(x) && is_builtin(y) => Some(p == q),
            _ => None,
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match &x.payload {
            Payload::Str(_) if is_builtin(x) => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// Whether an object is an instance of a builtin (not user-defined) class.
#[inline]
pub fn is_builtin(o: &ObjRef) -> bool {
    o.class
        .get()
        .and_then(|c| c.as_type())
        .is_none_or(|t| !t.heap)
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    /// A table presized for `n` entries, as CPython presizes a dict.
    pub fn with_capacity(n: usize) -> DictTable {
        let usable = if n <= usable_fraction(MIN_TABLE_SIZE) {
            0
        } else {
            usable_fraction(table_size_for(n.saturating_mul(3).saturating_add(1) / 2))
        };
        DictTable {
            index: HashTable::with_capacity(n),
            entries: Vec::with_capacity(n),
            len: 0,
            version: 0,
            usable,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Changes whenever a key is added or entries move (a removal only
    /// leaves its position empty), so a name absent while the version
    /// holds is still absent.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at storage position `pos` and the next position, for
    /// iterators that must not hold a borrow between steps.
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while let Some(slot) = self.entries.get(pos) {
            pos += 1;
            if let Some(e) = slot {
                return Some((pos, e));
            }
        }
        None
    }

    /// The entry at storage position `pos` counting back from the end.
    pub fn entry_before(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos > 0 {
            pos -= 1;
            if let Some(Some(e)) = self.entries.get(pos) {
                return Some((pos, e));
            }
        }
        None
    }

    /// Storage length (for reverse iteration).
    pub fn storage_len(&self) -> usize {
        self.entries.len()
    }

    /// Finds `key` when it compares natively; `Err(())` if a candidate
    /// needs user code.
    fn find_native(&self, hash: i64, key: &Value) -> Result<Option<usize>, ()> {
        let mut needs_user = false;
        let entries = &self.entries;
        let found = self.index.find(hash as u64, |&i| match entries.get(i) {
            Some(Some(e)) if e.hash == hash => match native_key_eq(&e.key, key) {
                Some(eq) => eq,
                None => {
                    needs_user = true;
                    false
                }
            },
            _ => false,
        });
        match found {
            Some(&i) => Ok(Some(i)),
            None if needs_user => Err(()),
            None => Ok(None),
        }
    }

    /// Entries with this hash, as (position, key).
    fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut out = Vec::new();
        let entries = &self.entries;
        self.index.find(hash as u64, |&i| {
            if let Some(Some(e)) = entries.get(i) {
                if e.hash == hash {
                    out.push((i, e.key.clone()));
                }
            }
            false
        });
        out
    }

    /// Lookup by a str key (attribute names): never runs user code.
    #[inline]
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        self.position_of_str(key).and_then(|i| self.value_at(i))
    }

    /// The storage position of a str key, which callers may cache and
    /// check later with [`DictTable::value_if_key_at`].
    pub fn position_of_str(&self, key: &Value) -> Option<usize> {
        let s = key.as_str()?;
        let hash = str_hash(s);
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| match entries.get(i) {
                Some(Some(e)) => {
                    e.hash == hash
                        && (e.key.is(key)
                            || e.key.as_str().is_some_and(|k| k.as_str() == s.as_str()))
                }
                _ => false,
            })
            .copied()
    }

    /// Inserts or replaces a str key (attribute names).
    pub fn set_str(&mut self, key: Value, value: Value) {
        let Some(s) = key.as_str() else { return };
        let hash = str_hash(s);
        match self.find_native(hash, &key) {
            Ok(Some(i)) => {
                if let Some(Some(e)) = self.entries.get_mut(i) {
                    e.value = value;
                }
            }
            _ => self.push_new(hash, key, value),
        }
    }

    /// Removes a str key, returning its value.
    pub fn del_str(&mut self, key: &Value) -> Option<Value> {
        let s = key.as_str()?;
        let hash = str_hash(s);
        match self.find_native(hash, key) {
            Ok(Some(i)) => self.remove_at(hash, i),
            _ => None,
        }
    }

    /// Appends an entry for a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.usable == 0 {
            self.grow();
        }
        self.usable = self.usable.saturating_sub(1);
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index
            .insert_unique(hash as u64, pos, |&i| match entries.get(i) {
                Some(Some(e)) => e.hash as u64,
                _ => 0,
            });
        self.len += 1;
        self.version += 1;
    }

    /// Removes the entry at storage position `pos`.
    pub fn remove_at(&mut self, hash: i64, pos: usize) -> Option<Value> {
        if let Ok(entry) = self.index.find_entry(hash as u64, |&i| i == pos) {
            entry.remove();
        }
        let old = self.entries.get_mut(pos)?.take()?;
        self.len -= 1;
        Some(old.value)
    }

    /// CPython's resize on insertion into a full table: room for three
    /// times the live entries, holes compacted away.
    fn grow(&mut self) {
        let size = table_size_for(self.len.saturating_mul(3));
        self.usable = usable_fraction(size).saturating_sub(self.len);
        if self.entries.len() != self.len {
            self.compact();
        }
    }

    fn compact(&mut self) {
        self.version += 1;
        let entries: Vec<Option<Entry>> = self.entries.drain(..).filter(Option::is_some).collect();
        self.index.clear();
        for (pos, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                self.index.insert_unique(e.hash as u64, pos, |_| 0);
            }
        }
        self.entries = entries;
        let entries = &self.entries;
        self.index.shrink_to_fit(|&i| match entries.get(i) {
            Some(Some(e)) => e.hash as u64,
            _ => 0,
        });
    }

    /// The value stored at a position found by a lookup.
    pub fn value_at(&self, pos: usize) -> Option<Value> {
        self.entries.get(pos)?.as_ref().map(|e| e.value.clone())
    }

    /// The value at a cached position, if the entry there still has
    /// this very key object.
    #[inline]
    pub fn value_if_key_at(&self, pos: usize, key: &Value) -> Option<Value> {
        match self.entries.get(pos) {
            Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// Replaces the value at a cached position if the entry there still
    /// has this very key object, giving back the old value; gives `value`
    /// back otherwise.
    #[inline]
    pub fn replace_if_key_at(
        &mut self,
        pos: usize,
        key: &Value,
        value: Value,
    ) -> Result<Value, Value> {
        match self.entries.get_mut(pos) {
            Some(Some(e)) if e.key.is(key) => Ok(std::mem::replace(&mut e.value, value)),
            _ => Err(value),
        }
    }

    fn key_at_is(&self, pos: usize, key: &Value) -> bool {
        matches!(self.entries.get(pos), Some(Some(e)) if e.key.is(key))
    }

    fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
        self.usable = 0;
        self.len = 0;
        self.version += 1;
    }

    /// Every key and value, consuming the table.
    pub fn into_values(self) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.len * 2);
        for e in self.entries.into_iter().flatten() {
            out.push(e.key);
            out.push(e.value);
        }
        out
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(Option::is_some)?;
        let hash = self.entries.get(pos)?.as_ref()?.hash;
        if let Ok(entry) = self.index.find_entry(hash as u64, |&i| i == pos) {
            entry.remove();
        }
        let e = self.entries.get_mut(pos)?.take();
        self.entries.truncate(pos);
        self.len -= 1;
        self.version += 1;
        e
    }
}

/// Finds the storage position of `key`, running user `__eq__` if needed.
pub fn lookup(
    vm: &Vm,
    table: &RefCell<DictTable>,
    hash: i64,
    key: &Value,
) -> PyResult<Option<usize>> {
    loop {
        let candidates = {
            let t = table.borrow();
            match t.find_native(hash, key) {
                Ok(found) => return Ok(found),
                Err(()) => t.candidates(hash),
            }
        };
        let mut changed = false;
        for (pos, candidate) in candidates {
            if vm.eq(&candidate, key)? {
                if table.borrow().key_at_is(pos, &candidate) {
                    return Ok(Some(pos));
                }
                changed = true;
                break;
            }
        }
        if !changed {
            return Ok(None);
        }
    }
}

/// `d[key]` without `__missing__`: `None` when absent.
pub fn get_item(vm: &Vm, table: &RefCell<DictTable>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    let pos = lookup(vm, table, hash, key)?;
    Ok(pos.and_then(|p| table.borrow().value_at(p)))
}

/// `d[key] = value`.
pub fn set_item(vm: &Vm, table: &RefCell<DictTable>, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    set_item_hashed(vm, table, hash, key, value)
}

/// `d[key] = value` with the key's hash already known.
pub fn set_item_hashed(
    vm: &Vm,
    table: &RefCell<DictTable>,
    hash: i64,
    key: Value,
    value: Value,
) -> PyResult<()> {
    match lookup(vm, table, hash, &key)? {
        Some(pos) => table.borrow_mut().set_value_at(pos, value),
        None => {
            let mut t = table.borrow_mut();
            if t.usable == 0 {
                // Growing: the memory ceiling is checked first.
                let entry = std::mem::size_of::<Option<Entry>>() + std::mem::size_of::<usize>();
                vm.reserve_memory(t.len.saturating_mul(3).saturating_mul(entry))?;
            }
            t.push_new(hash, key, value)
        }
    }
    Ok(())
}

/// `del d[key]`: the removed value, `None` when absent.
pub fn del_item(vm: &Vm, table: &RefCell<DictTable>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    match lookup(vm, table, hash, key)? {
        Some(pos) => Ok(table.borrow_mut().remove_at(hash, pos)),
        None => Ok(None),
    }
}

/// The table of a dict object (or dict subclass instance).
pub fn dict_table(v: &Value) -> Option<&RefCell<DictTable>> {
    match v.payload() {
        Some(Payload::Dict(t)) => Some(t),
        _ => None,
    }
}

/// The table of a dict object reference.
pub fn obj_dict_table(o: &ObjRef) -> Option<&RefCell<DictTable>> {
    match &o.payload {
        Payload::Dict(t) => Some(t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{table_size_for, DictTable};
    use crate::value::Value;

    #[test]
    fn table_sizes_follow_cpython() {
        let sizes: Vec<usize> = [0, 5, 8, 9, 15, 16, 24, 33]
            .iter()
            .map(|&n| table_size_for(n))
            .collect();
        assert_eq!(sizes, vec![8, 16, 8, 16, 16, 32, 32, 64]);
    }

    #[test]
    fn holes_compact_only_when_an_insertion_finds_no_room() {
        let mut t = DictTable::new();
        for i in 0..5 {
            t.push_new(i, Value::Int(i), Value::None);
        }
        t.remove_at(0, 0);
        assert_eq!(t.storage_len(), 5, "a deletion leaves a hole");
        t.push_new(10, Value::Int(10), Value::None);
        assert_eq!(
            t.storage_len(),
            5,
            "the sixth insertion resizes and compacts"
        );
        assert_eq!(t.len(), 5);
        let keys: Vec<i64> = t
            .iter()
            .filter_map(|e| match e.key {
                Value::Int(k) => Some(k),
                _ => None,
            })
            .collect();
        assert_eq!(keys, vec![1, 2, 3, 4, 10]);
    }
}
