//! Taking an interpreter apart when its host drops it.
//!
//! Reference counting frees what is no longer used, but an interpreter is
//! full of reference cycles: a module's functions hold the module's
//! namespace, a method using `super()` holds its class through a cell,
//! and builtin types hold method objects whose type is a builtin type. So
//! dropping an interpreter would leak most of it. [`Vm::teardown`] empties
//! the namespaces those cycles run through, as CPython empties module
//! namespaces at shutdown: every module's globals, `builtins`, and the
//! namespace of every builtin type and of every class reachable from a
//! module. Objects a host still holds keep their own data.

use std::rc::Rc;

use crate::object::{Object, Payload};
use crate::types::dict::obj_dict_table;
use crate::value::{ObjRef, Value};
use crate::Vm;

impl Vm {
    /// Empties the interpreter's namespaces so that dropping it frees its
    /// memory. The interpreter must not run code afterwards.
    pub fn teardown(&self) {
        let mut released: Vec<Value> = Vec::new();
        let mut classes: Vec<ObjRef> = self.types.all().into_iter().cloned().collect();
        classes.extend(self.exc.all().into_iter().map(|(_, c)| c.clone()));
        self.take_modules(&mut released, &mut classes);
        released.extend(take_table(&self.builtins));
        empty_classes(classes, &mut released);
        self.retired_classes.borrow_mut().clear();
        drop(released);
        // Generators dropped above queued their closing; nothing runs now.
        while self.pending_releases.waiting() {
            self.pending_releases.discard_releases();
        }
    }

    /// For a process about to exit: frees what the program made, as
    /// CPython's shutdown does, so that open files are written out and
    /// closed, and leaves the builtins and builtin types, which free
    /// nothing outside the process, to the operating system. Module
    /// namespaces and the classes reachable from them are emptied, and
    /// files kept open by reference cycles are written out. The
    /// interpreter must not run code afterwards.
    ///
    /// As CPython clears a module at shutdown, each global of `__main__`
    /// and then of the other modules is first set to None in turn, and
    /// what that frees is finalized (a suspended generator's `finally`
    /// blocks run) before the next, so such code still sees the globals
    /// after it.
    pub fn release_program(&self) {
        self.run_pending_releases();
        let mut modules: Vec<(Value, Value)> = obj_dict_table(&self.modules)
            .map(|t| {
                t.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            })
            .unwrap_or_default();
        modules.sort_by_key(|(key, _)| key.as_str().is_none_or(|k| k.as_str() != "__main__"));
        for (_, module) in &modules {
            if let Some(Payload::Module(m)) = module.payload() {
                self.clear_globals_one_by_one(&m.dict);
            }
        }
        drop(modules);
        let mut released: Vec<Value> = Vec::new();
        let mut classes: Vec<ObjRef> = Vec::new();
        self.take_modules(&mut released, &mut classes);
        empty_classes(classes, &mut released);
        drop(released);
        self.run_pending_releases();
        crate::modules::garter_os::file_io::flush_open_files(self);
    }

    /// Sets each entry of a module's namespace to None, in order, running
    /// the finalizers of what each frees before going on.
    fn clear_globals_one_by_one(&self, dict: &ObjRef) {
        let Some(table) = obj_dict_table(dict) else {
            return;
        };
        let keys: Vec<Value> = table.borrow().iter().map(|e| e.key.clone()).collect();
        for key in keys {
            if key.as_str().is_some_and(|k| k.as_str() == "__builtins__") {
                continue;
            }
            let old = table.borrow().get_str(&key);
            table.borrow_mut().set_str(key, Value::None);
            drop(old);
            self.run_pending_releases();
        }
    }

    /// Takes every module's namespace (and `sys.modules` itself) into
    /// `released`, noting the classes found there; forgets the exception
    /// being handled.
    fn take_modules(&self, released: &mut Vec<Value>, classes: &mut Vec<ObjRef>) {
        let mut modules = take_table(&self.modules);
        if let Some(sys) = self.sys.get() {
            modules.push(sys.clone());
        }
        for module in &modules {
            if let Some(Payload::Module(m)) = module.payload() {
                let globals = take_table(&m.dict);
                classes.extend(globals.iter().filter_map(heap_class));
                released.extend(globals);
            }
        }
        released.extend(modules);
        released.extend(self.handling.borrow_mut().drain(..));
    }
}

/// Empties the namespaces of `classes` and of the classes found in them
/// into `released`.
fn empty_classes(mut classes: Vec<ObjRef>, released: &mut Vec<Value>) {
    let mut seen: hashbrown::HashSet<*const Object> =
        hashbrown::HashSet::with_capacity(2 * classes.len());
    while let Some(cls) = classes.pop() {
        if !seen.insert(Rc::as_ptr(&cls)) {
            continue;
        }
        let Some(t) = cls.as_type() else { continue };
        let namespace = t.take_namespace();
        classes.extend(namespace.iter().filter_map(heap_class));
        released.extend(namespace);
        released.extend(
            std::mem::take(&mut *t.dunders.borrow_mut())
                .into_vec()
                .into_iter()
                .flatten(),
        );
        t.lazy.borrow_mut().take();
        t.attr_cache.borrow_mut().clear();
    }
}

/// The entries of a dict object, removed from it.
fn take_table(dict: &ObjRef) -> Vec<Value> {
    match obj_dict_table(dict) {
        Some(t) => std::mem::take(&mut *t.borrow_mut()).into_values(),
        None => Vec::new(),
    }
}

/// `v` if it is a class made by a class statement or `type()`.
fn heap_class(v: &Value) -> Option<ObjRef> {
    let obj = v.as_obj()?;
    obj.as_type().filter(|t| t.heap).map(|_| obj.clone())
}
