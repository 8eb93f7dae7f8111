//! Builtins for a program's session: `input`, and `exit`/`quit` (the
//! `Quitter` objects whose repr tells how to leave).

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// `input([prompt])`: writes the prompt, reads one line from `sys.stdin`
/// without its newline; EOFError at the end of input.
pub fn input(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "input", 0, 1)?;
    let stdout = vm.sys_stdout()?;
    if let Some(prompt) = a.first() {
        let text = vm.str_string(prompt)?;
        vm.write_to(&stdout, &text)?;
    }
    vm.call_method(&stdout, "flush", &[])?;
    let stdin = vm.sys_stdin()?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let Some(text) = line.as_str() else {
        return Err(vm.type_error(format!(
            "object.readline() returned non-string ({})",
            vm.type_name_of(&line)
        )));
    };
    let text = text.as_str();
    if text.is_empty() {
        return Err(vm.new_error(&vm.exc.eof_error, "EOF when reading a line".into()));
    }
    Ok(vm.new_str(text.strip_suffix('\n').unwrap_or(text).to_string()))
}

/// The name a `Quitter` answers to (`exit` or `quit`).
struct QuitterName(&'static str);

/// Makes the `exit` or `quit` object.
pub fn new_quitter(vm: &Vm, name: &'static str) -> Value {
    vm.new_object(
        vm.types.quitter.clone(),
        Payload::Native(Box::new(QuitterName(name))),
    )
}

fn quitter_name(v: &Value) -> &'static str {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<QuitterName>().map_or("exit", |q| q.0),
        _ => "exit",
    }
}

fn quitter_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    Ok(vm.new_str(format!(
        "Use {}() or Ctrl-D (i.e. EOF) to exit",
        quitter_name(&a[0])
    )))
}

fn quitter_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let given = args.pos().len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {given} were given"
        )));
    }
    let [_, code] = args.bind(vm, "Quitter.__call__", ["self", "code"], 2)?;
    let cls = Value::Obj(vm.exc.system_exit.clone());
    let exc = vm.call(&cls, Args::positional(&[code.unwrap_or(Value::None)]))?;
    match exc {
        Value::Obj(o) => Err(crate::PyErr::new(o)),
        _ => Err(vm.new_exception(&vm.exc.system_exit, Vec::new())),
    }
}

pub const QUITTER_METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", quitter_repr),
    MethodDef::method("__call__", quitter_call),
];
