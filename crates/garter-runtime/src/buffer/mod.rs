//! The buffer protocol: one interface through which `bytes`,
//! `bytearray`, `array.array`, `memoryview` and classes defining
//! `__buffer__` (PEP 688) lend their memory.
//!
//! Layout:
//! - A *store* is the object that owns the memory: a `bytes`
//!   (`Payload::Bytes`, read-only), a `bytearray` (`Payload::ByteArray`)
//!   or an `array.array` (`Payload::Array`). [`with_store`] and
//!   [`with_store_mut`] borrow its bytes for a moment (never across a
//!   call into Python code).
//! - A [`ManagedBuffer`] is one export of a store, shared (`Rc`) by every
//!   view derived from it (slices, `toreadonly`, `cast`, `memoryview(m)`).
//!   Making one of a bytearray or array counts an export on it
//!   ([`ExportCount`]); dropping the last reference uncounts it, so a
//!   resizable store refuses to resize while any view of it is alive
//!   (CPython's "Existing exports of data: object cannot be re-sized").
//!   For a class with `__buffer__`, the managed buffer also keeps the
//!   memoryview `__buffer__` returned, and [`release_buffer`] calls the
//!   class's `__release_buffer__` with it when the last view is
//!   released explicitly; a view freed without `release()` queues that
//!   call for the evaluator's next check point (`release.rs`).
//! - A [`ViewLayout`] says which bytes of the store a view sees: a byte
//!   offset, the item format and size, the shape and strides in bytes
//!   (CPython's `Py_buffer` fields without pointers).
//! - [`get_buffer`] asks any value for a [`BufferView`] (a managed buffer
//!   plus a layout); a Python class's `__buffer__` wins over a builtin
//!   base's buffer, as in CPython 3.12. [`buffer_bytes`] is the one-shot
//!   form every "bytes-like object" argument goes through
//!   (`types::bytes::bytes_like` and `buffer_contents`). As in CPython,
//!   consumers asking for a simple buffer (`b"".join`, `+`, `find`...)
//!   refuse a view that is not C-contiguous or is released
//!   ([`simple_request_error`]), while `bytes(x)`, `bytearray(x)` and
//!   memoryview slice assignment copy any layout.
//!
//! Item formats (`struct` single characters) are packed and unpacked in
//! `item.rs`.

pub mod item;
pub mod release;
#[cfg(test)]
mod tests;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use self::release::{call_release, PendingReleases};
use crate::error::PyResult;
use crate::object::Payload;
use crate::value::Value;
use crate::Vm;

/// CPython's `PyBUF_FULL_RO`, the flags `memoryview(x)` and `bytes(x)`
/// pass to `__buffer__`.
pub const FLAGS_FULL_RO: i64 = 0x11c;
/// `PyBUF_WRITABLE`, added when the consumer will write.
pub const FLAG_WRITABLE: i64 = 0x1;
/// `PyBUF_SIMPLE`: the flags of consumers that need contiguous bytes.
pub const FLAGS_SIMPLE: i64 = 0;

/// The number of live exports of a resizable store.
#[derive(Default)]
pub struct ExportCount(Cell<usize>);

impl ExportCount {
    pub fn get(&self) -> usize {
        self.0.get()
    }

    fn add(&self) {
        self.0.set(self.0.get().saturating_add(1));
    }

    fn remove(&self) {
        self.0.set(self.0.get().saturating_sub(1));
    }
}

/// The export counter of a resizable store or a memoryview.
fn export_count(v: &Value) -> Option<&ExportCount> {
    match v.payload()? {
        Payload::ByteArray(b) => Some(&b.exports),
        Payload::Array(a) => Some(&a.exports),
        Payload::MemoryView(m) => Some(&m.exports),
        _ => None,
    }
}

