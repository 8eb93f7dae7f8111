//! Dictionary views: `dict_keys`, `dict_values` and `dict_items`, live
//! windows onto a dict.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::{dict_table, get_item};
use crate::types::iterators::{new_iterator, BuiltinIterator, DictPart};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// A new view of `dict`.
pub fn new_view(vm: &Vm, cls: &ObjRef, dict: Value, part: DictPart) -> Value {
    vm.new_object(cls.clone(), Payload::DictView { dict, part })
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a Value, DictPart)> {
    match v.payload() {
        Some(Payload::DictView { dict, part }) => Ok((dict, *part)),
        _ => Err(vm.type_error("descriptor requires a dict view".into())),
    }
}

fn view_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__len__", 1, 1)?;
    let (d, _) = this(vm, &a[0])?;
    Ok(Value::Int(
        dict_table(d).map_or(0, |t| t.borrow().len()) as i64
    ))
}

fn iterator(vm: &Vm, v: &Value, reverse: bool) -> PyResult<Value> {
    let (d, part) = this(vm, v)?;
    let Some(t) = dict_table(d) else {
        return Err(vm.type_error("view of a non-dict".into()));
    };
    let cls = match (part, reverse) {
        (DictPart::Keys, false) => &vm.types.dict_keyiterator,
        (DictPart::Values, false) => &vm.types.dict_valueiterator,
        (DictPart::Items, false) => &vm.types.dict_itemiterator,
        (DictPart::Keys, true) => &vm.types.dict_reversekeyiterator,
        (DictPart::Values, true) => &vm.types.dict_reversevalueiterator,
        (DictPart::Items, true) => &vm.types.dict_reverseitemiterator,
    };
    let t = t.borrow();
    let pos = if reverse { t.storage_len() } else { 0 };
    Ok(new_iterator(
        vm,
        cls,
        BuiltinIterator::Dict {
            dict: d.clone(),
            pos,
            len: t.len(),
            part,
            reverse,
        },
    ))
}

fn view_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__iter__", 1, 1)?;
    iterator(vm, &a[0], false)
}

fn view_reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__reversed__", 1, 1)?;
    iterator(vm, &a[0], true)
}

fn view_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__contains__", 2, 2)?;
    let (d, part) = this(vm, &a[0])?;
    let Some(t) = dict_table(d) else {
        return Ok(Value::Bool(false));
    };
    match part {
        DictPart::Keys => Ok(Value::Bool(get_item(vm, t, &a[1])?.is_some())),
        DictPart::Items => {
            let Some(Payload::Tuple(pair)) = a[1].payload() else {
                return Ok(Value::Bool(false));
            };
            if pair.len() != 2 {
                return Ok(Value::Bool(false));
            }
            match get_item(vm, t, &pair[0])? {
                Some(v) => Ok(Value::Bool(vm.eq(&v, &pair[1])?)),
                None => Ok(Value::Bool(false)),
            }
        }
        DictPart::Values => {
            let values: Vec<Value> = t.borrow().iter().map(|e| e.value.clone()).collect();
            for v in values {
                if vm.eq(&v, &a[1])? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

fn view_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let name = vm.type_name_of(&a[0]);
    let items = vm.collect(&a[0])?;
    let inner = crate::types::sequence::seq_repr(vm, a[0].identity(), &items, "[", "]")?;
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn view_mapping(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (d, _) = this(vm, v)?;
    Ok(d.clone())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__len__", view_len),
    MethodDef::method("__iter__", view_iter),
    MethodDef::method("__reversed__", view_reversed),
    MethodDef::method("__contains__", view_contains),
    MethodDef::method("__repr__", view_repr),
];

pub const GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "mapping",
    get: view_mapping,
    set: None,
}];
