//! Builtins about objects: `len`, `isinstance`, `issubclass`, the
//! attribute functions, `id`, `hash`, `callable`, namespaces and `dir`.

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::is_subtype;
use crate::value::{ObjRef, Value};
use crate::Vm;

pub fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "len", 1, 1)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn as_class(v: &Value) -> Option<&ObjRef> {
    v.as_obj().filter(|o| o.as_type().is_some())
}

/// Whether a metaclass overrides `type`'s `hook` (`__instancecheck__`).
fn custom_hook(vm: &Vm, cls: &Value, hook: Dunder) -> Option<Value> {
    let f = vm.class_of(cls).as_type()?.dunder(hook)?;
    match f.payload() {
        Some(Payload::Builtin(b)) if b.owner.as_deref() == Some("type") => None,
        _ => Some(f),
    }
}

impl Vm {
    /// `isinstance(obj, cls)` with tuples and `__instancecheck__`.
    pub fn isinstance(&self, obj: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(c) = as_class(cls) {
            if std::rc::Rc::ptr_eq(self.class_of(obj), c) {
                return Ok(true);
            }
        }
        if let Some(Payload::Tuple(items)) = cls.payload() {
            let _guard = self.enter(" in __instancecheck__")?;
            for item in items.iter() {
                if self.isinstance(obj, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(f) = custom_hook(self, cls, Dunder::InstanceCheck) {
            let _guard = self.enter(" in __instancecheck__")?;
            let r = self.call(&f, Args::positional(&[cls.clone(), obj.clone()]))?;
            return self.truthy(&r);
        }
        match as_class(cls) {
            Some(c) => Ok(self.is_instance_of(obj, c)),
            None => Err(self.type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union".into(),
            )),
        }
    }

    /// `issubclass(sub, cls)` with tuples and `__subclasscheck__`.
    pub fn issubclass(&self, sub: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(Payload::Tuple(items)) = cls.payload() {
            let _guard = self.enter(" in __subclasscheck__")?;
            for item in items.iter() {
                if self.issubclass(sub, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(f) = custom_hook(self, cls, Dunder::SubclassCheck) {
            let _guard = self.enter(" in __subclasscheck__")?;
            let r = self.call(&f, Args::positional(&[cls.clone(), sub.clone()]))?;
            return self.truthy(&r);
        }
        let Some(s) = as_class(sub) else {
            return Err(self.type_error("issubclass() arg 1 must be a class".into()));
        };
        match as_class(cls) {
            Some(c) => Ok(is_subtype(s, c)),
            None => Err(self.type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union".into(),
            )),
        }
    }
}

pub fn isinstance(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "isinstance", 2, 2)?;
    vm.isinstance(&a[0], &a[1]).map(Value::Bool)
}

pub fn issubclass(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "issubclass", 2, 2)?;
    vm.issubclass(&a[0], &a[1]).map(Value::Bool)
}

fn attr_name<'a>(vm: &Vm, name: &'a Value) -> PyResult<&'a Value> {
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name_of(name)
        )));
    }
    Ok(name)
}

pub fn getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match a.get(2) {
        None => vm.get_attr(&a[0], name),
        Some(default) => match vm.lookup_attr(&a[0], name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default.clone()),
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => Ok(default.clone()),
            Err(e) => Err(e),
        },
    }
}

pub fn setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &a[1])?;
    vm.set_attr(&a[0], name, a[2].clone())?;
    Ok(Value::None)
}

pub fn delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.del_attr(&a[0], name)?;
    Ok(Value::None)
}

pub fn hasattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    match vm.lookup_attr(&a[0], name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub fn callable(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "callable", 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&a[0])))
}

pub fn id(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "id", 1, 1)?;
    Ok(Value::Int(a[0].identity() as i64))
}

pub fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "hash", 1, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

pub fn globals(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "globals", 0, 0)?;
    vm.evaluator()?.globals(vm)
}

pub fn locals(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "locals", 0, 0)?;
    vm.evaluator()?.locals(vm)
}

pub fn vars(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "vars", 0, 1)?;
    match a.first() {
        None => vm.evaluator()?.locals(vm),
        Some(obj) => match vm.lookup_attr(obj, &vm.intern("__dict__")) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err(vm.type_error("vars() argument must have __dict__ attribute".into())),
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => {
                Err(vm.type_error("vars() argument must have __dict__ attribute".into()))
            }
            Err(e) => Err(e),
        },
    }
}

pub fn dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "dir", 0, 1)?;
    let names = match a.first() {
        None => {
            let locals = vm.evaluator()?.locals(vm)?;
            vm.call_method(&locals, "keys", &[])?
        }
        Some(obj) => match vm.call_dunder(obj, Dunder::Dir, &[])? {
            Some(r) => r,
            None => vm.new_list(Vec::new()),
        },
    };
    let mut items = vm.collect(&names)?;
    crate::types::sequence::merge_sort(vm, &mut items, None, false)?;
    Ok(vm.new_list(items))
}
