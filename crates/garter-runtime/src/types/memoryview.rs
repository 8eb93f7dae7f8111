//! `memoryview`: its data, construction, attributes, `release` and the
//! context-manager protocol, `==`, `hash`, `len`, `repr`, `tobytes`,
//! `hex` and `toreadonly`.
//!
//! A memoryview is a [`ViewLayout`] over a shared [`ManagedBuffer`]
//! (see `buffer/mod.rs`); it copies nothing, so reads and writes go to
//! the exporter's own storage. `release()` drops the view's reference to
//! the managed buffer (`None` afterwards means released). Indexing and
//! assignment live in `memoryview_index.rs`, `cast` and `tolist` in
//! `memoryview_cast.rs`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::args::Args;
use crate::buffer::item::{native_format, unpack};
use crate::buffer::{
    get_buffer, release_buffer, released_error, with_store, BufferView, ExportCount, ManagedBuffer,
    ViewLayout,
};
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::sequence::wrong_receiver;
use crate::types::str_args::bind_keywords;
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The data of a memoryview.
pub struct MemoryViewData {
    /// The export this view reads; `None` once released.
    pub mbuf: RefCell<Option<Rc<ManagedBuffer>>>,
    pub layout: ViewLayout,
    /// Buffers exported from this view (a `__buffer__` method returning
    /// it); a view with exports cannot be released.
    pub exports: ExportCount,
    hash: Cell<Option<i64>>,
}

impl MemoryViewData {
    /// A buffer sharing this view's export, or ValueError when released.
    pub fn buffer(&self, vm: &Vm) -> PyResult<BufferView> {
        Ok(BufferView {
            mbuf: self.live(vm)?,
            layout: self.layout.clone(),
        })
    }

    /// The export, or ValueError when released.
    pub fn live(&self, vm: &Vm) -> PyResult<Rc<ManagedBuffer>> {
        self.mbuf.borrow().clone().ok_or_else(|| released_error(vm))
    }
}

/// A new memoryview over `view`.
pub fn new_memoryview(vm: &Vm, view: BufferView) -> Value {
    vm.new_object(
        vm.types.memoryview.clone(),
        Payload::MemoryView(Box::new(MemoryViewData {
            mbuf: RefCell::new(Some(view.mbuf)),
            layout: view.layout,
            exports: ExportCount::default(),
            hash: Cell::new(None),
        })),
    )
}

/// The data of a memoryview value.
pub fn as_memoryview(v: &Value) -> Option<&MemoryViewData> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => Some(m),
        _ => None,
    }
}

/// `self` of a memoryview method.
pub fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a MemoryViewData> {
    let first = args.values.first();
    first
        .and_then(as_memoryview)
        .ok_or_else(|| wrong_receiver(vm, "memoryview", name, first, &[]))
}

/// `self` of a memoryview method, checked not to be released, with its
/// export.
pub fn live_this<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a MemoryViewData, Rc<ManagedBuffer>)> {
    let m = this(vm, args, name)?;
    let mbuf = m.live(vm)?;
    Ok((m, mbuf))
}

/// The bytes of one item at byte offset `at`, copied out of the store.
pub fn item_bytes(mbuf: &ManagedBuffer, at: usize, itemsize: usize) -> Vec<u8> {
    with_store(&mbuf.owner, |s| {
        s.get(at..at.saturating_add(itemsize))
            .unwrap_or_default()
            .to_vec()
    })
    .unwrap_or_default()
}

/// The value of the item at byte offset `at`.
pub fn read_item(vm: &Vm, mbuf: &ManagedBuffer, layout: &ViewLayout, at: usize) -> PyResult<Value> {
    if &*layout.format == "B" {
        if let Some(Some(byte)) = with_store(&mbuf.owner, |s| s.get(at).copied()) {
            return Ok(Value::Int(i64::from(byte)));
        }
    }
    let mut item = [0u8; 16];
    if let Some(dst) = item.get_mut(..layout.itemsize) {
        if with_store(&mbuf.owner, |s| copy_item(s, at, dst)) == Some(true) {
            return unpack(vm, &layout.format, dst);
        }
    }
    unpack(vm, &layout.format, &item_bytes(mbuf, at, layout.itemsize))
}

/// Copies the item at `at` into `dst`; false when the store is too short.
fn copy_item(store: &[u8], at: usize, dst: &mut [u8]) -> bool {
    match store.get(at..at.saturating_add(dst.len())) {
        Some(src) => {
            dst.copy_from_slice(src);
            true
        }
        None => false,
    }
}

fn memoryview_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let named_object = args.keywords().any(|(k, _)| k == "object");
    if args.pos().len() < 2 && !named_object {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)".into()));
    }
    let [object] = bind_keywords(vm, &args, 1, "memoryview", ["object"])?;
    let Some(object) = object else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)".into()));
    };
    match get_buffer(vm, &object, false)? {
        Some(view) => Ok(new_memoryview(vm, view)),
        None => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name_of(&object)
        ))),
    }
}

