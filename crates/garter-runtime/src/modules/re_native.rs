//! `_garter_sre`, the native half of the `re` module (`pysrc/re.py` is the
//! rest): `compile` parses and compiles a str pattern into an opaque code
//! object, `match` runs one search/match/fullmatch, and `scan` finds every
//! successive match (for `findall`, `finditer`, `sub` and `split`).
//! Results are plain tuples of character positions.

use super::re_compile::{compile, Program};
use super::re_engine::{run, Found, Mode};
use super::re_parse::parse;
use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// `compile(pattern, flags)`: `(code, groups, [(name, index)], flags)`,
/// or `(None, message, position)` for a bad pattern.
fn sre_compile(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "compile", 2, 2)?;
    let Some(pattern) = a.first().and_then(|p| p.as_str()) else {
        return Err(vm.type_error("first argument must be string or compiled pattern".into()));
    };
    let flags = vm.index_value(a.get(1).unwrap_or(&Value::Int(0)))?;
    let parsed = match parse(pattern.as_str(), flags as u32) {
        Ok(p) => p,
        Err(e) => {
            if e.recursion {
                return Err(vm.recursion_error(e.msg));
            }
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(vm.new_tuple(vec![Value::None, vm.new_str(e.msg), pos]));
        }
    };
    let program = compile(&parsed.node, parsed.groups);
    let code = Code {
        program,
        last_text: RefCell::new(None),
    };
    let code = vm.new_object(vm.types.object.clone(), Payload::Native(Box::new(code)));
    let names = parsed
        .names
        .into_iter()
        .map(|(name, index)| vm.new_tuple(vec![vm.new_str(name), Value::Int(index as i64)]))
        .collect();
    Ok(vm.new_tuple(vec![
        code,
        Value::Int(parsed.groups as i64),
        vm.new_list(names),
        Value::Int(i64::from(parsed.flags)),
    ]))
}

/// A compiled pattern, with the characters of the last string it ran
/// over: a loop calling `match(text, pos)` converts `text` only once.
struct Code {
    program: Program,
    last_text: RefCell<Option<(Value, Rc<[char]>)>>,
}

fn code_of<'a>(vm: &Vm, code: &'a Value) -> PyResult<&'a Code> {
    match code.payload() {
        Some(Payload::Native(n)) => n
            .downcast_ref::<Code>()
            .ok_or_else(|| vm.type_error("not a compiled pattern".into())),
        _ => Err(vm.type_error("not a compiled pattern".into())),
    }
}

/// The string argument as characters, and `pos`/`endpos` clamped as
/// CPython clamps them.
fn text_and_bounds(
    vm: &Vm,
    code: &Code,
    string: &Value,
    pos: &Value,
    endpos: &Value,
) -> PyResult<(Rc<[char]>, usize, usize)> {
    let Some(s) = string.as_str() else {
        let name = vm.type_name_of(string);
        return Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{name}'"
        )));
    };
    let cached = match (code.last_text.borrow().as_ref(), string.as_obj()) {
        (Some((Value::Obj(last), chars)), Some(obj)) if Rc::ptr_eq(last, obj) => {
            Some(chars.clone())
        }
        _ => None,
    };
    let text = match cached {
        Some(chars) => chars,
        None => {
            let chars: Rc<[char]> = s.as_str().chars().collect();
            *code.last_text.borrow_mut() = Some((string.clone(), chars.clone()));
            chars
        }
    };
    let len = text.len() as i64;
    let clamp = |v: i64| v.clamp(0, len) as usize;
    let start = clamp(vm.index_value(pos)?);
    let end = if matches!(endpos, Value::None) {
        text.len()
    } else {
        clamp(vm.index_value(endpos)?)
    };
    Ok((text, start, end))
}

fn found_tuple(vm: &Vm, found: &Found) -> Value {
    let mut items: Vec<Value> = found
        .slots
        .iter()
        .map(|s| s.map_or(Value::Int(-1), |p| Value::Int(p as i64)))
        .collect();
    items.push(
        found
            .lastindex
            .map_or(Value::None, |i| Value::Int(i as i64)),
    );
    vm.new_tuple(items)
}

/// `match(code, string, pos, endpos, mode)`: mode 0 search, 1 match,
/// 2 fullmatch; None or `(start0, end0, start1, end1, ..., lastindex)`.
fn sre_match(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "match", 5, 5)?;
    let (Some(code), Some(string), Some(pos), Some(endpos), Some(mode)) =
        (a.first(), a.get(1), a.get(2), a.get(3), a.get(4))
    else {
        return Err(vm.type_error("match() takes 5 arguments".into()));
    };
    let code = code_of(vm, code)?;
    let program = &code.program;
    let (text, start, end) = text_and_bounds(vm, code, string, pos, endpos)?;
    let mode = match vm.index_value(mode)? {
        0 => Mode::Search,
        1 => Mode::Match,
        _ => Mode::FullMatch,
    };
    Ok(match run(program, &text, start, end, mode, false) {
        Some(found) => found_tuple(vm, &found),
        None => Value::None,
    })
}

/// `scan(code, string, pos, endpos, limit)`: every successive match as
/// `match` reports them, at most `limit` of them (0: no limit).
fn sre_scan(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "scan", 5, 5)?;
    let (Some(code), Some(string), Some(pos), Some(endpos), Some(limit)) =
        (a.first(), a.get(1), a.get(2), a.get(3), a.get(4))
    else {
        return Err(vm.type_error("scan() takes 5 arguments".into()));
    };
    let code = code_of(vm, code)?;
    let program = &code.program;
    let (text, mut start, end) = text_and_bounds(vm, code, string, pos, endpos)?;
    let limit = vm.index_value(limit)?.max(0) as usize;
    let mut out = Vec::new();
    let mut must_advance = false;
    while start <= end && (limit == 0 || out.len() < limit) {
        let Some(found) = run(program, &text, start, end, Mode::Search, must_advance) else {
            break;
        };
        let (s, e) = match (found.slots.first(), found.slots.get(1)) {
            (Some(Some(s)), Some(Some(e))) => (*s, *e),
            _ => break,
        };
        out.push(found_tuple(vm, &found));
        must_advance = s == e;
        start = e;
    }
    Ok(vm.new_list(out))
}

/// Makes the `_garter_sre` module.
pub fn make(vm: &Vm) -> Value {
    let m = vm.new_module("_garter_sre");
    super::add_functions(
        vm,
        &m,
        &[
            ("compile", sre_compile),
            ("match", sre_match),
            ("scan", sre_scan),
        ],
    );
    m
}
