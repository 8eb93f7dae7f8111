//! `memoryview.cast(format, shape)` (1-D format changes through a byte
//! format, 1-D ↔ N-D shape changes, as CPython allows them) and
//! `memoryview.tolist()` (nested lists for N-D views, the item itself
//! for 0-D views).

use crate::args::Args;
use crate::buffer::item::{is_byte_format, native_format};
use crate::buffer::{BufferView, ViewLayout};
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::memoryview::{live_this, new_memoryview, read_item};
use crate::types::str_args::{bind_keywords, clinic_type_name};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// The most dimensions a view may have (CPython's `PyBUF_MAX_NDIM`).
const MAX_NDIM: usize = 64;

/// The items of a `shape` argument (a list or tuple of at most 64).
fn shape_items(vm: &Vm, shape: &Value) -> PyResult<Vec<Value>> {
    let items: Vec<Value> = match shape.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        Some(Payload::List(items)) => items.borrow().clone(),
        _ => return Err(vm.type_error("shape must be a list or a tuple".into())),
    };
    if items.len() > MAX_NDIM {
        return Err(vm.value_error("memoryview: number of dimensions must not exceed 64".into()));
    }
    Ok(items)
}

/// The dimensions of a shape (positive ints), checked after the format.
fn shape_dims(vm: &Vm, items: &[Value]) -> PyResult<Vec<usize>> {
    let mut dims = Vec::with_capacity(items.len());
    for item in items {
        let n = match item {
            Value::Int(n) => *n,
            _ if crate::types::int::as_bigint(item).is_some() => i64::MAX,
            _ => {
                return Err(
                    vm.type_error("memoryview.cast(): elements of shape must be integers".into())
                )
            }
        };
        if n <= 0 {
            return Err(
                vm.value_error("memoryview.cast(): elements of shape must be integers > 0".into())
            );
        }
        dims.push(n as usize);
    }
    Ok(dims)
}

fn cast(vm: &Vm, args: Args) -> PyResult<Value> {
    let (m, mbuf) = live_this(vm, &args, "cast")?;
    let [format, shape] = bind_keywords(vm, &args, 1, "cast", ["format", "shape"])?;
    let Some(format) = format else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)".into()));
    };
    let Some(format) = format.as_str() else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            clinic_type_name(vm, &format)
        )));
    };
    let l = &m.layout;
    if !l.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views".into()));
    }
    if (shape.is_some() || l.shape.len() != 1) && l.shape.contains(&0) {
        return Err(
            vm.type_error("memoryview: cannot cast view with zeros in shape or strides".into())
        );
    }
    let shape_items = match &shape {
        Some(s) => {
            let dims = shape_items(vm, s)?;
            if l.shape.len() != 1 && dims.len() != 1 {
                return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D".into()));
            }
            Some(dims)
        }
        None => None,
    };
    let Some((dest, itemsize)) = native_format(format.as_str()) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'"
                .into(),
        ));
    };
    let source_is_bytes = native_format(&l.format).is_some_and(|(c, _)| is_byte_format(c));
    if !source_is_bytes && !is_byte_format(dest) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats".into()));
    }
    let len = l.nbytes();
    if len % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize".into()));
    }
    let mut layout = ViewLayout::contiguous(format.as_str(), itemsize, len, l.readonly);
    layout.offset = l.offset;
    if let Some(items) = shape_items {
        let dims = shape_dims(vm, &items)?;
        let mut total = itemsize;
        for d in &dims {
            total = total.checked_mul(*d).ok_or_else(|| {
                vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX".into())
            })?;
        }
        if total != len {
            return Err(
                vm.type_error("memoryview: product(shape) * itemsize != buffer size".into())
            );
        }
        layout.strides = ViewLayout::c_strides(&dims, itemsize);
        layout.shape = dims.into();
    }
    Ok(new_memoryview(vm, BufferView { mbuf, layout }))
}

fn tolist(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::sequence::method_args(vm, &args, "memoryview", "tolist", 0, 0)?;
    let (m, mbuf) = live_this(vm, &args, "tolist")?;
    let l = &m.layout;
    if native_format(&l.format).is_none() {
        return Err(crate::buffer::item::unsupported(
            vm,
            crate::buffer::item::strip_native(&l.format),
        ));
    }
    let mut items = Vec::with_capacity(l.item_count());
    for at in l.item_offsets(false) {
        items.push(read_item(vm, &mbuf, l, at)?);
    }
    if l.shape.is_empty() {
        return read_item(vm, &mbuf, l, l.offset);
    }
    for d in (0..l.shape.len()).rev() {
        let groups: usize = l.shape.iter().take(d).product();
        let per = l.shape.get(d).copied().unwrap_or(0);
        let mut flat = items.into_iter();
        items = (0..groups)
            .map(|_| vm.new_list(flat.by_ref().take(per).collect()))
            .collect();
    }
    Ok(items.pop().unwrap_or_else(|| vm.new_list(Vec::new())))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("cast", cast),
    MethodDef::method("tolist", tolist),
];