/// `f` applied to the bytes of a store (`None` if `owner` is not one).
/// A resizable store stays borrowed during the call: `f` must not run
/// Python code.
pub fn with_store<R>(owner: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match owner.payload()? {
        Payload::Bytes(data) => Some(f(data)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        Payload::Array(a) => Some(f(&a.data.borrow())),
        _ => None,
    }
}

/// `f` applied to the writable bytes of a store (`None` for a `bytes` or
/// a non-store).
pub fn with_store_mut<R>(owner: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    match owner.payload()? {
        Payload::ByteArray(b) => Some(f(&mut b.borrow_mut())),
        Payload::Array(a) => Some(f(&mut a.data.borrow_mut())),
        _ => None,
    }
}

/// One export of a store, shared by the views made from it.
pub struct ManagedBuffer {
    /// The object that was asked for the buffer (`memoryview.obj`).
    pub obj: Value,
    /// The store owning the memory.
    pub owner: Value,
    /// The memoryview a `__buffer__` method returned, counted as
    /// exported until this buffer is released.
    pub user_view: Option<Value>,
    /// Whether this buffer counts as an export of `owner`.
    counted: bool,
    /// Whether `user_view` still counts this buffer as its export.
    user_counted: Cell<bool>,
    /// Where dropping a `__buffer__` export without releasing it queues
    /// its `__release_buffer__` call; `None` once released (and for
    /// builtin stores).
    releases: RefCell<Option<Rc<PendingReleases>>>,
}

impl ManagedBuffer {
    /// An export of a builtin store, counted on resizable ones.
    fn of_store(obj: Value, owner: Value) -> ManagedBuffer {
        let counted = match export_count(&owner) {
            Some(c) => {
                c.add();
                true
            }
            None => false,
        };
        ManagedBuffer {
            obj,
            owner,
            user_view: None,
            counted,
            user_counted: Cell::new(false),
            releases: RefCell::new(None),
        }
    }
}

impl Drop for ManagedBuffer {
    fn drop(&mut self) {
        if self.counted {
            if let Some(c) = export_count(&self.owner) {
                c.remove();
            }
        }
        self.uncount_user_view();
        let releases = self.releases.borrow_mut().take();
        if let (Some(releases), Some(view)) = (releases, &self.user_view) {
            releases.push(self.obj.clone(), view.clone());
        }
    }
}

impl ManagedBuffer {
    /// Gives back the export taken on the view `__buffer__` returned.
    fn uncount_user_view(&self) {
        if self.user_counted.replace(false) {
            if let Some(c) = self.user_view.as_ref().and_then(export_count) {
                c.remove();
            }
        }
    }
}

/// Per-dimension numbers of a layout: one dimension is stored inline, so
/// slicing a 1-D view copies its layout without allocating.
pub type Dims<T> = smallvec::SmallVec<[T; 1]>;

/// Which bytes of a store a view sees (CPython's `Py_buffer` geometry).
pub struct ViewLayout {
    /// Byte offset of the first item (all indices zero).
    pub offset: usize,
    /// The `struct` format of one item ("B", "i", "@d"...).
    pub format: Rc<str>,
    pub itemsize: usize,
    /// Items per dimension; empty for a 0-dimensional view.
    pub shape: Dims<usize>,
    /// Bytes between successive items of each dimension.
    pub strides: Dims<isize>,
    pub readonly: bool,
}

/// Written out because the derived clone of a `SmallVec` goes item by
/// item through an iterator; `from_slice` copies the `Copy` dimensions in
/// one go (a memoryview slice clones its parent's layout).
impl Clone for ViewLayout {
    fn clone(&self) -> ViewLayout {
        ViewLayout {
            offset: self.offset,
            format: self.format.clone(),
            itemsize: self.itemsize,
            shape: Dims::from_slice(&self.shape),
            strides: Dims::from_slice(&self.strides),
            readonly: self.readonly,
        }
    }
}

impl ViewLayout {
    /// A 1-dimensional contiguous layout over `len` bytes.
    pub fn contiguous(format: &str, itemsize: usize, len: usize, readonly: bool) -> ViewLayout {
        let itemsize = itemsize.max(1);
        ViewLayout {
            offset: 0,
            format: Rc::from(format),
            itemsize,
            shape: smallvec::smallvec![len / itemsize],
            strides: smallvec::smallvec![itemsize as isize],
            readonly,
        }
    }

    /// The number of items.
    pub fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    /// `nbytes`: items times item size.
    pub fn nbytes(&self) -> usize {
        self.item_count().saturating_mul(self.itemsize)
    }

    /// The byte offset of every item, in C order (last index fastest),
    /// or in Fortran order (first index fastest) when `fortran`.
    pub fn item_offsets(&self, fortran: bool) -> Vec<usize> {
        let count = self.item_count();
        let mut out = Vec::with_capacity(count);
        if count == 0 {
            return out;
        }
        let ndim = self.shape.len();
        let mut index = vec![0usize; ndim];
        for _ in 0..count {
            let mut at = self.offset as isize;
            for (i, stride) in index.iter().zip(&self.strides) {
                at += *i as isize * stride;
            }
            out.push(at.max(0) as usize);
            let dims: Box<dyn Iterator<Item = usize>> = if fortran {
                Box::new(0..ndim)
            } else {
                Box::new((0..ndim).rev())
            };
            for d in dims {
                let (Some(i), Some(n)) = (index.get_mut(d), self.shape.get(d)) else {
                    break;
                };
                *i += 1;
                if *i < *n {
                    break;
                }
                *i = 0;
            }
        }
        out
    }

    /// A 1-dimensional view's contiguity as CPython flags it: one item,
    /// or items one item size apart (an empty view with another stride
    /// is not contiguous).
    fn contiguous_1d(&self) -> Option<bool> {
        match (&self.shape[..], &self.strides[..]) {
            ([n], [s]) => Some(*n == 1 || *s == self.itemsize as isize),
            _ => None,
        }
    }

    /// Whether the items lie in C order without gaps.
    pub fn c_contiguous(&self) -> bool {
        if let Some(flag) = self.contiguous_1d() {
            return flag;
        }
        if self.item_count() == 0 {
            return true;
        }
        let mut expected = self.itemsize as isize;
        for (n, s) in self.shape.iter().zip(&self.strides).rev() {
            if *n > 1 && *s != expected {
                return false;
            }
            expected *= *n as isize;
        }
        true
    }

    /// Whether the items lie in Fortran order without gaps.
    pub fn f_contiguous(&self) -> bool {
        if let Some(flag) = self.contiguous_1d() {
            return flag;
        }
        if self.item_count() == 0 {
            return true;
        }
        let mut expected = self.itemsize as isize;
        for (n, s) in self.shape.iter().zip(&self.strides) {
            if *n > 1 && *s != expected {
                return false;
            }
            expected *= *n as isize;
        }
        true
    }

    /// C-order strides for this layout's shape and item size.
    pub fn c_strides(shape: &[usize], itemsize: usize) -> Dims<isize> {
        let mut strides: Dims<isize> = smallvec::smallvec![0isize; shape.len()];
        let mut step = itemsize as isize;
        for (s, n) in strides.iter_mut().zip(shape).rev() {
            *s = step;
            step *= *n as isize;
        }
        strides
    }

    /// The view's bytes copied out of `store`, in C (or Fortran) order.
    pub fn gather(&self, store: &[u8], fortran: bool) -> Vec<u8> {
        if self.c_contiguous() && !fortran || self.shape.len() <= 1 && self.c_contiguous() {
            let end = self.offset.saturating_add(self.nbytes());
            return store.get(self.offset..end).unwrap_or_default().to_vec();
        }
        let mut out = Vec::with_capacity(self.nbytes());
        for at in self.item_offsets(fortran) {
            let item = store
                .get(at..at.saturating_add(self.itemsize))
                .unwrap_or_default();
            out.extend_from_slice(item);
        }
        out
    }
}

/// A view of an exporter's memory: the export and the geometry.
#[derive(Clone)]
pub struct BufferView {
    pub mbuf: Rc<ManagedBuffer>,
    pub layout: ViewLayout,
}

impl BufferView {
    /// The viewed bytes, in C order.
    pub fn to_bytes(&self) -> Vec<u8> {
        with_store(&self.mbuf.owner, |s| self.layout.gather(s, false)).unwrap_or_default()
    }
}

/// Whether `v` is a memoryview whose items are not C-contiguous (which
/// `PyBUF_SIMPLE` consumers refuse).
pub fn is_noncontiguous_view(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::MemoryView(m)) if !m.layout.c_contiguous())
}

