//! SyntaxError (`msg`, `filename`, `lineno`, `offset`, `text`,
//! `end_lineno`, `end_offset`) and the Unicode errors (`encoding`,
//! `object`, `start`, `end`, `reason`): their constructors, attributes
//! and `str`.

use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::exception::{exc_method_self, no_keywords_for, ExceptionData};
use crate::types::exception_kinds::{field, read_field, settle_fields, write_field};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// Derives the fields of a runtime-made SyntaxError or Unicode error from
/// its `args`; false if `cls` is neither.
pub fn settle(vm: &Vm, cls: &ObjRef, e: &ExceptionData, items: &[Value]) -> bool {
    let x = &vm.exc;
    if Rc::ptr_eq(cls, &x.syntax_error) {
        let _ = syntax_fill(vm, e, items);
        true
    } else if Rc::ptr_eq(cls, &x.unicode_encode_error) {
        let _ = unicode_fill(vm, e, items, UnicodeKind::Encode);
        true
    } else if Rc::ptr_eq(cls, &x.unicode_decode_error) {
        let _ = unicode_fill(vm, e, items, UnicodeKind::Decode);
        true
    } else if Rc::ptr_eq(cls, &x.unicode_translate_error) {
        let _ = unicode_fill(vm, e, items, UnicodeKind::Translate);
        true
    } else {
        false
    }
}

/// The exception data and positional arguments of an `__init__` call,
/// after BaseException's checks.
fn init_parts<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
) -> PyResult<(&'a ExceptionData, &'a [Value])> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '__init__' of '{owner}' object needs an argument"
        )));
    };
    let e = exc_method_self(vm, this, "__init__", owner)?;
    no_keywords_for(vm, args, this)?;
    *e.args.borrow_mut() = vm.new_tuple(pos[1..].to_vec());
    Ok((e, &pos[1..]))
}

// ---- SyntaxError ----

const SYNTAX_FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

fn syntax_fill(vm: &Vm, e: &ExceptionData, items: &[Value]) -> PyResult<()> {
    if let Some(msg) = items.first() {
        e.set_field("msg", Some(msg.clone()));
    }
    if items.len() == 2 {
        let info = vm.collect(&items[1])?;
        if info.len() < 4 {
            return Err(vm.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(vm.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        for (name, value) in SYNTAX_FIELDS.iter().zip(info) {
            e.set_field(name, Some(value));
        }
    }
    Ok(())
}

fn syntax_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (e, items) = init_parts(vm, &args, "SyntaxError")?;
    syntax_fill(vm, e, items)?;
    Ok(Value::None)
}

fn is_exact_int(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                && o.class.get().is_some_and(|c| Rc::ptr_eq(c, &vm.types.int))
        }
        _ => false,
    }
}

fn syntax_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    let e = exc_method_self(vm, &a[0], "__str__", "SyntaxError")?;
    settle_fields(vm, &a[0]);
    let msg = vm.str_string(&e.field("msg").unwrap_or(Value::None))?;
    let filename = e.field("filename").and_then(|f| {
        f.as_str().map(|s| {
            let s = s.as_str();
            s.rsplit('/').next().unwrap_or(s).to_string()
        })
    });
    let lineno = e.field("lineno").filter(|l| is_exact_int(vm, l));
    let lineno = match lineno {
        Some(l) => Some(vm.str_string(&l)?),
        None => None,
    };
    Ok(vm.new_str(match (filename, lineno) {
        (None, None) => msg,
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
    }))
}

fn get_msg(vm: &Vm, v: &Value) -> PyResult<Value> {
    read_field(vm, v, "msg")
}

fn set_msg(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    write_field(vm, v, "msg", new)
}

/// Getter and setter functions for the fields of this file's classes.
macro_rules! accessors {
    ($($name:literal => $get:ident, $set:ident;)*) => {
        $(
            fn $get(vm: &Vm, v: &Value) -> PyResult<Value> {
                read_field(vm, v, $name)
            }

            fn $set(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
                write_field(vm, v, $name, new)
            }
        )*
    };
}

