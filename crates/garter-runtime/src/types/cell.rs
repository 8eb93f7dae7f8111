//! `cell`: a closure variable shared between a function and the scope it
//! was defined in (`f.__closure__[0].cell_contents`).

use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::GetSetDef;
use crate::value::Value;
use crate::Vm;

fn get_contents(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Cell(c)) => c
            .borrow()
            .clone()
            .ok_or_else(|| vm.value_error("Cell is empty".into())),
        _ => Err(vm.type_error("descriptor 'cell_contents' requires a 'cell' object".into())),
    }
}

fn set_contents(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    match v.payload() {
        Some(Payload::Cell(c)) => {
            let old = std::mem::replace(&mut *c.borrow_mut(), new);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error("descriptor 'cell_contents' requires a 'cell' object".into())),
    }
}

pub const GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "cell_contents",
    get: get_contents,
    set: Some(set_contents),
}];
