//! `bytes` and `bytearray`: their storage, construction, and the one
//! place that decides what counts as a bytes-like object.
//!
//! Storage: a `bytes` object carries `Payload::Bytes(PyBytes)`, fixed
//! at creation (short ones inside the object itself); a `bytearray` carries `Payload::ByteArray(RefCell<Vec<u8>>)`.
//!
//! Bytes-like objects: every operation that "accepts any bytes-like
//! object" (`bytes(x)`, `b + x`, `b.join`, `x in b`, `find`, `split`,
//! slice assignment, `int.from_bytes`...) calls [`bytes_like`], which
//! answers with the object's bytes: borrowed from a `bytes`, copied out of
//! a `bytearray` (so no `RefCell` borrow outlives the call and user code
//! may run while the bytes are in use), and for any other exporter
//! (`memoryview`, `array.array`, classes with `__buffer__`) copied
//! through the buffer protocol (`buffer/mod.rs`).
//!
//! A bytearray counts its buffer exports ([`ByteArrayData::exports`]);
//! every method that changes its size calls
//! [`ByteArrayData::check_resize`] first.
//!
//! The methods live beside this file: `bytes_ops.rs` (special methods),
//! `bytes_methods.rs` (searching and splitting) and `bytes_transform.rs`
//! (case, padding, stripping, `translate`), both over the pure
//! algorithms of `bytes_text.rs`; `bytes_codec.rs` (`decode`,
//! `str.encode`, over `text/codecs.rs`), `bytes_percent.rs` (`%`,
//! `repr`, `hex`, `fromhex`), `bytearray.rs` (mutation) and
//! `bytes_args.rs` (receivers, argument checks).

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::{ClassSlot, Object, Payload};
use crate::types::int::as_bigint;
use crate::types::str_args::{bind_keywords, clinic_type_name, has_index, MAX_STR_BYTES};
use crate::types::type_object::MethodDef;
use crate::value::{ObjRef, Value};
use crate::Vm;

/// The storage of a `bytearray`: its bytes (reached through `Deref`)
/// and its count of buffer exports.
pub struct ByteArrayData {
    cell: RefCell<Vec<u8>>,
    pub exports: crate::buffer::ExportCount,
}

impl ByteArrayData {
    pub fn new(data: Vec<u8>) -> ByteArrayData {
        ByteArrayData {
            cell: RefCell::new(data),
            exports: Default::default(),
        }
    }

    /// BufferError when the bytearray is exported and its length would
    /// change from `old` to `new`.
    pub fn check_resize(&self, vm: &Vm, old: usize, new: usize) -> PyResult<()> {
        if old != new && self.exports.get() > 0 {
            return Err(vm.new_error(
                &vm.exc.buffer_error,
                "Existing exports of data: object cannot be re-sized".into(),
            ));
        }
        Ok(())
    }
}

impl std::ops::Deref for ByteArrayData {
    type Target = RefCell<Vec<u8>>;

    fn deref(&self) -> &RefCell<Vec<u8>> {
        &self.cell
    }
}

/// The bytes of a bytes-like object (any buffer exporter with
/// C-contiguous items, as CPython's `PyBUF_SIMPLE` requests), or `None`
/// for anything else. See the module docs.
pub fn bytes_like<'a>(vm: &Vm, v: &'a Value) -> PyResult<Option<Cow<'a, [u8]>>> {
    buffer_contents(vm, v, true)
}

/// The bytes of any exporter, `simple` as in [`bytes_like`]; without it
/// any layout is copied out in C order (`bytes(x)`, `bytearray(x)`, `%b`:
/// CPython's `PyBUF_FULL_RO` consumers).
pub fn buffer_contents<'a>(vm: &Vm, v: &'a Value, simple: bool) -> PyResult<Option<Cow<'a, [u8]>>> {
    if crate::buffer::has_user_buffer(vm, v) {
        return Ok(crate::buffer::buffer_bytes(vm, v, simple)?.map(Cow::Owned));
    }
    match v.payload() {
        Some(Payload::Bytes(data)) => return Ok(Some(Cow::Borrowed(data))),
        Some(Payload::ByteArray(cell)) => return Ok(Some(Cow::Owned(cell.borrow().clone()))),
        _ => {}
    }
    Ok(crate::buffer::buffer_bytes(vm, v, simple)?.map(Cow::Owned))
}

