//! The native `_thread` module: starting threads, locks, thread idents,
//! and the helpers `threading.py` (`modules/pysrc/threading.py`) builds
//! on: printing a thread's uncaught exception and `threading.local`'s
//! per-thread `__dict__`.

use std::io::Write;

use garter_runtime::object::Payload;
use garter_runtime::{Args, PyErr, PyResult, Value, Vm};

use super::lock::{new_lock, TIMEOUT_MAX};
use super::with_interp;
use crate::exec::traceback::format_exception;

/// Writes `header` and the traceback of `err` to stderr.
pub(crate) fn print_exception(vm: &Vm, header: &str, err: &PyErr) {
    let text = format_exception(vm, err);
    let _ = vm.stdout.borrow_mut().flush();
    let mut out = vm.stderr.borrow_mut();
    let _ = writeln!(out, "{header}");
    let _ = write!(out, "{text}");
    let _ = out.flush();
}

fn start_new_thread(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "start_new_thread", 2, 3)?;
    let func = a[0].clone();
    if !vm.is_callable(&func) {
        return Err(vm.type_error("first arg must be callable".into()));
    }
    if !matches!(a[1].payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple".into()));
    }
    let mut values = vm.tuple_items(&a[1]);
    let mut kwnames = Vec::new();
    if let Some(kwargs) = a.get(2) {
        let Some(table) = kwargs
            .as_obj()
            .and_then(garter_runtime::types::dict::obj_dict_table)
        else {
            return Err(vm.type_error("optional 3rd arg must be a dictionary".into()));
        };
        let entries: Vec<(Value, Value)> = table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            kwnames.push(k);
            values.push(v);
        }
    }
    with_interp(vm, |interp| {
        let ident = interp.start_thread(vm, func, values, kwnames)?;
        Ok(Value::Int(ident as i64))
    })
}

fn allocate_lock(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "allocate_lock", 0, 0)?;
    with_interp(vm, |interp| Ok(new_lock(vm, interp)))
}

fn get_ident(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "get_ident", 0, 0)?;
    with_interp(vm, |interp| {
        Ok(Value::Int(interp.threads.current_ident() as i64))
    })
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "_count", 0, 0)?;
    with_interp(vm, |interp| {
        Ok(Value::Int(interp.threads.count() as i64 - 1))
    })
}

fn monotonic(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "_monotonic", 0, 0)?;
    with_interp(vm, |interp| {
        Ok(Value::Float(
            interp.threads.clock_base.elapsed().as_secs_f64(),
        ))
    })
}

/// `_print_thread_exception(header, exc)`: what `threading.excepthook`
/// prints.
fn print_thread_exception(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "_print_thread_exception", 2, 2)?;
    let header = vm.str_string(&a[0])?;
    if let Some(exc) = a[1].as_obj() {
        print_exception(vm, &header, &PyErr::new(exc.clone()));
    }
    Ok(Value::None)
}

/// Puts `d` in `obj`'s `__dict__` slot.
fn swap_dict(vm: &Vm, obj: &Value, d: &Value) -> PyResult<()> {
    let (Some(slot), Some(dict)) = (obj.as_obj().and_then(|o| o.dict()), d.as_obj()) else {
        return Err(vm.type_error("local object without a __dict__".into()));
    };
    match slot.replace(dict.clone()) {
        Ok(_) => Ok(()),
        Err(_) => Err(vm.runtime_error("__dict__ is in use".into())),
    }
}

/// `_local_getattr(obj, d, name)`: `object.__getattribute__(obj, name)`
/// with `d` as `obj`'s `__dict__`, with no thread switch in between.
fn local_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "_local_getattr", 3, 3)?;
    swap_dict(vm, &a[0], &a[1])?;
    match vm.generic_getattr(&a[0], &a[2])? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a[0], &a[2])),
    }
}

/// `_local_setattr(obj, d, name[, value])`: sets (or without a value,
/// deletes) an attribute with `d` as `obj`'s `__dict__`; a `None` name
/// only puts `d` in place.
fn local_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "_local_setattr", 3, 4)?;
    swap_dict(vm, &a[0], &a[1])?;
    if a[2].is_none() {
        return Ok(Value::None);
    }
    vm.generic_setattr(&a[0], &a[2], a.get(3).cloned())?;
    Ok(Value::None)
}

/// Makes the `_thread` module.
pub(crate) fn make(vm: &Vm) -> Value {
    let module = vm.new_module("_thread");
    garter_runtime::modules::add_functions(
        vm,
        &module,
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_ident),
            ("_count", count),
            ("_monotonic", monotonic),
            ("_print_thread_exception", print_thread_exception),
            ("_local_getattr", local_getattr),
            ("_local_setattr", local_setattr),
        ],
    );
    vm.module_set(&module, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    vm.module_set(&module, "error", Value::Obj(vm.exc.runtime_error.clone()));
    with_interp(vm, |interp| {
        vm.module_set(
            &module,
            "LockType",
            Value::Obj(interp.threads.lock_type.clone()),
        );
        Ok(())
    })
    .ok();
    module
}
