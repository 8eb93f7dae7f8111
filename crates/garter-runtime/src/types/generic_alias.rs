//! `types.GenericAlias`: what `list[int]` and `dict[str, int]` make
//! (`__class_getitem__` of the builtin generic classes). It records the
//! origin class and the arguments, prints as `list[int]`, compares by
//! both, and calling it calls the origin.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The data of a generic alias.
pub struct GenericAliasData {
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
}

fn alias_data(v: &Value) -> Option<&GenericAliasData> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<GenericAliasData>(),
        _ => None,
    }
}

/// Whether `v` is a generic alias (`list[int]`).
pub fn is_generic_alias(v: &Value) -> bool {
    alias_data(v).is_some()
}

fn alias_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a GenericAliasData> {
    alias_data(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'types.GenericAlias' object but received a '{}'",
            vm.type_name_of(v)
        ))
    })
}

/// `origin[args]` as a generic alias; a non-tuple `args` is one argument.
pub fn new_generic_alias(vm: &Vm, origin: Value, args: Value) -> Value {
    let args = match args.payload() {
        Some(Payload::Tuple(_)) => args,
        _ => vm.new_tuple(vec![args]),
    };
    vm.new_object(
        vm.types.generic_alias.clone(),
        Payload::Native(Box::new(GenericAliasData { origin, args })),
    )
}

/// `cls.__class_getitem__(item)` for the builtin generic classes.
pub fn class_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__class_getitem__", 2, 2)?;
    Ok(new_generic_alias(vm, a[0].clone(), a[1].clone()))
}

/// How an alias shows one of its parts: `...`, a nested alias, a class
/// by its (module-qualified) name, anything else by `repr`.
pub(crate) fn item_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if v.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if alias_data(v).is_some() {
        return vm.repr_string(v);
    }
    if let Some(t) = v.as_obj().and_then(|o| o.as_type()) {
        let qual = t.qualname.borrow().clone();
        let module = t.namespace().get_str(&vm.intern("__module__"));
        return Ok(match module.as_ref().and_then(Value::as_str) {
            Some(m) if m.as_str() != "builtins" => format!("{}.{qual}", m.as_str()),
            _ => qual.into_owned(),
        });
    }
    vm.repr_string(v)
}

fn alias_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let g = alias_self(vm, &a[0])?;
    let _guard = vm.enter(" while getting the repr of an object")?;
    let items = vm.tuple_items(&g.args);
    let inner = if items.is_empty() {
        "()".to_string()
    } else {
        let mut parts = Vec::with_capacity(items.len());
        for item in &items {
            parts.push(item_repr(vm, item)?);
        }
        parts.join(", ")
    };
    Ok(vm.new_str(format!("{}[{inner}]", item_repr(vm, &g.origin)?)))
}

fn alias_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__eq__", 2, 2)?;
    let g = alias_self(vm, &a[0])?;
    let Some(other) = alias_data(&a[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::Bool(
        vm.eq(&g.origin, &other.origin)? && vm.eq(&g.args, &other.args)?,
    ))
}

fn alias_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__hash__", 1, 1)?;
    let g = alias_self(vm, &a[0])?;
    let h = vm.hash(&g.origin)? ^ vm.hash(&g.args)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn alias_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.values.first() else {
        return Err(vm.type_error("GenericAlias.__call__ needs an argument".into()));
    };
    let origin = alias_self(vm, this)?.origin.clone();
    let result = vm.call(
        &origin,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )?;
    if let Err(e) = vm.set_attr(&result, &vm.intern("__orig_class__"), this.clone()) {
        let ignorable =
            vm.err_matches(&e, &vm.exc.attribute_error) || vm.err_matches(&e, &vm.exc.type_error);
        if !ignorable {
            return Err(e);
        }
    }
    Ok(result)
}

/// Other attributes come from the origin class (`list[int].append`).
fn alias_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__getattr__", 2, 2)?;
    let origin = alias_self(vm, &a[0])?.origin.clone();
    vm.get_attr(&origin, &a[1])
}

fn alias_mro_entries(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__mro_entries__", 2, 2)?;
    let origin = alias_self(vm, &a[0])?.origin.clone();
    Ok(vm.new_tuple(vec![origin]))
}

fn alias_instancecheck(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic".into()))
}

fn alias_subclasscheck(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic".into()))
}

fn get_origin(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(alias_self(vm, v)?.origin.clone())
}

fn get_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(alias_self(vm, v)?.args.clone())
}

fn get_parameters(vm: &Vm, v: &Value) -> PyResult<Value> {
    alias_self(vm, v)?;
    Ok(vm.empty_tuple.clone())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", alias_repr),
    MethodDef::method("__eq__", alias_eq),
    MethodDef::method("__hash__", alias_hash),
    MethodDef::method("__call__", alias_call),
    MethodDef::method("__getattr__", alias_getattr),
    MethodDef::method("__mro_entries__", alias_mro_entries),
    MethodDef::method("__or__", crate::types::union_type::or_method),
    MethodDef::method("__ror__", crate::types::union_type::ror_method),
    MethodDef::method("__instancecheck__", alias_instancecheck),
    MethodDef::method("__subclasscheck__", alias_subclasscheck),
];

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__origin__",
        get: get_origin,
        set: None,
    },
    GetSetDef {
        name: "__args__",
        get: get_args,
        set: None,
    },
    GetSetDef {
        name: "__parameters__",
        get: get_parameters,
        set: None,
    },
];

/// `__class_getitem__` for the builtin classes that are generic.
pub const CLASS_GETITEM: &[MethodDef] = &[MethodDef::class("__class_getitem__", class_getitem)];
