//! The special-method tables built by copying a base's table agree with
//! looking every name up along the MRO, at start-up and after changes.

use crate::dunder::Dunder;
use crate::types::type_object::mro_lookup_uncached as full_lookup;
use crate::value::{ObjRef, Value};
use crate::Vm;

fn assert_table_is_current(vm: &Vm, cls: &ObjRef) {
    let data = cls.as_type().expect("a type");
    data.dunder(Dunder::ALL[0]);
    let table = data.dunders.borrow().clone();
    for d in Dunder::ALL {
        let expected = full_lookup(data, &vm.intern(d.name()));
        let got = table.get(*d as usize).cloned().flatten();
        let same = match (&expected, &got) {
            (None, None) => true,
            (Some(a), Some(b)) => a.is(b),
            _ => false,
        };
        assert!(same, "{} of {}", d.name(), data.name());
    }
}

#[test]
fn every_builtin_type_has_a_current_table_once_used() {
    let vm = Vm::new();
    for cls in vm.types.all() {
        assert_table_is_current(&vm, cls);
    }
    for (_, cls) in vm.exc.all() {
        assert_table_is_current(&vm, cls);
    }
}

#[test]
fn a_change_to_a_base_reaches_every_subclass() {
    let vm = Vm::new();
    let make = |name: &str, base: &ObjRef| -> ObjRef {
        let args = [
            vm.new_str(name.to_string()),
            vm.new_tuple(vec![Value::Obj(base.clone())]),
            vm.new_dict(Default::default()),
        ];
        match vm.call(
            &Value::Obj(vm.types.type_.clone()),
            crate::Args::positional(&args),
        ) {
            Ok(Value::Obj(o)) => o,
            _ => panic!("class creation failed"),
        }
    };
    let a = make("A", &vm.types.object);
    let b = make("B", &a);
    let c = make("C", &b);
    let len = vm.builtins_get("len").ok().expect("len");
    let set = vm.set_attr(&Value::Obj(a.clone()), &vm.intern("__len__"), len);
    assert!(set.is_ok());
    for cls in [&a, &b, &c] {
        assert_table_is_current(&vm, cls);
    }
    assert!(c.as_type().and_then(|t| t.dunder(Dunder::Len)).is_some());
}
