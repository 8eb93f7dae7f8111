//! Unit tests for builtin functions, `sys` and the mappingproxy, with
//! expected values from python3 3.11.

use crate::args::Args;
use crate::value::Value;
use crate::Vm;

fn builtin(vm: &Vm, name: &str) -> Value {
    let ns = crate::types::dict::obj_dict_table(&vm.builtins);
    let found = ns.and_then(|t| t.borrow().get_str(&vm.intern(name)));
    found.unwrap_or_else(|| panic!("no builtin {name}"))
}

fn err_text(vm: &Vm, e: &crate::PyErr) -> String {
    let v = e.value();
    format!(
        "{}: {}",
        vm.type_name_of(&v),
        vm.str_string(&v).unwrap_or_default()
    )
}

fn call(vm: &Vm, name: &str, args: &[Value]) -> Result<Value, String> {
    vm.call(&builtin(vm, name), Args::positional(args))
        .map_err(|e| err_text(vm, &e))
}

fn repr_of(vm: &Vm, r: Result<Value, String>) -> String {
    match r {
        Ok(v) => vm
            .repr_string(&v)
            .unwrap_or_else(|e| format!("repr raised {}", err_text(vm, &e))),
        Err(e) => e,
    }
}

fn s(vm: &Vm, text: &str) -> Value {
    vm.new_str(text.to_string())
}

fn sys(vm: &Vm) -> Value {
    let m = crate::modules::native_module(vm, "sys").unwrap_or(Value::None);
    let _ = vm.set_item(
        &Value::Obj(vm.modules.clone()),
        &vm.intern("sys"),
        m.clone(),
    );
    m
}

fn attr(vm: &Vm, v: &Value, name: &str) -> Result<Value, String> {
    vm.get_attr(v, &vm.intern(name))
        .map_err(|e| err_text(vm, &e))
}

#[test]
fn numeric_builtins() {
    let vm = Vm::new();
    assert_eq!(
        repr_of(&vm, call(&vm, "bin", &[Value::Int(-5)])),
        "'-0b101'"
    );
    assert_eq!(repr_of(&vm, call(&vm, "oct", &[Value::Int(8)])), "'0o10'");
    assert_eq!(
        repr_of(&vm, call(&vm, "hex", &[Value::Int(-255)])),
        "'-0xff'"
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "hex", &[Value::Float(1.5)])),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "chr", &[Value::Int(-1)])),
        "ValueError: chr() arg not in range(0x110000)"
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "ord", &[s(&vm, "")])),
        "TypeError: ord() expected a character, but string of length 0 found"
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "ord", &[Value::Int(5)])),
        "TypeError: ord() expected string of length 1, but int found"
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "abs", &[s(&vm, "s")])),
        "TypeError: bad operand type for abs(): 'str'"
    );
    assert_eq!(
        repr_of(
            &vm,
            call(
                &vm,
                "pow",
                &[Value::Float(2.0), Value::Int(2), Value::Int(3)]
            )
        ),
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers"
    );
    assert_eq!(
        repr_of(
            &vm,
            call(&vm, "pow", &[s(&vm, "a"), Value::Int(2), Value::Int(3)])
        ),
        "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'"
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "pow", &[Value::Int(1)])),
        "TypeError: pow() missing required argument 'exp' (pos 2)"
    );
    assert_eq!(
        repr_of(
            &vm,
            call(&vm, "round", &[Value::Int(1), Value::Int(2), Value::Int(3)])
        ),
        "TypeError: round() takes at most 2 arguments (3 given)"
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "divmod", &[Value::Int(1), s(&vm, "a")])),
        "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'"
    );
}

