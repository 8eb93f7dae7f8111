//! `bytearray` mutation: item and slice assignment (extended slices must
//! match in length, plain slices may resize), `del`, `+=`, `*=`, and the
//! methods `append`, `clear`, `copy`, `extend`, `insert`, `pop`, `remove`,
//! `reverse` and `__alloc__`.
//!
//! Every size change is refused (BufferError) while the bytearray
//! exports its buffer. Every value is converted (which may run `__index__`, `__iter__`...)
//! before the storage is borrowed, so no borrow is held while user code
//! runs.

use crate::args::Args;
use crate::error::PyResult;
use crate::types::bytes::{
    byte_value, bytearray_cell, bytes_from_source, bytes_like, new_bytearray, ByteArrayData,
};
use crate::types::bytes_args::{clinic, no_args, one_arg, slot_args};
use crate::types::bytes_ops::repeated;
use crate::types::list::repeat_count;
use crate::types::sequence::wrong_receiver;
use crate::types::slice::{adjust_index, as_slice, index_integer, unpack_slice};
use crate::types::str_args::{has_index, ssize};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// The storage of a bytearray method's `self` and its other arguments.
fn this<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a ByteArrayData, &'a [Value])> {
    let cell = args
        .values
        .first()
        .and_then(bytearray_cell)
        .ok_or_else(|| wrong_receiver(vm, "bytearray", name, args.values.first(), &[]))?;
    Ok((cell, slot_args(vm, args, name, n)?))
}

/// The storage of a bytearray method's `self` (arguments already checked).
fn storage<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a ByteArrayData> {
    bytearray_cell(v).ok_or_else(|| wrong_receiver(vm, "bytearray", name, Some(v), &[]))
}

/// The bytes a slice assignment puts in.
fn assigned_bytes(vm: &Vm, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = bytes_like(vm, value)? {
        return Ok(data.into_owned());
    }
    let numeric = has_index(vm, value)
        || matches!(value, Value::Float(_))
        || crate::types::float::as_f64(value).is_some()
        || matches!(
            value.payload(),
            Some(crate::object::Payload::Complex { .. })
        );
    if numeric || value.as_str().is_some() {
        return Err(vm.type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)".into(),
        ));
    }
    bytes_from_source(vm, Some(value), None, None, "bytearray")
}

pub(crate) fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cell, a) = this(vm, &args, "__setitem__", 2)?;
    let (key, value) = (&a[0], &a[1]);
    if let Some(s) = as_slice(key) {
        let bounds = unpack_slice(vm, s)?;
        let new = assigned_bytes(vm, value)?;
        let mut data = cell.borrow_mut();
        let r = bounds.adjust(data.len());
        if r.step == 1 {
            let len = data.len() as i64;
            let start = r.start.clamp(0, len) as usize;
            let stop = (r.stop.max(r.start).clamp(0, len)) as usize;
            let old = data.len();
            cell.check_resize(vm, old, old - (stop.max(start) - start) + new.len())?;
            data.splice(start..stop.max(start), new);
            return Ok(Value::None);
        }
        if new.len() != r.len {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                r.len
            )));
        }
        for (pos, b) in r.positions().zip(new) {
            if let Some(slot) = data.get_mut(pos) {
                *slot = b;
            }
        }
        return Ok(Value::None);
    }
    let i = index_integer(vm, key, "bytearray")?;
    let b = byte_value(vm, value)?;
    let mut data = cell.borrow_mut();
    let i = adjust_index(vm, i, data.len(), "bytearray index out of range")?;
    if let Some(slot) = data.get_mut(i) {
        *slot = b;
    }
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cell, a) = this(vm, &args, "__delitem__", 1)?;
    if let Some(s) = as_slice(&a[0]) {
        let bounds = unpack_slice(vm, s)?;
        let mut data = cell.borrow_mut();
        let r = bounds.adjust(data.len());
        cell.check_resize(vm, data.len(), data.len() - r.len)?;
        let mut remove = vec![false; data.len()];
        for pos in r.positions() {
            if let Some(flag) = remove.get_mut(pos) {
                *flag = true;
            }
        }
        let mut flags = remove.into_iter();
        data.retain(|_| !flags.next().unwrap_or(false));
        return Ok(Value::None);
    }
    let i = index_integer(vm, &a[0], "bytearray")?;
    let mut data = cell.borrow_mut();
    let i = adjust_index(vm, i, data.len(), "bytearray index out of range")?;
    cell.check_resize(vm, data.len(), data.len() - 1)?;
    data.remove(i);
    Ok(Value::None)
}

fn iadd(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cell, a) = this(vm, &args, "__iadd__", 1)?;
    let Some(other) = bytes_like(vm, &a[0])? else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name_of(&a[0]),
            vm.type_name_of(&args.values[0])
        )));
    };
    let old = cell.borrow().len();
    crate::types::str_args::check_size(vm, old + other.len())?;
    cell.check_resize(vm, old, old + other.len())?;
    cell.borrow_mut().extend_from_slice(&other);
    Ok(args.values[0].clone())
}