fn release(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::sequence::method_args(vm, &args, "memoryview", "release", 0, 0)?;
    let m = this(vm, &args, "release")?;
    release_view(vm, m)?;
    Ok(Value::None)
}

/// Releases a view: BufferError while it has exports.
fn release_view(vm: &Vm, m: &MemoryViewData) -> PyResult<()> {
    let n = m.exports.get();
    if n > 0 {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.new_error(
            &vm.exc.buffer_error,
            format!("memoryview has {n} exported buffer{s}"),
        ));
    }
    let taken = m.mbuf.borrow_mut().take();
    if let Some(mbuf) = taken {
        release_buffer(vm, mbuf);
    }
    Ok(())
}

fn enter(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "__enter__", 1, 1)?;
    live_this(vm, &args, "__enter__")?;
    Ok(args.values[0].clone())
}

fn exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__exit__")?;
    release_view(vm, m)?;
    Ok(Value::None)
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__repr__")?;
    let released = if m.mbuf.borrow().is_none() {
        "released "
    } else {
        ""
    };
    Ok(vm.new_str(format!(
        "<{released}memory at {:#x}>",
        args.values[0].identity()
    )))
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let (m, _) = live_this(vm, &args, "__len__")?;
    Ok(Value::Int(m.layout.shape.first().map_or(1, |n| *n as i64)))
}

/// The viewed bytes in the order `tobytes` names.
fn ordered_bytes(mbuf: &ManagedBuffer, layout: &ViewLayout, fortran: bool) -> Vec<u8> {
    with_store(&mbuf.owner, |s| layout.gather(s, fortran)).unwrap_or_default()
}

fn tobytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let (m, mbuf) = live_this(vm, &args, "tobytes")?;
    let [order] = bind_keywords(vm, &args, 1, "tobytes", ["order"])?;
    let fortran = match order.as_ref() {
        None | Some(Value::None) => false,
        Some(o) => match o.as_str().map(|s| s.as_str()) {
            Some("C") => false,
            Some("F") => true,
            Some("A") => m.layout.f_contiguous() && !m.layout.c_contiguous(),
            Some(_) => {
                return Err(vm.value_error("order must be 'C', 'F' or 'A'".into()));
            }
            None => {
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    vm.type_name_of(o)
                )))
            }
        },
    };
    let data = ordered_bytes(&mbuf, &m.layout, fortran);
    Ok(crate::types::bytes::new_bytes(vm, data))
}

fn hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let (m, mbuf) = live_this(vm, &args, "hex")?;
    let data = ordered_bytes(&mbuf, &m.layout, false);
    crate::types::bytes_percent::hex_value(vm, &args, &data)
}

fn toreadonly(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::sequence::method_args(vm, &args, "memoryview", "toreadonly", 0, 0)?;
    let (m, mbuf) = live_this(vm, &args, "toreadonly")?;
    let mut layout = m.layout.clone();
    layout.readonly = true;
    Ok(new_memoryview(vm, BufferView { mbuf, layout }))
}

fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__hash__")?;
    if let Some(h) = m.hash.get() {
        return Ok(Value::Int(h));
    }
    let mbuf = m.live(vm)?;
    if !m.layout.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object".into()));
    }
    if !native_format(&m.layout.format).is_some_and(|(c, _)| matches!(c, 'B' | 'b' | 'c')) {
        return Err(
            vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'".into())
        );
    }
    vm.hash(&mbuf.obj)?;
    let h = crate::ops::hash::bytes_hash(&ordered_bytes(&mbuf, &m.layout, false));
    m.hash.set(Some(h));
    Ok(Value::Int(h))
}

/// `self == other` for a memoryview and any exporter: equal shapes and
/// equal items (compared as values of each side's format).
fn richcompare(vm: &Vm, args: Args, equal: bool) -> PyResult<Value> {
    let name = if equal { "__eq__" } else { "__ne__" };
    let m = this(vm, &args, name)?;
    let a = crate::types::bytes_args::slot_args(vm, &args, name, 1)?;
    let other = &a[0];
    // A released view equals only itself.
    let other_released = as_memoryview(other).is_some_and(|o| o.mbuf.borrow().is_none());
    let mbuf = m.mbuf.borrow().clone();
    let Some(mbuf) = mbuf.filter(|_| !other_released) else {
        return Ok(Value::Bool(args.values[0].is(other) == equal));
    };
    let theirs = match get_buffer(vm, other, false) {
        Ok(Some(view)) => view,
        Ok(None) | Err(_) => return Ok(vm.not_implemented.clone()),
    };
    let same = views_equal(
        vm,
        &BufferView {
            mbuf,
            layout: m.layout.clone(),
        },
        &theirs,
    );
    release_buffer(vm, theirs.mbuf);
    Ok(Value::Bool(same? == equal))
}

