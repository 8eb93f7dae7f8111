//! Argument checks for the methods of int, float, complex and bool, with
//! the wording CPython uses for each kind of builtin method: slot
//! wrappers (`__add__`: "expected 1 argument, got 2"), methods without
//! arguments (`int.bit_count() takes no arguments (1 given)`) and
//! methods of exactly one (`float.fromhex() takes exactly one argument
//! (0 given)`). Every check counts `self`-less arguments, as CPython's
//! messages do, and returns the positional values including `self`.

use crate::args::Args;
use crate::error::PyResult;
use crate::value::Value;
use crate::Vm;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A slot wrapper (`__add__`, `__neg__`, `__eq__`...) taking `n`
/// arguments besides `self`.
pub fn wrapper_args<'a>(vm: &Vm, args: Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let given = pos.len().saturating_sub(1);
    if given != n || pos.is_empty() {
        return Err(vm.type_error(format!("expected {n} argument{}, got {given}", plural(n))));
    }
    Ok(pos)
}

/// A slot wrapper without arguments besides `self` (`__neg__`, `__int__`).
pub fn wrapper0<'a>(vm: &Vm, args: Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    wrapper_args(vm, args, name, 0)
}

/// The `__pow__`/`__rpow__` wrapper: one or two arguments besides `self`.
pub fn ternary_wrapper_args<'a>(vm: &Vm, args: Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let given = pos.len().saturating_sub(1);
    if given < 1 || pos.is_empty() {
        return Err(vm.type_error(format!(" expected at least 1 argument, got {given}")));
    }
    if given > 2 {
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {given}")));
    }
    Ok(pos)
}

/// A method without arguments, named `qualname` (`int.bit_count`).
pub fn no_args<'a>(vm: &Vm, args: Args<'a>, qualname: &str) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(pos)
}

/// A method of exactly one argument, named `qualname` (`int.__format__`).
pub fn one_arg<'a>(vm: &Vm, args: Args<'a>, qualname: &str) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(pos)
}

/// `__round__(ndigits=None)`: at most one argument, positional only.
pub fn round_args<'a>(vm: &Vm, args: Args<'a>, qualname: &str) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(pos)
}

/// "descriptor '__add__' requires a 'int' object but received a 'float'".
pub fn descriptor_error(vm: &Vm, name: &str, owner: &str, received: &Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "descriptor '{name}' requires a '{owner}' object but received a '{}'",
        vm.type_name_of(received)
    ))
}

/// The class a number type's `__new__` was called with, checked as
/// CPython checks it: present, a type, and a subtype of `base` (named
/// `type_name`) that may use this `__new__`.
pub fn new_class(
    vm: &Vm,
    args: Args,
    type_name: &str,
    base: &crate::value::ObjRef,
) -> PyResult<crate::value::ObjRef> {
    let Some(first) = args.pos().first() else {
        return Err(vm.type_error(format!("{type_name}.__new__(): not enough arguments")));
    };
    let cls = match first {
        Value::Obj(c) if c.as_type().is_some() => c.clone(),
        other => {
            return Err(vm.type_error(format!(
                "{type_name}.__new__(X): X is not a type object ({})",
                vm.type_name_of(other)
            )))
        }
    };
    let name = crate::types::type_object::type_name(&cls);
    if !crate::types::type_object::is_subtype(&cls, base) {
        return Err(vm.type_error(format!(
            "{type_name}.__new__({name}): {name} is not a subtype of {type_name}"
        )));
    }
    if type_name == "int" && std::rc::Rc::ptr_eq(&cls, &vm.types.bool) {
        return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()".into()));
    }
    Ok(cls)
}

/// The TypeError for a method of `owner` called on a `received` of
/// another type. `name` is as the argument checks take it: a slot
/// wrapper's bare dunder ("descriptor '__neg__' requires a 'int'
/// object but received a 'str'"), or `owner.method` / an attribute name
/// for other methods ("descriptor 'hex' for 'float' objects doesn't
/// apply to a 'int' object").
pub fn self_type_error(vm: &Vm, name: &str, owner: &str, received: &Value) -> crate::error::PyErr {
    let received_type = vm.type_name_of(received);
    match name.strip_prefix(owner).and_then(|n| n.strip_prefix('.')) {
        Some(method) => vm.type_error(format!(
            "descriptor '{method}' for '{owner}' objects doesn't apply to a '{received_type}' object"
        )),
        None if name.starts_with("__") => descriptor_error(vm, name, owner, received),
        None => vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{received_type}' object"
        )),
    }
}
