//! The `sys` module: argv, limits, version and the information struct
//! sequences, the standard streams, the recursion limit, the exception
//! being handled, and the int-to-str digit limit.

use crate::args::Args;
use crate::error::PyResult;
use crate::modules::garter_os::os_error::os_error;
use crate::object::Payload;
use crate::types::dict::obj_dict_table;
use crate::types::struct_seq::{new_struct_seq, new_struct_seq_type};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// Which standard stream a `TextIOWrapper` object writes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

/// Whether `v` is one of the process's standard streams.
pub fn is_standard_stream(v: &Value) -> bool {
    stream_of(v).is_some()
}

fn stream_of(v: &Value) -> Option<Stream> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<Stream>().copied(),
        _ => None,
    }
}

impl Vm {
    /// `sys.stdout` as the program currently has it.
    pub fn sys_stdout(&self) -> PyResult<Value> {
        self.sys_attr("stdout")
    }

    /// `sys.stderr` as the program currently has it.
    pub fn sys_stderr(&self) -> PyResult<Value> {
        self.sys_attr("stderr")
    }

    /// `sys.stdin` as the program currently has it.
    pub fn sys_stdin(&self) -> PyResult<Value> {
        self.sys_attr("stdin")
    }

    /// The interpreter's `sys` module, made the first time something
    /// needs it (`import sys`, a changed standard stream), since making it
    /// costs more than the rest of a short script. It is the interpreter's
    /// own, as in CPython: removing it from `sys.modules` changes nothing.
    pub fn sys_module(&self) -> Value {
        if let Some(sys) = self.sys.get() {
            return sys.clone();
        }
        let sys = make(self);
        let _ = self.sys.set(sys.clone());
        sys
    }

    /// The limit on digits when converting between int and str
    /// (`sys.get_int_max_str_digits()`; 0 is no limit).
    pub fn int_max_str_digits(&self) -> usize {
        match self.sys.get().map(|m| int_digits_cell(self, m)) {
            Some(Some(v)) => v,
            _ => DEFAULT_MAX_STR_DIGITS,
        }
    }

    /// `sys.NAME` for a standard stream; before `sys` exists, nothing can
    /// have replaced the stream, so a fresh stream object stands in.
    fn sys_attr(&self, name: &str) -> PyResult<Value> {
        if let Some(sys) = self.sys.get() {
            return self.get_attr(sys, &self.intern(name));
        }
        let stream = match name {
            "stdin" => Stream::Stdin,
            "stdout" => Stream::Stdout,
            _ => Stream::Stderr,
        };
        Ok(self.new_object(
            self.types.text_stream.clone(),
            Payload::Native(Box::new(stream)),
        ))
    }

    /// `file.write(text)`, straight to the process stream for the
    /// standard ones.
    pub fn write_to(&self, file: &Value, text: &str) -> PyResult<()> {
        match stream_of(file) {
            Some(Stream::Stdin) => Err(unsupported(self, "not writable")),
            Some(Stream::Stdout) => {
                if !crate::text::surrogates::has_surrogates(text) {
                    return self.write_stdout(text);
                }
                let source = self.new_str(text.to_string());
                let errors = Some(stdio_errors());
                let bytes =
                    crate::types::bytes_codec::encode_text(self, &source, text, "utf-8", errors)?;
                self.stdout
                    .borrow_mut()
                    .write_all(&bytes)
                    .map_err(|e| os_error(self, &e, None))
            }
            Some(Stream::Stderr) => {
                self.flush_stdout();
                let text = crate::text::surrogates::escaped(text);
                self.stderr
                    .borrow_mut()
                    .write_all(text.as_bytes())
                    .map_err(|e| os_error(self, &e, None))
            }
            None => {
                self.call_method(file, "write", &[self.new_str(text.to_string())])?;
                Ok(())
            }
        }
    }
}

use std::io::Write;

