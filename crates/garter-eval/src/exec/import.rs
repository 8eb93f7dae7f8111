//! `import` and `from ... import`: native modules first, then `.py` files
//! (and packages) found on the search path, then the embedded Python
//! modules, cached in `sys.modules`.

use std::path::PathBuf;

use garter_runtime::object::Payload;
use garter_runtime::types::dict::obj_dict_table;
use garter_runtime::types::exception::SourceFile;
use garter_runtime::{PyErr, PyResult, Value, Vm};

use super::frame::Frame;
use super::Interp;
use crate::ir::{ImportName, Target};

impl Interp {
    pub(crate) fn exec_import(&self, vm: &Vm, f: &Frame, names: &[ImportName]) -> PyResult<()> {
        for n in names {
            let leaf = self.import_module(vm, &n.module)?;
            let bound = if n.bind_leaf {
                leaf
            } else {
                let top = n.module.split('.').next().unwrap_or("");
                self.cached_module(vm, top).unwrap_or(leaf)
            };
            self.assign(vm, f, &n.target, bound)?;
        }
        Ok(())
    }

    pub(crate) fn exec_import_from(
        &self,
        vm: &Vm,
        f: &Frame,
        module: &str,
        level: u32,
        names: &[(Value, Target)],
    ) -> PyResult<()> {
        let full = self.resolve_relative(vm, f, module, level)?;
        let m = self.import_module(vm, &full)?;
        for (name, target) in names {
            // An AttributeError (a module `__getattr__` refusing the name)
            // counts as missing, as in CPython's IMPORT_FROM.
            let found = match vm.lookup_attr(&m, name) {
                Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => None,
                other => other?,
            };
            let v = match found {
                Some(v) => v,
                None => {
                    let n = name.as_str().map_or("?", |s| s.as_str());
                    match self.import_module(vm, &format!("{full}.{n}")) {
                        Ok(sub) => sub,
                        Err(_) => return Err(cannot_import(vm, n, &full, &m)),
                    }
                }
            };
            self.assign(vm, f, target, v)?;
        }
        Ok(())
    }

    pub(crate) fn exec_import_star(
        &self,
        vm: &Vm,
        f: &Frame,
        module: &str,
        level: u32,
    ) -> PyResult<()> {
        let full = self.resolve_relative(vm, f, module, level)?;
        let m = self.import_module(vm, &full)?;
        let Some(dict) = vm.module_dict(&m) else {
            return Ok(());
        };
        let Some(table) = obj_dict_table(&dict) else {
            return Ok(());
        };
        let all = table.borrow().get_str(&vm.intern("__all__"));
        let names: Vec<Value> = match all {
            Some(a) => vm.collect(&a)?,
            None => table
                .borrow()
                .iter()
                .map(|e| e.key.clone())
                .filter(|k| k.as_str().is_some_and(|s| !s.as_str().starts_with('_')))
                .collect(),
        };
        let dest = f.ns.as_ref().unwrap_or(&f.globals);
        for n in names {
            let v = vm.get_attr(&m, &n)?;
            vm.set_item(&Value::Obj(dest.clone()), &n, v)?;
        }
        Ok(())
    }