accessors! {
    "filename" => get_filename, set_filename;
    "lineno" => get_lineno, set_lineno;
    "offset" => get_offset, set_offset;
    "text" => get_text, set_text;
    "end_lineno" => get_end_lineno, set_end_lineno;
    "end_offset" => get_end_offset, set_end_offset;
    "print_file_and_line" => get_print_file_and_line, set_print_file_and_line;
    "encoding" => get_encoding, set_encoding;
    "object" => get_object, set_object;
    "start" => get_start, set_start;
    "end" => get_end, set_end;
    "reason" => get_reason, set_reason;
}

pub const SYNTAX_ERROR_METHODS: &[MethodDef] = &[
    MethodDef::method("__init__", syntax_init),
    MethodDef::method("__str__", syntax_str),
];

pub const SYNTAX_ERROR_GETSETS: &[GetSetDef] = &[
    field!("msg", get_msg, set_msg),
    field!("filename", get_filename, set_filename),
    field!("lineno", get_lineno, set_lineno),
    field!("offset", get_offset, set_offset),
    field!("text", get_text, set_text),
    field!("end_lineno", get_end_lineno, set_end_lineno),
    field!("end_offset", get_end_offset, set_end_offset),
    field!(
        "print_file_and_line",
        get_print_file_and_line,
        set_print_file_and_line
    ),
];

// ---- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError ----

#[derive(Clone, Copy, PartialEq, Eq)]
enum UnicodeKind {
    Encode,
    Decode,
    Translate,
}

fn str_arg(vm: &Vm, v: &Value, position: usize) -> PyResult<Value> {
    if v.as_str().is_some() {
        Ok(v.clone())
    } else {
        Err(vm.type_error(format!(
            "argument {position} must be str, not {}",
            vm.type_name_of(v)
        )))
    }
}

fn unicode_fill(vm: &Vm, e: &ExceptionData, items: &[Value], kind: UnicodeKind) -> PyResult<()> {
    let wanted = if kind == UnicodeKind::Translate { 4 } else { 5 };
    if items.len() != wanted {
        return Err(vm.type_error(format!(
            "function takes exactly {wanted} arguments ({} given)",
            items.len()
        )));
    }
    let (encoding, rest) = if kind == UnicodeKind::Translate {
        (None, items)
    } else {
        (Some(str_arg(vm, &items[0], 1)?), &items[1..])
    };
    let first = usize::from(kind != UnicodeKind::Translate);
    let object = match kind {
        UnicodeKind::Decode => rest[0].clone(),
        _ => str_arg(vm, &rest[0], first + 1)?,
    };
    let start = vm.index_value(&rest[1])?;
    let end = vm.index_value(&rest[2])?;
    let reason = str_arg(vm, &rest[3], first + 4)?;
    let object = if kind == UnicodeKind::Decode {
        let data = crate::types::bytes::bytes_like_arg(vm, &object)?;
        match crate::types::bytes::bytes_data(&object) {
            Some(_) => object.clone(),
            None => crate::types::bytes::new_bytes(vm, data.into_owned()),
        }
    } else {
        object
    };
    e.set_field("encoding", encoding);
    e.set_field("object", Some(object));
    e.set_field("start", Some(Value::Int(start)));
    e.set_field("end", Some(Value::Int(end)));
    e.set_field("reason", Some(reason));
    Ok(())
}

fn unicode_init(vm: &Vm, args: Args, kind: UnicodeKind, owner: &str) -> PyResult<Value> {
    let (e, items) = init_parts(vm, &args, owner)?;
    unicode_fill(vm, e, items, kind)?;
    Ok(Value::None)
}

fn encode_init(vm: &Vm, args: Args) -> PyResult<Value> {
    unicode_init(vm, args, UnicodeKind::Encode, "UnicodeEncodeError")
}

fn decode_init(vm: &Vm, args: Args) -> PyResult<Value> {
    unicode_init(vm, args, UnicodeKind::Decode, "UnicodeDecodeError")
}

fn translate_init(vm: &Vm, args: Args) -> PyResult<Value> {
    unicode_init(vm, args, UnicodeKind::Translate, "UnicodeTranslateError")
}

fn int_field(e: &ExceptionData, name: &str) -> i64 {
    match e.field(name) {
        Some(Value::Int(i)) => i,
        _ => 0,
    }
}

