//! `getset_descriptor` and `member_descriptor`: native attributes of
//! builtin types and `__slots__` attributes, seen from Python.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn descr_get_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    let cls = vm.class_of(&a[1]).clone();
    vm.descr_get(a[0].clone(), Some(&a[1]), &cls)
}

fn descr_set_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__set__", 3, 3)?;
    set_or_delete(vm, &a[0], &a[1], Some(a[2].clone()))
}

fn descr_delete_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__delete__", 2, 2)?;
    set_or_delete(vm, &a[0], &a[1], None)
}

fn set_or_delete(vm: &Vm, descr: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    match descr.payload() {
        Some(Payload::GetSet { set: Some(set), .. }) => set(vm, obj, value)?,
        Some(Payload::GetSet { name, owner, .. }) => {
            return Err(vm.attribute_error(format!(
                "attribute '{name}' of '{owner}' objects is not writable"
            )))
        }
        Some(Payload::Member { index, .. }) => {
            if let Some(slot) = obj.as_obj().and_then(|o| o.slot_values().get(*index)) {
                *slot.borrow_mut() = value;
            }
        }
        _ => return Err(vm.type_error("descriptor requires a descriptor object".into())),
    }
    Ok(Value::None)
}

/// Whether CPython keeps this native attribute of a builtin exception
/// class as a plain member (`OSError.errno`) rather than a computed one.
fn is_exception_member(vm: &Vm, owner: &str, name: &str) -> bool {
    const COMPUTED: &[&str] = &[
        "args",
        "__traceback__",
        "__context__",
        "__cause__",
        "__dict__",
        "characters_written",
    ];
    !COMPUTED.contains(&name) && vm.exc.all().iter().any(|(n, _)| *n == owner)
}

fn descr_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    Ok(vm.new_str(match a[0].payload() {
        Some(Payload::GetSet { name, owner, .. }) if is_exception_member(vm, owner, name) => {
            format!("<member '{name}' of '{owner}' objects>")
        }
        Some(Payload::GetSet { name, owner, .. }) => {
            format!("<attribute '{name}' of '{owner}' objects>")
        }
        Some(Payload::Member { name, owner, .. }) => {
            format!("<member '{name}' of '{owner}' objects>")
        }
        _ => "<descriptor>".into(),
    }))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__get__", descr_get_method),
    MethodDef::method("__set__", descr_set_method),
    MethodDef::method("__delete__", descr_delete_method),
    MethodDef::method("__repr__", descr_repr),
];