    fn resolve_relative(&self, vm: &Vm, f: &Frame, module: &str, level: u32) -> PyResult<String> {
        if level == 0 {
            return Ok(module.to_string());
        }
        let package = obj_dict_table(&f.globals)
            .and_then(|t| t.borrow().get_str(&vm.intern("__package__")))
            .and_then(|p| p.as_str().map(|s| s.as_str().to_string()))
            .filter(|p| !p.is_empty());
        let Some(package) = package else {
            return Err(vm.new_error(
                &vm.exc.import_error,
                "attempted relative import with no known parent package".into(),
            ));
        };
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            if parts.pop().is_none() {
                return Err(vm.new_error(
                    &vm.exc.import_error,
                    "attempted relative import beyond top-level package".into(),
                ));
            }
        }
        let base = parts.join(".");
        Ok(if module.is_empty() {
            base
        } else {
            format!("{base}.{module}")
        })
    }

    fn cached_module(&self, vm: &Vm, name: &str) -> Option<Value> {
        obj_dict_table(&vm.modules).and_then(|t| t.borrow().get_str(&vm.intern(name)))
    }

    /// Imports a dotted module name, parents first; returns the module.
    pub(crate) fn import_module(&self, vm: &Vm, name: &str) -> PyResult<Value> {
        if let Some(m) = self.cached_module(vm, name) {
            return Ok(m);
        }
        let mut module = Value::None;
        let mut prefix = String::new();
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            if let Some(m) = self.cached_module(vm, &prefix) {
                module = m;
                continue;
            }
            let native = garter_runtime::modules::native_module(vm, &prefix)
                .or_else(|| evaluator_native_module(vm, &prefix));
            let m = match native {
                Some(m) => {
                    vm.set_item(
                        &Value::Obj(vm.modules.clone()),
                        &vm.intern(&prefix),
                        m.clone(),
                    )?;
                    m
                }
                None => match self.import_py_file(vm, &prefix)? {
                    Some(m) => m,
                    None => {
                        if !module.is_none()
                            && vm.lookup_attr(&module, &vm.intern("__path__"))?.is_none()
                        {
                            let parent = prefix.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                            return Err(not_found_detail(
                                vm,
                                &prefix,
                                &format!("; '{parent}' is not a package"),
                            ));
                        }
                        return Err(not_found(vm, &prefix));
                    }
                },
            };
            if !module.is_none() {
                vm.set_attr(&module, &vm.intern(part), m.clone())?;
            }
            module = m;
        }
        Ok(module)
    }

    /// Finds and runs `name` as a `.py` file or package on the search path.
    pub(crate) fn import_py_file(&self, vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        let rel: PathBuf = name.split('.').collect();
        for dir in self.search_dirs(vm) {
            let file = dir.join(&rel).with_extension("py");
            let package = dir.join(&rel).join("__init__.py");
            let (path, is_package) = if file.is_file() {
                (file, false)
            } else if package.is_file() {
                (package, true)
            } else {
                continue;
            };
            return self.run_module_file(vm, name, &path, is_package).map(Some);
        }
        self.import_frozen(vm, name)
    }

    /// The directories to search: `sys.path` once `sys` exists (so a
    /// program's `sys.path.insert(0, dir)` counts; entries that are not
    /// strs are skipped and `''` means the current directory, as in
    /// CPython), else the directories the interpreter was given.
    fn search_dirs(&self, vm: &Vm) -> Vec<PathBuf> {
        if let Some(sys) = vm.sys.get() {
            if let Ok(Some(path)) = vm.lookup_attr(sys, &vm.intern("path")) {
                if let Some(Payload::List(entries)) = path.payload() {
                    let entries = entries.borrow().clone();
                    return entries
                        .iter()
                        .filter_map(Value::as_str)
                        .map(|s| match s.as_str() {
                            "" => PathBuf::from("."),
                            dir => PathBuf::from(dir),
                        })
                        .collect();
                }
            }
        }
        self.search_path.borrow().clone()
    }

    fn run_module_file(
        &self,
        vm: &Vm,
        name: &str,
        path: &std::path::Path,
        is_package: bool,
    ) -> PyResult<Value> {
        let bytes = std::fs::read(path).map_err(|e| vm.os_error(e.to_string()))?;
        let display = path.display().to_string();
        let text = garter_syntax::lexer::decode_source(&bytes)
            .map_err(|e| crate::syntax_error(vm, &e, &display, ""))?;
        let file = std::rc::Rc::new(SourceFile {
            name: display.clone(),
            text,
        });
        let code = crate::compile(vm, file)?;
        let module = vm.new_module(name);
        vm.module_set(&module, "__file__", vm.new_str(display));
        let package = if is_package {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        vm.module_set(&module, "__package__", vm.new_str(package));
        if is_package {
            let dir = path
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            vm.module_set(&module, "__path__", vm.new_list(vec![vm.new_str(dir)]));
        }
        vm.module_set(&module, "__builtins__", Value::Obj(vm.builtins.clone()));
        let key = vm.intern(name);
        let modules = Value::Obj(vm.modules.clone());
        vm.set_item(&modules, &key, module.clone())?;
        let Some(globals) = vm.module_dict(&module) else {
            return Ok(module);
        };
        if let Err(e) = self.run_module_code(vm, code, globals) {
            let _ = vm.del_item(&modules, &key);
            return Err(e);
        }
        Ok(self.cached_module(vm, name).unwrap_or(module))
    }
}

fn not_found(vm: &Vm, name: &str) -> PyErr {
    not_found_detail(vm, name, "")
}

fn not_found_detail(vm: &Vm, name: &str, detail: &str) -> PyErr {
    let err = vm.new_error(
        &vm.exc.module_not_found_error,
        format!("No module named '{name}'{detail}"),
    );
    let _ = vm.set_attr(
        &err.value(),
        &vm.intern("name"),
        vm.new_str(name.to_string()),
    );
    err
}

fn cannot_import(vm: &Vm, name: &str, module: &str, m: &Value) -> PyErr {
    let location = match m.payload() {
        Some(Payload::Module(md)) => obj_dict_table(&md.dict)
            .and_then(|t| t.borrow().get_str(&vm.intern("__file__")))
            .and_then(|f| f.as_str().map(|s| s.as_str().to_string()))
            .unwrap_or_else(|| "unknown location".into()),
        _ => "unknown location".into(),
    };
    let err = vm.new_error(
        &vm.exc.import_error,
        format!("cannot import name '{name}' from '{module}' ({location})"),
    );
    let _ = vm.set_attr(
        &err.value(),
        &vm.intern("name"),
        vm.new_str(module.to_string()),
    );
    err
}

/// The native modules the evaluator makes (they need its scheduler or its
/// tracebacks): `_thread`, `time`, `_garter_traceback`.
pub(crate) fn evaluator_native_module(vm: &Vm, name: &str) -> Option<Value> {
    super::threads::native_module(vm, name)
        .or_else(|| super::traceback::module::native_module(vm, name))
}
