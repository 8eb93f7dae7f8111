//! `_io.FileIO`: an open file of the operating system, unbuffered for
//! reading and with a small write buffer that is flushed before any other
//! operation, on `flush()`, on `close()` and when the object is freed (so
//! a file whose last reference goes is written out and closed at once).
//! Opening one needs the filesystem capability; `io.py` builds the text
//! and buffered file objects on it.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::bytes::new_bytes;
use crate::types::bytes_args::bytes_of;
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::vm::Capability;
use crate::Vm;

use super::os_error::os_error;

/// Bytes kept before a write reaches the file.
const WRITE_BUFFER: usize = 8192;

/// The state of one open file.
pub struct RawFile {
    file: RefCell<Option<File>>,
    pending: RefCell<Vec<u8>>,
}

impl RawFile {
    /// Writes out what is pending.
    fn flush_pending(&self, vm: &Vm) -> PyResult<()> {
        let mut pending = self.pending.borrow_mut();
        if pending.is_empty() {
            return Ok(());
        }
        let mut file = self.file.borrow_mut();
        if let Some(f) = file.as_mut() {
            f.write_all(&pending).map_err(|e| os_error(vm, &e, None))?;
        }
        pending.clear();
        Ok(())
    }
}

impl Drop for RawFile {
    fn drop(&mut self) {
        let pending = std::mem::take(self.pending.get_mut());
        if let Some(f) = self.file.get_mut().as_mut() {
            let _ = f.write_all(&pending);
        }
    }
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", file_new),
    MethodDef::method("read", file_read),
    MethodDef::method("write", file_write),
    MethodDef::method("seek", file_seek),
    MethodDef::method("tell", file_tell),
    MethodDef::method("truncate", file_truncate),
    MethodDef::method("flush", file_flush),
    MethodDef::method("close", file_close),
    MethodDef::method("fileno", file_fileno),
    MethodDef::method("isatty", file_isatty),
];

pub const GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "closed",
    get: file_closed,
    set: None,
}];

/// The `FileIO` type of this interpreter.
pub fn make_type(vm: &Vm) -> ObjRef {
    vm.new_native_type_in("_io", "FileIO", METHODS, GETSETS)
}

fn raw<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RawFile> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<RawFile>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor requires a '_io.FileIO' object".into()))
}

fn invalid_argument(vm: &Vm) -> crate::PyErr {
    os_error(vm, &std::io::Error::from_raw_os_error(22), None)
}

fn closed_file(vm: &Vm) -> crate::PyErr {
    vm.value_error("I/O operation on closed file".into())
}

/// Runs `f` on the open file, with pending writes flushed first.
fn with_file<T>(
    vm: &Vm,
    this: &RawFile,
    f: impl FnOnce(&mut File) -> std::io::Result<T>,
) -> PyResult<T> {
    this.flush_pending(vm)?;
    let mut file = this.file.borrow_mut();
    let file = file.as_mut().ok_or_else(|| closed_file(vm))?;
    f(file).map_err(|e| os_error(vm, &e, None))
}

/// `FileIO(path, mode)`: `mode` is one of r, w, a, x, optionally with +.
fn file_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "FileIO", 3, 3)?;
    vm.require(Capability::Filesystem, "open")?;
    let path = super::path_arg(vm, &a[1])?;
    let mode = a[2]
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let plus = mode.contains('+');
    let mut options = std::fs::OpenOptions::new();
    match mode.chars().next() {
        Some('r') => options.read(true).write(plus),
        Some('w') => options.write(true).create(true).truncate(true).read(plus),
        Some('a') => options.append(true).create(true).read(plus),
        Some('x') => options.write(true).create_new(true).read(plus),
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let file = options
        .open(&path)
        .map_err(|e| os_error(vm, &e, Some(&a[1])))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, &e, Some(&a[1])));
    }
    let cls = a[0].as_obj().cloned().unwrap_or_else(|| make_type(vm));
    let object = vm.new_object(
        cls,
        Payload::Native(Box::new(RawFile {
            file: RefCell::new(Some(file)),
            pending: RefCell::new(Vec::new()),
        })),
    );
    if let Value::Obj(o) = &object {
        let mut files = vm.open_files.borrow_mut();
        if files.len() == files.capacity() {
            files.retain(|f| f.strong_count() > 0);
        }
        files.push(Rc::downgrade(o));
    }
    Ok(object)
}