/// Whether `v` is a released memoryview.
pub fn is_released_view(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::MemoryView(m)) if m.mbuf.borrow().is_none())
}

/// The error a consumer taking a buffer argument reports for a view
/// that cannot give one (released, or not C-contiguous), if any.
pub fn simple_request_error(vm: &Vm, v: &Value) -> Option<crate::error::PyErr> {
    if is_released_view(v) {
        Some(released_error(vm))
    } else if is_noncontiguous_view(v) {
        Some(noncontiguous_error(vm))
    } else {
        None
    }
}

/// CPython's error for a `PyBUF_SIMPLE` request on such a view.
pub fn noncontiguous_error(vm: &Vm) -> crate::error::PyErr {
    vm.new_error(
        &vm.exc.buffer_error,
        "memoryview: underlying buffer is not C-contiguous".into(),
    )
}

/// The error for using a released memoryview.
pub fn released_error(vm: &Vm) -> crate::error::PyErr {
    vm.value_error("operation forbidden on released memoryview object".into())
}

/// A buffer of `v`, or `None` when `v` exports none. `writable` asks for
/// writable memory: read-only exporters then fail with CPython's
/// BufferError.
pub fn get_buffer(vm: &Vm, v: &Value, writable: bool) -> PyResult<Option<BufferView>> {
    let flags = FLAGS_FULL_RO | if writable { FLAG_WRITABLE } else { 0 };
    get_buffer_with(vm, v, flags)
}