/// A bytes-like argument, or CPython's "a bytes-like object is required,
/// not 'str'" (ValueError for a released memoryview, BufferError for one
/// that is not C-contiguous).
pub fn bytes_like_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(e) = crate::buffer::simple_request_error(vm, v) {
        return Err(e);
    }
    bytes_like(vm, v)?.ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name_of(v)
        ))
    })
}

/// The data of a `bytes` object (not a bytearray).
pub fn bytes_data(v: &Value) -> Option<&[u8]> {
    match v.payload() {
        Some(Payload::Bytes(data)) => Some(data),
        _ => None,
    }
}

/// The storage of a `bytearray` object.
pub fn bytearray_cell(v: &Value) -> Option<&ByteArrayData> {
    match v.payload() {
        Some(Payload::ByteArray(cell)) => Some(cell),
        _ => None,
    }
}

/// Bytes up to this many live inside the bytes object itself, so most
/// bytes objects cost one allocation, not two. (With it `PyBytes` stays
/// within the size `Payload::Dict` already gives every object, checked
/// below.)
const INLINE_BYTES: usize = 86;

const _: () = assert!(std::mem::size_of::<PyBytes>() <= 88);

/// The immutable data of a `bytes` object; it derefs to the bytes.
pub enum PyBytes {
    /// The first `len` bytes of `bytes`.
    Inline {
        len: u8,
        bytes: [u8; INLINE_BYTES],
    },
    Heap(Box<[u8]>),
}

impl PyBytes {
    /// A copy of `data`.
    pub fn from_slice(data: &[u8]) -> PyBytes {
        match PyBytes::inline(data) {
            Some(inline) => inline,
            None => PyBytes::Heap(data.into()),
        }
    }

    /// `data` itself, or a copy inside the object when it is short.
    pub fn from_vec(data: Vec<u8>) -> PyBytes {
        match PyBytes::inline(&data) {
            Some(inline) => inline,
            None => PyBytes::Heap(data.into_boxed_slice()),
        }
    }

    fn inline(data: &[u8]) -> Option<PyBytes> {
        let len = u8::try_from(data.len())
            .ok()
            .filter(|_| data.len() <= INLINE_BYTES)?;
        let mut bytes = [0u8; INLINE_BYTES];
        bytes.get_mut(..data.len())?.copy_from_slice(data);
        Some(PyBytes::Inline { len, bytes })
    }
}

impl std::ops::Deref for PyBytes {
    type Target = [u8];

    #[inline]
    fn deref(&self) -> &[u8] {
        match self {
            PyBytes::Inline { len, bytes } => bytes.get(..usize::from(*len)).unwrap_or_default(),
            PyBytes::Heap(data) => data,
        }
    }
}

/// A new exact `bytes`.
pub fn new_bytes(vm: &Vm, data: Vec<u8>) -> Value {
    vm.new_object(
        vm.types.bytes.clone(),
        Payload::Bytes(PyBytes::from_vec(data)),
    )
}

/// A new exact `bytes` holding a copy of `data`. Short data is copied
/// straight into the new object: building the inline array on the stack
/// and moving it in made the processor wait on its own narrow stores
/// (store-forwarding stalls), most of the time of making a short bytes.
pub fn new_bytes_from(vm: &Vm, data: &[u8]) -> Value {
    let Some(len) = u8::try_from(data.len())
        .ok()
        .filter(|_| data.len() <= INLINE_BYTES)
    else {
        return new_bytes(vm, data.to_vec());
    };
    let mut object = Rc::new(Object {
        class: ClassSlot::new(Some(vm.types.bytes.clone())),
        extra: None,
        payload: Payload::Bytes(PyBytes::Inline {
            len: 0,
            bytes: [0; INLINE_BYTES],
        }),
    });
    if let Some(Object {
        payload: Payload::Bytes(PyBytes::Inline { len: stored, bytes }),
        ..
    }) = Rc::get_mut(&mut object)
    {
        if let Some(dest) = bytes.get_mut(..data.len()) {
            dest.copy_from_slice(data);
            *stored = len;
        }
    }
    Value::Obj(object)
}