/// Writes out what every file still open holds, for a process about to
/// exit (see `Vm::release_program`); failures are ignored, as CPython
/// ignores them at shutdown.
pub(crate) fn flush_open_files(vm: &Vm) {
    for file in vm.open_files.take() {
        if let Some(object) = file.upgrade() {
            if let Payload::Native(n) = &object.payload {
                if let Some(raw) = n.downcast_ref::<RawFile>() {
                    let _ = raw.flush_pending(vm);
                }
            }
        }
    }
}

/// `read(n=-1)`: up to `n` bytes (all that is left for a negative `n`).
fn file_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "read", 1, 2)?;
    let this = raw(vm, &a[0])?;
    let n = match a.get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => -1,
    };
    let data = with_file(vm, this, |f| {
        let mut out = Vec::new();
        if n < 0 {
            f.read_to_end(&mut out)?;
        } else {
            f.take(n as u64).read_to_end(&mut out)?;
        }
        Ok(out)
    })?;
    Ok(new_bytes(vm, data))
}

/// `write(b)`: the number of bytes taken.
fn file_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "write", 2, 2)?;
    let this = raw(vm, &a[0])?;
    let data = bytes_of(&a[1]).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name_of(&a[1])
        ))
    })?;
    if this.file.borrow().is_none() {
        return Err(closed_file(vm));
    }
    let full = {
        let mut pending = this.pending.borrow_mut();
        pending.extend_from_slice(&data);
        pending.len() >= WRITE_BUFFER
    };
    if full {
        this.flush_pending(vm)?;
    }
    Ok(Value::Int(data.len() as i64))
}

/// `seek(offset, whence=0)`: the new position.
fn file_seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "seek", 2, 3)?;
    let this = raw(vm, &a[0])?;
    let offset = vm.index_value(&a[1])?;
    let whence = match a.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let to = match whence {
        0 if offset < 0 => {
            return Err(invalid_argument(vm));
        }
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let at = with_file(vm, this, |f| f.seek(to))?;
    Ok(Value::Int(at as i64))
}

fn file_tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "tell", 1, 1)?;
    let this = raw(vm, &a[0])?;
    let at = with_file(vm, this, |f| f.stream_position())?;
    Ok(Value::Int(at as i64))
}

/// `truncate(size=None)`: cuts (or extends) the file to `size` bytes,
/// the current position by default.
fn file_truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "truncate", 1, 2)?;
    let this = raw(vm, &a[0])?;
    let size = match a.get(1) {
        Some(v) if !v.is_none() => Some(vm.index_value(v)?),
        _ => None,
    };
    if size.is_some_and(|s| s < 0) {
        return Err(invalid_argument(vm));
    }
    let size = with_file(vm, this, |f| {
        let size = match size {
            Some(s) => s as u64,
            None => f.stream_position()?,
        };
        f.set_len(size)?;
        Ok(size)
    })?;
    Ok(Value::Int(size as i64))
}

fn file_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "flush", 1, 1)?;
    let this = raw(vm, &a[0])?;
    if this.file.borrow().is_none() {
        return Err(closed_file(vm));
    }
    this.flush_pending(vm)?;
    Ok(Value::None)
}

/// `close()`: writes out what is pending and closes; closing twice is
/// allowed.
fn file_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "close", 1, 1)?;
    let this = raw(vm, &a[0])?;
    let flushed = this.flush_pending(vm);
    this.file.borrow_mut().take();
    flushed?;
    Ok(Value::None)
}

fn file_fileno(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "fileno", 1, 1)?;
    let this = raw(vm, &a[0])?;
    let file = this.file.borrow();
    let file = file.as_ref().ok_or_else(|| closed_file(vm))?;
    Ok(Value::Int(fd_of(file)))
}

#[cfg(unix)]
fn fd_of(file: &File) -> i64 {
    std::os::fd::AsRawFd::as_raw_fd(file).into()
}

#[cfg(not(unix))]
fn fd_of(_file: &File) -> i64 {
    -1
}

fn file_isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "isatty", 1, 1)?;
    let this = raw(vm, &a[0])?;
    if this.file.borrow().is_none() {
        return Err(closed_file(vm));
    }
    Ok(Value::Bool(false))
}

fn file_closed(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(raw(vm, v)?.file.borrow().is_none()))
}
