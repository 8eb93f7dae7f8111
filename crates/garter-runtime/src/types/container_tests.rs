//! Unit tests of the container types through their native methods (no
//! evaluator): sets and frozensets, dict views' set operations, list and
//! tuple errors. Expected values come from python3 3.11.

use crate::types::set::{folded_constant, new_set, new_set_from_constants, set_add};
use crate::value::Value;
use crate::{Args, PyErr, Vm};

fn ints(items: &[i64]) -> Vec<Value> {
    items.iter().map(|&i| Value::Int(i)).collect()
}

fn repr(vm: &Vm, v: &Value) -> String {
    vm.repr_string(v).unwrap_or_else(|_| "<repr failed>".into())
}

fn builtin(vm: &Vm, name: &str) -> Value {
    vm.get_item(&Value::Obj(vm.builtins.clone()), &vm.intern(name))
        .unwrap_or(Value::None)
}

fn call(vm: &Vm, name: &str, args: &[Value]) -> Result<Value, PyErr> {
    vm.call(&builtin(vm, name), Args::positional(args))
}

/// `type(e).__name__, e` of an error, as the conformance programs print it.
fn describe(vm: &Vm, e: &PyErr) -> String {
    let v = e.value();
    format!(
        "{} {}",
        vm.type_name_of(&v),
        vm.str_string(&v).unwrap_or_default()
    )
}

#[test]
fn set_iteration_order_matches_cpython() {
    let vm = Vm::new();
    let list = vm.new_list(ints(&[3, 1, 2, 100, -5, 17, 33]));
    let s = call(&vm, "set", &[list]).unwrap_or(Value::None);
    assert_eq!(repr(&vm, &s), "{1, 2, 3, 100, 33, 17, -5}");
    let items: Vec<Value> = (0..30).map(|i| Value::Int(i * 7)).collect();
    let s = new_set(&vm, items).unwrap_or(Value::None);
    assert_eq!(
        repr(&vm, &s),
        "{0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, \
         63, 196, 70, 203, 77, 84, 91, 98, 105, 112, 119, 126}"
    );
}

#[test]
fn constant_displays_use_the_folded_frozenset() {
    let vm = Vm::new();
    let items = ints(&[-1, -2, -3, -4, 1, 2, 3, 4]);
    let s = new_set_from_constants(&vm, items.clone()).unwrap_or(Value::None);
    assert_eq!(repr(&vm, &s), "{1, 2, 3, 4, -1, -4, -3, -2}");
    let f = folded_constant(&vm, ints(&[32, 100, 200, 8, 300, 16])).unwrap_or(Value::None);
    assert_eq!(vm.type_name_of(&f), "frozenset");
    let s = new_set_from_constants(&vm, ints(&[32, 100, 200, 8, 300, 16])).unwrap_or(Value::None);
    assert_eq!(repr(&vm, &s), "{32, 16, 100, 8, 300, 200}");
}

#[test]
fn frozenset_hash_is_cpythons() {
    let vm = Vm::new();
    let empty = call(&vm, "frozenset", &[]).unwrap_or(Value::None);
    assert_eq!(vm.hash(&empty).ok(), Some(133146708735736));
    let list = vm.new_list(ints(&[1, 2, 3]));
    let f = call(&vm, "frozenset", &[list]).unwrap_or(Value::None);
    assert_eq!(vm.hash(&f).ok(), Some(-272375401224217160));
    let s = new_set(&vm, Vec::new()).unwrap_or(Value::None);
    let err = vm.hash(&s).err().map(|e| describe(&vm, &e));
    assert_eq!(err.as_deref(), Some("TypeError unhashable type: 'set'"));
}

#[test]
fn set_errors_have_cpythons_messages() {
    let vm = Vm::new();
    let s = new_set(&vm, ints(&[1])).unwrap_or(Value::None);
    let unhashable = vm.new_list(Vec::new());
    let e = set_add(&vm, &s, unhashable)
        .err()
        .map(|e| describe(&vm, &e));
    assert_eq!(e.as_deref(), Some("TypeError unhashable type: 'list'"));
    let e = vm.call_method(&s, "remove", &[Value::Int(5)]).err();
    assert_eq!(e.map(|e| describe(&vm, &e)).as_deref(), Some("KeyError 5"));
    let e = vm.call_method(&s, "add", &[]).err();
    assert_eq!(
        e.map(|e| describe(&vm, &e)).as_deref(),
        Some("TypeError set.add() takes exactly one argument (0 given)")
    );
    let empty = new_set(&vm, Vec::new()).unwrap_or(Value::None);
    let e = vm.call_method(&empty, "pop", &[]).err();
    assert!(e.is_some_and(|e| vm.err_matches(&e, &vm.exc.key_error)));
}

