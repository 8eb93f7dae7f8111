//! Functions: Python functions (`function`), bound methods (`method`) and
//! builtin functions and methods (`builtin_function_or_method`).
//!
//! A Python function's code belongs to the evaluator: the runtime keeps
//! it as an opaque `Rc<dyn Any>` and calls it through
//! [`crate::Evaluator::call_function`].

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops::protocol::StrText;
use crate::types::type_object::{GetSetDef, MethodDef, MethodKind, NativeFn};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// A function defined in Python.
pub struct FunctionData {
    /// The evaluator's compiled code.
    pub code: Rc<dyn Any>,
    /// The module namespace (a dict object) the function runs in.
    pub globals: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// `__defaults__`: a tuple or None.
    pub defaults: RefCell<Value>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: RefCell<Value>,
    /// Cells of the free variables, in the code's free-variable order.
    pub closure: Rc<[ObjRef]>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Value>,
}

/// A callable bound to its first argument (`obj.method`).
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

/// A function written in Rust.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    /// The type it belongs to, for reprs and messages (`list.append`).
    pub owner: Option<String>,
}

/// The data of a Python function value.
pub fn function_data(v: &Value) -> Option<&FunctionData> {
    match v.payload() {
        Some(Payload::Function(f)) => Some(f),
        _ => None,
    }
}

/// The builtin function inside a bound builtin method, or the value itself.
fn unbound(v: &Value) -> &Value {
    match v.payload() {
        Some(Payload::BoundMethod(m))
            if matches!(
                m.func.payload(),
                Some(Payload::Builtin(_) | Payload::HostFunction(_))
            ) =>
        {
            &m.func
        }
        _ => v,
    }
}

fn func_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    match unbound(v).payload() {
        Some(Payload::Function(f)) => Ok(f.name.borrow().clone()),
        Some(Payload::Builtin(b)) => Ok(vm.intern(b.name)),
        Some(Payload::HostFunction(h)) => Ok(vm.new_str(h.name.to_string())),
        _ => Err(vm.type_error("descriptor '__name__' needs a function".into())),
    }
}

fn set_func_name(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = function_data(v).ok_or_else(|| vm.type_error("not a function".into()))?;
    match new {
        Some(n) if n.as_str().is_some() => {
            *f.name.borrow_mut() = n;
            Ok(())
        }
        _ => Err(vm.type_error("__name__ must be set to a string object".into())),
    }
}

fn func_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    match unbound(v).payload() {
        Some(Payload::Function(f)) => Ok(f.qualname.borrow().clone()),
        Some(Payload::HostFunction(h)) => Ok(vm.new_str(h.qualname())),
        Some(Payload::Builtin(b)) => Ok(match &b.owner {
            Some(owner) if b.kind != MethodKind::Static || b.name == "__new__" => {
                vm.new_str(format!("{owner}.{}", b.name))
            }
            _ => vm.intern(b.name),
        }),
        _ => Err(vm.type_error("descriptor '__qualname__' needs a function".into())),
    }
}

fn set_func_qualname(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = function_data(v).ok_or_else(|| vm.type_error("not a function".into()))?;
    match new {
        Some(n) if n.as_str().is_some() => {
            *f.qualname.borrow_mut() = n;
            Ok(())
        }
        _ => Err(vm.type_error("__qualname__ must be set to a string object".into())),
    }
}

macro_rules! function_field {
    ($get:ident, $set:ident, $field:ident) => {
        fn $get(vm: &Vm, v: &Value) -> PyResult<Value> {
            let f = function_data(v).ok_or_else(|| vm.type_error("not a function".into()))?;
            Ok(f.$field.borrow().clone())
        }
        fn $set(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
            let f = function_data(v).ok_or_else(|| vm.type_error("not a function".into()))?;
            *f.$field.borrow_mut() = new.unwrap_or(Value::None);
            Ok(())
        }
    };
}

function_field!(func_defaults, set_func_defaults, defaults);
function_field!(func_kwdefaults, set_func_kwdefaults, kwdefaults);
function_field!(func_doc, set_func_doc, doc);
function_field!(func_module, set_func_module, module);
function_field!(func_annotations, set_func_annotations, annotations);

fn func_globals(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = function_data(v).ok_or_else(|| vm.type_error("not a function".into()))?;
    Ok(Value::Obj(f.globals.clone()))
}

/// `__code__`: a code object with the function's name and file.
fn func_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = function_data(v).ok_or_else(|| vm.type_error("not a function".into()))?;
    let name = f
        .name
        .borrow()
        .as_str()
        .map_or("?", |s| s.as_str())
        .to_string();
    let file = crate::types::dict::obj_dict_table(&f.globals)
        .and_then(|t| t.borrow().get_str(&vm.intern("__file__")))
        .and_then(|n| n.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_default();
    Ok(crate::types::traceback::new_code_object(
        vm,
        name.into(),
        file,
    ))
}

