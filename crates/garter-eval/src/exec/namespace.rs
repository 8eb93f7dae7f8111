//! Reading and writing the namespace of a class body (or of `exec`'d code
//! given separate locals). An exact dict is used directly; any other
//! mapping (a metaclass's `__prepare__` result, such as enum's member
//! dict) goes through its `__getitem__`, `__setitem__` and `__delitem__`,
//! as CPython's LOAD_NAME and STORE_NAME do. Also which builtins a module
//! namespace sees (its `__builtins__`).

use garter_runtime::object::Payload;
use garter_runtime::types::dict::{is_builtin, obj_dict_table};
use garter_runtime::{ObjRef, PyResult, Value, Vm};

fn exact_dict(ns: &ObjRef) -> bool {
    matches!(ns.payload, Payload::Dict(_)) && is_builtin(ns)
}

/// `ns[name]`, or `None` when the mapping has no such key.
pub(crate) fn ns_get(vm: &Vm, ns: &ObjRef, name: &Value) -> PyResult<Option<Value>> {
    if exact_dict(ns) {
        return Ok(obj_dict_table(ns).and_then(|t| t.borrow().get_str(name)));
    }
    match vm.get_item(&Value::Obj(ns.clone()), name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, &vm.exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `ns[name] = value`.
pub(crate) fn ns_set(vm: &Vm, ns: &ObjRef, name: &Value, value: Value) -> PyResult<()> {
    if exact_dict(ns) {
        if let Some(t) = obj_dict_table(ns) {
            let old = t.borrow().get_str(name);
            t.borrow_mut().set_str(name.clone(), value);
            drop(old);
        }
        return Ok(());
    }
    vm.set_item(&Value::Obj(ns.clone()), name, value)
}

/// `del ns[name]`: whether the key was there.
pub(crate) fn ns_del(vm: &Vm, ns: &ObjRef, name: &Value) -> PyResult<bool> {
    if exact_dict(ns) {
        let removed = obj_dict_table(ns).and_then(|t| t.borrow_mut().del_str(name));
        return Ok(removed.is_some());
    }
    match vm.del_item(&Value::Obj(ns.clone()), name) {
        Ok(()) => Ok(true),
        Err(e) if vm.err_matches(&e, &vm.exc.key_error) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The builtins namespace code running in `globals` sees: its
/// `__builtins__` entry (a dict, or a module's dict), else the
/// interpreter's builtins.
pub(crate) fn builtins_of(vm: &Vm, globals: &ObjRef) -> ObjRef {
    let key = vm.intern("__builtins__");
    let found = obj_dict_table(globals).and_then(|t| t.borrow().get_str(&key));
    match found
        .as_ref()
        .and_then(Value::as_obj)
        .map(|o| (o, &o.payload))
    {
        Some((o, Payload::Dict(_))) => o.clone(),
        Some((_, Payload::Module(m))) => m.dict.clone(),
        _ => vm.builtins.clone(),
    }
}
