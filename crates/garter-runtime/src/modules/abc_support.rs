//! `_garter_abc`: what the embedded `abc` and `collections` modules need
//! from the runtime: recording a class's abstract methods so that
//! `object.__new__` refuses to instantiate it, and `types.GenericAlias`
//! for their `__class_getitem__`.

use crate::args::Args;
use crate::error::PyResult;
use crate::value::Value;
use crate::Vm;

/// `set_abstract_methods(cls, names)`: `names` (any iterable of str)
/// becomes the list checked when `cls` is instantiated.
fn set_abstract_methods(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "set_abstract_methods", 2, 2)?;
    let Some(t) = a[0].as_obj().and_then(|o| o.as_type()) else {
        return Err(vm.type_error(format!(
            "set_abstract_methods() argument 1 must be a type, not {}",
            vm.type_name_of(&a[0])
        )));
    };
    let mut names = Vec::new();
    for name in vm.collect(&a[1])? {
        names.push(vm.str_string(&name)?);
    }
    names.sort();
    *t.abstract_methods.borrow_mut() = names;
    Ok(Value::None)
}

pub fn make(vm: &Vm) -> Value {
    let m = vm.new_module("_garter_abc");
    super::add_functions(
        vm,
        &m,
        &[
            ("set_abstract_methods", set_abstract_methods),
            ("class_getitem", crate::types::generic_alias::class_getitem),
        ],
    );
    m
}