fn func_closure(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = function_data(v).ok_or_else(|| vm.type_error("not a function".into()))?;
    if f.closure.is_empty() {
        return Ok(Value::None);
    }
    Ok(vm.new_tuple(f.closure.iter().map(|c| Value::Obj(c.clone())).collect()))
}

/// The special methods CPython implements as type slots: their builtin
/// versions show as "slot wrapper" (on the type) and "method-wrapper"
/// (bound).
const SLOT_NAMES: &[&str] = &[
    "__init__",
    "__call__",
    "__repr__",
    "__str__",
    "__hash__",
    "__bool__",
    "__len__",
    "__iter__",
    "__next__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__get__",
    "__set__",
    "__delete__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__add__",
    "__radd__",
    "__iadd__",
    "__sub__",
    "__rsub__",
    "__isub__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__truediv__",
    "__rtruediv__",
    "__itruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__ifloordiv__",
    "__mod__",
    "__rmod__",
    "__imod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__ipow__",
    "__lshift__",
    "__rlshift__",
    "__ilshift__",
    "__rshift__",
    "__rrshift__",
    "__irshift__",
    "__and__",
    "__rand__",
    "__iand__",
    "__xor__",
    "__rxor__",
    "__ixor__",
    "__or__",
    "__ror__",
    "__ior__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__int__",
    "__float__",
    "__index__",
    "__del__",
];

pub fn is_slot_name(name: &str) -> bool {
    SLOT_NAMES.contains(&name)
}

fn builtin_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Builtin(_) | Payload::HostFunction(_)) => Ok(Value::None),
        _ => Err(vm.type_error("descriptor '__doc__' needs a builtin function".into())),
    }
}

fn builtin_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::BoundMethod(m)) => Ok(m.receiver.clone()),
        Some(Payload::HostFunction(_)) => Ok(Value::None),
        Some(Payload::Builtin(b)) if b.owner.is_none() => {
            let builtins = crate::types::dict::obj_dict_table(&vm.modules)
                .and_then(|t| t.borrow().get_str(&vm.intern("builtins")));
            Ok(builtins.unwrap_or(Value::None))
        }
        _ => Err(vm.no_attribute(v, &vm.intern("__self__"))),
    }
}

fn func_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(vm.new_bound_method(a[1].clone(), a[0].clone()))
}

fn func_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let q = func_qualname(vm, &a[0])?;
    let name = q.as_str().map_or("?", |s| s.as_str()).to_string();
    match a[0].payload() {
        Some(Payload::BoundMethod(m)) => {
            let short = func_name(vm, &a[0])?;
            let short = short.as_str().map_or("?", |s| s.as_str()).to_string();
            Ok(vm.new_str(format!(
                "<built-in method {short} of {} object at {:#x}>",
                vm.type_name_of(&m.receiver),
                m.receiver.identity()
            )))
        }
        Some(Payload::Builtin(b)) if b.owner.is_some() && b.kind == MethodKind::Method => {
            let kind = if is_slot_name(b.name) {
                "slot wrapper"
            } else {
                "method"
            };
            Ok(vm.new_str(format!(
                "<{kind} '{}' of '{}' objects>",
                b.name,
                b.owner.as_deref().unwrap_or("?")
            )))
        }
        Some(Payload::Builtin(b)) if b.owner.is_some() && b.name == "__new__" => {
            Ok(vm.new_str(format!(
                "<built-in method __new__ of type object at {:#x}>",
                a[0].identity()
            )))
        }
        Some(Payload::HostFunction(h)) if h.owner.is_some() && h.kind == MethodKind::Method => {
            Ok(vm.new_str(format!(
                "<method '{}' of '{}' objects>",
                h.name,
                h.owner.as_deref().unwrap_or("?")
            )))
        }
        Some(Payload::Builtin(_) | Payload::HostFunction(_)) => {
            Ok(vm.new_str(format!("<built-in function {name}>")))
        }
        _ => Ok(vm.new_str(format!("<function {name} at {:#x}>", a[0].identity()))),
    }
}

pub const FUNCTION_METHODS: &[MethodDef] = &[
    MethodDef::method("__get__", func_get),
    MethodDef::method("__repr__", func_repr),
];

pub const FUNCTION_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: func_name,
        set: Some(set_func_name),
    },
    GetSetDef {
        name: "__qualname__",
        get: func_qualname,
        set: Some(set_func_qualname),
    },
    GetSetDef {
        name: "__defaults__",
        get: func_defaults,
        set: Some(set_func_defaults),
    },
    GetSetDef {
        name: "__kwdefaults__",
        get: func_kwdefaults,
        set: Some(set_func_kwdefaults),
    },
    GetSetDef {
        name: "__doc__",
        get: func_doc,
        set: Some(set_func_doc),
    },
    GetSetDef {
        name: "__module__",
        get: func_module,
        set: Some(set_func_module),
    },
    GetSetDef {
        name: "__annotations__",
        get: func_annotations,
        set: Some(set_func_annotations),
    },
    GetSetDef {
        name: "__globals__",
        get: func_globals,
        set: None,
    },
    GetSetDef {
        name: "__closure__",
        get: func_closure,
        set: None,
    },
    GetSetDef {
        name: "__code__",
        get: func_code,
        set: None,
    },
];

