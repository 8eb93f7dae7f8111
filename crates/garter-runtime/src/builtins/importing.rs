//! `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
//! absolute imports through `sys.modules`, the native modules and the
//! evaluator's source import.

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::types::dict::obj_dict_table;
use crate::value::Value;
use crate::Vm;

fn cached(vm: &Vm, name: &str) -> Option<Value> {
    obj_dict_table(&vm.modules).and_then(|t| t.borrow().get_str(&vm.intern(name)))
}

fn not_found(vm: &Vm, name: &str) -> PyErr {
    let err = vm.new_error(
        &vm.exc.module_not_found_error,
        format!("No module named '{name}'"),
    );
    crate::types::exception_kinds::set_lookup_fields(&err, vm.new_str(name.to_string()), None);
    err
}

/// Imports the dotted module `name`, parents first; returns each level.
fn import_chain(vm: &Vm, name: &str) -> PyResult<Vec<Value>> {
    let mut chain: Vec<Value> = Vec::new();
    let mut prefix = String::new();
    for part in name.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let module = match cached(vm, &prefix) {
            Some(m) => m,
            None => {
                let made = match crate::modules::native_module(vm, &prefix) {
                    Some(m) => {
                        vm.set_item(
                            &Value::Obj(vm.modules.clone()),
                            &vm.intern(&prefix),
                            m.clone(),
                        )?;
                        Some(m)
                    }
                    None => vm.evaluator()?.import_source(vm, &prefix)?,
                };
                let m = made.ok_or_else(|| not_found(vm, &prefix))?;
                if let Some(parent) = chain.last() {
                    vm.set_attr(parent, &vm.intern(part), m.clone())?;
                }
                m
            }
        };
        chain.push(module);
    }
    Ok(chain)
}

pub fn import(vm: &Vm, args: Args) -> PyResult<Value> {
    let [name, _globals, _locals, fromlist, level] = args.bind(
        vm,
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        5,
    )?;
    let Some(name) = name else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)".into()));
    };
    let Some(text) = name.as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error(format!(
            "module name must be str, not {}",
            vm.type_name_of(&name)
        )));
    };
    let level = match level {
        Some(l) => vm.index_value(&l)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0".into()));
    }
    if level > 0 {
        return Err(vm.new_error(
            &vm.exc.import_error,
            "attempted relative import with no known parent package".into(),
        ));
    }
    if text.is_empty() {
        return Err(vm.value_error("Empty module name".into()));
    }
    let chain = import_chain(vm, &text)?;
    let wants_leaf = match fromlist {
        Some(f) if !f.is_none() => vm.truthy(&f)?,
        _ => false,
    };
    let picked = if wants_leaf {
        chain.last()
    } else {
        chain.first()
    };
    Ok(picked.cloned().unwrap_or(Value::None))
}
