//! `module`: a namespace with a name; native modules and imported `.py`
//! files alike.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::{obj_dict_table, DictTable};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// The data of a module object.
pub struct ModuleData {
    pub name: String,
    /// The module namespace (a dict object): its globals.
    pub dict: ObjRef,
}

impl Vm {
    /// A new module with `__name__` set and an empty namespace.
    pub fn new_module(&self, name: &str) -> Value {
        self.new_module_with_dict(name, self.new_dict_obj(DictTable::new()))
    }

    /// A module whose namespace is `dict` (given `__name__` and
    /// `__doc__`), as the `builtins` module is made over the builtins.
    pub fn new_module_with_dict(&self, name: &str, dict: ObjRef) -> Value {
        if let Some(t) = obj_dict_table(&dict) {
            let mut t = t.borrow_mut();
            t.set_str(self.intern("__name__"), self.new_str(name.to_string()));
            t.set_str(self.intern("__doc__"), Value::None);
        }
        self.new_object(
            self.types.module.clone(),
            Payload::Module(ModuleData {
                name: name.to_string(),
                dict,
            }),
        )
    }

    /// Puts `module` in `sys.modules` as `name`. The interpreter's module
    /// table is a plain dict, so this needs no dispatch (nor the dict
    /// type's methods, which start-up does not make).
    pub fn add_module(&self, name: &str, module: Value) {
        if let Some(t) = obj_dict_table(&self.modules) {
            t.borrow_mut().set_str(self.intern(name), module);
        }
    }

    /// The namespace of a module value.
    pub fn module_dict(&self, module: &Value) -> Option<ObjRef> {
        match module.payload() {
            Some(Payload::Module(m)) => Some(m.dict.clone()),
            _ => None,
        }
    }

    /// Sets `module.name = value`.
    pub fn module_set(&self, module: &Value, name: &str, value: Value) {
        if let Some(t) = self.module_dict(module).as_ref().and_then(obj_dict_table) {
            t.borrow_mut().set_str(self.intern(name), value);
        }
    }
}

fn module_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let Some(Payload::Module(m)) = a[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'module' object".into()));
    };
    let file = obj_dict_table(&m.dict).and_then(|t| t.borrow().get_str(&vm.intern("__file__")));
    let made_by_call = obj_dict_table(&m.dict)
        .and_then(|t| t.borrow().get_str(&vm.intern("__spec__")))
        .is_some_and(|spec| spec.is_none());
    let name = obj_dict_table(&m.dict)
        .and_then(|t| t.borrow().get_str(&vm.intern("__name__")))
        .and_then(|n| n.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| m.name.clone());
    Ok(vm.new_str(match file.as_ref().and_then(Value::as_str) {
        Some(f) => format!("<module '{name}' from '{}'>", f.as_str()),
        None if made_by_call => format!("<module '{name}'>"),
        None => format!("<module '{name}' (built-in)>"),
    }))
}

/// `module(name, doc=None)`, as `types.ModuleType` is called.
fn module_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos
        .first()
        .and_then(Value::as_obj)
        .filter(|c| c.as_type().is_some())
    else {
        return Err(vm.type_error("module.__new__(X): X is not a type object".into()));
    };
    let module = vm.new_module("?");
    match module {
        Value::Obj(o) => match &o.payload {
            Payload::Module(m) => Ok(vm.new_object(
                cls.clone(),
                Payload::Module(ModuleData {
                    name: m.name.clone(),
                    dict: m.dict.clone(),
                }),
            )),
            _ => Ok(Value::None),
        },
        other => Ok(other),
    }
}

fn module_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let this = pos.first().cloned().unwrap_or(Value::None);
    let mut name = None;
    let mut doc = Value::None;
    for (i, v) in pos.iter().skip(1).enumerate() {
        match i {
            0 => name = Some(v.clone()),
            1 => doc = v.clone(),
            _ => {
                return Err(vm.type_error(format!(
                    "module() takes at most 2 arguments ({} given)",
                    pos.len() - 1
                )))
            }
        }
    }
    for (k, v) in args.keywords() {
        match k {
            "name" => name = Some(v.clone()),
            "doc" => doc = v.clone(),
            other => {
                return Err(vm.type_error(format!(
                    "module() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)".into()));
    };
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name_of(&name)
        )));
    }
    for (key, value) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        vm.module_set(&this, key, value);
    }
    Ok(Value::None)
}

fn module_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__dir__", 1, 1)?;
    let Some(Payload::Module(m)) = a[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'module' object".into()));
    };
    let table = obj_dict_table(&m.dict);
    let hook = vm.intern("__dir__");
    if let Some(f) = table.and_then(|t| t.borrow().get_str(&hook)) {
        // PEP 562: a module-level `__dir__` decides what dir() lists.
        return vm.call(&f, Args::positional(&[]));
    }
    let keys = table
        .map(|t| t.borrow().iter().map(|e| e.key.clone()).collect())
        .unwrap_or_default();
    Ok(vm.new_list(keys))
}

fn module_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__delattr__", 2, 2)?;
    let Some(Payload::Module(m)) = a[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'module' object".into()));
    };
    if a[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name_of(&a[1])
        )));
    }
    let removed = obj_dict_table(&m.dict).and_then(|t| t.borrow_mut().del_str(&a[1]));
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(vm.attribute_error(format!(
            "'module' object has no attribute '{}'",
            a[1].as_str().map_or("", |s| s.as_str())
        ))),
    }
}

fn get_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    vm.module_dict(v)
        .map(Value::Obj)
        .ok_or_else(|| vm.type_error("descriptor requires a 'module' object".into()))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", module_new),
    MethodDef::method("__init__", module_init),
    MethodDef::method("__repr__", module_repr),
    MethodDef::method("__dir__", module_dir),
    MethodDef::method("__delattr__", module_delattr),
];

pub const GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__dict__",
    get: get_dict,
    set: None,
}];
