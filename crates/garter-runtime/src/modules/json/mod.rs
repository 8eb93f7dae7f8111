//! `_json`: the native core of the embedded `json` package
//! (`pysrc/json/`): the encoder (`encode.rs`) and the scanner
//! (`scan.rs`), with CPython's output, messages and positions.

mod encode;
mod scan;
#[cfg(test)]
mod tests;

use crate::args::Args;
use crate::error::PyResult;
use crate::types::type_object::NativeFn;
use crate::value::Value;
use crate::Vm;

use scan::{char_index, skip_whitespace, ScanContext};

/// `_json.scan(s, idx, whole, strict, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant, error_class)`: the value
/// starting at character `idx` of `s` and the index after it. With
/// `whole`, whitespace around the value is skipped and anything after it
/// is "Extra data".
fn scan_text(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "scan", 10, 10)?;
    let Some(text) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name_of(&a[0])
        )));
    };
    let idx = vm.index_value(&a[1])?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative".into()));
    }
    let whole = vm.truthy(&a[2])?;
    let context = ScanContext {
        doc: &a[0],
        text: text.as_str(),
        strict: vm.truthy(&a[3])?,
        object_hook: a[4].clone(),
        object_pairs_hook: a[5].clone(),
        parse_float: a[6].clone(),
        parse_int: a[7].clone(),
        parse_constant: a[8].clone(),
        error_class: a[9].clone(),
    };
    let Some(mut start) = usize::try_from(idx).ok().and_then(|i| text.byte_offset(i)) else {
        let pos = Value::Int(idx);
        let msg = vm.new_str("Expecting value".into());
        let made = vm.call(&a[9], Args::positional(&[msg, a[0].clone(), pos]))?;
        return match made {
            Value::Obj(o) => Err(crate::error::PyErr::new(o)),
            _ => Err(vm.type_error("exceptions must derive from BaseException".into())),
        };
    };
    if whole {
        start = skip_whitespace(context.text, start);
    }
    let (value, mut end) = context.scan_value(vm, start)?;
    if whole {
        end = skip_whitespace(context.text, end);
        if end != context.text.len() {
            return Err(context.error(vm, "Extra data", end));
        }
    }
    let end = Value::Int(char_index(context.text, end) as i64);
    Ok(vm.new_tuple(vec![value, end]))
}

/// `_json.scanstring(s, end, strict, error_class)`: the string whose
/// body starts at character `end` and the index after its closing quote.
fn scan_string(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "scanstring", 4, 4)?;
    let Some(text) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name_of(&a[0])
        )));
    };
    let end = vm.index_value(&a[1])?;
    let Some(start) = usize::try_from(end).ok().and_then(|i| text.byte_offset(i)) else {
        return Err(vm.value_error("end is out of bounds".into()));
    };
    let context = ScanContext {
        doc: &a[0],
        text: text.as_str(),
        strict: vm.truthy(&a[2])?,
        object_hook: Value::None,
        object_pairs_hook: Value::None,
        parse_float: Value::None,
        parse_int: Value::None,
        parse_constant: Value::None,
        error_class: a[3].clone(),
    };
    let (s, after) = context.scan_string(vm, start)?;
    let after = Value::Int(char_index(context.text, after) as i64);
    Ok(vm.new_tuple(vec![vm.new_str(s), after]))
}

const SCAN_FUNCTIONS: &[(&str, NativeFn)] = &[("scan", scan_text), ("scanstring", scan_string)];

pub fn make(vm: &Vm) -> Value {
    let m = vm.new_module("_json");
    super::add_functions(vm, &m, encode::FUNCTIONS);
    super::add_functions(vm, &m, SCAN_FUNCTIONS);
    m
}