/// Whether two views have the same shape and equal items: raw bytes for
/// identical integer formats, values otherwise (a NaN is unequal to
/// itself); a format memoryview cannot read makes them unequal.
fn views_equal(vm: &Vm, a: &BufferView, b: &BufferView) -> PyResult<bool> {
    let (la, lb) = (&a.layout, &b.layout);
    if la.shape != lb.shape {
        return Ok(false);
    }
    let (Some((fa, _)), Some((fb, _))) = (native_format(&la.format), native_format(&lb.format))
    else {
        return Ok(false);
    };
    if fa == fb && !matches!(fa, 'f' | 'd') {
        return Ok(a.to_bytes() == b.to_bytes());
    }
    let offsets_a = la.item_offsets(false);
    let offsets_b = lb.item_offsets(false);
    for (oa, ob) in offsets_a.into_iter().zip(offsets_b) {
        let x = read_item(vm, &a.mbuf, la, oa)?;
        let y = read_item(vm, &b.mbuf, lb, ob)?;
        let equal = match (&x, &y) {
            (Value::Float(p), Value::Float(q)) => p == q,
            _ => vm.eq(&x, &y)?,
        };
        if !equal {
            return Ok(false);
        }
    }
    Ok(true)
}

fn eq(vm: &Vm, args: Args) -> PyResult<Value> {
    richcompare(vm, args, true)
}

fn ne(vm: &Vm, args: Args) -> PyResult<Value> {
    richcompare(vm, args, false)
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", memoryview_new),
    MethodDef::method("release", release),
    MethodDef::method("__enter__", enter),
    MethodDef::method("__exit__", exit),
    MethodDef::method("__repr__", repr),
    MethodDef::method("__len__", len),
    MethodDef::method("__hash__", hash),
    MethodDef::method("__eq__", eq),
    MethodDef::method("__ne__", ne),
    MethodDef::method("tobytes", tobytes),
    MethodDef::method("hex", hex),
    MethodDef::method("toreadonly", toreadonly),
];

/// A getter reading a live view's layout.
fn layout_attr(
    vm: &Vm,
    v: &Value,
    f: impl FnOnce(&Vm, &ViewLayout, &ManagedBuffer) -> Value,
) -> PyResult<Value> {
    let Some(m) = as_memoryview(v) else {
        return Err(vm.type_error("descriptor requires a 'memoryview' object".into()));
    };
    let mbuf = m.live(vm)?;
    Ok(f(vm, &m.layout, &mbuf))
}

fn int_tuple(vm: &Vm, items: impl Iterator<Item = i64>) -> Value {
    vm.new_tuple(items.map(Value::Int).collect())
}

fn get_obj(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |_, _, mbuf| mbuf.obj.clone())
}

fn get_nbytes(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |_, l, _| Value::Int(l.nbytes() as i64))
}

fn get_readonly(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |_, l, _| Value::Bool(l.readonly))
}

fn get_itemsize(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |_, l, _| Value::Int(l.itemsize as i64))
}

fn get_format(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |vm, l, _| vm.new_str(l.format.to_string()))
}

fn get_ndim(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |_, l, _| Value::Int(l.shape.len() as i64))
}

fn get_shape(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |vm, l, _| {
        int_tuple(vm, l.shape.iter().map(|n| *n as i64))
    })
}

fn get_strides(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |vm, l, _| {
        int_tuple(vm, l.strides.iter().map(|n| *n as i64))
    })
}

fn get_suboffsets(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |vm, _, _| vm.new_tuple(Vec::new()))
}

fn get_c_contiguous(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |_, l, _| Value::Bool(l.c_contiguous()))
}

fn get_f_contiguous(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |_, l, _| Value::Bool(l.f_contiguous()))
}

fn get_contiguous(vm: &Vm, v: &Value) -> PyResult<Value> {
    layout_attr(vm, v, |_, l, _| {
        Value::Bool(l.c_contiguous() || l.f_contiguous())
    })
}

const fn getter(name: &'static str, get: crate::types::type_object::Getter) -> GetSetDef {
    GetSetDef {
        name,
        get,
        set: None,
    }
}

pub const GETSETS: &[GetSetDef] = &[
    getter("obj", get_obj),
    getter("nbytes", get_nbytes),
    getter("readonly", get_readonly),
    getter("itemsize", get_itemsize),
    getter("format", get_format),
    getter("ndim", get_ndim),
    getter("shape", get_shape),
    getter("strides", get_strides),
    getter("suboffsets", get_suboffsets),
    getter("c_contiguous", get_c_contiguous),
    getter("f_contiguous", get_f_contiguous),
    getter("contiguous", get_contiguous),
];