/// [`get_buffer`] with explicit `PyBUF_*` flags (passed to `__buffer__`).
fn get_buffer_with(vm: &Vm, v: &Value, flags: i64) -> PyResult<Option<BufferView>> {
    let writable = flags & FLAG_WRITABLE != 0;
    if let Some(view) = user_buffer(vm, v, flags)? {
        return finish(vm, view, writable).map(Some);
    }
    let view = match v.payload() {
        Some(Payload::Bytes(data)) => BufferView {
            mbuf: Rc::new(ManagedBuffer::of_store(v.clone(), v.clone())),
            layout: ViewLayout::contiguous("B", 1, data.len(), true),
        },
        Some(Payload::ByteArray(b)) => {
            let len = b.borrow().len();
            BufferView {
                mbuf: Rc::new(ManagedBuffer::of_store(v.clone(), v.clone())),
                layout: ViewLayout::contiguous("B", 1, len, false),
            }
        }
        Some(Payload::Array(a)) => {
            let len = a.data.borrow().len();
            BufferView {
                mbuf: Rc::new(ManagedBuffer::of_store(v.clone(), v.clone())),
                layout: ViewLayout::contiguous(a.code.format(), a.code.itemsize(), len, false),
            }
        }
        Some(Payload::MemoryView(m)) => m.buffer(vm)?,
        _ => return Ok(None),
    };
    finish(vm, view, writable).map(Some)
}

/// `view`, or BufferError when writable memory was asked of a read-only
/// exporter.
fn finish(vm: &Vm, view: BufferView, writable: bool) -> PyResult<BufferView> {
    if writable && view.layout.readonly {
        release_buffer(vm, view.mbuf);
        return Err(vm.new_error(&vm.exc.buffer_error, "Object is not writable.".into()));
    }
    Ok(view)
}

