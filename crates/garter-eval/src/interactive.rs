//! Running code as an interactive session does: each input in a lasting
//! `__main__` namespace, each top-level expression statement's value
//! echoed with `repr` (unless None) and kept in `builtins._`, as python3's
//! REPL does. Also what a REPL needs besides running code: the names it
//! can complete (globals, builtins, attributes of existing objects, found
//! without running any user code) and a `help` builtin.

use std::rc::Rc;

use garter_runtime::object::Payload;
use garter_runtime::types::dict::obj_dict_table;
use garter_runtime::types::exception::SourceFile;
use garter_runtime::types::type_object::{mro_lookup, MethodKind};
use garter_runtime::{Args, ObjRef, PyResult, Value, Vm};
use garter_syntax::ast::{Module, Stmt, StmtKind};

use crate::{ir, lower, Interpreter, RunError};

impl Interpreter {
    /// Runs one input of an interactive session, `source`, shown in
    /// tracebacks as the file `filename` (python3 says `<stdin>`). Its
    /// statements run one after the other in `__main__`; the value of each
    /// expression statement outside functions and classes (in the blocks
    /// of an `if` or a `for` too, as in python3) is printed with `repr`
    /// and stored as `_` in the builtins, unless it is None.
    pub fn run_interactive(&self, source: String, filename: &str) -> Result<(), RunError> {
        let vm = &self.vm;
        let interp = &self.interp;
        self.on_big_stack(|| {
            let module = crate::parse_checked(&source)?;
            let file = Rc::new(SourceFile {
                name: filename.to_string(),
                text: source,
            });
            let globals = main_globals(vm)?;
            let hook = display_hook(vm);
            for stmt in module.body {
                let mut code = lower::lower_module(vm, &single_statement(stmt), file.clone());
                if let Some(code) = Rc::get_mut(&mut code) {
                    echo_expression_statements(&mut code.body, &hook);
                }
                interp.run_module_code(vm, code, globals.clone())?;
                vm.flush_stdout();
            }
            Ok(())
        })?
    }

    /// The names defined in `__main__`, then those of the builtins.
    pub fn global_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(globals) = existing_main_globals(&self.vm) {
            names.extend(dict_keys(&globals));
        }
        names.extend(dict_keys(&self.vm.builtins));
        names
    }

    /// The attribute names of the object a dotted path of names (`a.b.c`)
    /// leads to from `__main__`'s globals, found without running any user
    /// code: the path only follows module members, instance dicts and class
    /// attributes that are not descriptors. `None` when the path cannot be
    /// followed that way.
    pub fn attribute_names(&self, path: &str) -> Option<Vec<String>> {
        let vm = &self.vm;
        let mut parts = path.split('.');
        let first = vm.intern(parts.next()?);
        let from_globals = existing_main_globals(vm)
            .and_then(|g| obj_dict_table(&g).and_then(|t| t.borrow().get_str(&first)));
        let mut object = match from_globals {
            Some(v) => v,
            None => obj_dict_table(&vm.builtins)?.borrow().get_str(&first)?,
        };
        for part in parts {
            object = static_attribute(vm, &object, &vm.intern(part))?;
        }
        Some(attribute_names_of(vm, &object))
    }

    /// Adds `help` to the builtins, as python3's `site` module does: an
    /// object whose repr tells how to use it, and whose call prints a
    /// short guide or an object's documentation.
    pub fn install_help(&self) -> Result<(), RunError> {
        let vm = &self.vm;
        let interp = &self.interp;
        self.on_big_stack(|| {
            let file = Rc::new(SourceFile {
                name: "<garter help>".into(),
                text: HELPER_SOURCE.into(),
            });
            let code = crate::compile(vm, file)?;
            let module = vm.new_module("_sitebuiltins");
            vm.module_set(&module, "__builtins__", Value::Obj(vm.builtins.clone()));
            let globals = vm
                .module_dict(&module)
                .ok_or_else(|| vm.runtime_error("no namespace for help".into()))?;
            interp.run_module_code(vm, code, globals.clone())?;
            let helper_class = obj_dict_table(&globals)
                .and_then(|t| t.borrow().get_str(&vm.intern("Helper")))
                .ok_or_else(|| vm.runtime_error("no Helper class".into()))?;
            let helper = vm.call(&helper_class, Args::positional(&[]))?;
            set_builtin(vm, "help", helper);
            Ok(())
        })?
    }
}

