//! The `array` module: `array.array` (alias `ArrayType`) and
//! `typecodes`.
//!
//! An array stores its items as raw native-endian bytes
//! (`ArrayData::data`), so it exports them through the buffer protocol
//! as they are (`buffer/mod.rs`); `items.rs` converts one item between
//! bytes and a value. This file holds the data, construction and
//! `repr`; `sequence.rs` indexing and assignment; `methods.rs` the named
//! methods; `ops.rs` `+`, `*`, comparisons and `in`.

pub mod items;
mod methods;
mod ops;
mod sequence;

use std::cell::RefCell;

use crate::args::Args;
use crate::buffer::ExportCount;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::sequence::wrong_receiver;
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

use items::TypeCode;

/// The data of an `array.array`.
pub struct ArrayData {
    pub code: TypeCode,
    /// The items' bytes, `code.itemsize()` each.
    pub data: RefCell<Vec<u8>>,
    /// Live buffer exports; the array cannot be resized while any exist.
    pub exports: ExportCount,
}

impl ArrayData {
    /// The number of items.
    pub fn item_count(&self) -> usize {
        self.data.borrow().len() / self.code.itemsize()
    }

    /// Every item's value (the bytes are copied out first).
    pub fn values(&self, vm: &Vm) -> PyResult<Vec<Value>> {
        let data = self.data.borrow().clone();
        data.chunks_exact(self.code.itemsize())
            .map(|c| items::unpack(vm, self.code, c))
            .collect()
    }

    /// The value of item `i` (in range).
    pub fn item(&self, vm: &Vm, i: usize) -> PyResult<Value> {
        let size = self.code.itemsize();
        let bytes = self
            .data
            .borrow()
            .get(i * size..(i + 1) * size)
            .unwrap_or_default()
            .to_vec();
        items::unpack(vm, self.code, &bytes)
    }

    /// BufferError when the array is exported and would change size.
    pub fn check_resize(&self, vm: &Vm, new_len: usize) -> PyResult<()> {
        if self.exports.get() > 0 && new_len != self.data.borrow().len() {
            return Err(resize_error(vm));
        }
        Ok(())
    }
}

/// `x == y` for an item read out of an array: floats compare by value
/// (a fresh float each read, so a NaN never equals itself).
pub fn item_eq(vm: &Vm, x: &Value, y: &Value) -> PyResult<bool> {
    match (x, y) {
        (Value::Float(p), Value::Float(q)) => Ok(p == q),
        _ => vm.eq(x, y),
    }
}

/// "cannot resize an array that is exporting buffers".
pub fn resize_error(vm: &Vm) -> crate::error::PyErr {
    vm.new_error(
        &vm.exc.buffer_error,
        "cannot resize an array that is exporting buffers".into(),
    )
}

/// The bytes of `values` stored as items of `code`.
pub fn pack_all(vm: &Vm, code: TypeCode, values: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(values.len() * code.itemsize());
    for v in values {
        out.extend(items::pack(vm, code, v)?);
    }
    Ok(out)
}

/// The data of an array value.
pub fn as_array(v: &Value) -> Option<&ArrayData> {
    match v.payload() {
        Some(Payload::Array(a)) => Some(a),
        _ => None,
    }
}

/// `self` of an array method.
pub fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ArrayData> {
    let first = args.values.first();
    first
        .and_then(as_array)
        .ok_or_else(|| wrong_receiver(vm, "array.array", name, first, &[]))
}

/// A new array of class `cls`.
pub fn new_array_of(vm: &Vm, cls: ObjRef, code: TypeCode, data: Vec<u8>) -> Value {
    vm.new_object(
        cls,
        Payload::Array(Box::new(ArrayData {
            code,
            data: RefCell::new(data),
            exports: ExportCount::default(),
        })),
    )
}

/// A new exact `array.array`.
pub fn new_array(vm: &Vm, code: TypeCode, data: Vec<u8>) -> Value {
    new_array_of(vm, vm.types.array.clone(), code, data)
}

/// The bytes of the items an iterable yields.
fn iterated(vm: &Vm, code: TypeCode, iterable: &Value) -> PyResult<Vec<u8>> {
    let it = vm.iter(iterable)?;
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.extend(items::pack(vm, code, &item)?);
    }
    Ok(out)
}

