//! The named methods of `array.array`: `append extend insert pop remove
//! index count reverse byteswap buffer_info tobytes frombytes tolist
//! fromlist tounicode fromunicode __copy__`. Every size change is
//! refused while the array exports its buffer.

use crate::args::Args;
use crate::error::PyResult;
use crate::modules::array::{as_array, item_eq, items, new_array, pack_all, this, ArrayData};
use crate::object::Payload;
use crate::types::list::clamp_bound;
use crate::types::sequence::method_args;
use crate::types::str_args::ssize;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn args_of<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a ArrayData, &'a [Value])> {
    let a = this(vm, args, name)?;
    let pos = method_args(vm, args, "array", name, min, max)?;
    Ok((a, pos.get(1..).unwrap_or_default()))
}

/// Appends already-packed bytes, refusing while exported.
fn push_bytes(vm: &Vm, a: &ArrayData, bytes: &[u8]) -> PyResult<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    let new_len = a.data.borrow().len() + bytes.len();
    a.check_resize(vm, new_len)?;
    a.data.borrow_mut().extend_from_slice(bytes);
    Ok(())
}

fn append(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "append", 1, 1)?;
    let packed = items::pack(vm, a.code, &rest[0])?;
    push_bytes(vm, a, &packed)?;
    Ok(Value::None)
}

/// `a.extend(iterable)` and `a += array` for a same-typecode array.
pub fn extend_with(vm: &Vm, a: &ArrayData, iterable: &Value) -> PyResult<()> {
    if let Some(other) = as_array(iterable) {
        if other.code != a.code {
            return Err(vm.type_error("can only extend with array of same kind".into()));
        }
        let data = other.data.borrow().clone();
        return push_bytes(vm, a, &data);
    }
    let it = vm.iter(iterable)?;
    while let Some(item) = vm.next(&it)? {
        let packed = items::pack(vm, a.code, &item)?;
        push_bytes(vm, a, &packed)?;
    }
    Ok(())
}

fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "extend", 1, 1)?;
    extend_with(vm, a, &rest[0])?;
    Ok(Value::None)
}

fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "insert", 2, 2)?;
    let index = ssize(vm, &rest[0])?;
    let packed = items::pack(vm, a.code, &rest[1])?;
    let len = a.item_count() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    } as usize;
    a.check_resize(vm, a.data.borrow().len() + packed.len())?;
    let size = a.code.itemsize();
    let mut data = a.data.borrow_mut();
    let at = (at * size).min(data.len());
    data.splice(at..at, packed);
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "pop", 0, 1)?;
    let index = match rest.first() {
        Some(i) => ssize(vm, i)?,
        None => -1,
    };
    let len = a.item_count();
    if len == 0 {
        return Err(vm.index_error("pop from empty array".into()));
    }
    let i = if index < 0 { index + len as i64 } else { index };
    if i < 0 || i >= len as i64 {
        return Err(vm.index_error("pop index out of range".into()));
    }
    let i = i as usize;
    let value = a.item(vm, i)?;
    let size = a.code.itemsize();
    a.check_resize(vm, (len - 1) * size)?;
    a.data.borrow_mut().drain(i * size..(i + 1) * size);
    Ok(value)
}