fn stream_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "write", 2, 2)?;
    let Some(s) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name_of(&a[1])
        )));
    };
    vm.write_to(&a[0], s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "flush", 1, 1)?;
    match stream_of(&a[0]) {
        Some(Stream::Stdout) => vm.flush_stdout(),
        Some(Stream::Stderr) => {
            let _ = vm.stderr.borrow_mut().flush();
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `io.UnsupportedOperation(what)`, the error of reading a write-only
/// stream and writing a read-only one.
fn unsupported(vm: &Vm, what: &str) -> crate::PyErr {
    let cls = vm.module_dict(&vm.sys_module()).and_then(|d| {
        obj_dict_table(&d).and_then(|t| t.borrow().get_str(&vm.intern("_UnsupportedOperation")))
    });
    match cls.as_ref().and_then(Value::as_obj) {
        Some(c) => vm.new_error(c, what.to_string()),
        None => vm.os_error(what.to_string()),
    }
}

/// Makes the `io.UnsupportedOperation` class (an OSError and a
/// ValueError).
fn unsupported_operation_class(vm: &Vm) -> Option<Value> {
    let mut ns = crate::types::dict::DictTable::new();
    ns.set_str(vm.intern("__module__"), vm.intern("io"));
    let ns = vm.new_dict_obj(ns);
    crate::types::class_new::new_class(
        vm,
        &vm.types.type_,
        "UnsupportedOperation",
        vec![vm.exc.os_error.clone(), vm.exc.value_error.clone()],
        &ns,
        Args::positional(&[]),
    )
    .ok()
}

fn readable(vm: &Vm, v: &Value) -> PyResult<()> {
    match stream_of(v) {
        Some(Stream::Stdin) => Ok(()),
        _ => Err(unsupported(vm, "not readable")),
    }
}

/// One line of the interpreter's stdin (see `Vm::stdin`) with its
/// newline; "" at the end.
fn read_line(vm: &Vm) -> PyResult<String> {
    vm.flush_stdout();
    let mut line = Vec::new();
    let read = match vm.stdin.borrow_mut().as_mut() {
        Some(reader) => reader.read_until(b'\n', &mut line),
        None => std::io::BufRead::read_until(&mut std::io::stdin().lock(), b'\n', &mut line),
    };
    read.map_err(|e| stdin_error(vm, e))?;
    decode_stdin(vm, &line)
}

/// The exception for a failed read of stdin: KeyboardInterrupt when
/// Ctrl-C cut a waiting read short (see the `garter` command's reader).
fn stdin_error(vm: &Vm, err: std::io::Error) -> crate::PyErr {
    if vm.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
        return vm.interrupted();
    }
    os_error(vm, &err, None)
}

/// Bytes read from stdin as text: UTF-8 with stdin's error handler
/// (undecodable bytes become lone surrogates under `surrogateescape`).
fn decode_stdin(vm: &Vm, data: &[u8]) -> PyResult<String> {
    crate::types::bytes_codec::decode_bytes(vm, data, "utf-8", Some(stdio_errors()))
}

fn stream_readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "readline", 1, 2)?;
    readable(vm, &a[0])?;
    Ok(vm.new_str(read_line(vm)?))
}

fn stream_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "read", 1, 2)?;
    readable(vm, &a[0])?;
    vm.flush_stdout();
    let mut data = Vec::new();
    let read = match vm.stdin.borrow_mut().as_mut() {
        Some(reader) => reader.read_to_end(&mut data),
        None => std::io::Read::read_to_end(&mut std::io::stdin(), &mut data),
    };
    read.map_err(|e| stdin_error(vm, e))?;
    Ok(vm.new_str(decode_stdin(vm, &data)?))
}

fn stream_readlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "readlines", 1, 2)?;
    readable(vm, &a[0])?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm)?;
        if line.is_empty() {
            break;
        }
        lines.push(vm.new_str(line));
    }
    Ok(vm.new_list(lines))
}

fn stream_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__iter__", 1, 1)?;
    readable(vm, &a[0])?;
    Ok(a[0].clone())
}

fn stream_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__next__", 1, 1)?;
    readable(vm, &a[0])?;
    let line = read_line(vm)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.new_str(line))
}

fn stream_readable(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "readable", 1, 1)?;
    Ok(Value::Bool(stream_of(&a[0]) == Some(Stream::Stdin)))
}

