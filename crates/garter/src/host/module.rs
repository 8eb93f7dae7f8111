//! Host modules: modules made by the host program, which scripts import
//! by name (`import host`), holding host functions, classes, constants
//! and Python code.

use garter_runtime::types::type_object::MethodKind;
use garter_runtime::{PyErr, Value, Vm};

use crate::host::{Class, Function};
use crate::IntoPy;

/// A module for scripts to import, made of host functions, host classes,
/// constants and optionally Python source run in it.
///
/// ```
/// use std::collections::HashMap;
/// use garter::{Function, Interpreter, Module};
///
/// let prices: HashMap<String, f64> = [("tea".to_string(), 2.5)].into();
/// let host = Module::new("host")
///     .function(Function::new("lookup", move |item: String| prices.get(&item).copied()))
///     .constant("currency", "EUR")
///     .source("def total(items):\n    return sum(lookup(i) or 0 for i in items)\n");
/// let interp = Interpreter::builder().module(host).build().unwrap();
/// interp.exec("import host\ncost = host.total(['tea', 'tea', 'cake'])\n", "shop.py").unwrap();
/// assert_eq!(interp.get::<f64>("cost").unwrap(), 5.0);
/// assert_eq!(interp.eval::<String>("host.currency").unwrap(), "EUR");
/// ```
pub struct Module {
    pub(crate) name: String,
    pub(crate) functions: Vec<Function>,
    pub(crate) classes: Vec<Class>,
    pub(crate) constants: Vec<(String, Constant)>,
    pub(crate) source: Option<String>,
}

/// A constant's value, made when the module is added to an interpreter.
pub(crate) type Constant = Box<dyn FnOnce(&Vm) -> Result<Value, PyErr>>;

impl Module {
    /// An empty module named `name` (dotted names are not supported: the
    /// name is one identifier).
    pub fn new(name: &str) -> Module {
        Module {
            name: name.to_string(),
            functions: Vec::new(),
            classes: Vec::new(),
            constants: Vec::new(),
            source: None,
        }
    }

    /// Adds a host function.
    pub fn function(mut self, function: Function) -> Module {
        self.functions.push(function);
        self
    }

    /// Adds a host class under its name.
    pub fn class(mut self, class: Class) -> Module {
        self.classes.push(class);
        self
    }

    /// Adds a constant.
    pub fn constant(mut self, name: &str, value: impl IntoPy + 'static) -> Module {
        self.constants
            .push((name.to_string(), Box::new(move |vm: &Vm| value.into_py(vm))));
        self
    }

    /// Python source run in the module's namespace when it is added (after
    /// the functions, classes and constants are in), to define the parts
    /// better written in Python.
    pub fn source(mut self, source: &str) -> Module {
        self.source = Some(source.to_string());
        self
    }
}

impl crate::Interpreter {
    /// Adds a host function to the builtins.
    pub fn add_function(&self, function: Function) {
        let vm = self.vm();
        let name = vm.intern(&function.name);
        let value = function.into_value(vm, None, MethodKind::Static);
        let _ = vm.set_item(&Value::Obj(vm.builtins.clone()), &name, value);
    }

    /// Adds a host module, which scripts can then import. Fails only if
    /// the module's Python source or a constant's conversion does.
    pub fn add_module(&self, module: Module) -> Result<(), crate::Error> {
        let vm = self.vm();
        let object = vm.new_module(&module.name);
        for function in module.functions {
            let name = function.name.clone();
            vm.module_set(
                &object,
                &name,
                function.into_value(vm, None, MethodKind::Static),
            );
        }
        for class in module.classes {
            let name = class.name.clone();
            let cls = self.add_class(class);
            vm.module_set(&object, &name, cls);
        }
        for (name, make) in module.constants {
            let value = self.run(|vm| make(vm))?;
            vm.module_set(&object, &name, value);
        }
        if let (Some(source), Some(globals)) = (module.source, vm.module_dict(&object)) {
            vm.module_set(&object, "__builtins__", Value::Obj(vm.builtins.clone()));
            let filename = format!("<host module {}>", module.name);
            self.inner()
                .exec_in(&source, &filename, &globals)
                .map_err(|e| self.run_error(e, &filename, &source))?;
        }
        self.run(|vm| {
            vm.set_item(
                &Value::Obj(vm.modules.clone()),
                &vm.intern(&module.name),
                object,
            )
        })
    }
}