/// The position of the first item equal to `x` in `start..stop`.
fn find(vm: &Vm, a: &ArrayData, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let values = a.values(vm)?;
    for (i, v) in values.iter().enumerate().take(stop).skip(start) {
        if item_eq(vm, v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "remove", 1, 1)?;
    let Some(i) = find(vm, a, &rest[0], 0, usize::MAX)? else {
        return Err(vm.value_error("array.remove(x): x not in array".into()));
    };
    let size = a.code.itemsize();
    a.check_resize(vm, a.data.borrow().len().saturating_sub(size))?;
    let mut data = a.data.borrow_mut();
    if (i + 1) * size <= data.len() {
        data.drain(i * size..(i + 1) * size);
    }
    Ok(Value::None)
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "index", 1, 3)?;
    let len = a.item_count();
    let start = clamp_bound(vm, rest.get(1), len, 0)?;
    let stop = clamp_bound(vm, rest.get(2), len, len)?;
    match find(vm, a, &rest[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array".into())),
    }
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "count", 1, 1)?;
    let mut n = 0;
    for v in a.values(vm)? {
        if item_eq(vm, &v, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_of(vm, &args, "reverse", 0, 0)?;
    let size = a.code.itemsize();
    let mut data = a.data.borrow_mut();
    let reversed: Vec<u8> = data.chunks_exact(size).rev().flatten().copied().collect();
    *data = reversed;
    Ok(Value::None)
}

fn byteswap(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_of(vm, &args, "byteswap", 0, 0)?;
    let size = a.code.itemsize();
    for chunk in a.data.borrow_mut().chunks_exact_mut(size) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn buffer_info(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_of(vm, &args, "buffer_info", 0, 0)?;
    let address = a.data.borrow().as_ptr() as usize as i64;
    Ok(vm.new_tuple(vec![Value::Int(address), Value::Int(a.item_count() as i64)]))
}

fn tobytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_of(vm, &args, "tobytes", 0, 0)?;
    let data = a.data.borrow().clone();
    Ok(crate::types::bytes::new_bytes(vm, data))
}

fn frombytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "frombytes", 1, 1)?;
    let wide_items = match rest[0].payload() {
        Some(Payload::Array(other)) => other.code.itemsize() != 1,
        Some(Payload::MemoryView(m)) => m.layout.itemsize != 1,
        _ => false,
    };
    if wide_items {
        return Err(vm.type_error("a bytes-like object is required".into()));
    }
    let data = crate::types::bytes::bytes_like_arg(vm, &rest[0])?.into_owned();
    if data.len() % a.code.itemsize() != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size".into()));
    }
    push_bytes(vm, a, &data)?;
    Ok(Value::None)
}

fn tolist(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_of(vm, &args, "tolist", 0, 0)?;
    Ok(vm.new_list(a.values(vm)?))
}

fn fromlist(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "fromlist", 1, 1)?;
    let Some(Payload::List(items)) = rest[0].payload() else {
        return Err(vm.type_error("arg must be list".into()));
    };
    let items = items.borrow().clone();
    if !items.is_empty() && a.exports.get() > 0 {
        return Err(crate::modules::array::resize_error(vm));
    }
    let packed = pack_all(vm, a.code, &items)?;
    push_bytes(vm, a, &packed)?;
    Ok(Value::None)
}

fn tounicode(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_of(vm, &args, "tounicode", 0, 0)?;
    if !a.code.is_unicode() {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays".into()));
    }
    let mut text = String::new();
    for v in a.values(vm)? {
        if let Some(s) = v.as_str() {
            text.push_str(s.as_str());
        }
    }
    Ok(vm.new_str(text))
}

fn fromunicode(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_of(vm, &args, "fromunicode", 1, 1)?;
    let Some(text) = rest[0].as_str() else {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name_of(&rest[0])
        )));
    };
    if !a.code.is_unicode() {
        return Err(
            vm.value_error("fromunicode() may only be called on unicode type arrays".into())
        );
    }
    let data: Vec<u8> = text
        .as_str()
        .chars()
        .flat_map(|c| crate::text::surrogates::code_point(c).to_ne_bytes())
        .collect();
    push_bytes(vm, a, &data)?;
    Ok(Value::None)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__copy__")?;
    let data = a.data.borrow().clone();
    Ok(new_array(vm, a.code, data))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("append", append),
    MethodDef::method("extend", extend),
    MethodDef::method("insert", insert),
    MethodDef::method("pop", pop),
    MethodDef::method("remove", remove),
    MethodDef::method("index", index),
    MethodDef::method("count", count),
    MethodDef::method("reverse", reverse),
    MethodDef::method("byteswap", byteswap),
    MethodDef::method("buffer_info", buffer_info),
    MethodDef::method("tobytes", tobytes),
    MethodDef::method("frombytes", frombytes),
    MethodDef::method("tolist", tolist),
    MethodDef::method("fromlist", fromlist),
    MethodDef::method("tounicode", tounicode),
    MethodDef::method("fromunicode", fromunicode),
    MethodDef::method("__copy__", copy),
    MethodDef::method("__deepcopy__", copy),
];
