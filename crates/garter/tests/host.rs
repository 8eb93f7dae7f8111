//! Host functions, host modules and host objects.

use std::cell::Cell;
use std::rc::Rc;

use garter::{Class, Function, HostError, HostObject, Interpreter, Module};

#[test]
fn builtin_host_function_with_typed_arguments() {
    let interp = Interpreter::builder()
        .function(Function::new("add", |a: i64, b: i64| a + b))
        .function(Function::new("nothing", || ()))
        .build()
        .unwrap();
    assert_eq!(interp.eval::<i64>("add(2, 3)").unwrap(), 5);
    assert!(interp.eval::<bool>("nothing() is None").unwrap());
    assert_eq!(interp.eval::<String>("add.__name__").unwrap(), "add");
    assert_eq!(
        interp.eval::<String>("repr(add)").unwrap(),
        "<built-in function add>"
    );
    assert!(interp.eval::<bool>("callable(add)").unwrap());
    assert_eq!(
        interp.eval::<String>("type(add).__name__").unwrap(),
        "builtin_function_or_method"
    );
}

#[test]
fn wrong_calls_raise_type_error() {
    let interp = Interpreter::builder()
        .function(Function::new("add", |a: i64, b: i64| a + b).params(["a", "b"]))
        .function(Function::new("neg", |a: i64| -a))
        .build()
        .unwrap();
    let cases = [
        (
            "add(1)",
            "TypeError: add() missing required argument 'b' (pos 2)",
        ),
        (
            "add(1, 2, 3)",
            "TypeError: add() takes at most 2 arguments (3 given)",
        ),
        (
            "add(1, c=2)",
            "TypeError: add() got an unexpected keyword argument 'c'",
        ),
        (
            "add(1, a=2)",
            "TypeError: argument for add() given by name ('a') and position (1)",
        ),
        (
            "add('x', 1)",
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
        ("neg(a=1)", "TypeError: neg() takes no keyword arguments"),
        (
            "neg()",
            "TypeError: neg() missing required argument (pos 1)",
        ),
    ];
    for (source, expected) in cases {
        let err = interp.eval::<i64>(source).unwrap_err();
        assert_eq!(err.to_string(), expected, "{source}");
    }
    assert_eq!(interp.eval::<i64>("add(b=1, a=5)").unwrap(), 6);
}

#[test]
fn rust_errors_become_the_chosen_exception() {
    let interp = Interpreter::builder()
        .function(Function::new("parse", |s: String| s.parse::<i32>()).error_type("ValueError"))
        .function(Function::new(
            "fail",
            |key: String| -> Result<i32, HostError> { Err(HostError::new("KeyError", key)) },
        ))
        .function(Function::new(
            "default_kind",
            || -> Result<(), HostError> { Err(HostError::message("broken")) },
        ))
        .function(Function::new(
            "unknown_kind",
            || -> Result<(), HostError> { Err(HostError::new("NoSuchError", "odd")) },
        ))
        .build()
        .unwrap();
    assert_eq!(interp.eval::<i32>("parse('12')").unwrap(), 12);
    let err = interp.eval::<i32>("parse('x')").unwrap_err();
    assert_eq!(err.to_string(), "ValueError: invalid digit found in string");
    let err = interp.eval::<i32>("fail('k')").unwrap_err();
    assert_eq!(err.type_name(), "KeyError");
    assert!(err.is_instance("LookupError"));
    let err = interp.eval::<()>("default_kind()").unwrap_err();
    assert_eq!(err.to_string(), "RuntimeError: broken");
    let err = interp.eval::<()>("unknown_kind()").unwrap_err();
    assert_eq!(err.type_name(), "RuntimeError");
    interp
        .exec(
            "try:\n    parse('y')\nexcept ValueError as e:\n    caught = str(e)\n",
            "x.py",
        )
        .unwrap();
    assert_eq!(
        interp.get::<String>("caught").unwrap(),
        "invalid digit found in string"
    );
}

#[test]
fn host_module_imports_and_keeps_state() {
    let calls = Rc::new(Cell::new(0));
    let seen = calls.clone();
    let module = Module::new("host")
        .function(
            Function::new("lookup", move |key: String, default: Option<i64>| {
                seen.set(seen.get() + 1);
                match key.as_str() {
                    "answer" => Some(42),
                    _ => default,
                }
            })
            .params(["key", "default"]),
        )
        .constant("limits", vec![1, 2])
        .source("def twice(key):\n    return lookup(key) * 2\n");
    let interp = Interpreter::builder().module(module).build().unwrap();
    interp
        .exec(
            "import host\nfrom host import lookup\na = host.lookup('answer')\nb = lookup('x', default=7)\nc = host.twice('answer')\nd = host.limits\n",
            "plugin.py",
        )
        .unwrap();
    assert_eq!(interp.get::<i64>("a").unwrap(), 42);
    assert_eq!(interp.get::<i64>("b").unwrap(), 7);
    assert_eq!(interp.get::<i64>("c").unwrap(), 84);
    assert_eq!(interp.get::<Vec<i32>>("d").unwrap(), [1, 2]);
    assert_eq!(calls.get(), 3);
}

#[test]
fn host_module_source_errors_fail_the_build() {
    let result = Interpreter::builder()
        .module(Module::new("broken").source("1 / 0\n"))
        .build();
    let err = result.err().unwrap();
    assert_eq!(err.type_name(), "ZeroDivisionError");
}

#[test]
fn host_functions_call_back_into_python() {
    let interp = Interpreter::builder()
        .function(Function::raw("apply", |vm, args| {
            let [f, x] = args.values else {
                return Err(vm.type_error("apply() takes 2 arguments".into()));
            };
            vm.call(f, garter::Args::positional(std::slice::from_ref(x)))
        }))
        .build()
        .unwrap();
    assert_eq!(
        interp.eval::<i64>("apply(lambda v: v + 1, 41)").unwrap(),
        42
    );
    let err = interp.eval::<i64>("apply(lambda v: 1 / 0, 1)").unwrap_err();
    assert_eq!(err.type_name(), "ZeroDivisionError");
}

struct Account {
    owner: String,
    balance: i64,
}

fn account_class() -> Class {
    Class::new::<Account>("Account")
        .constructor(
            Function::new("Account", |owner: String, balance: Option<i64>| {
                HostObject::new(Account {
                    owner,
                    balance: balance.unwrap_or(0),
                })
            })
            .params(["owner", "balance"]),
        )
        .method("deposit", |a: &mut Account, amount: i64| {
            if amount <= 0 {
                return Err(HostError::new("ValueError", "amount must be positive"));
            }
            a.balance += amount;
            Ok(a.balance)
        })
        .method("__repr__", |a: &mut Account| {
            format!("Account({:?}, {})", a.owner, a.balance)
        })
        .method("__len__", |a: &mut Account| a.owner.len())
        .getter("owner", |a: &Account| a.owner.clone())
        .getter("balance", |a: &Account| a.balance)
        .setter("balance", |a: &mut Account, v: i64| a.balance = v)
}

#[test]
fn host_objects_have_methods_and_attributes() {
    let interp = Interpreter::builder()
        .module(Module::new("bank").class(account_class()))
        .build()
        .unwrap();
    interp
        .exec(
            "from bank import Account\na = Account('ann', balance=5)\na.deposit(10)\na.balance += 1\nr = repr(a)\nn = len(a)\nt = type(a).__name__\n",
            "bank.py",
        )
        .unwrap();
    assert_eq!(interp.get::<String>("r").unwrap(), "Account(\"ann\", 16)");
    assert_eq!(interp.get::<usize>("n").unwrap(), 3);
    assert_eq!(interp.get::<String>("t").unwrap(), "Account");
    let a: HostObject<Account> = interp.get("a").unwrap();
    assert_eq!(a.borrow().balance, 16);
    a.borrow_mut().balance = 100;
    assert_eq!(interp.eval::<i64>("a.balance").unwrap(), 100);
    let err = interp.eval::<i64>("a.deposit(-1)").unwrap_err();
    assert_eq!(err.to_string(), "ValueError: amount must be positive");
    let err = interp.exec("a.owner = 'bob'\n", "x.py").unwrap_err();
    assert_eq!(err.type_name(), "AttributeError");
    let err = interp.exec("a.other = 1\n", "x.py").unwrap_err();
    assert_eq!(err.type_name(), "AttributeError");
    let err = interp.eval::<i64>("Account.deposit(1, 2)").unwrap_err();
    assert_eq!(
        err.to_string(),
        "TypeError: descriptor 'deposit' requires a 'Account' object but received a 'int'"
    );
}

#[test]
fn host_objects_from_the_host() {
    let interp = Interpreter::builder()
        .class(account_class())
        .function(Function::new("owner_of", |a: HostObject<Account>| {
            a.borrow().owner.clone()
        }))
        .build()
        .unwrap();
    let shared = HostObject::new(Account {
        owner: "cy".into(),
        balance: 1,
    });
    interp.set("acct", shared.clone()).unwrap();
    interp.exec("acct.deposit(4)\n", "x.py").unwrap();
    assert_eq!(shared.borrow().balance, 5);
    assert_eq!(interp.eval::<String>("owner_of(acct)").unwrap(), "cy");
    let err = interp.eval::<String>("owner_of(3)").unwrap_err();
    assert_eq!(err.to_string(), "TypeError: expected Account, got int");
}

#[test]
fn classes_without_constructor_cannot_be_called() {
    let class = Class::new::<Account>("Account").getter("owner", |a: &Account| a.owner.clone());
    let interp = Interpreter::builder()
        .module(Module::new("bank").class(class))
        .build()
        .unwrap();
    let err = interp
        .exec("import bank\nbank.Account()\n", "x.py")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "TypeError: cannot create 'Account' instances"
    );
}

#[test]
fn unregistered_host_types_do_not_convert() {
    let interp = Interpreter::new();
    let err = interp
        .set(
            "x",
            HostObject::new(Account {
                owner: String::new(),
                balance: 0,
            }),
        )
        .unwrap_err();
    assert_eq!(err.type_name(), "TypeError");
}