/// A new exact `bytearray`.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    vm.new_object(
        vm.types.bytearray.clone(),
        Payload::ByteArray(ByteArrayData::new(data)),
    )
}

/// A new `bytearray` when `bytearray` is set, else a new `bytes`: the
/// result type of a method of either.
pub fn new_same(vm: &Vm, bytearray: bool, data: Vec<u8>) -> Value {
    if bytearray {
        new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
    }
}

/// Like [`new_same`], from a slice: a copy of `data`.
pub fn new_same_from(vm: &Vm, bytearray: bool, data: &[u8]) -> Value {
    if bytearray {
        new_bytearray(vm, data.to_vec())
    } else {
        new_bytes_from(vm, data)
    }
}

/// An int argument that must be a byte: "byte must be in range(0, 256)".
pub fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    checked_byte(vm, v, "byte")
}

/// `v.__index__()` as a byte, or ValueError "`what` must be in range(0,
/// 256)".
fn checked_byte(vm: &Vm, v: &Value, what: &str) -> PyResult<u8> {
    let n = match vm.index_object(v)? {
        Value::Int(i) => u8::try_from(i).ok(),
        other => as_bigint(&other).and_then(|b| num_traits::ToPrimitive::to_u8(b.as_ref())),
    };
    n.ok_or_else(|| vm.value_error(format!("{what} must be in range(0, 256)")))
}

/// The bytes of an iterable of ints, or `None` when `v` is not iterable;
/// an int out of range is a ValueError "`what` must be in range(0, 256)"
/// (CPython says "bytes" for `bytes()`, "byte" for `bytearray()`).
pub fn bytes_from_iterable(vm: &Vm, v: &Value, what: &str) -> PyResult<Option<Vec<u8>>> {
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(checked_byte(vm, &item, what)?);
    }
    Ok(Some(out))
}

/// `str(x)`, encoded for `bytes(x, encoding, errors)`.
fn encoded_source(
    vm: &Vm,
    source: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    what: &str,
) -> PyResult<Vec<u8>> {
    let text_arg = |name: &str, v: &Value| -> PyResult<String> {
        match v.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(vm.type_error(format!(
                "{what}() argument '{name}' must be str, not {}",
                clinic_type_name(vm, v)
            ))),
        }
    };
    let encoding = encoding.map(|e| text_arg("encoding", e)).transpose()?;
    let errors = errors.map(|e| text_arg("errors", e)).transpose()?;
    let Some((source, text)) = source.and_then(|s| Some((s, s.as_str()?))) else {
        let which = if encoding.is_some() {
            "encoding"
        } else {
            "errors"
        };
        return Err(vm.type_error(format!("{which} without a string argument")));
    };
    let Some(encoding) = encoding else {
        return Err(vm.type_error("string argument without an encoding".into()));
    };
    crate::types::bytes_codec::encode_text(vm, source, text.as_str(), &encoding, errors.as_deref())
}

/// A size argument: "negative count", "cannot fit 'int' into an
/// index-sized integer", MemoryError when absurdly large.
fn zeroed(vm: &Vm, count: &Value) -> PyResult<Vec<u8>> {
    let n = match vm.index_value(count) {
        Ok(n) => n,
        Err(e) if vm.err_matches(&e, &vm.exc.index_error) => {
            return Err(vm.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name_of(count)
            )))
        }
        Err(e) => return Err(e),
    };
    let n = usize::try_from(n).map_err(|_| vm.value_error("negative count".into()))?;
    if n > MAX_STR_BYTES {
        return Err(vm.memory_error());
    }
    let mut out = Vec::new();
    out.try_reserve_exact(n).map_err(|_| vm.memory_error())?;
    out.resize(n, 0);
    Ok(out)
}

