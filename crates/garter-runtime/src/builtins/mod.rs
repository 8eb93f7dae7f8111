//! The `builtins` module: builtin types, exception classes and builtin
//! functions, one file per group of functions.

mod attributes;
mod console;
mod evaluation;
mod importing;
mod iteration;
mod numbers;
mod open;
mod output;

use crate::types::dict::obj_dict_table;
use crate::types::type_object::{MethodDef, MethodKind, NativeFn};
use crate::value::Value;
use crate::Vm;

/// Builtin functions: `(name, body)`.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", output::print),
    ("repr", output::repr),
    ("ascii", output::ascii),
    ("format", output::format),
    ("len", attributes::len),
    ("isinstance", attributes::isinstance),
    ("issubclass", attributes::issubclass),
    ("getattr", attributes::getattr),
    ("setattr", attributes::setattr),
    ("delattr", attributes::delattr),
    ("hasattr", attributes::hasattr),
    ("callable", attributes::callable),
    ("id", attributes::id),
    ("hash", attributes::hash),
    ("globals", attributes::globals),
    ("locals", attributes::locals),
    ("vars", attributes::vars),
    ("dir", attributes::dir),
    ("iter", iteration::iter),
    ("next", iteration::next),
    ("min", iteration::min),
    ("max", iteration::max),
    ("sum", iteration::sum),
    ("sorted", iteration::sorted),
    ("any", iteration::any),
    ("all", iteration::all),
    ("abs", numbers::abs),
    ("divmod", numbers::divmod),
    ("pow", numbers::pow),
    ("round", numbers::round),
    ("bin", numbers::bin),
    ("oct", numbers::oct),
    ("hex", numbers::hex),
    ("chr", numbers::chr),
    ("ord", numbers::ord),
    ("input", console::input),
    ("__import__", importing::import),
    ("eval", evaluation::eval),
    ("exec", evaluation::exec),
    ("compile", evaluation::compile),
    ("open", open::open),
];

pub use console::QUITTER_METHODS;

/// Fills the `builtins` namespace.
pub fn install(vm: &Vm) {
    let Some(ns) = obj_dict_table(&vm.builtins) else {
        return;
    };
    let t = &vm.types;
    let mut ns = ns.borrow_mut();
    for (name, f) in FUNCTIONS {
        ns.set_str(
            vm.intern(name),
            vm.new_builtin(name, *f, MethodKind::Static, None),
        );
    }
    let types = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ];
    for (name, cls) in types {
        ns.set_str(vm.intern(name), Value::Obj(cls.clone()));
    }
    for (name, cls) in vm.exc.all() {
        ns.set_str(vm.intern(name), Value::Obj(cls.clone()));
    }
    ns.set_str(
        vm.intern("EnvironmentError"),
        Value::Obj(vm.exc.os_error.clone()),
    );
    ns.set_str(vm.intern("IOError"), Value::Obj(vm.exc.os_error.clone()));
    ns.set_str(vm.intern("NotImplemented"), vm.not_implemented.clone());
    ns.set_str(vm.intern("__debug__"), Value::Bool(true));
    ns.set_str(vm.intern("Ellipsis"), vm.ellipsis.clone());
    ns.set_str(vm.intern("__name__"), vm.intern("builtins"));
    ns.set_str(vm.intern("exit"), console::new_quitter(vm, "exit"));
    ns.set_str(vm.intern("quit"), console::new_quitter(vm, "quit"));
    drop(ns);
    let mut all: Vec<&crate::value::ObjRef> = t.all();
    all.extend(vm.exc.all().into_iter().map(|(_, c)| c));
    for cls in all {
        crate::vm::record_lazy(vm, cls, |l| l.add_default("__doc__", Value::None));
    }
    for (cls, module) in [
        (&t.quitter, "_sitebuiltins"),
        (&t.generic_alias, "types"),
        (&t.union_type, "types"),
    ] {
        let module = vm.intern(module);
        crate::vm::record_lazy(vm, cls, |l| l.add_value("__module__", module));
    }
    let constructors: [(&crate::value::ObjRef, &'static [MethodDef]); 5] = [
        (&t.enumerate, iteration::ENUMERATE_METHODS),
        (&t.zip, iteration::ZIP_METHODS),
        (&t.map, iteration::MAP_METHODS),
        (&t.filter, iteration::FILTER_METHODS),
        (&t.reversed, iteration::REVERSED_METHODS),
    ];
    for (cls, methods) in constructors {
        crate::vm::record_lazy(vm, cls, |l| l.add_tables(methods, &[]));
    }
}

#[cfg(test)]
mod tests;