/// The bytes `array(code, initial)` starts with, in CPython's order of
/// checks.
fn initial_bytes(vm: &Vm, code: char, initial: &Value) -> PyResult<Vec<u8>> {
    let other = as_array(initial);
    if code != 'u' {
        if initial.as_str().is_some() {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{code}'"
            )));
        }
        if other.is_some_and(|a| a.code.is_unicode()) {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{code}'"
            )));
        }
    }
    let direct = matches!(
        initial.payload(),
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_))
    ) || (code == 'u' && initial.as_str().is_some())
        || other.is_some_and(|a| a.code.char() == code);
    let iterator = if direct {
        None
    } else {
        Some(vm.iter(initial)?)
    };
    let Some(code) = TypeCode::parse(code) else {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)".into())
        );
    };
    if let Some(it) = iterator {
        return iterated(vm, code, &it);
    }
    match initial.payload() {
        Some(Payload::List(items)) => {
            let items = items.borrow().clone();
            pack_all(vm, code, &items)
        }
        Some(Payload::Tuple(items)) => pack_all(vm, code, items),
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let data = crate::types::bytes::bytes_like_arg(vm, initial)?.into_owned();
            if data.len() % code.itemsize() != 0 {
                return Err(vm.value_error("bytes length not a multiple of item size".into()));
            }
            Ok(data)
        }
        _ => match (initial.as_str(), other) {
            (Some(s), _) => Ok(s
                .as_str()
                .chars()
                .flat_map(|c| crate::text::surrogates::code_point(c).to_ne_bytes())
                .collect()),
            (None, Some(a)) => Ok(a.data.borrow().clone()),
            (None, None) => Ok(Vec::new()),
        },
    }
}

fn array_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::sequence::new_class_arg(vm, &args, "array", &vm.types.array)?;
    if args.has_keywords() && std::rc::Rc::ptr_eq(&cls, &vm.types.array) {
        return Err(vm.type_error("array.array() takes no keyword arguments".into()));
    }
    let pos = args.pos().get(1..).unwrap_or_default();
    match pos.len() {
        0 => return Err(vm.type_error("array() takes at least 1 argument (0 given)".into())),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("array() takes at most 2 arguments ({n} given)"))),
    }
    let code = pos[0].as_str().and_then(|s| {
        let mut chars = s.as_str().chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    });
    let Some(code) = code else {
        return Err(vm.type_error(format!(
            "array() argument 1 must be a unicode character, not {}",
            if pos[0].as_str().is_some() {
                "str".to_string()
            } else {
                vm.type_name_of(&pos[0])
            }
        )));
    };
    let data = match pos.get(1) {
        Some(initial) => initial_bytes(vm, code, initial)?,
        None => Vec::new(),
    };
    let Some(code) = TypeCode::parse(code) else {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)".into())
        );
    };
    Ok(new_array_of(vm, cls, code, data))
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__repr__")?;
    let name = crate::types::type_object::type_name(vm.class_of(&args.values[0]));
    let name = name.rsplit('.').next().unwrap_or_default().to_string();
    let code = a.code.char();
    if a.item_count() == 0 {
        return Ok(vm.new_str(format!("{name}('{code}')")));
    }
    let _guard = vm.enter(" while getting the repr of an object")?;
    let body = if a.code.is_unicode() {
        let text: String = a
            .values(vm)?
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
            .collect();
        vm.repr_string(&vm.new_str(text))?
    } else {
        vm.repr_string(&vm.new_list(a.values(vm)?))?
    };
    Ok(vm.new_str(format!("{name}('{code}', {body})")))
}

fn get_typecode(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = as_array(v).ok_or_else(|| vm.type_error("descriptor requires an array".into()))?;
    Ok(vm.new_str(a.code.char().to_string()))
}

fn get_itemsize(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = as_array(v).ok_or_else(|| vm.type_error("descriptor requires an array".into()))?;
    Ok(Value::Int(a.code.itemsize() as i64))
}

const NEW: &[MethodDef] = &[
    MethodDef::static_("__new__", array_new),
    MethodDef::method("__repr__", repr),
];

const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "typecode",
        get: get_typecode,
        set: None,
    },
    GetSetDef {
        name: "itemsize",
        get: get_itemsize,
        set: None,
    },
];

/// The methods of `array.arrayiterator`, for `vm/bootstrap.rs`.
pub const ITERATOR_METHODS: &[MethodDef] = sequence::ITERATOR_METHODS;

/// The method tables of `array.array`, for `vm/bootstrap.rs`.
pub fn method_tables() -> Vec<(&'static [MethodDef], &'static [GetSetDef])> {
    vec![
        (NEW, GETSETS),
        (sequence::METHODS, &[]),
        (methods::METHODS, &[]),
        (ops::METHODS, &[]),
    ]
}

/// Makes the `array` module.
pub fn make(vm: &Vm) -> Value {
    let module = vm.new_module("array");
    let cls = vm.types.array.clone();
    if let Some(t) = cls.as_type() {
        *t.qualname.borrow_mut() = "array".into();
        t.namespace_mut()
            .set_str(vm.intern("__module__"), vm.intern("array"));
    }
    vm.module_set(&module, "array", Value::Obj(cls.clone()));
    vm.module_set(&module, "ArrayType", Value::Obj(cls));
    vm.module_set(&module, "typecodes", vm.new_str(items::TYPECODES.into()));
    module
}
