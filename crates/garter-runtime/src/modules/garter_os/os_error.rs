//! OSError values made from the operating system's errors, as CPython
//! makes them: `FileNotFoundError: [Errno 2] No such file or directory:
//! 'x'`, with `errno`, `strerror` and `filename` set (the OSError
//! constructor picks the subclass from the errno).

use crate::args::Args;
use crate::error::PyErr;
use crate::value::Value;
use crate::Vm;

/// The C library's text for an errno ("No such file or directory").
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The OSError for `err`, about `filename` (and `filename2`, for a
/// rename) when given.
pub fn os_error(vm: &Vm, err: &std::io::Error, filename: Option<&Value>) -> PyErr {
    os_error2(vm, err, filename, None)
}

/// As [`os_error`], with a second file name.
pub fn os_error2(
    vm: &Vm,
    err: &std::io::Error,
    filename: Option<&Value>,
    filename2: Option<&Value>,
) -> PyErr {
    let Some(errno) = err.raw_os_error() else {
        return vm.os_error(err.to_string());
    };
    let mut args = vec![Value::Int(errno.into()), vm.new_str(strerror(errno))];
    if let Some(name) = filename {
        args.push(name.clone());
        if let Some(second) = filename2 {
            args.push(Value::Int(0));
            args.push(second.clone());
        }
    }
    let class = Value::Obj(vm.exc.os_error.clone());
    match vm.call(&class, Args::positional(&args)) {
        Ok(Value::Obj(exc)) => PyErr::new(exc),
        Ok(_) => vm.os_error(err.to_string()),
        Err(e) => e,
    }
}
