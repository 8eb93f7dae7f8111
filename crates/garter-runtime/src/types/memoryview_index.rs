//! `memoryview` indexing: `m[i]`, `m[i, j]`, `m[a:b:c]` (a new view of
//! the same memory, no copy), `m[...]`, `m[()]` for 0-dimensional views;
//! item and slice assignment (format and shape checked, written straight
//! into the exporter's storage); `del m[...]` (always refused).

use crate::args::Args;
use crate::buffer::item::{pack, strip_native};
use crate::buffer::{get_buffer, release_buffer, with_store_mut, BufferView, ViewLayout};
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::bytes_args::slot_args;
use crate::types::memoryview::{live_this, new_memoryview, read_item, this};
use crate::types::slice::{as_slice, index_integer, unpack_slice};
use crate::types::str_args::has_index;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn invalid_key(vm: &Vm) -> crate::error::PyErr {
    vm.type_error("memoryview: invalid slice key".into())
}

fn zero_dim(vm: &Vm) -> crate::error::PyErr {
    vm.type_error("invalid indexing of 0-dim memory".into())
}

fn not_implemented(vm: &Vm, msg: &str) -> crate::error::PyErr {
    vm.new_error(&vm.exc.not_implemented_error, msg.to_string())
}

/// The items of a tuple key, if it is one.
fn tuple_items(key: &Value) -> Option<&[Value]> {
    match key.payload() {
        Some(Payload::Tuple(items)) => Some(items),
        _ => None,
    }
}

fn is_ellipsis(key: &Value) -> bool {
    matches!(key.payload(), Some(Payload::Ellipsis))
}

/// The byte offset of item `index` along dimension `dim`, from `base`.
fn step_into(vm: &Vm, l: &ViewLayout, base: isize, dim: usize, index: &Value) -> PyResult<isize> {
    let i = index_integer(vm, index, "memoryview")?;
    let n = l.shape.get(dim).copied().unwrap_or(0) as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    let stride = l.strides.get(dim).copied().unwrap_or(0);
    Ok(base + i as isize * stride)
}

/// The byte offset of the item a tuple of indices names.
fn tuple_offset(vm: &Vm, l: &ViewLayout, items: &[Value]) -> PyResult<usize> {
    let ndim = l.shape.len();
    if items.len() > ndim {
        return Err(vm.type_error(format!(
            "cannot index {ndim}-dimension view with {}-element tuple",
            items.len()
        )));
    }
    let mut at = l.offset as isize;
    for (dim, index) in items.iter().enumerate() {
        at = step_into(vm, l, at, dim, index)?;
    }
    Ok(at.max(0) as usize)
}

/// The layout of `l[key]` for a slice key (first dimension).
fn sliced(vm: &Vm, l: &ViewLayout, s: &crate::types::slice::SliceData) -> PyResult<ViewLayout> {
    let bounds = unpack_slice(vm, s)?;
    let n = l.shape.first().copied().unwrap_or(0);
    let r = bounds.adjust(n);
    let mut out = l.clone();
    let stride = l.strides.first().copied().unwrap_or(0);
    out.offset = (l.offset as isize + stride * r.start as isize).max(0) as usize;
    if let Some(first) = out.shape.first_mut() {
        *first = r.len;
    }
    if let Some(first) = out.strides.first_mut() {
        *first = stride * r.step as isize;
    }
    Ok(out)
}

fn all_indices(vm: &Vm, items: &[Value]) -> bool {
    items.iter().all(|k| has_index(vm, k))
}

fn all_slices(items: &[Value]) -> bool {
    items.iter().all(|k| as_slice(k).is_some())
}

pub(crate) fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (m, mbuf) = live_this(vm, &args, "__getitem__")?;
    let key = &slot_args(vm, &args, "__getitem__", 1)?[0];
    let l = &m.layout;
    if l.shape.is_empty() {
        if tuple_items(key).is_some_and(|t| t.is_empty()) {
            return read_item(vm, &mbuf, l, l.offset);
        }
        if is_ellipsis(key) {
            return Ok(args.values[0].clone());
        }
        return Err(zero_dim(vm));
    }
    if has_index(vm, key) {
        if l.shape.len() != 1 {
            return Err(not_implemented(
                vm,
                "multi-dimensional sub-views are not implemented",
            ));
        }
        let at = step_into(vm, l, l.offset as isize, 0, key)?;
        return read_item(vm, &mbuf, l, at.max(0) as usize);
    }
    if let Some(s) = as_slice(key) {
        let layout = sliced(vm, l, s)?;
        return Ok(new_memoryview(vm, BufferView { mbuf, layout }));
    }
    if let Some(items) = tuple_items(key) {
        if all_indices(vm, items) {
            if items.len() < l.shape.len() {
                return Err(not_implemented(vm, "sub-views are not implemented"));
            }
            let at = tuple_offset(vm, l, items)?;
            return read_item(vm, &mbuf, l, at);
        }
        if all_slices(items) {
            return Err(not_implemented(
                vm,
                "multi-dimensional slicing is not implemented",
            ));
        }
    }
    Err(invalid_key(vm))
}