fn stream_writable(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "writable", 1, 1)?;
    Ok(Value::Bool(matches!(
        stream_of(&a[0]),
        Some(Stream::Stdout | Stream::Stderr)
    )))
}

/// `(name, mode, file descriptor)` of a standard stream.
fn stream_info(v: &Value) -> (&'static str, &'static str, i64) {
    match stream_of(v) {
        Some(Stream::Stdin) => ("<stdin>", "r", 0),
        Some(Stream::Stdout) => ("<stdout>", "w", 1),
        _ => ("<stderr>", "w", 2),
    }
}

fn get_stream_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.intern(stream_info(v).0))
}

fn get_stream_mode(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.intern(stream_info(v).1))
}

fn get_stream_encoding(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.intern("utf-8"))
}

fn get_stream_errors(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.intern(match stream_of(v) {
        Some(Stream::Stderr) => "backslashreplace",
        _ => stdio_errors(),
    }))
}

/// The error handler of stdin and stdout, as CPython chooses it:
/// `surrogateescape` when the LC_CTYPE locale (from `LC_ALL`, `LC_CTYPE`
/// or `LANG`; "C" when none is set) is C, POSIX or one of the UTF-8
/// locales CPython coerces C to, else `strict`.
fn stdio_errors() -> &'static str {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .unwrap_or_else(|| "C".to_string());
    match locale.as_str() {
        "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8" => "surrogateescape",
        _ => "strict",
    }
}

fn get_stream_closed(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_fileno(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "fileno", 1, 1)?;
    Ok(Value::Int(stream_info(&a[0]).2))
}

pub const STREAM_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "name",
        get: get_stream_name,
        set: None,
    },
    GetSetDef {
        name: "mode",
        get: get_stream_mode,
        set: None,
    },
    GetSetDef {
        name: "encoding",
        get: get_stream_encoding,
        set: None,
    },
    GetSetDef {
        name: "errors",
        get: get_stream_errors,
        set: None,
    },
    GetSetDef {
        name: "closed",
        get: get_stream_closed,
        set: None,
    },
];

fn stream_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let (name, mode, _) = stream_info(&a[0]);
    Ok(vm.new_str(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    )))
}

fn stream_isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "isatty", 1, 1)?;
    Ok(Value::Bool(false))
}

pub const STREAM_METHODS: &[MethodDef] = &[
    MethodDef::method("write", stream_write),
    MethodDef::method("flush", stream_flush),
    MethodDef::method("readline", stream_readline),
    MethodDef::method("read", stream_read),
    MethodDef::method("readlines", stream_readlines),
    MethodDef::method("isatty", stream_isatty),
    MethodDef::method("__iter__", stream_iter),
    MethodDef::method("__next__", stream_next),
    MethodDef::method("readable", stream_readable),
    MethodDef::method("fileno", stream_fileno),
    MethodDef::method("writable", stream_writable),
    MethodDef::method("__repr__", stream_repr),
];

/// An int argument that must fit a C int, with CPython's OverflowError.
fn c_int(vm: &Vm, v: &Value) -> PyResult<i64> {
    let n = vm.index_object(v)?;
    let small = crate::types::int::as_bigint(&n).and_then(|b| num_traits::ToPrimitive::to_i32(&*b));
    small
        .map(i64::from)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int".into()))
}

fn getrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "sys.getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.recursion_limit() as i64))
}

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "sys.setrecursionlimit", 1, 1)?;
    let n = c_int(vm, &a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".into()));
    }
    let limit = u32::try_from(n)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C int".into()))?;
    if limit <= vm.depth() {
        return Err(vm.recursion_error(format!(
            "cannot set the recursion limit to {limit} at the recursion depth {}: the limit is too low",
            vm.depth()
        )));
    }
    vm.set_recursion_limit(limit);
    Ok(Value::None)
}

fn exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "exit", 0, 1)?;
    let cls = Value::Obj(vm.exc.system_exit.clone());
    match vm.call(&cls, Args::positional(a))? {
        Value::Obj(o) => Err(crate::PyErr::new(o)),
        _ => Err(vm.new_exception(&vm.exc.system_exit, a.to_vec())),
    }
}

