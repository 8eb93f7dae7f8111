//! The native `_garter_traceback` module: the evaluator's traceback
//! rendering offered to the `traceback` module (`modules/pysrc/traceback.py`).

use garter_runtime::{Args, PyErr, PyResult, Value, Vm};

use super::{exception_line, format_exception};

/// The exception instance passed as the only argument.
fn exception_argument(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let a = args.count(vm, name, 1, 1)?;
    let exc = a[0].clone();
    if !vm.is_instance_of(&exc, &vm.exc.base_exception) {
        return Err(vm.type_error(format!(
            "{name}() argument must be an exception, not '{}'",
            vm.type_name_of(&exc)
        )));
    }
    Ok(exc)
}

/// `format_exception(exc)`: the whole traceback text, chain included.
fn format_exception_text(vm: &Vm, args: Args) -> PyResult<Value> {
    let exc = exception_argument(vm, &args, "format_exception")?;
    let Value::Obj(obj) = exc else {
        return Err(vm.type_error("an exception instance is required".into()));
    };
    Ok(vm.new_str(format_exception(vm, &PyErr::new(obj))))
}

/// `exception_line(exc)`: the `Type: message` line, without a newline.
fn exception_line_text(vm: &Vm, args: Args) -> PyResult<Value> {
    let exc = exception_argument(vm, &args, "exception_line")?;
    Ok(vm.new_str(exception_line(vm, &exc)))
}

/// The module, made on its first import.
pub(crate) fn native_module(vm: &Vm, name: &str) -> Option<Value> {
    if name != "_garter_traceback" {
        return None;
    }
    let module = vm.new_module(name);
    garter_runtime::modules::add_functions(
        vm,
        &module,
        &[
            ("format_exception", format_exception_text),
            ("exception_line", exception_line_text),
        ],
    );
    Some(module)
}
