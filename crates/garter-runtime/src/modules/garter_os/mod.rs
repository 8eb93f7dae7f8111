//! `_garter_os`: the native layer under `os`, `os.path` and `io` (those
//! are Python, in `pysrc/`). Each function that touches the outside world
//! asks for its capability first (`vm.require`), so nothing reached from
//! Python gets past the sandbox: files and directories need
//! `Filesystem`, environment variables `Environment`, the process id
//! `Process`.

pub mod file_io;
pub mod os_error;

use crate::args::Args;
use crate::error::PyResult;
use crate::types::bytes_args::bytes_of;
use crate::value::Value;
use crate::vm::Capability;
use crate::Vm;

use os_error::{os_error, os_error2};

/// Makes the module.
pub fn make(vm: &Vm) -> Value {
    let module = vm.new_module("_garter_os");
    super::add_functions(
        vm,
        &module,
        &[
            ("getcwd", getcwd),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("rename", rename),
            ("stat", stat),
            ("getenv", getenv),
            ("environ_keys", environ_keys),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("getpid", getpid),
            ("strerror", strerror),
        ],
    );
    vm.module_set(&module, "FileIO", Value::Obj(file_io::make_type(vm)));
    module
}

/// A path argument (str or bytes) as a path.
pub fn path_arg(vm: &Vm, v: &Value) -> PyResult<std::path::PathBuf> {
    if let Some(s) = v.as_str() {
        if s.as_str().contains('\0') {
            return Err(vm.value_error("embedded null byte".into()));
        }
        return Ok(std::path::PathBuf::from(s.as_str()));
    }
    if let Some(b) = bytes_of(v) {
        return Ok(std::path::PathBuf::from(
            String::from_utf8_lossy(&b).into_owned(),
        ));
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name_of(v)
    )))
}

fn getcwd(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "getcwd", 0, 0)?;
    vm.require(Capability::Filesystem, "os.getcwd")?;
    let dir = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.new_str(dir.display().to_string()))
}

/// `listdir(path)`: the names in a directory, in the order the system
/// gives them.
fn listdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "listdir", 1, 1)?;
    vm.require(Capability::Filesystem, "os.listdir")?;
    let path = path_arg(vm, &a[0])?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(vm, &e, Some(&a[0])))?;
        names.push(vm.new_str(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(vm.new_list(names))
}

fn mkdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "mkdir", 1, 1)?;
    vm.require(Capability::Filesystem, "os.mkdir")?;
    let path = path_arg(vm, &a[0])?;
    std::fs::create_dir(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    Ok(Value::None)
}

fn rmdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "rmdir", 1, 1)?;
    vm.require(Capability::Filesystem, "os.rmdir")?;
    let path = path_arg(vm, &a[0])?;
    std::fs::remove_dir(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    Ok(Value::None)
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "remove", 1, 1)?;
    vm.require(Capability::Filesystem, "os.remove")?;
    let path = path_arg(vm, &a[0])?;
    if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, &e, Some(&a[0])));
    }
    std::fs::remove_file(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    Ok(Value::None)
}

fn rename(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "rename", 2, 2)?;
    vm.require(Capability::Filesystem, "os.rename")?;
    let from = path_arg(vm, &a[0])?;
    let to = path_arg(vm, &a[1])?;
    std::fs::rename(&from, &to).map_err(|e| os_error2(vm, &e, Some(&a[0]), Some(&a[1])))?;
    Ok(Value::None)
}

/// `stat(path)`: `(kind, size, mtime)`, kind being "file", "dir" or
/// "other".
fn stat(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "stat", 1, 1)?;
    vm.require(Capability::Filesystem, "os.stat")?;
    let path = path_arg(vm, &a[0])?;
    let meta = std::fs::metadata(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    let kind = if meta.is_dir() {
        "dir"
    } else if meta.is_file() {
        "file"
    } else {
        "other"
    };
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64());
    Ok(vm.new_tuple(vec![
        vm.new_str(kind.to_string()),
        Value::Int(i64::try_from(meta.len()).unwrap_or(i64::MAX)),
        Value::Float(mtime),
    ]))
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    v.as_str()
        .map(|s| s.as_str().to_string())
        .ok_or_else(|| vm.type_error(format!("str expected, not {}", vm.type_name_of(v))))
        .and_then(|s| {
            if s.contains('\0') {
                Err(vm.value_error(format!("embedded null byte in {what}")))
            } else {
                Ok(s)
            }
        })
}

/// `getenv(key)`: the variable's value, or None.
fn getenv(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "getenv", 1, 1)?;
    vm.require(Capability::Environment, "os.environ")?;
    let key = str_arg(vm, &a[0], "key")?;
    Ok(match std::env::var_os(&key) {
        Some(v) => vm.new_str(v.to_string_lossy().into_owned()),
        None => Value::None,
    })
}

fn environ_keys(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "environ_keys", 0, 0)?;
    vm.require(Capability::Environment, "os.environ")?;
    let keys = std::env::vars_os()
        .map(|(k, _)| vm.new_str(k.to_string_lossy().into_owned()))
        .collect();
    Ok(vm.new_list(keys))
}

fn putenv(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "putenv", 2, 2)?;
    vm.require(Capability::Environment, "os.environ")?;
    let key = str_arg(vm, &a[0], "key")?;
    let value = str_arg(vm, &a[1], "value")?;
    if key.is_empty() || key.contains('=') {
        return Err(vm.value_error("illegal environment variable name".into()));
    }
    std::env::set_var(key, value);
    Ok(Value::None)
}

fn unsetenv(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "unsetenv", 1, 1)?;
    vm.require(Capability::Environment, "os.environ")?;
    let key = str_arg(vm, &a[0], "key")?;
    if key.is_empty() || key.contains('=') {
        return Err(vm.value_error("illegal environment variable name".into()));
    }
    std::env::remove_var(key);
    Ok(Value::None)
}

fn getpid(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "getpid", 0, 0)?;
    vm.require(Capability::Process, "os.getpid")?;
    Ok(Value::Int(std::process::id().into()))
}

fn strerror(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "strerror", 1, 1)?;
    let code = vm.index_value(&a[0])?;
    Ok(vm.new_str(os_error::strerror(i32::try_from(code).unwrap_or(i32::MAX))))
}