#[test]
fn text_and_attribute_builtins() {
    let vm = Vm::new();
    assert_eq!(
        repr_of(&vm, call(&vm, "ascii", &[s(&vm, "\u{e9}\u{1f600}\u{7}")])),
        "\"'\\\\xe9\\\\U0001f600\\\\x07'\""
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "format", &[Value::Int(1), Value::Int(2)])),
        "TypeError: format() argument 2 must be str, not int"
    );
    assert_eq!(
        repr_of(&vm, call(&vm, "getattr", &[Value::Int(1), Value::Int(1)])),
        "TypeError: attribute name must be string, not 'int'"
    );
    assert_eq!(
        repr_of(
            &vm,
            call(
                &vm,
                "getattr",
                &[Value::Int(1), s(&vm, "nope"), Value::Int(7)]
            )
        ),
        "7"
    );
    let obj = call(&vm, "object", &[]).unwrap_or(Value::None);
    assert_eq!(
        repr_of(&vm, call(&vm, "vars", &[obj])),
        "TypeError: vars() argument must have __dict__ attribute"
    );
    let names = call(&vm, "dir", &[Value::Obj(vm.types.int.clone())]);
    let count = names.map(|n| vm.len(&n).unwrap_or(0)).unwrap_or(0);
    assert!(count > 50, "dir(int) has {count} names");
}

#[test]
fn exit_and_quit() {
    let vm = Vm::new();
    assert_eq!(
        repr_of(&vm, Ok(builtin(&vm, "exit"))),
        "Use exit() or Ctrl-D (i.e. EOF) to exit"
    );
    assert_eq!(
        repr_of(&vm, Ok(builtin(&vm, "quit"))),
        "Use quit() or Ctrl-D (i.e. EOF) to exit"
    );
    assert_eq!(
        repr_of(
            &vm,
            Ok(Value::Obj(vm.class_of(&builtin(&vm, "exit")).clone()))
        ),
        "<class '_sitebuiltins.Quitter'>"
    );
    let raised = vm.call(&builtin(&vm, "exit"), Args::positional(&[Value::Int(3)]));
    let exc = raised.err().map(|e| e.value()).unwrap_or(Value::None);
    assert_eq!(vm.type_name_of(&exc), "SystemExit");
    assert_eq!(repr_of(&vm, attr(&vm, &exc, "code")), "3");
}

#[test]
fn sys_information() {
    let vm = Vm::new();
    let sys = sys(&vm);
    let info = attr(&vm, &sys, "version_info");
    assert_eq!(
        repr_of(&vm, info.clone()),
        "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)"
    );
    let info = info.unwrap_or(Value::None);
    assert_eq!(repr_of(&vm, attr(&vm, &info, "major")), "3");
    assert_eq!(
        repr_of(&vm, attr(&vm, &info, "foo")),
        "AttributeError: 'sys.version_info' object has no attribute 'foo'"
    );
    assert_eq!(
        repr_of(&vm, Ok(Value::Obj(vm.class_of(&info).clone()))),
        "<class 'sys.version_info'>"
    );
    let t = vm.new_tuple(vec![Value::Int(3), Value::Int(8)]);
    let ge = vm.compare(&info, &t, crate::dunder::CompareOp::Ge);
    assert_eq!(repr_of(&vm, ge.map_err(|e| err_text(&vm, &e))), "True");
    assert_eq!(
        repr_of(&vm, attr(&vm, &sys, "float_info")),
        "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)"
    );
    assert_eq!(
        repr_of(&vm, attr(&vm, &sys, "int_info")),
        "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)"
    );
    let hash_info = attr(&vm, &sys, "hash_info").unwrap_or(Value::None);
    assert_eq!(
        repr_of(&vm, attr(&vm, &hash_info, "modulus")),
        "2305843009213693951"
    );
    assert_eq!(repr_of(&vm, attr(&vm, &sys, "maxunicode")), "1114111");
}