fn getdefaultencoding(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "sys.getdefaultencoding", 0, 0)?;
    Ok(vm.intern("utf-8"))
}

fn getfilesystemencoding(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "sys.getfilesystemencoding", 0, 0)?;
    Ok(vm.intern("utf-8"))
}

fn intern(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "sys.intern", 1, 1)?;
    match a[0].as_str() {
        Some(s) if matches!(&a[0], Value::Obj(o) if o.class.get().is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.str))) => {
            Ok(vm.intern(s.as_str()))
        }
        _ => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name_of(&a[0])
        ))),
    }
}

/// CPython's default limit on int/str conversion digits.
const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The lowest non-zero limit `set_int_max_str_digits` accepts.
const MAX_STR_DIGITS_THRESHOLD: i64 = 640;

/// The current digit limit, kept in the sys module's namespace.
struct IntDigitsLimit(std::cell::Cell<usize>);

fn int_digits_cell(vm: &Vm, sys: &Value) -> Option<usize> {
    let holder = vm
        .module_dict(sys)
        .as_ref()
        .and_then(obj_dict_table)
        .and_then(|t| t.borrow().get_str(&vm.intern("_int_max_str_digits")))?;
    match holder.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<IntDigitsLimit>().map(|c| c.0.get()),
        _ => None,
    }
}

fn limit_holder(vm: &Vm) -> PyResult<Value> {
    vm.module_dict(&vm.sys_module())
        .as_ref()
        .and_then(obj_dict_table)
        .and_then(|t| t.borrow().get_str(&vm.intern("_int_max_str_digits")))
        .ok_or_else(|| vm.runtime_error("lost sys._int_max_str_digits".into()))
}

fn get_int_max_str_digits(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "sys.get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &Vm, args: Args) -> PyResult<Value> {
    let [limit] = args.bind(vm, "set_int_max_str_digits", ["maxdigits"], 1)?;
    let Some(limit) = limit else {
        return Err(vm.type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)".into(),
        ));
    };
    let n = c_int(vm, &limit)?;
    if n != 0 && n < MAX_STR_DIGITS_THRESHOLD {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640".into()));
    }
    let holder = limit_holder(vm)?;
    if let Some(Payload::Native(h)) = holder.payload() {
        if let Some(cell) = h.downcast_ref::<IntDigitsLimit>() {
            cell.0.set(usize::try_from(n).unwrap_or(usize::MAX));
        }
    }
    Ok(Value::None)
}

fn exc_info(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "sys.exc_info", 0, 0)?;
    match vm.handling.borrow().last() {
        Some(e) => {
            let tb = crate::types::exception::exception_data(e).map_or(Value::None, |d| {
                crate::types::traceback::exception_traceback(vm, d)
            });
            Ok(vm.new_tuple(vec![Value::Obj(vm.class_of(e).clone()), e.clone(), tb]))
        }
        None => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "sys.exception", 0, 0)?;
    Ok(vm.handling.borrow().last().cloned().unwrap_or(Value::None))
}