/// Whether `v`'s class is written in Python and defines `__buffer__`
/// (overriding any builtin buffer of its base, as in CPython 3.12).
#[inline]
pub fn has_user_buffer(vm: &Vm, v: &Value) -> bool {
    let cls = vm.class_of(v);
    cls.as_type().is_some_and(|t| t.heap)
        && crate::types::type_object::mro_lookup(cls, &vm.intern("__buffer__")).is_some()
}

/// A buffer from a class's `__buffer__(flags)` (PEP 688), which must
/// return a memoryview.
fn user_buffer(vm: &Vm, v: &Value, flags: i64) -> PyResult<Option<BufferView>> {
    if !has_user_buffer(vm, v) {
        return Ok(None);
    }
    let result = vm.call_method(v, "__buffer__", &[Value::Int(flags)])?;
    let Some(Payload::MemoryView(m)) = result.payload() else {
        return Err(vm.type_error("__buffer__ returned non-memoryview object".into()));
    };
    let inner = m.buffer(vm)?;
    m.exports.add();
    Ok(Some(BufferView {
        mbuf: Rc::new(ManagedBuffer {
            obj: v.clone(),
            owner: inner.mbuf.owner.clone(),
            user_view: Some(result.clone()),
            counted: false,
            user_counted: Cell::new(true),
            releases: RefCell::new(Some(vm.pending_releases.clone())),
        }),
        layout: inner.layout,
    }))
}

/// Gives up one reference to a managed buffer. When it is the last one
/// and the buffer came from `__buffer__`, the class's
/// `__release_buffer__(view)` is called (after the view's own export
/// is given back, so it may release the view; its errors are ignored, as
/// CPython reports them as unraisable).
pub fn release_buffer(vm: &Vm, mbuf: Rc<ManagedBuffer>) {
    if Rc::strong_count(&mbuf) != 1 {
        return;
    }
    mbuf.uncount_user_view();
    mbuf.releases.borrow_mut().take();
    if let Some(view) = &mbuf.user_view {
        call_release(vm, &mbuf.obj, view);
    }
}

/// The bytes a live builtin memoryview shows, copied straight from its
/// store: what taking its export, gathering and releasing it gives,
/// without the export's bookkeeping (nothing runs in between, and a
/// builtin store has no release hook). `None` leaves every other case
/// (released, refused by a `simple` request, a `__buffer__` class) to
/// the general path.
fn live_view_bytes(vm: &Vm, v: &Value, simple: bool) -> Option<Vec<u8>> {
    let Some(Payload::MemoryView(m)) = v.payload() else {
        return None;
    };
    if has_user_buffer(vm, v) || (simple && !m.layout.c_contiguous()) {
        return None;
    }
    let mbuf = m.mbuf.borrow();
    let mbuf = mbuf.as_ref()?;
    if mbuf.user_view.is_some() {
        return None;
    }
    with_store(&mbuf.owner, |s| m.layout.gather(s, false))
}

/// The bytes of any exporter, in C order, or `None` for a non-exporter.
/// With `simple` (CPython's `PyBUF_SIMPLE` consumers: `b"".join`, `+`,
/// `find`...) a released view or one that is not C-contiguous counts as
/// no buffer (those consumers report their own error). The
/// export is released before returning.
pub fn buffer_bytes(vm: &Vm, v: &Value, simple: bool) -> PyResult<Option<Vec<u8>>> {
    if simple && is_released_view(v) {
        return Ok(None);
    }
    if let Some(data) = live_view_bytes(vm, v, simple) {
        return Ok(Some(data));
    }
    let flags = if simple { FLAGS_SIMPLE } else { FLAGS_FULL_RO };
    let Some(view) = get_buffer_with(vm, v, flags)? else {
        return Ok(None);
    };
    if simple && !view.layout.c_contiguous() {
        release_buffer(vm, view.mbuf);
        return Ok(None);
    }
    let data = view.to_bytes();
    release_buffer(vm, view.mbuf);
    Ok(Some(data))
}
