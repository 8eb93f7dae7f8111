//! Importing the modules embedded in the binary as Python source
//! (`garter_runtime::modules::frozen`): compiled and run like a file,
//! under the name `<frozen NAME>`.

use std::rc::Rc;

use garter_runtime::modules::frozen::frozen_module;
use garter_runtime::types::exception::SourceFile;
use garter_runtime::{PyResult, Value, Vm};

use super::Interp;

impl Interp {
    /// Runs the embedded module `name`: `None` if there is none.
    pub(crate) fn import_frozen(&self, vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        let Some(frozen) = frozen_module(name) else {
            return Ok(None);
        };
        let file = Rc::new(SourceFile {
            name: format!("<frozen {name}>"),
            text: frozen.source.to_string(),
        });
        let code = crate::compile(vm, file)?;
        let module = vm.new_module(name);
        let package = if frozen.is_package {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        vm.module_set(&module, "__package__", vm.new_str(package));
        if frozen.is_package {
            vm.module_set(&module, "__path__", vm.new_list(Vec::new()));
        }
        vm.module_set(&module, "__builtins__", Value::Obj(vm.builtins.clone()));
        let key = vm.intern(name);
        let modules = Value::Obj(vm.modules.clone());
        vm.set_item(&modules, &key, module.clone())?;
        let Some(globals) = vm.module_dict(&module) else {
            return Ok(Some(module));
        };
        if let Err(e) = self.run_module_code(vm, code, globals) {
            let _ = vm.del_item(&modules, &key);
            return Err(e);
        }
        let cached = garter_runtime::types::dict::obj_dict_table(&vm.modules)
            .and_then(|t| t.borrow().get_str(&key));
        Ok(Some(cached.unwrap_or(module)))
    }
}
