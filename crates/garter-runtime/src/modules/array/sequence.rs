//! `array.array` as a sequence: `len`, indexing and slicing (slices are
//! new arrays), item and slice assignment (only from an array of the same
//! typecode; extended slices must match in length), `del`, iteration
//! (`array.arrayiterator`).
//! Values are converted before the storage is borrowed.

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::error::PyResult;
use crate::modules::array::{as_array, items, new_array_of, resize_error, this};
use crate::object::Payload;
use crate::types::bytes_args::slot_args;
use crate::types::sequence::wrong_receiver;
use crate::types::slice::{adjust_index, as_slice, index_integer, unpack_slice, SliceIndices};
use crate::types::str_args::has_index;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__len__")?;
    slot_args(vm, &args, "__len__", 0)?;
    Ok(Value::Int(a.item_count() as i64))
}

fn not_integer(vm: &Vm) -> crate::error::PyErr {
    vm.type_error("array indices must be integers".into())
}

/// An item index, possibly negative, as an i64.
fn index_of(vm: &Vm, key: &Value) -> PyResult<i64> {
    index_integer(vm, key, "array")
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__getitem__")?;
    let key = &slot_args(vm, &args, "__getitem__", 1)?[0];
    if has_index(vm, key) {
        let i = index_of(vm, key)?;
        let i = adjust_index(vm, i, a.item_count(), "array index out of range")?;
        return a.item(vm, i);
    }
    let Some(s) = as_slice(key) else {
        return Err(not_integer(vm));
    };
    let r = unpack_slice(vm, s)?.adjust(a.item_count());
    let size = a.code.itemsize();
    let data = a.data.borrow();
    let mut out = Vec::with_capacity(r.len * size);
    for pos in r.positions() {
        out.extend_from_slice(data.get(pos * size..(pos + 1) * size).unwrap_or_default());
    }
    drop(data);
    Ok(new_array_of(vm, vm.types.array.clone(), a.code, out))
}

/// The item positions a slice covers, lowest first.
fn covered(r: &SliceIndices) -> Vec<usize> {
    let mut positions: Vec<usize> = r.positions().collect();
    positions.sort_unstable();
    positions
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__setitem__")?;
    let v = slot_args(vm, &args, "__setitem__", 2)?;
    let (key, value) = (&v[0], &v[1]);
    let size = a.code.itemsize();
    if has_index(vm, key) {
        let i = index_of(vm, key)?;
        let i = adjust_index(vm, i, a.item_count(), "array assignment index out of range")?;
        let packed = items::pack(vm, a.code, value)?;
        if let Some(dst) = a.data.borrow_mut().get_mut(i * size..(i + 1) * size) {
            dst.copy_from_slice(&packed);
        }
        return Ok(Value::None);
    }
    let Some(s) = as_slice(key) else {
        return Err(not_integer(vm));
    };
    let Some(other) = as_array(value) else {
        return Err(vm.type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            vm.type_name_of(value)
        )));
    };
    if other.code != a.code {
        return Err(vm.type_error("bad argument type for built-in operation".into()));
    }
    let new = other.data.borrow().clone();
    let needed = new.len() / size;
    let r = unpack_slice(vm, s)?.adjust(a.item_count());
    if (needed == 0 || r.len != needed) && a.exports.get() > 0 {
        return Err(resize_error(vm));
    }
    let mut data = a.data.borrow_mut();
    if r.step == 1 {
        let start = (r.start.max(0) as usize).min(data.len() / size);
        let stop = start + r.len;
        data.splice(start * size..stop * size, new);
        return Ok(Value::None);
    }
    if needed == 0 {
        drop(data);
        delete_positions(a, &covered(&r));
        return Ok(Value::None);
    }
    if needed != r.len {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {needed} to extended slice of size {}",
            r.len
        )));
    }
    for (k, pos) in r.positions().enumerate() {
        let src = new.get(k * size..(k + 1) * size).unwrap_or_default();
        if let Some(dst) = data.get_mut(pos * size..(pos + 1) * size) {
            dst.copy_from_slice(src);
        }
    }
    Ok(Value::None)
}

/// Removes the items at `positions` (sorted, distinct).
fn delete_positions(a: &crate::modules::array::ArrayData, positions: &[usize]) {
    let size = a.code.itemsize();
    let mut data = a.data.borrow_mut();
    let mut remove = positions.iter().peekable();
    let mut kept = Vec::with_capacity(data.len());
    for (i, chunk) in data.chunks_exact(size).enumerate() {
        if remove.peek() == Some(&&i) {
            remove.next();
        } else {
            kept.extend_from_slice(chunk);
        }
    }
    *data = kept;
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__delitem__")?;
    let key = &slot_args(vm, &args, "__delitem__", 1)?[0];
    if has_index(vm, key) {
        let i = index_of(vm, key)?;
        let i = adjust_index(vm, i, a.item_count(), "array assignment index out of range")?;
        if a.exports.get() > 0 {
            return Err(resize_error(vm));
        }
        delete_positions(a, &[i]);
        return Ok(Value::None);
    }
    let Some(s) = as_slice(key) else {
        return Err(not_integer(vm));
    };
    let r = unpack_slice(vm, s)?.adjust(a.item_count());
    if a.exports.get() > 0 {
        return Err(resize_error(vm));
    }
    delete_positions(a, &covered(&r));
    Ok(Value::None)
}

/// The state of an `array.arrayiterator`: it reads the array's storage
/// (not an overridden `__getitem__`), and drops the array once exhausted.
struct ArrayIterator {
    array: RefCell<Option<Value>>,
    index: Cell<usize>,
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    Ok(vm.new_object(
        vm.types.array_iterator.clone(),
        Payload::Native(Box::new(ArrayIterator {
            array: RefCell::new(Some(args.values[0].clone())),
            index: Cell::new(0),
        })),
    ))
}

/// The state of an array iterator method's `self`.
fn iterator_state<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ArrayIterator> {
    let first = args.values.first();
    let state = match first.and_then(Value::payload) {
        Some(Payload::Native(b)) => b.downcast_ref::<ArrayIterator>(),
        _ => None,
    };
    state.ok_or_else(|| wrong_receiver(vm, "arrayiterator", name, first, &[]))
}

fn iterator_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    iterator_state(vm, &args, "__iter__")?;
    Ok(args.values[0].clone())
}

fn iterator_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let state = iterator_state(vm, &args, "__next__")?;
    let array = state.array.borrow().clone();
    if let Some(a) = array.as_ref().and_then(as_array) {
        let i = state.index.get();
        if i < a.item_count() {
            state.index.set(i + 1);
            return a.item(vm, i);
        }
    }
    *state.array.borrow_mut() = None;
    Err(vm.new_exception(&vm.exc.stop_iteration, Vec::new()))
}

/// The methods of `array.arrayiterator`.
pub const ITERATOR_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", iterator_iter),
    MethodDef::method("__next__", iterator_next),
];

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__len__", len),
    MethodDef::method("__getitem__", getitem),
    MethodDef::method("__setitem__", setitem),
    MethodDef::method("__delitem__", delitem),
    MethodDef::method("__iter__", iter),
];