/// The contents `bytes(source, encoding, errors)` (or `bytearray(...)`
/// when `what` says so) makes, in CPython's order of checks.
pub fn bytes_from_source(
    vm: &Vm,
    source: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    what: &str,
) -> PyResult<Vec<u8>> {
    if encoding.is_some() || errors.is_some() {
        return encoded_source(vm, source, encoding, errors, what);
    }
    let Some(source) = source else {
        return Ok(Vec::new());
    };
    if what == "bytes" {
        if let Some(v) = call_bytes_method(vm, source)? {
            return Ok(v);
        }
    }
    if source.as_str().is_some() {
        return Err(vm.type_error("string argument without an encoding".into()));
    }
    if has_index(vm, source) {
        return zeroed(vm, source);
    }
    if let Some(data) = buffer_contents(vm, source, false)? {
        return Ok(data.into_owned());
    }
    let item = if what == "bytes" { "bytes" } else { "byte" };
    bytes_from_iterable(vm, source, item)?.ok_or_else(|| {
        vm.type_error(format!(
            "cannot convert '{}' object to {what}",
            vm.type_name_of(source)
        ))
    })
}

/// `type(v).__bytes__(v)` when the class defines it (checked to return
/// bytes or a subclass of bytes, which is kept as it is), else `None`.
fn call_bytes_method_object(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let is_plain_bytes =
        bytes_data(v).is_some() && v.as_obj().is_some_and(crate::types::dict::is_builtin);
    if is_plain_bytes {
        return Ok(None);
    }
    let Some(r) = vm.call_dunder(v, Dunder::Bytes, &[])? else {
        return Ok(None);
    };
    if bytes_data(&r).is_none() {
        return Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            vm.type_name_of(&r)
        )));
    }
    Ok(Some(r))
}

/// The contents of what `type(v).__bytes__(v)` returns, else `None`.
fn call_bytes_method(vm: &Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    let r = call_bytes_method_object(vm, v)?;
    Ok(r.as_ref().and_then(bytes_data).map(|data| data.to_vec()))
}

/// `bytes(x)` for `x` of any type, as `int.from_bytes` and `%b` use it
/// (CPython's `PyObject_Bytes`): `__bytes__`, then a buffer, then an
/// iterable of ints; "cannot convert 'X' object to bytes" otherwise.
pub fn object_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = bytes_data(v) {
        return Ok(data.to_vec());
    }
    if let Some(data) = call_bytes_method(vm, v)? {
        return Ok(data);
    }
    if let Some(data) = buffer_contents(vm, v, false)? {
        return Ok(data.into_owned());
    }
    if v.as_str().is_none() {
        if let Some(data) = bytes_from_iterable(vm, v, "bytes")? {
            return Ok(data);
        }
    }
    Err(vm.type_error(format!(
        "cannot convert '{}' object to bytes",
        vm.type_name_of(v)
    )))
}

/// `int(b, base)` for a bytes-like `b` (`None` for other objects): the
/// ASCII text of the bytes parsed as `int(str)` does; the error shows the
/// bytes' repr ("invalid literal for int() with base 10: b'x'").
pub fn parse_int_literal(vm: &Vm, v: &Value, base: i64) -> Option<PyResult<Value>> {
    let data = match bytes_like(vm, v) {
        Ok(Some(data)) => data,
        Ok(None) => return None,
        Err(e) => return Some(Err(e)),
    };
    let text = std::str::from_utf8(&data).ok().filter(|t| t.is_ascii());
    let parsed = text.map(|t| crate::types::int::parse_int(vm, t, base));
    Some(match parsed {
        Some(Err(e)) if !invalid_literal(vm, &e) => Err(e),
        Some(Ok(n)) => Ok(n),
        _ => Err(vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::types::bytes_percent::bytes_repr_text(&data)
        ))),
    })
}

/// Whether `e` is int()'s "invalid literal" ValueError.
fn invalid_literal(vm: &Vm, e: &crate::error::PyErr) -> bool {
    vm.err_matches(e, &vm.exc.value_error)
        && vm
            .str_string(&e.value())
            .is_ok_and(|m| m.starts_with("invalid literal"))
}

