//! The `sys` module: argv, limits, version, the standard streams and the
//! recursion limit.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::obj_dict_table;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// Which standard stream a `TextIOWrapper` object writes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
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

    fn sys_attr(&self, name: &str) -> PyResult<Value> {
        let sys =
            obj_dict_table(&self.modules).and_then(|t| t.borrow().get_str(&self.intern("sys")));
        match sys {
            Some(m) => self.get_attr(&m, &self.intern(name)),
            None => Err(self.runtime_error(format!("lost sys.{name}"))),
        }
    }

    /// `file.write(text)`, straight to the process stream for the
    /// standard ones.
    pub fn write_to(&self, file: &Value, text: &str) -> PyResult<()> {
        match stream_of(file) {
            Some(Stream::Stdout) => self.write_stdout(text),
            Some(Stream::Stderr) => {
                self.flush_stdout();
                self.stderr
                    .borrow_mut()
                    .write_all(text.as_bytes())
                    .map_err(|e| self.os_error(e.to_string()))
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
        None => {}
    }
    Ok(Value::None)
}

pub const STREAM_METHODS: &[MethodDef] = &[
    MethodDef::method("write", stream_write),
    MethodDef::method("flush", stream_flush),
];

fn getrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.recursion_limit() as i64))
}

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.index_value(&a[0])?;
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
    Err(vm.new_exception(&vm.exc.system_exit, a.to_vec()))
}

fn exc_info(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "exc_info", 0, 0)?;
    match vm.handling.borrow().last() {
        Some(e) => Ok(vm.new_tuple(vec![
            Value::Obj(vm.class_of(e).clone()),
            e.clone(),
            Value::None,
        ])),
        None => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "exception", 0, 0)?;
    Ok(vm.handling.borrow().last().cloned().unwrap_or(Value::None))
}

/// Makes the `sys` module.
pub fn make(vm: &Vm) -> Value {
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
        ],
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
    let version = [3, 11, 7].map(Value::Int);
    let mut info = version.to_vec();
    info.push(vm.new_str("final".into()));
    info.push(Value::Int(0));
    vm.module_set(&m, "version_info", vm.new_tuple(info));
    vm.module_set(&m, "version", vm.new_str("3.11.7 (garter)".into()));
    vm.module_set(&m, "platform", vm.new_str(std::env::consts::OS.into()));
    vm.module_set(&m, "modules", Value::Obj(vm.modules.clone()));
    vm.module_set(&m, "path", vm.new_list(Vec::new()));
    let stdout = vm.new_object(
        vm.types.text_stream.clone(),
        Payload::Native(Box::new(Stream::Stdout)),
    );
    let stderr = vm.new_object(
        vm.types.text_stream.clone(),
        Payload::Native(Box::new(Stream::Stderr)),
    );
    vm.module_set(&m, "stdout", stdout.clone());
    vm.module_set(&m, "stderr", stderr.clone());
    vm.module_set(&m, "__stdout__", stdout);
    vm.module_set(&m, "__stderr__", stderr);
    m
}
