//! Struct sequences: tuple subclasses whose items also have names, like
//! `sys.version_info` and `sys.float_info`
//! (`sys.version_info(major=3, minor=11, ...)`).
//!
//! The field names live in the type's `__match_args__`; attribute access
//! by name goes through the type's `__getattr__`.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::class_new::new_class;
use crate::types::dict::DictTable;
use crate::types::type_object::{add_methods, refresh_dunders, type_name, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// Makes a struct sequence type `module.name` with these field names.
pub fn new_struct_seq_type(vm: &Vm, module: &str, name: &str, fields: &[&str]) -> PyResult<ObjRef> {
    let mut ns = DictTable::new();
    ns.set_str(vm.intern("__module__"), vm.new_str(module.to_string()));
    let names = fields.iter().map(|f| vm.intern(f)).collect();
    ns.set_str(vm.intern("__match_args__"), vm.new_tuple(names));
    let n = Value::Int(fields.len() as i64);
    for key in ["n_fields", "n_sequence_fields"] {
        ns.set_str(vm.intern(key), n.clone());
    }
    ns.set_str(vm.intern("n_unnamed_fields"), Value::Int(0));
    let ns = vm.new_dict_obj(ns);
    let cls = new_class(
        vm,
        &vm.types.type_,
        name,
        vec![vm.types.tuple.clone()],
        &ns,
        Args::positional(&[]),
    )?;
    let Value::Obj(cls) = cls else {
        return Err(vm.type_error(format!("cannot make the type {module}.{name}")));
    };
    add_methods(vm, &cls, METHODS, &[]);
    refresh_dunders(vm, &cls);
    Ok(cls)
}

/// An instance of a struct sequence type.
pub fn new_struct_seq(vm: &Vm, cls: &ObjRef, items: Vec<Value>) -> Value {
    vm.new_object(cls.clone(), Payload::Tuple(items.into_boxed_slice()))
}

/// `module.name` of a struct sequence's type, as its repr shows it.
fn full_name(vm: &Vm, v: &Value) -> String {
    let cls = vm.class_of(v);
    let module = cls
        .as_type()
        .and_then(|t| t.namespace().get_str(&vm.intern("__module__")));
    match module.as_ref().and_then(Value::as_str) {
        Some(m) => format!("{}.{}", m.as_str(), type_name(cls)),
        None => type_name(cls),
    }
}

/// The field names of a struct sequence's type.
fn field_names(vm: &Vm, v: &Value) -> Vec<String> {
    let names = crate::types::type_object::mro_lookup(vm.class_of(v), &vm.intern("__match_args__"));
    vm.tuple_items(&names.unwrap_or(Value::None))
        .iter()
        .filter_map(|n| n.as_str().map(|s| s.as_str().to_string()))
        .collect()
}

fn seq_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let items = vm.tuple_items(&a[0]);
    let mut parts = Vec::with_capacity(items.len());
    for (name, item) in field_names(vm, &a[0]).iter().zip(items.iter()) {
        parts.push(format!("{name}={}", vm.repr_string(item)?));
    }
    Ok(vm.new_str(format!("{}({})", full_name(vm, &a[0]), parts.join(", "))))
}

fn seq_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__getattr__", 2, 2)?;
    let wanted = a[1].as_str().map(|s| s.as_str().to_string());
    if let Some(wanted) = wanted {
        let names = field_names(vm, &a[0]);
        if let Some(i) = names.iter().position(|n| *n == wanted) {
            if let Some(v) = vm.tuple_items(&a[0]).get(i) {
                return Ok(v.clone());
            }
        }
        return Err(vm.attribute_error(format!(
            "'{}' object has no attribute '{wanted}'",
            full_name(vm, &a[0])
        )));
    }
    Err(vm.no_attribute(&a[0], &a[1]))
}

fn seq_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let name = match cls.as_obj().and_then(|c| c.as_type()) {
        Some(t) => {
            let module = t.namespace().get_str(&vm.intern("__module__"));
            match module.as_ref().and_then(Value::as_str) {
                Some(m) => format!("{}.{}", m.as_str(), t.name()),
                None => t.name(),
            }
        }
        None => String::from("?"),
    };
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", seq_new),
    MethodDef::method("__repr__", seq_repr),
    MethodDef::method("__getattr__", seq_getattr),
];