#[test]
fn operators_follow_the_left_operand_type() {
    let vm = Vm::new();
    let a = new_set(&vm, ints(&[1, 2])).unwrap_or(Value::None);
    let list = vm.new_list(ints(&[2, 3]));
    let f = call(&vm, "frozenset", &[list]).unwrap_or(Value::None);
    let or = vm.binary_op(&f, &a, crate::dunder::BinOp::Or);
    assert_eq!(
        or.map(|v| repr(&vm, &v)).ok().as_deref(),
        Some("frozenset({1, 2, 3})")
    );
    let xor = vm.binary_op(&a, &f, crate::dunder::BinOp::Xor);
    assert_eq!(xor.map(|v| repr(&vm, &v)).ok().as_deref(), Some("{1, 3}"));
    let lst = vm.new_list(Vec::new());
    let e = vm.binary_op(&a, &lst, crate::dunder::BinOp::Or).err();
    assert_eq!(
        e.map(|e| describe(&vm, &e)).as_deref(),
        Some("TypeError unsupported operand type(s) for |: 'set' and 'list'")
    );
}

#[test]
fn set_iterator_detects_size_changes() {
    let vm = Vm::new();
    let s = new_set(&vm, ints(&[1, 2, 3])).unwrap_or(Value::None);
    let it = vm.iter(&s).unwrap_or(Value::None);
    assert_eq!(vm.type_name_of(&it), "set_iterator");
    assert!(matches!(vm.next(&it), Ok(Some(Value::Int(1)))));
    let _ = set_add(&vm, &s, Value::Int(10));
    let e = vm.next(&it).err().map(|e| describe(&vm, &e));
    assert_eq!(
        e.as_deref(),
        Some("RuntimeError Set changed size during iteration")
    );
}

#[test]
fn dict_keys_views_have_set_operations() {
    let vm = Vm::new();
    let d = vm.new_dict(crate::types::dict::DictTable::new());
    if let Some(t) = crate::types::dict::dict_table(&d) {
        let _ = crate::types::dict::set_item(&vm, t, Value::Int(1), Value::Int(2));
    }
    let keys = vm.call_method(&d, "keys", &[]).unwrap_or(Value::None);
    let other = vm.new_list(ints(&[3]));
    let r = vm.binary_op(&keys, &other, crate::dunder::BinOp::Or);
    assert_eq!(r.map(|v| repr(&vm, &v)).ok().as_deref(), Some("{1, 3}"));
    let s = new_set(&vm, ints(&[1])).unwrap_or(Value::None);
    let eq = vm.eq(&keys, &s);
    assert!(matches!(eq, Ok(true)));
}

#[test]
fn list_and_tuple_messages() {
    let vm = Vm::new();
    let l = vm.new_list(ints(&[1, 2]));
    let e = vm.call_method(&l, "index", &[Value::Int(5)]).err();
    assert_eq!(
        e.map(|e| describe(&vm, &e)).as_deref(),
        Some("ValueError 5 is not in list")
    );
    let e = vm.call_method(&l, "remove", &[Value::Int(5)]).err();
    assert_eq!(
        e.map(|e| describe(&vm, &e)).as_deref(),
        Some("ValueError list.remove(x): x not in list")
    );
    let e = vm
        .binary_op(&l, &Value::Float(1.5), crate::dunder::BinOp::Mul)
        .err();
    assert_eq!(
        e.map(|e| describe(&vm, &e)).as_deref(),
        Some("TypeError can't multiply sequence by non-int of type 'float'")
    );
    let t = vm.new_tuple(ints(&[1, 2, 3]));
    assert_eq!(vm.hash(&t).ok(), Some(529344067295497451));
    let e = vm.call_method(&t, "index", &[Value::Int(5)]).err();
    assert_eq!(
        e.map(|e| describe(&vm, &e)).as_deref(),
        Some("ValueError tuple.index(x): x not in tuple")
    );
}

#[test]
fn sort_is_stable_and_survives_failing_comparisons() {
    let vm = Vm::new();
    let mut seed: i64 = 12345;
    let mut pairs = Vec::new();
    for i in 0..3000 {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        pairs.push((seed % 50, i));
    }
    let items: Vec<Value> = pairs
        .iter()
        .map(|&(k, i)| vm.new_tuple(vec![Value::Int(k), Value::Int(i)]))
        .collect();
    let keys: Vec<Value> = pairs.iter().map(|&(k, _)| Value::Int(k)).collect();
    let mut sorted_items = items.clone();
    let result = crate::types::sequence::merge_sort(&vm, &mut sorted_items, Some(keys), false);
    assert!(result.is_ok());
    let mut expected = pairs.clone();
    expected.sort_by_key(|&(k, _)| k);
    let got: Vec<String> = sorted_items.iter().map(|v| repr(&vm, v)).collect();
    let want: Vec<String> = expected
        .iter()
        .map(|&(k, i)| format!("({k}, {i})"))
        .collect();
    assert_eq!(got, want);
    let mut mixed: Vec<Value> = (0..200).map(Value::Int).collect();
    mixed.insert(150, vm.new_str("x".into()));
    let result = crate::types::sequence::merge_sort(&vm, &mut mixed, None, false);
    assert!(result.is_err());
    assert_eq!(mixed.len(), 201);
}