fn unicode_str(vm: &Vm, args: Args, kind: UnicodeKind, owner: &str) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    let e = exc_method_self(vm, &a[0], "__str__", owner)?;
    settle_fields(vm, &a[0]);
    let Some(object) = e.field("object") else {
        return Ok(vm.new_str(String::new()));
    };
    let reason = vm.str_string(&e.field("reason").unwrap_or(Value::None))?;
    let encoding = match kind {
        UnicodeKind::Translate => String::new(),
        _ => vm.str_string(&e.field("encoding").unwrap_or(Value::None))?,
    };
    let len = vm.len(&object)? as i64;
    let (start, end) = (int_field(e, "start"), int_field(e, "end"));
    let single = (0..len).contains(&start) && (0..=len).contains(&end) && end == start + 1;
    let text = if single {
        let item = vm.get_item(&object, &Value::Int(start))?;
        match kind {
            UnicodeKind::Decode => {
                let byte = vm.index_value(&item)? & 0xff;
                format!("'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
            }
            _ => {
                let code = item
                    .as_str()
                    .and_then(|s| s.as_str().chars().next())
                    .map_or(0, crate::text::surrogates::code_point);
                let escaped = if code <= 0xff {
                    format!("\\x{code:02x}")
                } else if code <= 0xffff {
                    format!("\\u{code:04x}")
                } else {
                    format!("\\U{code:08x}")
                };
                match kind {
                    UnicodeKind::Encode => format!(
                        "'{encoding}' codec can't encode character '{escaped}' in position {start}: {reason}"
                    ),
                    _ => format!(
                        "can't translate character '{escaped}' in position {start}: {reason}"
                    ),
                }
            }
        }
    } else {
        let last = end - 1;
        match kind {
            UnicodeKind::Encode => format!(
                "'{encoding}' codec can't encode characters in position {start}-{last}: {reason}"
            ),
            UnicodeKind::Decode => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{last}: {reason}"
            ),
            UnicodeKind::Translate => {
                format!("can't translate characters in position {start}-{last}: {reason}")
            }
        }
    };
    Ok(vm.new_str(text))
}

fn encode_str(vm: &Vm, args: Args) -> PyResult<Value> {
    unicode_str(vm, args, UnicodeKind::Encode, "UnicodeEncodeError")
}

fn decode_str(vm: &Vm, args: Args) -> PyResult<Value> {
    unicode_str(vm, args, UnicodeKind::Decode, "UnicodeDecodeError")
}

fn translate_str(vm: &Vm, args: Args) -> PyResult<Value> {
    unicode_str(vm, args, UnicodeKind::Translate, "UnicodeTranslateError")
}

pub const UNICODE_ERROR_GETSETS: &[GetSetDef] = &[
    field!("encoding", get_encoding, set_encoding),
    field!("object", get_object, set_object),
    field!("start", get_start, set_start),
    field!("end", get_end, set_end),
    field!("reason", get_reason, set_reason),
];

pub const ENCODE_METHODS: &[MethodDef] = &[
    MethodDef::method("__init__", encode_init),
    MethodDef::method("__str__", encode_str),
];

pub const DECODE_METHODS: &[MethodDef] = &[
    MethodDef::method("__init__", decode_init),
    MethodDef::method("__str__", decode_str),
];

pub const TRANSLATE_METHODS: &[MethodDef] = &[
    MethodDef::method("__init__", translate_init),
    MethodDef::method("__str__", translate_str),
];

/// This file's classes with their methods and attributes.
pub fn kind_tables(vm: &Vm) -> Vec<(&ObjRef, &'static [MethodDef], &'static [GetSetDef])> {
    let x = &vm.exc;
    vec![
        (&x.syntax_error, SYNTAX_ERROR_METHODS, SYNTAX_ERROR_GETSETS),
        (
            &x.unicode_encode_error,
            ENCODE_METHODS,
            UNICODE_ERROR_GETSETS,
        ),
        (
            &x.unicode_decode_error,
            DECODE_METHODS,
            UNICODE_ERROR_GETSETS,
        ),
        (
            &x.unicode_translate_error,
            TRANSLATE_METHODS,
            UNICODE_ERROR_GETSETS,
        ),
    ]
}
