//! Containers: `Vec<T>`/`&[T]` ↔ `list` (bytes for `u8`), tuples ↔
//! `tuple`, `HashMap`/`BTreeMap` ↔ `dict`, `HashSet`/`BTreeSet` ↔ `set`.
//!
//! Items are copied out of a Python container before any of them is
//! converted, so a conversion running Python code (`__index__`) never
//! meets a container that is being read.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasher, Hash};

use garter_runtime::object::Payload;
use garter_runtime::types::dict::{dict_table, DictTable};
use garter_runtime::types::set::{new_set, set_table};
use garter_runtime::{PyErr, Value, Vm};

use super::{wrong_type, FromPy, IntoPy};

/// A list of the converted items.
pub(crate) fn list_into_py<T: IntoPy>(items: Vec<T>, vm: &Vm) -> Result<Value, PyErr> {
    let values = items
        .into_iter()
        .map(|item| item.into_py(vm))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(vm.new_list(values))
}

/// The items of a list or tuple, converted.
pub(crate) fn sequence_from_py<T: FromPy>(vm: &Vm, value: &Value) -> Result<Vec<T>, PyErr> {
    let items = sequence_items(vm, value, "list or tuple")?;
    items.iter().map(|item| T::from_py(vm, item)).collect()
}

/// A copy of the items of a list or tuple.
fn sequence_items(vm: &Vm, value: &Value, expected: &str) -> Result<Vec<Value>, PyErr> {
    match value.payload() {
        Some(Payload::List(items)) => Ok(items.borrow().clone()),
        Some(Payload::Tuple(items)) => Ok(items.to_vec()),
        _ => Err(wrong_type(vm, expected, value)),
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        T::vec_into_py(self, vm)
    }
}

impl<T: IntoPy + Clone> IntoPy for &[T] {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        T::vec_into_py(self.to_vec(), vm)
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(vm: &Vm, value: &Value) -> Result<Vec<T>, PyErr> {
        T::vec_from_py(vm, value)
    }
}

macro_rules! tuple_conversions {
    ($($len:literal => ($($name:ident $index:tt),+);)*) => {$(
        impl<$($name: IntoPy),+> IntoPy for ($($name,)+) {
            fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
                Ok(vm.new_tuple(vec![$(self.$index.into_py(vm)?),+]))
            }
        }

        /// From a tuple (or list) of exactly this length.
        impl<$($name: FromPy),+> FromPy for ($($name,)+) {
            fn from_py(vm: &Vm, value: &Value) -> Result<Self, PyErr> {
                let items = sequence_items(vm, value, "tuple")?;
                if items.len() != $len {
                    return Err(vm.type_error(format!(
                        "expected a tuple of length {}, got one of length {}",
                        $len,
                        items.len()
                    )));
                }
                Ok(($($name::from_py(vm, &items[$index])?,)+))
            }
        }
    )*};
}

tuple_conversions! {
    1 => (A 0);
    2 => (A 0, B 1);
    3 => (A 0, B 1, C 2);
    4 => (A 0, B 1, C 2, D 3);
    5 => (A 0, B 1, C 2, D 3, E 4);
    6 => (A 0, B 1, C 2, D 3, E 4, F 5);
    7 => (A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    8 => (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
}

/// A dict of the converted pairs, in iteration order.
fn dict_into_py<K: IntoPy, V: IntoPy>(
    vm: &Vm,
    pairs: impl Iterator<Item = (K, V)>,
) -> Result<Value, PyErr> {
    let dict = vm.new_dict(DictTable::new());
    for (k, v) in pairs {
        vm.set_item(&dict, &k.into_py(vm)?, v.into_py(vm)?)?;
    }
    Ok(dict)
}

/// The pairs of a dict (or dict subclass instance), copied out.
fn dict_pairs(vm: &Vm, value: &Value) -> Result<Vec<(Value, Value)>, PyErr> {
    match dict_table(value) {
        Some(table) => Ok(table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()),
        None => Err(wrong_type(vm, "dict", value)),
    }
}

impl<K: IntoPy, V: IntoPy, S> IntoPy for HashMap<K, V, S> {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        dict_into_py(vm, self.into_iter())
    }
}

impl<K: FromPy + Eq + Hash, V: FromPy, S: BuildHasher + Default> FromPy for HashMap<K, V, S> {
    fn from_py(vm: &Vm, value: &Value) -> Result<Self, PyErr> {
        dict_pairs(vm, value)?
            .iter()
            .map(|(k, v)| Ok((K::from_py(vm, k)?, V::from_py(vm, v)?)))
            .collect()
    }
}

impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        dict_into_py(vm, self.into_iter())
    }
}

impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(vm: &Vm, value: &Value) -> Result<Self, PyErr> {
        dict_pairs(vm, value)?
            .iter()
            .map(|(k, v)| Ok((K::from_py(vm, k)?, V::from_py(vm, v)?)))
            .collect()
    }
}

/// A set of the converted items.
fn set_into_py<T: IntoPy>(vm: &Vm, items: impl Iterator<Item = T>) -> Result<Value, PyErr> {
    let values = items
        .map(|item| item.into_py(vm))
        .collect::<Result<Vec<_>, _>>()?;
    new_set(vm, values)
}

/// The items of a set or frozenset, copied out.
fn set_items(vm: &Vm, value: &Value) -> Result<Vec<Value>, PyErr> {
    match set_table(value) {
        Some(table) => Ok(table.borrow().iter().map(|(_, v)| v.clone()).collect()),
        None => Err(wrong_type(vm, "set or frozenset", value)),
    }
}

impl<T: IntoPy, S> IntoPy for HashSet<T, S> {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        set_into_py(vm, self.into_iter())
    }
}

impl<T: FromPy + Eq + Hash, S: BuildHasher + Default> FromPy for HashSet<T, S> {
    fn from_py(vm: &Vm, value: &Value) -> Result<Self, PyErr> {
        set_items(vm, value)?
            .iter()
            .map(|v| T::from_py(vm, v))
            .collect()
    }
}

impl<T: IntoPy> IntoPy for BTreeSet<T> {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        set_into_py(vm, self.into_iter())
    }
}

impl<T: FromPy + Ord> FromPy for BTreeSet<T> {
    fn from_py(vm: &Vm, value: &Value) -> Result<Self, PyErr> {
        set_items(vm, value)?
            .iter()
            .map(|v| T::from_py(vm, v))
            .collect()
    }
}