/// `bytes.__new__(cls, source=..., encoding=..., errors=...)`.
fn bytes_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::sequence::new_class_arg(vm, &args, "bytes", &vm.types.bytes)?;
    let [source, encoding, errors] =
        bind_keywords(vm, &args, 1, "bytes", ["source", "encoding", "errors"])?;
    let exact = Rc::ptr_eq(&cls, &vm.types.bytes);
    if let (true, Some(source), None, None) = (exact, &source, &encoding, &errors) {
        // `bytes(x)` returns what `x.__bytes__()` gave, even a subclass.
        if let Some(r) = call_bytes_method_object(vm, source)? {
            return Ok(r);
        }
    }
    let data = bytes_from_source(
        vm,
        source.as_ref(),
        encoding.as_ref(),
        errors.as_ref(),
        "bytes",
    )?;
    if exact {
        Ok(new_bytes(vm, data))
    } else {
        Ok(vm.new_object(cls, Payload::Bytes(PyBytes::from_vec(data))))
    }
}

/// `bytearray.__new__(cls, ...)`: an empty bytearray; `__init__` fills it.
fn bytearray_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::sequence::new_class_arg(vm, &args, "bytearray", &vm.types.bytearray)?;
    Ok(vm.new_object(cls, Payload::ByteArray(ByteArrayData::new(Vec::new()))))
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`.
fn bytearray_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cell) = args.values.first().and_then(bytearray_cell) else {
        return Err(crate::types::sequence::wrong_receiver(
            vm,
            "bytearray",
            "__init__",
            args.values.first(),
            &[],
        ));
    };
    let [source, encoding, errors] =
        bind_keywords(vm, &args, 1, "bytearray", ["source", "encoding", "errors"])?;
    let data = bytes_from_source(
        vm,
        source.as_ref(),
        encoding.as_ref(),
        errors.as_ref(),
        "bytearray",
    )?;
    let old = cell.borrow().len();
    cell.check_resize(vm, old, 0)?;
    *cell.borrow_mut() = data;
    Ok(Value::None)
}

const BYTES_NEW: &[MethodDef] = &[MethodDef::static_("__new__", bytes_new)];

const BYTEARRAY_NEW: &[MethodDef] = &[
    MethodDef::static_("__new__", bytearray_new),
    MethodDef::method("__init__", bytearray_init),
];

/// The method tables of `bytes`, `bytearray` and their iterators.
pub fn method_tables(vm: &Vm) -> Vec<(&ObjRef, &'static [MethodDef])> {
    use crate::types::{
        bytearray, bytes_codec, bytes_methods, bytes_ops, bytes_percent, bytes_transform,
    };
    let t = &vm.types;
    vec![
        (&t.bytes, BYTES_NEW),
        (&t.bytes, bytes_ops::BYTES_METHODS),
        (&t.bytes, bytes_ops::BYTES_SHARED),
        (&t.bytes, bytes_methods::BYTES_METHODS),
        (&t.bytes, bytes_transform::BYTES_METHODS),
        (&t.bytes, bytes_codec::BYTES_METHODS),
        (&t.bytes, bytes_percent::BYTES_METHODS),
        (&t.bytearray, BYTEARRAY_NEW),
        (&t.bytearray, bytes_ops::BYTEARRAY_METHODS),
        (&t.bytearray, bytes_methods::BYTEARRAY_METHODS),
        (&t.bytearray, bytes_transform::BYTEARRAY_METHODS),
        (&t.bytearray, bytes_codec::BYTEARRAY_METHODS),
        (&t.bytearray, bytes_percent::BYTEARRAY_METHODS),
        (&t.bytearray, bytearray::METHODS),
        (&t.str, bytes_codec::STR_METHODS),
        (&t.bytes_iterator, crate::types::iterators::METHODS),
        (&t.bytearray_iterator, crate::types::iterators::METHODS),
        (
            &t.bytes_iterator,
            crate::types::iterators::LENGTH_HINT_METHODS,
        ),
        (
            &t.bytearray_iterator,
            crate::types::iterators::LENGTH_HINT_METHODS,
        ),
    ]
}