/// A module made of `stmt` alone. A `pass` goes first, so that a string
/// on its own is echoed, not taken for the module's docstring.
fn single_statement(stmt: Stmt) -> Module {
    let pass = Stmt {
        span: stmt.span,
        kind: StmtKind::Pass,
    };
    Module {
        body: vec![pass, stmt],
        type_ignores: Vec::new(),
    }
}

/// Makes the expression statements of `body` and of its blocks (not those
/// of functions or classes) pass their value to `hook`, in the module's
/// frame, so that a failing `repr` shows in the traceback under it.
pub(crate) fn echo_expression_statements(body: &mut [ir::Stmt], hook: &Value) {
    let mut pending: Vec<&mut [ir::Stmt]> = vec![body];
    while let Some(block) = pending.pop() {
        for stmt in block.iter_mut() {
            match &mut stmt.kind {
                ir::StmtKind::Expr(value) => {
                    let span = value.span;
                    let placeholder = ir::Expr {
                        kind: ir::ExprKind::Const(Value::None),
                        span,
                    };
                    let shown = std::mem::replace(value, placeholder);
                    let func = ir::Expr {
                        kind: ir::ExprKind::Const(hook.clone()),
                        span,
                    };
                    *value = ir::Expr {
                        kind: ir::ExprKind::Call {
                            func: Box::new(func),
                            args: vec![ir::Elt::One(shown)],
                            kwargs: Vec::new(),
                        },
                        span,
                    };
                }
                ir::StmtKind::If(_, then, orelse)
                | ir::StmtKind::While(_, then, orelse)
                | ir::StmtKind::For(_, _, then, orelse) => {
                    pending.push(then);
                    pending.push(orelse);
                }
                ir::StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    ..
                } => {
                    pending.push(body);
                    pending.extend(handlers.iter_mut().map(|h| h.body.as_mut_slice()));
                    pending.push(orelse);
                    pending.push(finalbody);
                }
                ir::StmtKind::With(_, body) | ir::StmtKind::Sequence(body) => pending.push(body),
                _ => {}
            }
        }
    }
}

/// The builtin that echoes an interactive expression statement's value.
pub(crate) fn display_hook(vm: &Vm) -> Value {
    vm.new_builtin("displayhook", displayhook, MethodKind::Static, None)
}

/// `displayhook(value)`: what an echoed expression statement calls.
fn displayhook(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "displayhook", 1, 1)?;
    display(vm, a[0].clone())?;
    Ok(Value::None)
}

/// Prints `value`'s repr and keeps it in `builtins._`, as
/// `sys.displayhook` does; None is neither printed nor kept.
fn display(vm: &Vm, value: Value) -> PyResult<()> {
    if value.is_none() {
        return Ok(());
    }
    set_builtin(vm, "_", Value::None);
    let text = vm.repr_string(&value)?;
    let stdout = vm.sys_stdout()?;
    vm.write_to(&stdout, &format!("{text}\n"))?;
    set_builtin(vm, "_", value);
    Ok(())
}

fn set_builtin(vm: &Vm, name: &str, value: Value) {
    if let Some(table) = obj_dict_table(&vm.builtins) {
        table.borrow_mut().set_str(vm.intern(name), value);
    }
}

/// The namespace of `sys.modules['__main__']`, if it is a module.
fn existing_main_globals(vm: &Vm) -> Option<ObjRef> {
    let main = obj_dict_table(&vm.modules)?
        .borrow()
        .get_str(&vm.intern("__main__"))?;
    vm.module_dict(&main)
}