#[test]
fn sys_functions() {
    let vm = Vm::new();
    let sys = sys(&vm);
    let call_sys = |name: &str, args: &[Value]| {
        attr(&vm, &sys, name).and_then(|f| {
            vm.call(&f, Args::positional(args))
                .map_err(|e| err_text(&vm, &e))
        })
    };
    assert_eq!(
        repr_of(&vm, call_sys("set_int_max_str_digits", &[Value::Int(5)])),
        "ValueError: maxdigits must be 0 or larger than 640"
    );
    assert_eq!(
        repr_of(&vm, call_sys("set_int_max_str_digits", &[Value::Int(1000)])),
        "None"
    );
    assert_eq!(
        repr_of(&vm, call_sys("get_int_max_str_digits", &[])),
        "1000"
    );
    assert_eq!(vm.int_max_str_digits(), 1000);
    assert_eq!(
        repr_of(&vm, call_sys("intern", &[Value::Int(1)])),
        "TypeError: intern() argument must be str, not int"
    );
    assert_eq!(
        repr_of(&vm, call_sys("exc_info", &[Value::Int(1)])),
        "TypeError: sys.exc_info() takes no arguments (1 given)"
    );
    assert_eq!(
        repr_of(&vm, call_sys("setrecursionlimit", &[Value::Int(0)])),
        "ValueError: recursion limit must be greater or equal than 1"
    );
    let raised = call_sys("exit", &[s(&vm, "bye")]);
    assert_eq!(raised.err().as_deref(), Some("SystemExit: bye"));
    let stdin = attr(&vm, &sys, "stdin").unwrap_or(Value::None);
    assert_eq!(
        repr_of(&vm, Ok(stdin)),
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"
    );
}

#[test]
fn type_dict_is_a_live_mappingproxy() {
    let vm = Vm::new();
    let ns = vm.new_dict(crate::types::dict::DictTable::new());
    vm.set_item(&ns, &vm.intern("x"), Value::Int(1))
        .unwrap_or_default();
    let Some(ns_obj) = ns.as_obj().cloned() else {
        panic!("namespace is not an object")
    };
    let cls = crate::types::class_new::new_class(
        &vm,
        &vm.types.type_,
        "C",
        Vec::new(),
        &ns_obj,
        Args::positional(&[]),
    )
    .unwrap_or(Value::None);
    let proxy = attr(&vm, &cls, "__dict__").unwrap_or(Value::None);
    assert_eq!(vm.type_name_of(&proxy), "mappingproxy");
    vm.set_attr(&cls, &vm.intern("y"), Value::Int(2))
        .unwrap_or_default();
    let y = vm
        .get_item(&proxy, &vm.intern("y"))
        .map_err(|e| err_text(&vm, &e));
    assert_eq!(repr_of(&vm, y), "2");
    let assign = vm.set_item(&proxy, &vm.intern("z"), Value::Int(3));
    assert_eq!(
        assign.err().map(|e| err_text(&vm, &e)).as_deref(),
        Some("TypeError: 'mappingproxy' object does not support item assignment")
    );
    let names = vm.collect(&proxy).unwrap_or_default();
    let keys: Vec<String> = names
        .iter()
        .filter_map(|k| k.as_str().map(|s| s.as_str().to_string()))
        .collect();
    assert!(keys.contains(&"__dict__".to_string()));
    assert!(keys.contains(&"__weakref__".to_string()));
}

#[test]
fn generic_aliases() {
    let vm = Vm::new();
    let list = Value::Obj(vm.types.list.clone());
    let int = Value::Obj(vm.types.int.clone());
    let alias = vm.get_item(&list, &int).map_err(|e| err_text(&vm, &e));
    assert_eq!(repr_of(&vm, alias.clone()), "list[int]");
    let alias = alias.unwrap_or(Value::None);
    assert_eq!(vm.type_name_of(&alias), "GenericAlias");
    assert!(attr(&vm, &alias, "__origin__").is_ok_and(|o| o.is(&list)));
    let dict = Value::Obj(vm.types.dict.clone());
    let two = vm.new_tuple(vec![Value::Obj(vm.types.str.clone()), alias.clone()]);
    let nested = vm.get_item(&dict, &two).map_err(|e| err_text(&vm, &e));
    assert_eq!(repr_of(&vm, nested), "dict[str, list[int]]");
    let empty = vm.get_item(&Value::Obj(vm.types.tuple.clone()), &vm.empty_tuple.clone());
    assert_eq!(
        repr_of(&vm, empty.map_err(|e| err_text(&vm, &e))),
        "tuple[()]"
    );
    let made = vm
        .call(&alias, Args::positional(&[]))
        .map_err(|e| err_text(&vm, &e));
    assert_eq!(repr_of(&vm, made), "[]");
}