fn imul(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cell, a) = this(vm, &args, "__imul__", 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(vm.not_implemented.clone());
    };
    let data = cell.borrow().clone();
    let out = repeated(vm, &data, n)?;
    cell.check_resize(vm, data.len(), out.len())?;
    *cell.borrow_mut() = out;
    Ok(args.values[0].clone())
}

fn alloc(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = no_args::<true>(vm, &args, "__alloc__")?;
    let len = crate::types::bytes_args::with_bytes(this.value, |d| d.len());
    Ok(Value::Int(if len == 0 { 0 } else { len as i64 + 1 }))
}

fn append(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, item) = one_arg::<true>(vm, &args, "append")?;
    let b = byte_value(vm, item)?;
    let cell = storage(vm, &args.values[0], "append")?;
    let old = cell.borrow().len();
    cell.check_resize(vm, old, old + 1)?;
    cell.borrow_mut().push(b);
    Ok(Value::None)
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    no_args::<true>(vm, &args, "clear")?;
    let cell = storage(vm, &args.values[0], "clear")?;
    cell.check_resize(vm, cell.borrow().len(), 0)?;
    cell.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = no_args::<true>(vm, &args, "copy")?;
    Ok(new_bytearray(vm, this.data().into_owned()))
}

fn reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    no_args::<true>(vm, &args, "reverse")?;
    storage(vm, &args.values[0], "reverse")?
        .borrow_mut()
        .reverse();
    Ok(Value::None)
}

fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, iterable) = one_arg::<true>(vm, &args, "extend")?;
    let cell = storage(vm, &args.values[0], "extend")?;
    if crate::buffer::is_noncontiguous_view(iterable) || crate::buffer::is_released_view(iterable) {
        return Err(vm.type_error(format!(
            "can't set bytearray slice from {}",
            vm.type_name_of(iterable)
        )));
    }
    if let Some(data) = bytes_like(vm, iterable)? {
        let old = cell.borrow().len();
        cell.check_resize(vm, old, old + data.len())?;
        cell.borrow_mut().extend_from_slice(&data);
        return Ok(Value::None);
    }
    let it = match vm.iter(iterable) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error(format!(
                "can't extend bytearray with {}",
                vm.type_name_of(iterable)
            )))
        }
        Err(e) => return Err(e),
    };
    let mut added = Vec::new();
    while let Some(item) = vm.next(&it)? {
        added.push(byte_value(vm, &item)?);
    }
    let old = cell.borrow().len();
    cell.check_resize(vm, old, old + added.len())?;
    cell.borrow_mut().extend_from_slice(&added);
    Ok(Value::None)
}

fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = clinic::<true>(vm, &args, "insert", 2, 2)?;
    let index = ssize(vm, &rest[0])?;
    let b = byte_value(vm, &rest[1])?;
    let cell = storage(vm, &args.values[0], "insert")?;
    let mut data = cell.borrow_mut();
    cell.check_resize(vm, data.len(), data.len() + 1)?;
    let len = data.len() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    data.insert(at as usize, b);
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = clinic::<true>(vm, &args, "pop", 0, 1)?;
    let index = match rest.first() {
        Some(i) => ssize(vm, i)?,
        None => -1,
    };
    let cell = storage(vm, &args.values[0], "pop")?;
    let mut data = cell.borrow_mut();
    if data.is_empty() {
        return Err(vm.index_error("pop from empty bytearray".into()));
    }
    let i = adjust_index(vm, index, data.len(), "pop index out of range")?;
    cell.check_resize(vm, data.len(), data.len() - 1)?;
    Ok(Value::Int(data.remove(i) as i64))
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, item) = one_arg::<true>(vm, &args, "remove")?;
    let b = byte_value(vm, item)?;
    let cell = storage(vm, &args.values[0], "remove")?;
    let mut data = cell.borrow_mut();
    match data.iter().position(|&x| x == b) {
        Some(at) => {
            cell.check_resize(vm, data.len(), data.len() - 1)?;
            data.remove(at);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray".into())),
    }
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__setitem__", setitem),
    MethodDef::method("__delitem__", delitem),
    MethodDef::method("__iadd__", iadd),
    MethodDef::method("__imul__", imul),
    MethodDef::method("__alloc__", alloc),
    MethodDef::method("append", append),
    MethodDef::method("clear", clear),
    MethodDef::method("copy", copy),
    MethodDef::method("extend", extend),
    MethodDef::method("insert", insert),
    MethodDef::method("pop", pop),
    MethodDef::method("remove", remove),
    MethodDef::method("reverse", reverse),
];