/// Writes `data` at byte offset `at` of the store.
fn write_at(mbuf: &crate::buffer::ManagedBuffer, at: usize, data: &[u8]) {
    with_store_mut(&mbuf.owner, |s| {
        if let Some(dst) = s.get_mut(at..at.saturating_add(data.len())) {
            dst.copy_from_slice(data);
        }
    });
}

pub(crate) fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (m, mbuf) = live_this(vm, &args, "__setitem__")?;
    let a = slot_args(vm, &args, "__setitem__", 2)?;
    let (key, value) = (&a[0], &a[1]);
    let l = &m.layout;
    if l.readonly {
        return Err(vm.type_error("cannot modify read-only memory".into()));
    }
    if l.shape.is_empty() {
        if is_ellipsis(key) || tuple_items(key).is_some_and(|t| t.is_empty()) {
            let data = pack(vm, &l.format, value)?;
            write_at(&mbuf, l.offset, &data);
            return Ok(Value::None);
        }
        return Err(zero_dim(vm));
    }
    if has_index(vm, key) {
        if l.shape.len() > 1 {
            return Err(not_implemented(vm, "sub-views are not implemented"));
        }
        let at = step_into(vm, l, l.offset as isize, 0, key)?;
        let data = pack(vm, &l.format, value)?;
        write_at(&mbuf, at.max(0) as usize, &data);
        return Ok(Value::None);
    }
    if let (Some(s), 1) = (as_slice(key), l.shape.len()) {
        let Some(src) = get_buffer(vm, value, false)? else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name_of(value)
            )));
        };
        let dest = sliced(vm, l, s);
        let result = dest.and_then(|dest| copy_into(vm, &mbuf, &dest, &src));
        release_buffer(vm, src.mbuf);
        return result.map(|()| Value::None);
    }
    if let Some(items) = tuple_items(key).filter(|t| all_indices(vm, t)) {
        if items.len() < l.shape.len() {
            return Err(not_implemented(vm, "sub-views are not implemented"));
        }
        let at = tuple_offset(vm, l, items)?;
        let data = pack(vm, &l.format, value)?;
        write_at(&mbuf, at, &data);
        return Ok(Value::None);
    }
    if as_slice(key).is_some() || tuple_items(key).is_some_and(all_slices) {
        return Err(not_implemented(
            vm,
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    }
    Err(invalid_key(vm))
}

/// Copies `src` into the `dest` part of `mbuf`'s store; both must have
/// the same format, item size and shape.
fn copy_into(
    vm: &Vm,
    mbuf: &crate::buffer::ManagedBuffer,
    dest: &ViewLayout,
    src: &BufferView,
) -> PyResult<()> {
    let same_format = strip_native(&dest.format) == strip_native(&src.layout.format)
        && dest.itemsize == src.layout.itemsize;
    if !same_format || dest.shape != src.layout.shape {
        return Err(vm.value_error(
            "memoryview assignment: lvalue and rvalue have different structures".into(),
        ));
    }
    let data = src.to_bytes();
    let size = dest.itemsize;
    for (k, at) in dest.item_offsets(false).into_iter().enumerate() {
        let from = k * size;
        if let Some(item) = data.get(from..from + size) {
            write_at(mbuf, at, item);
        }
    }
    Ok(())
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (m, _) = live_this(vm, &args, "__delitem__")?;
    slot_args(vm, &args, "__delitem__", 1)?;
    if m.layout.readonly {
        return Err(vm.type_error("cannot modify read-only memory".into()));
    }
    Err(vm.type_error("cannot delete memory".into()))
}

/// `iter(m)`: items of a 1-dimensional view, through the `__getitem__`
/// protocol's checks (0-dimensional and multi-dimensional views fail as
/// CPython's memory iterator does; a released view fails on `next`).
fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__iter__")?;
    match m.layout.shape.len() {
        0 => Err(vm.type_error("invalid indexing of 0-dim memory".into())),
        1 => Ok(crate::types::iterators::new_iterator(
            vm,
            &vm.types.memory_iterator,
            crate::types::iterators::BuiltinIterator::Sequence {
                seq: args.values[0].clone(),
                index: 0,
            },
        )),
        _ => Err(not_implemented(
            vm,
            "multi-dimensional sub-views are not implemented",
        )),
    }
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__getitem__", getitem),
    MethodDef::method("__setitem__", setitem),
    MethodDef::method("__delitem__", delitem),
    MethodDef::method("__iter__", iter),
];
