//! The searching and splitting methods `bytes` and `bytearray` share:
//! `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`,
//! `replace`, `split`, `rsplit`, `splitlines`, `partition`,
//! `rpartition` and `join`. Results have the receiver's type.

use crate::args::Args;
use crate::error::PyResult;
use crate::types::bytes::{bytes_like, bytes_like_arg, new_same, new_same_from};
use crate::types::bytes_args::{clinic, needle, one_arg, receiver, varargs};
use crate::types::bytes_text as text;
use crate::types::str_args::{bind_keywords, slice_bound, ssize, text_error};
use crate::types::tuple::tuple_items;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// The optional `start` and `end` of a search method.
fn bounds(vm: &Vm, rest: &[Value]) -> PyResult<(Option<i64>, Option<i64>)> {
    Ok((slice_bound(vm, rest.get(1))?, slice_bound(vm, rest.get(2))?))
}

/// `find`, `rfind`, `index` and `rindex`.
fn find_method<const BA: bool>(
    vm: &Vm,
    args: &Args,
    name: &str,
    reverse: bool,
    raise: bool,
) -> PyResult<Value> {
    let (this, rest) = varargs::<BA>(vm, args, name, 1, 3)?;
    let sub = needle(vm, &rest[0])?;
    let (start, end) = bounds(vm, rest)?;
    let found = if reverse {
        text::rfind(&this.data(), &sub, start, end)
    } else {
        text::find(&this.data(), &sub, start, end)
    };
    match found {
        Some(at) => Ok(Value::Int(at as i64)),
        None if raise => Err(vm.value_error("subsection not found".into())),
        None => Ok(Value::Int(-1)),
    }
}

fn find<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    find_method::<BA>(vm, &args, "find", false, false)
}

fn rfind<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    find_method::<BA>(vm, &args, "rfind", true, false)
}

fn index<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    find_method::<BA>(vm, &args, "index", false, true)
}

fn rindex<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    find_method::<BA>(vm, &args, "rindex", true, true)
}

fn count<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = varargs::<BA>(vm, &args, "count", 1, 3)?;
    let sub = needle(vm, &rest[0])?;
    let (start, end) = bounds(vm, rest)?;
    Ok(Value::Int(
        text::count(&this.data(), &sub, start, end) as i64
    ))
}

/// `startswith` and `endswith`, with a tuple of candidates.
fn affix_method<const BA: bool>(vm: &Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (this, rest) = varargs::<BA>(vm, args, name, 1, 3)?;
    let (start, end) = bounds(vm, rest)?;
    let data = this.data();
    let test = |affix: &[u8]| {
        if suffix {
            text::endswith(&data, affix, start, end)
        } else {
            text::startswith(&data, affix, start, end)
        }
    };
    if let Some(items) = tuple_items(&rest[0]) {
        for item in items {
            if test(&bytes_like_arg(vm, item)?) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    if let Some(e) = crate::buffer::simple_request_error(vm, &rest[0]) {
        return Err(e);
    }
    match bytes_like(vm, &rest[0])? {
        Some(affix) => Ok(Value::Bool(test(&affix))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name_of(&rest[0])
        ))),
    }
}

fn startswith<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_method::<BA>(vm, &args, "startswith", false)
}

fn endswith<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_method::<BA>(vm, &args, "endswith", true)
}

fn replace<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = clinic::<BA>(vm, &args, "replace", 2, 3)?;
    let old = bytes_like_arg(vm, &rest[0])?;
    let new = bytes_like_arg(vm, &rest[1])?;
    let limit = match rest.get(2) {
        Some(n) => ssize(vm, n)?,
        None => -1,
    };
    let data = this.data();
    let matches = if old.is_empty() {
        data.len() + 1
    } else {
        text::count(&data, &old, None, None)
    };
    let grown = matches.saturating_mul(new.len());
    crate::types::str_args::check_size(vm, data.len().saturating_add(grown))?;
    Ok(new_same(vm, BA, text::replace(&data, &old, &new, limit)))
}

/// A list of parts, each of the receiver's type.
fn part_list(vm: &Vm, bytearray: bool, parts: Vec<&[u8]>) -> Value {
    let items = parts
        .into_iter()
        .map(|p| new_same_from(vm, bytearray, p))
        .collect();
    vm.new_list(items)
}

