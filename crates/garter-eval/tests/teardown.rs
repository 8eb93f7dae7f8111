//! Dropping an interpreter frees it, though its modules and classes are
//! full of reference cycles (functions and their globals, `super()` cells,
//! builtin types and their method objects).

use std::rc::{Rc, Weak};

use garter_eval::Interpreter;
use garter_runtime::types::dict::obj_dict_table;
use garter_runtime::{Value, Vm};

const PROGRAM: &str = "\
def helper():
    return helper

class Base:
    def greet(self):
        return 'base'

class Child(Base):
    def greet(self):
        return super().greet() + '!'

items = [Child() for _ in range(3)]
assert items[0].greet() == 'base!'
";

/// `__main__.NAME` as an object reference.
fn main_global(vm: &Vm, name: &str) -> garter_runtime::value::ObjRef {
    let modules = obj_dict_table(&vm.modules).expect("sys.modules");
    let main = modules
        .borrow()
        .get_str(&vm.intern("__main__"))
        .expect("__main__");
    let globals = vm.module_dict(&main).expect("a module");
    let table = obj_dict_table(&globals).expect("globals");
    let value = table.borrow().get_str(&vm.intern(name)).expect("the name");
    match value {
        Value::Obj(o) => o,
        _ => panic!("{name} is not an object"),
    }
}

#[test]
fn dropping_an_interpreter_frees_its_classes_functions_and_types() {
    let interp = Interpreter::new();
    assert!(interp.run_main(PROGRAM.into(), "<teardown>").is_ok());
    let vm: Weak<Vm> = Rc::downgrade(interp.vm());
    let child = Rc::downgrade(&main_global(interp.vm(), "Child"));
    let helper = Rc::downgrade(&main_global(interp.vm(), "helper"));
    let list_type = Rc::downgrade(&interp.vm().types.list);
    drop(interp);
    assert!(vm.upgrade().is_none(), "the runtime is still alive");
    assert!(child.upgrade().is_none(), "a class using super() leaked");
    assert!(helper.upgrade().is_none(), "a module function leaked");
    assert!(list_type.upgrade().is_none(), "a builtin type leaked");
}

#[test]
fn a_long_chain_of_exceptions_is_freed_without_deep_recursion() {
    let interp = Interpreter::new();
    let program = "\
kept = None
for i in range(200000):
    try:
        raise KeyError(i) from kept
    except KeyError as e:
        kept = e
";
    assert!(interp.run_main(program.into(), "<chain>").is_ok());
    drop(interp);
}
