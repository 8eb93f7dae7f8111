//! `mappingproxy`: the read-only view `type.__dict__` returns. It reads
//! the type's namespace as it is at each operation, so it follows later
//! changes to the class.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::MethodDef;
use crate::value::{ObjRef, Value};
use crate::Vm;

impl Vm {
    /// A mappingproxy over a type's namespace (or over a dict).
    pub fn new_mappingproxy(&self, target: ObjRef) -> Value {
        self.new_object(
            self.types.mappingproxy.clone(),
            Payload::MappingProxy(target),
        )
    }
}

/// The mapping a proxy shows, as a dict value: a copy of a type's
/// namespace taken now, or the dict itself.
fn mapping(vm: &Vm, proxy: &Value) -> PyResult<Value> {
    let Some(Payload::MappingProxy(target)) = proxy.payload() else {
        return Err(vm.type_error(format!(
            "descriptor requires a 'mappingproxy' object but received a '{}'",
            vm.type_name_of(proxy)
        )));
    };
    match target.as_type() {
        Some(t) => {
            let copy = t.namespace().clone();
            Ok(vm.new_dict(copy))
        }
        None => Ok(Value::Obj(target.clone())),
    }
}

fn proxy_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__getitem__", 2, 2)?;
    vm.get_item(&mapping(vm, &a[0])?, &a[1])
}

fn proxy_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__contains__", 2, 2)?;
    vm.contains(&mapping(vm, &a[0])?, &a[1]).map(Value::Bool)
}

fn proxy_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__iter__", 1, 1)?;
    vm.iter(&mapping(vm, &a[0])?)
}

fn proxy_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__len__", 1, 1)?;
    Ok(Value::Int(vm.len(&mapping(vm, &a[0])?)? as i64))
}

fn proxy_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "get", 2, 3)?;
    let d = mapping(vm, &a[0])?;
    let default = a.get(2).cloned().unwrap_or(Value::None);
    vm.call_method(&d, "get", &[a[1].clone(), default])
}

fn delegate(vm: &Vm, args: Args, name: &'static str) -> PyResult<Value> {
    let a = args.count(vm, name, 1, 1)?;
    vm.call_method(&mapping(vm, &a[0])?, name, &[])
}

fn proxy_keys(vm: &Vm, args: Args) -> PyResult<Value> {
    delegate(vm, args, "keys")
}

fn proxy_values(vm: &Vm, args: Args) -> PyResult<Value> {
    delegate(vm, args, "values")
}

fn proxy_items(vm: &Vm, args: Args) -> PyResult<Value> {
    delegate(vm, args, "items")
}

fn proxy_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    delegate(vm, args, "copy")
}

fn proxy_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let inner = vm.repr_string(&mapping(vm, &a[0])?)?;
    Ok(vm.new_str(format!("mappingproxy({inner})")))
}

fn proxy_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    vm.str(&mapping(vm, &a[0])?).map(Value::Obj)
}

fn proxy_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__eq__", 2, 2)?;
    let other = match a[1].payload() {
        Some(Payload::MappingProxy(_)) => mapping(vm, &a[1])?,
        _ => a[1].clone(),
    };
    vm.compare(&mapping(vm, &a[0])?, &other, crate::dunder::CompareOp::Eq)
}

fn proxy_new(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_keywords(vm, "mappingproxy")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "mappingproxy() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    match pos[1].as_obj() {
        Some(o) if matches!(o.payload, Payload::Dict(_)) => Ok(vm.new_mappingproxy(o.clone())),
        _ => Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name_of(&pos[1])
        ))),
    }
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", proxy_new),
    MethodDef::method("__getitem__", proxy_getitem),
    MethodDef::method("__contains__", proxy_contains),
    MethodDef::method("__iter__", proxy_iter),
    MethodDef::method("__len__", proxy_len),
    MethodDef::method("__repr__", proxy_repr),
    MethodDef::method("__str__", proxy_str),
    MethodDef::method("__eq__", proxy_eq),
    MethodDef::method("get", proxy_get),
    MethodDef::method("keys", proxy_keys),
    MethodDef::method("values", proxy_values),
    MethodDef::method("items", proxy_items),
    MethodDef::method("copy", proxy_copy),
];