/// `split` and `rsplit`.
fn split_method<const BA: bool>(
    vm: &Vm,
    args: &Args,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let this = receiver::<BA>(vm, args, name)?;
    let [sep, maxsplit] = bind_keywords(vm, args, 1, name, ["sep", "maxsplit"])?;
    let sep = match sep.as_ref().filter(|s| !s.is_none()) {
        Some(s) => Some(bytes_like_arg(vm, s)?.into_owned()),
        None => None,
    };
    let maxsplit = match &maxsplit {
        Some(n) => ssize(vm, n)?,
        None => -1,
    };
    let data = this.data();
    let parts = if reverse {
        text::rsplit(&data, sep.as_deref(), maxsplit)
    } else {
        text::split(&data, sep.as_deref(), maxsplit)
    }
    .map_err(|e| text_error(vm, e))?;
    Ok(part_list(vm, BA, parts))
}

fn split<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    split_method::<BA>(vm, &args, "split", false)
}

fn rsplit<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    split_method::<BA>(vm, &args, "rsplit", true)
}

fn splitlines<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver::<BA>(vm, &args, "splitlines")?;
    let [keepends] = bind_keywords(vm, &args, 1, "splitlines", ["keepends"])?;
    let keepends = match &keepends {
        Some(k) => vm.index_value(k)? != 0,
        None => false,
    };
    Ok(part_list(vm, BA, text::splitlines(&this.data(), keepends)))
}

/// `partition` and `rpartition`.
fn partition_method<const BA: bool>(
    vm: &Vm,
    args: &Args,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let (this, sep_obj) = one_arg::<BA>(vm, args, name)?;
    // bytearray copies its separator out of any buffer layout.
    let full = if BA {
        crate::types::bytes::buffer_contents(vm, sep_obj, false)?
    } else {
        None
    };
    let sep = match full {
        Some(sep) => sep,
        None => bytes_like_arg(vm, sep_obj)?,
    };
    let data: &[u8] = &this.data();
    let found = text::partition(data, &sep, reverse).map_err(|e| text_error(vm, e))?;
    let parts: [&[u8]; 3] = match found {
        Some((before, after)) => [before, &sep, after],
        None if reverse => [b"", b"", data],
        None => [data, b"", b""],
    };
    let mut items: Vec<Value> = parts.iter().map(|p| new_same_from(vm, BA, p)).collect();
    // bytes.partition hands back the separator object it was given.
    if let (false, Some(_), Some(slot)) = (BA, found, items.get_mut(1)) {
        *slot = sep_obj.clone();
    }
    Ok(vm.new_tuple(items))
}

fn partition<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_method::<BA>(vm, &args, "partition", false)
}

fn rpartition<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_method::<BA>(vm, &args, "rpartition", true)
}

fn join<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, iterable) = one_arg::<BA>(vm, &args, "join")?;
    let it = match vm.iter(iterable) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error("can only join an iterable".into()))
        }
        Err(e) => return Err(e),
    };
    let separator = this.data();
    let mut out = Vec::new();
    let mut index = 0;
    while let Some(item) = vm.next(&it)? {
        let Some(part) = bytes_like(vm, &item)? else {
            return Err(vm.type_error(format!(
                "sequence item {index}: expected a bytes-like object, {} found",
                vm.type_name_of(&item)
            )));
        };
        if index > 0 {
            out.extend_from_slice(&separator);
        }
        out.extend_from_slice(&part);
        crate::types::str_args::check_size(vm, out.len())?;
        index += 1;
    }
    Ok(new_same(vm, BA, out))
}

macro_rules! search_methods {
    ($ba:literal) => {
        &[
            MethodDef::method("find", find::<$ba>),
            MethodDef::method("rfind", rfind::<$ba>),
            MethodDef::method("index", index::<$ba>),
            MethodDef::method("rindex", rindex::<$ba>),
            MethodDef::method("count", count::<$ba>),
            MethodDef::method("startswith", startswith::<$ba>),
            MethodDef::method("endswith", endswith::<$ba>),
            MethodDef::method("replace", replace::<$ba>),
            MethodDef::method("split", split::<$ba>),
            MethodDef::method("rsplit", rsplit::<$ba>),
            MethodDef::method("splitlines", splitlines::<$ba>),
            MethodDef::method("partition", partition::<$ba>),
            MethodDef::method("rpartition", rpartition::<$ba>),
            MethodDef::method("join", join::<$ba>),
        ]
    };
}

pub const BYTES_METHODS: &[MethodDef] = search_methods!(false);

pub const BYTEARRAY_METHODS: &[MethodDef] = search_methods!(true);