pub const BUILTIN_METHODS: &[MethodDef] = &[MethodDef::method("__repr__", func_repr)];

pub const BUILTIN_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__doc__",
        get: builtin_doc,
        set: None,
    },
    GetSetDef {
        name: "__self__",
        get: builtin_self,
        set: None,
    },
    GetSetDef {
        name: "__name__",
        get: func_name,
        set: None,
    },
    GetSetDef {
        name: "__qualname__",
        get: func_qualname,
        set: None,
    },
];

fn method_func(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::BoundMethod(m)) => Ok(m.func.clone()),
        _ => Err(vm.type_error("not a method".into())),
    }
}

fn method_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::BoundMethod(m)) => Ok(m.receiver.clone()),
        _ => Err(vm.type_error("not a method".into())),
    }
}

fn method_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = method_func(vm, v)?;
    vm.get_attr(&f, &vm.intern("__name__"))
}

fn method_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = method_func(vm, v)?;
    vm.get_attr(&f, &vm.intern("__qualname__"))
}

fn method_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = method_func(vm, v)?;
    Ok(vm
        .lookup_attr(&f, &vm.intern("__doc__"))?
        .unwrap_or(Value::None))
}

fn method_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let Some(Payload::BoundMethod(m)) = a[0].payload() else {
        return Err(vm.type_error("not a method".into()));
    };
    let q = method_qualname(vm, &a[0])?;
    let q = q.as_str().map_or("?", |s| s.as_str()).to_string();
    if let Some(Payload::HostFunction(h)) = m.func.payload() {
        return Ok(vm.new_str(format!(
            "<built-in method {} of {} object at {:#x}>",
            h.name,
            vm.type_name_of(&m.receiver),
            m.receiver.identity()
        )));
    }
    if let Some(Payload::Builtin(b)) = m.func.payload() {
        let tn = vm.type_name_of(&m.receiver);
        if is_slot_name(b.name) {
            return Ok(vm.new_str(format!(
                "<method-wrapper '{}' of {tn} object at {:#x}>",
                b.name,
                m.receiver.identity()
            )));
        }
        return Ok(vm.new_str(format!(
            "<built-in method {} of {tn} object at {:#x}>",
            b.name,
            m.receiver.identity()
        )));
    }
    let r = vm.repr(&m.receiver)?;
    Ok(vm.new_str(format!("<bound method {q} of {}>", r.as_str_or_empty())))
}

fn method_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__eq__", 2, 2)?;
    match (a[0].payload(), a[1].payload()) {
        (Some(Payload::BoundMethod(x)), Some(Payload::BoundMethod(y))) => Ok(Value::Bool(
            x.receiver.is(&y.receiver) && x.func.is(&y.func),
        )),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn method_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__hash__", 1, 1)?;
    match a[0].payload() {
        Some(Payload::BoundMethod(m)) => {
            let h = (m.receiver.identity() ^ m.func.identity()) as i64;
            Ok(Value::Int(if h == -1 { -2 } else { h }))
        }
        _ => Err(vm.type_error("not a method".into())),
    }
}

/// Attributes a bound method does not have itself come from its function
/// (`method.__doc__`, attributes set on the function).
fn method_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__getattr__", 2, 2)?;
    let f = method_func(vm, &a[0])?;
    match vm.lookup_attr(&f, &a[1])? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a[0], &a[1])),
    }
}

/// `method(function, instance)` (`types.MethodType`): binds a callable.
fn method_new(vm: &Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments".into()));
    }
    let [_, func, instance] = args.values else {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.values.len().saturating_sub(1)
        )));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error("first argument must be callable".into()));
    }
    if instance.is_none() {
        return Err(vm.type_error("instance must not be None".into()));
    }
    Ok(vm.new_bound_method(instance.clone(), func.clone()))
}

pub const METHOD_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", method_new),
    MethodDef::method("__getattr__", method_getattr),
    MethodDef::method("__repr__", method_repr),
    MethodDef::method("__eq__", method_eq),
    MethodDef::method("__hash__", method_hash),
];

pub const METHOD_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__func__",
        get: method_func,
        set: None,
    },
    GetSetDef {
        name: "__self__",
        get: method_self,
        set: None,
    },
    GetSetDef {
        name: "__name__",
        get: method_name,
        set: None,
    },
    GetSetDef {
        name: "__qualname__",
        get: method_qualname,
        set: None,
    },
    GetSetDef {
        name: "__doc__",
        get: method_doc,
        set: None,
    },
];