/// The namespace of `__main__`, made (without `__file__`, as an
/// interactive session's) when there is none yet.
pub(crate) fn main_globals(vm: &Vm) -> PyResult<ObjRef> {
    if let Some(globals) = existing_main_globals(vm) {
        return Ok(globals);
    }
    let module = vm.new_module("__main__");
    vm.module_set(&module, "__builtins__", Value::Obj(vm.builtins.clone()));
    // `sys.modules` is an exact dict, so storing into its table is what
    // `__setitem__` would do, without making the dict type ready.
    if let Some(modules) = obj_dict_table(&vm.modules) {
        modules
            .borrow_mut()
            .set_str(vm.intern("__main__"), module.clone());
    }
    vm.module_dict(&module)
        .ok_or_else(|| vm.runtime_error("__main__ has no namespace".into()))
}

/// The string keys of a dict object, in order.
fn dict_keys(dict: &ObjRef) -> Vec<String> {
    let Some(table) = obj_dict_table(dict) else {
        return Vec::new();
    };
    let table = table.borrow();
    table
        .iter()
        .filter_map(|e| e.key.as_str().map(|s| s.as_str().to_string()))
        .collect()
}

/// `object.name` when it can be had without running code: a module
/// member, an instance-dict entry, or a class attribute that is not a
/// descriptor (no `__get__`: not a function, property or the like).
fn static_attribute(vm: &Vm, object: &Value, name: &Value) -> Option<Value> {
    if let Some(Payload::Module(m)) = object.payload() {
        return obj_dict_table(&m.dict)?.borrow().get_str(name);
    }
    if let Value::Obj(o) = object {
        if let Some(found) = o
            .instance_dict()
            .and_then(|d| obj_dict_table(&d)?.borrow().get_str(name))
        {
            return Some(found);
        }
        if o.as_type().is_some() {
            return mro_lookup(o, name).filter(|v| !is_descriptor(vm, v));
        }
    }
    mro_lookup(vm.class_of(object), name).filter(|v| !is_descriptor(vm, v))
}

fn is_descriptor(vm: &Vm, value: &Value) -> bool {
    mro_lookup(vm.class_of(value), &vm.intern("__get__")).is_some()
}

/// The names `dir(object)` would mostly show, read from the namespaces
/// themselves: a module's members, or the instance dict and the names of
/// every class along the MRO. Sorted, without duplicates.
fn attribute_names_of(vm: &Vm, object: &Value) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(Payload::Module(m)) = object.payload() {
        names.extend(dict_keys(&m.dict));
    } else {
        if let Some(dict) = object.as_obj().and_then(|o| o.instance_dict()) {
            names.extend(dict_keys(&dict));
        }
        let cls = match object.as_obj() {
            Some(o) if o.as_type().is_some() => o.clone(),
            _ => vm.class_of(object).clone(),
        };
        if let Some(t) = cls.as_type() {
            let mut classes = vec![cls.clone()];
            classes.extend(t.mro_rest.borrow().iter().cloned());
            for class in classes {
                if let Some(data) = class.as_type() {
                    let table = data.namespace();
                    names.extend(
                        table
                            .iter()
                            .filter_map(|e| e.key.as_str().map(|s| s.as_str().to_string())),
                    );
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The `help` object, in Python (python3's is in its `_sitebuiltins`).
const HELPER_SOURCE: &str = r#"
class Helper:
    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args):
        if not args:
            print("Garter has no interactive help utility. Type help(object) "
                  "to read an object's documentation, dir(object) to list "
                  "its attributes, and exit() or Ctrl-D to leave.")
            return
        obj = args[0]
        name = getattr(obj, "__qualname__", None)
        kind = type(obj).__name__
        title = kind + " " + name if isinstance(name, str) else kind + " object"
        print("Help on " + title + ":")
        print()
        doc = getattr(obj, "__doc__", None)
        if isinstance(doc, str) and doc:
            for line in doc.splitlines():
                print("    " + line.strip())
        else:
            print("    (no documentation)")
        names = [n for n in dir(obj) if not n.startswith("_")]
        if names:
            print()
            print("    Attributes: " + ", ".join(names))
"#;
