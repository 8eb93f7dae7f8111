//! Traceback objects (`e.__traceback__`) and the minimal frame and code
//! objects they point to, made from an exception's traceback entries.
//!
//! An exception keeps its entries innermost first (the evaluator adds
//! one per frame as the exception unwinds). A traceback object stands for
//! entry `index` of a shared copy in the other order, outermost first, so
//! `tb_next` is the next entry inwards, as in CPython. Frames
//! carry what the entry knows: the function's name, its file and line.

use std::cell::RefCell;
use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::exception::{ExceptionData, TracebackEntry};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The data of a traceback object.
pub struct TracebackNode {
    entries: Rc<[TracebackEntry]>,
    index: usize,
    next: RefCell<Option<Value>>,
    frame: RefCell<Option<Value>>,
}

/// The data of a frame object: the frame's traceback entry.
pub struct FrameInfo {
    entry: TracebackEntry,
    code: RefCell<Option<Value>>,
}

/// The data of a code object seen from a frame.
pub struct CodeInfo {
    name: Rc<str>,
    filename: String,
    /// For a code object made by `compile()`: the evaluator's code.
    compiled: Option<Rc<dyn std::any::Any>>,
}

fn node(v: &Value) -> Option<&TracebackNode> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<TracebackNode>(),
        _ => None,
    }
}

fn frame_info(v: &Value) -> Option<&FrameInfo> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<FrameInfo>(),
        _ => None,
    }
}

fn code_info(v: &Value) -> Option<&CodeInfo> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<CodeInfo>(),
        _ => None,
    }
}

/// The entries from a traceback object inwards, if `v` is one, in an
/// exception's order (innermost first).
pub fn traceback_entries(v: &Value) -> Option<Vec<TracebackEntry>> {
    let n = node(v)?;
    Some(
        n.entries
            .get(n.index..)
            .unwrap_or_default()
            .iter()
            .rev()
            .cloned()
            .collect(),
    )
}

fn new_node(vm: &Vm, entries: Rc<[TracebackEntry]>, index: usize) -> Value {
    vm.new_object(
        vm.types.traceback.clone(),
        Payload::Native(Box::new(TracebackNode {
            entries,
            index,
            next: RefCell::new(None),
            frame: RefCell::new(None),
        })),
    )
}

/// `e.__traceback__`: None before the exception is raised; the same
/// object on every read while its entries do not change.
pub fn exception_traceback(vm: &Vm, e: &ExceptionData) -> Value {
    let entries = e.traceback.borrow().clone();
    if entries.is_empty() {
        return Value::None;
    }
    if let Some((n, tb)) = e.traceback_object.borrow().as_ref() {
        if *n == entries.len() {
            return tb.clone();
        }
    }
    let n = entries.len();
    let outermost_first: Vec<TracebackEntry> = entries.into_iter().rev().collect();
    let tb = new_node(vm, outermost_first.into(), 0);
    *e.traceback_object.borrow_mut() = Some((n, tb.clone()));
    tb
}

fn tb_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TracebackNode> {
    node(v).ok_or_else(|| vm.type_error("descriptor requires a 'traceback' object".into()))
}

fn tb_entry<'a>(vm: &Vm, n: &'a TracebackNode) -> PyResult<&'a TracebackEntry> {
    n.entries
        .get(n.index)
        .ok_or_else(|| vm.runtime_error("empty traceback".into()))
}

fn get_tb_next(vm: &Vm, v: &Value) -> PyResult<Value> {
    let n = tb_self(vm, v)?;
    if n.index + 1 >= n.entries.len() {
        return Ok(Value::None);
    }
    if let Some(next) = n.next.borrow().as_ref() {
        return Ok(next.clone());
    }
    let next = new_node(vm, n.entries.clone(), n.index + 1);
    *n.next.borrow_mut() = Some(next.clone());
    Ok(next)
}

fn get_tb_lineno(vm: &Vm, v: &Value) -> PyResult<Value> {
    let n = tb_self(vm, v)?;
    Ok(Value::Int(i64::from(tb_entry(vm, n)?.line)))
}

fn get_tb_lasti(vm: &Vm, v: &Value) -> PyResult<Value> {
    tb_self(vm, v)?;
    Ok(Value::Int(0))
}