/// Makes the `sys` module.
fn make(vm: &Vm) -> Value {
    let m = vm.new_module("sys");
    super::add_functions(
        vm,
        &m,
        &[
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exit", exit),
            ("exc_info", exc_info),
            ("exception", exception),
            ("intern", intern),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getfilesystemencoding),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
        ],
    );
    vm.module_set(
        &m,
        "_int_max_str_digits",
        vm.new_object(
            vm.types.object.clone(),
            Payload::Native(Box::new(IntDigitsLimit(std::cell::Cell::new(
                DEFAULT_MAX_STR_DIGITS,
            )))),
        ),
    );
    let argv = vm
        .argv
        .borrow()
        .iter()
        .map(|a| vm.new_str(a.clone()))
        .collect();
    vm.module_set(&m, "argv", vm.new_list(argv));
    vm.module_set(&m, "maxsize", Value::Int(i64::MAX));
    vm.module_set(
        &m,
        "byteorder",
        vm.new_str(
            if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }
            .into(),
        ),
    );
    add_info(vm, &m);
    let executable = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    vm.module_set(&m, "executable", vm.new_str(executable));
    vm.module_set(&m, "dont_write_bytecode", Value::Bool(true));
    if let Some(cls) = unsupported_operation_class(vm) {
        vm.module_set(&m, "_UnsupportedOperation", cls);
    }
    vm.module_set(&m, "platform", vm.new_str(std::env::consts::OS.into()));
    vm.module_set(&m, "modules", Value::Obj(vm.modules.clone()));
    let path = vm
        .sys_path
        .borrow()
        .iter()
        .map(|p| vm.new_str(p.clone()))
        .collect();
    vm.module_set(&m, "path", vm.new_list(path));
    let stdout = vm.new_object(
        vm.types.text_stream.clone(),
        Payload::Native(Box::new(Stream::Stdout)),
    );
    let stderr = vm.new_object(
        vm.types.text_stream.clone(),
        Payload::Native(Box::new(Stream::Stderr)),
    );
    let stdin = vm.new_object(
        vm.types.text_stream.clone(),
        Payload::Native(Box::new(Stream::Stdin)),
    );
    vm.module_set(&m, "stdin", stdin.clone());
    vm.module_set(&m, "stdout", stdout.clone());
    vm.module_set(&m, "stderr", stderr.clone());
    vm.module_set(&m, "__stdin__", stdin);
    vm.module_set(&m, "__stdout__", stdout);
    vm.module_set(&m, "__stderr__", stderr);
    m
}

/// `(name, value)` rows of one information struct sequence.
type InfoRows = Vec<(&'static str, Value)>;

/// Adds a struct sequence `sys.NAME` made of `rows`.
fn add_struct_seq(vm: &Vm, m: &Value, name: &str, rows: InfoRows) -> Option<Value> {
    let fields: Vec<&str> = rows.iter().map(|(f, _)| *f).collect();
    let cls = new_struct_seq_type(vm, "sys", name, &fields).ok()?;
    let value = new_struct_seq(vm, &cls, rows.into_iter().map(|(_, v)| v).collect());
    vm.module_set(m, name, value.clone());
    Some(value)
}

/// `version`, `version_info`, `float_info`, `int_info`, `hash_info`,
/// `implementation` and the other constants.
fn add_info(vm: &Vm, m: &Value) {
    let s = |t: &str| vm.new_str(t.to_string());
    let version_info = add_struct_seq(
        vm,
        m,
        "version_info",
        vec![
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", s("final")),
            ("serial", Value::Int(0)),
        ],
    );
    vm.module_set(m, "version", s("3.11.7 (garter)"));
    vm.module_set(m, "hexversion", Value::Int(0x030B_07F0));
    vm.module_set(m, "maxunicode", Value::Int(0x10FFFF));
    add_struct_seq(
        vm,
        m,
        "float_info",
        vec![
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP.into())),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP.into())),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP.into())),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP.into())),
            ("dig", Value::Int(f64::DIGITS.into())),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS.into())),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(f64::RADIX.into())),
            ("rounds", Value::Int(1)),
        ],
    );
    add_struct_seq(
        vm,
        m,
        "int_info",
        vec![
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            (
                "default_max_str_digits",
                Value::Int(DEFAULT_MAX_STR_DIGITS as i64),
            ),
            (
                "str_digits_check_threshold",
                Value::Int(MAX_STR_DIGITS_THRESHOLD),
            ),
        ],
    );
    add_struct_seq(
        vm,
        m,
        "hash_info",
        vec![
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1 << 61) - 1)),
            ("inf", Value::Int(314_159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1_000_003)),
            ("algorithm", s("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    );
    add_struct_seq(
        vm,
        m,
        "implementation",
        vec![
            ("name", s("garter")),
            ("cache_tag", Value::None),
            ("version", version_info.unwrap_or(Value::None)),
            ("hexversion", Value::Int(0x030B_07F0)),
        ],
    );
}