fn get_tb_frame(vm: &Vm, v: &Value) -> PyResult<Value> {
    let n = tb_self(vm, v)?;
    if let Some(f) = n.frame.borrow().as_ref() {
        return Ok(f.clone());
    }
    let frame = vm.new_object(
        vm.types.frame.clone(),
        Payload::Native(Box::new(FrameInfo {
            entry: tb_entry(vm, n)?.clone(),
            code: RefCell::new(None),
        })),
    );
    *n.frame.borrow_mut() = Some(frame.clone());
    Ok(frame)
}

fn frame_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a FrameInfo> {
    frame_info(v).ok_or_else(|| vm.type_error("descriptor requires a 'frame' object".into()))
}

fn get_f_lineno(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(i64::from(frame_self(vm, v)?.entry.line)))
}

fn get_f_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = frame_self(vm, v)?;
    if let Some(c) = f.code.borrow().as_ref() {
        return Ok(c.clone());
    }
    let code = new_code_object(vm, f.entry.function.clone(), f.entry.file.name.clone());
    *f.code.borrow_mut() = Some(code.clone());
    Ok(code)
}

/// A code object that knows its name and file.
pub fn new_code_object(vm: &Vm, name: Rc<str>, filename: String) -> Value {
    vm.new_object(
        vm.types.code.clone(),
        Payload::Native(Box::new(CodeInfo {
            name,
            filename,
            compiled: None,
        })),
    )
}

/// A code object made by `compile()`, carrying the evaluator's code.
pub fn new_compiled_code_object(
    vm: &Vm,
    name: Rc<str>,
    filename: String,
    compiled: Rc<dyn std::any::Any>,
) -> Value {
    vm.new_object(
        vm.types.code.clone(),
        Payload::Native(Box::new(CodeInfo {
            name,
            filename,
            compiled: Some(compiled),
        })),
    )
}

/// Whether `v` is a code object.
pub fn is_code_object(v: &Value) -> bool {
    code_info(v).is_some()
}

/// The evaluator's code inside a code object made by `compile()`.
pub fn compiled_code(v: &Value) -> Option<Rc<dyn std::any::Any>> {
    code_info(v).and_then(|c| c.compiled.clone())
}

fn get_f_back(vm: &Vm, v: &Value) -> PyResult<Value> {
    frame_self(vm, v)?;
    Ok(Value::None)
}

fn frame_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let f = frame_self(vm, &a[0])?;
    Ok(vm.new_str(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        a[0].identity(),
        f.entry.file.name,
        f.entry.line,
        f.entry.function
    )))
}

fn code_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a CodeInfo> {
    code_info(v).ok_or_else(|| vm.type_error("descriptor requires a 'code' object".into()))
}

fn get_co_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(code_self(vm, v)?.name.to_string()))
}

fn get_co_filename(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(code_self(vm, v)?.filename.clone()))
}

fn code_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let c = code_self(vm, &a[0])?;
    Ok(vm.new_str(format!(
        "<code object {} at {:#x}, file \"{}\">",
        c.name,
        a[0].identity(),
        c.filename
    )))
}

pub const TRACEBACK_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "tb_next",
        get: get_tb_next,
        set: None,
    },
    GetSetDef {
        name: "tb_lineno",
        get: get_tb_lineno,
        set: None,
    },
    GetSetDef {
        name: "tb_lasti",
        get: get_tb_lasti,
        set: None,
    },
    GetSetDef {
        name: "tb_frame",
        get: get_tb_frame,
        set: None,
    },
];

pub const FRAME_METHODS: &[MethodDef] = &[MethodDef::method("__repr__", frame_repr)];

pub const FRAME_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "f_lineno",
        get: get_f_lineno,
        set: None,
    },
    GetSetDef {
        name: "f_code",
        get: get_f_code,
        set: None,
    },
    GetSetDef {
        name: "f_back",
        get: get_f_back,
        set: None,
    },
];

pub const CODE_METHODS: &[MethodDef] = &[MethodDef::method("__repr__", code_repr)];

pub const CODE_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "co_name",
        get: get_co_name,
        set: None,
    },
    GetSetDef {
        name: "co_filename",
        get: get_co_filename,
        set: None,
    },
];
