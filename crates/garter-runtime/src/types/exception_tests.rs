//! Unit tests for the exception classes, with expected values from
//! python3 3.11.

use crate::args::Args;
use crate::value::Value;
use crate::Vm;

fn builtin(vm: &Vm, name: &str) -> Value {
    let ns = crate::types::dict::obj_dict_table(&vm.builtins).expect("builtins dict");
    let v = ns.borrow().get_str(&vm.intern(name));
    v.unwrap_or_else(|| panic!("no builtin {name}"))
}

fn s(vm: &Vm, text: &str) -> Value {
    vm.new_str(text.to_string())
}

fn make(vm: &Vm, class: &str, args: &[Value]) -> Value {
    vm.call(&builtin(vm, class), Args::positional(args))
        .unwrap_or_else(|e| panic!("{class}(...) raised {}", err_text(vm, &e)))
}

fn make_kw(vm: &Vm, class: &str, values: &[Value], kwnames: &[&str]) -> Result<Value, String> {
    let names: Vec<Value> = kwnames.iter().map(|n| vm.intern(n)).collect();
    vm.call(
        &builtin(vm, class),
        Args {
            values,
            kwnames: &names,
        },
    )
    .map_err(|e| err_text(vm, &e))
}

fn err_text(vm: &Vm, e: &crate::PyErr) -> String {
    let v = e.value();
    format!(
        "{}: {}",
        vm.type_name_of(&v),
        vm.str_string(&v).unwrap_or_default()
    )
}

/// The value, or a panic naming the exception raised.
fn ok<T>(vm: &Vm, r: crate::PyResult<T>, what: &str) -> T {
    r.unwrap_or_else(|e| panic!("{what} raised {}", err_text(vm, &e)))
}

fn str_of(vm: &Vm, v: &Value) -> String {
    ok(vm, vm.str_string(v), "str")
}

fn repr_of(vm: &Vm, v: &Value) -> String {
    ok(vm, vm.repr_string(v), "repr")
}

fn attr(vm: &Vm, v: &Value, name: &str) -> Value {
    vm.get_attr(v, &vm.intern(name))
        .unwrap_or_else(|e| panic!("getattr {name}: {}", err_text(vm, &e)))
}

fn attr_repr(vm: &Vm, v: &Value, name: &str) -> String {
    repr_of(vm, &attr(vm, v, name))
}

#[test]
fn str_and_repr_by_argument_count() {
    let vm = Vm::new();
    let e = make(&vm, "ValueError", &[]);
    assert_eq!(str_of(&vm, &e), "");
    assert_eq!(repr_of(&vm, &e), "ValueError()");
    let e = make(&vm, "ValueError", &[s(&vm, "x")]);
    assert_eq!(str_of(&vm, &e), "x");
    assert_eq!(repr_of(&vm, &e), "ValueError('x')");
    let e = make(&vm, "ValueError", &[Value::Int(1), s(&vm, "b")]);
    assert_eq!(str_of(&vm, &e), "(1, 'b')");
    assert_eq!(repr_of(&vm, &e), "ValueError(1, 'b')");
    assert_eq!(
        make_kw(&vm, "ValueError", &[Value::Int(1)], &["a"])
            .err()
            .as_deref(),
        Some("TypeError: ValueError() takes no keyword arguments")
    );
}

#[test]
fn key_error_str_is_repr_of_key() {
    let vm = Vm::new();
    let e = make(&vm, "KeyError", &[s(&vm, "a")]);
    assert_eq!(str_of(&vm, &e), "'a'");
    let e = make(&vm, "KeyError", &[]);
    assert_eq!(str_of(&vm, &e), "");
    let e = make(&vm, "KeyError", &[s(&vm, "a"), s(&vm, "b")]);
    assert_eq!(str_of(&vm, &e), "('a', 'b')");
    let native = vm.key_error(s(&vm, "k"));
    assert_eq!(str_of(&vm, &native.value()), "'k'");
}

#[test]
fn oserror_maps_errno_to_subclass() {
    let vm = Vm::new();
    let cases = [
        (2, "FileNotFoundError"),
        (13, "PermissionError"),
        (17, "FileExistsError"),
        (21, "IsADirectoryError"),
        (20, "NotADirectoryError"),
        (32, "BrokenPipeError"),
        (4, "InterruptedError"),
        (3, "ProcessLookupError"),
        (11, "BlockingIOError"),
        (111, "ConnectionRefusedError"),
        (9999, "OSError"),
    ];
    for (errno, name) in cases {
        let e = make(&vm, "OSError", &[Value::Int(errno), s(&vm, "x")]);
        assert_eq!(vm.type_name_of(&e), name);
        assert_eq!(str_of(&vm, &e), format!("[Errno {errno}] x"));
    }
    let e = make(&vm, "FileNotFoundError", &[Value::Int(13), s(&vm, "b")]);
    assert_eq!(vm.type_name_of(&e), "FileNotFoundError");
}

#[test]
fn oserror_fields_and_args() {
    let vm = Vm::new();
    let e = make(
        &vm,
        "OSError",
        &[Value::Int(2), s(&vm, "missing"), s(&vm, "file.txt")],
    );
    assert_eq!(attr_repr(&vm, &e, "errno"), "2");
    assert_eq!(attr_repr(&vm, &e, "strerror"), "'missing'");
    assert_eq!(attr_repr(&vm, &e, "filename"), "'file.txt'");
    assert_eq!(str_of(&vm, &e), "[Errno 2] missing: 'file.txt'");
    assert_eq!(attr_repr(&vm, &e, "args"), "(2, 'missing')");
    let e = make(
        &vm,
        "OSError",
        &[
            Value::Int(2),
            s(&vm, "x"),
            s(&vm, "f"),
            Value::None,
            s(&vm, "g"),
        ],
    );
    assert_eq!(str_of(&vm, &e), "[Errno 2] x: 'f' -> 'g'");
    let e = make(&vm, "OSError", &[]);
    assert_eq!(attr_repr(&vm, &e, "errno"), "None");
    assert_eq!(str_of(&vm, &e), "");
    let six: Vec<Value> = (1..=6).map(Value::Int).collect();
    let e = make(&vm, "OSError", &six);
    assert_eq!(attr_repr(&vm, &e, "args"), "(1, 2, 3, 4, 5, 6)");
    let e = make(&vm, "FileNotFoundError", &[s(&vm, "plain message")]);
    assert_eq!(attr_repr(&vm, &e, "errno"), "None");
    assert_eq!(str_of(&vm, &e), "plain message");
    let e = make(&vm, "OSError", &[Value::None, s(&vm, "x")]);
    assert_eq!(str_of(&vm, &e), "[Errno None] x");
    let e = make(
        &vm,
        "BlockingIOError",
        &[Value::Int(11), s(&vm, "x"), Value::Int(5)],
    );
    assert_eq!(attr_repr(&vm, &e, "characters_written"), "5");
    assert_eq!(
        make_kw(
            &vm,
            "OSError",
            &[Value::Int(2), s(&vm, "x"), Value::Int(1)],
            &["a"]
        )
        .err()
        .as_deref(),
        Some("TypeError: OSError() takes no keyword arguments")
    );
}

#[test]
fn system_exit_and_stop_iteration_fields() {
    let vm = Vm::new();
    let e = make(&vm, "SystemExit", &[]);
    assert_eq!(attr_repr(&vm, &e, "code"), "None");
    let e = make(&vm, "SystemExit", &[Value::Int(3)]);
    assert_eq!(attr_repr(&vm, &e, "code"), "3");
    let e = make(&vm, "SystemExit", &[Value::Int(1), Value::Int(2)]);
    assert_eq!(attr_repr(&vm, &e, "code"), "(1, 2)");
    let e = make(&vm, "StopIteration", &[]);
    assert_eq!(attr_repr(&vm, &e, "value"), "None");
    let e = make(&vm, "StopIteration", &[Value::Int(1), Value::Int(2)]);
    assert_eq!(attr_repr(&vm, &e, "value"), "1");
    let native = vm.stop_iteration(Some(Value::Int(7)));
    assert_eq!(attr_repr(&vm, &native.value(), "value"), "7");
}

#[test]
fn import_name_attribute_error_keywords() {
    let vm = Vm::new();
    let e = make_kw(
        &vm,
        "ImportError",
        &[s(&vm, "x"), s(&vm, "a"), s(&vm, "p")],
        &["name", "path"],
    )
    .expect("ImportError");
    assert_eq!(attr_repr(&vm, &e, "path"), "'p'");
    assert_eq!(attr_repr(&vm, &e, "name"), "'a'");
    assert_eq!(attr_repr(&vm, &e, "msg"), "'x'");
    assert_eq!(str_of(&vm, &e), "x");
    let e = make(&vm, "ImportError", &[s(&vm, "x"), s(&vm, "y")]);
    assert_eq!(attr_repr(&vm, &e, "msg"), "None");
    assert_eq!(str_of(&vm, &e), "('x', 'y')");
    assert_eq!(
        make_kw(
            &vm,
            "ModuleNotFoundError",
            &[s(&vm, "x"), Value::Int(1)],
            &["foo"]
        )
        .err()
        .as_deref(),
        Some("TypeError: 'foo' is an invalid keyword argument for ImportError()")
    );
    assert_eq!(
        make_kw(
            &vm,
            "NameError",
            &[s(&vm, "x"), Value::Int(1), Value::Int(2)],
            &["name", "foo"]
        )
        .err()
        .as_deref(),
        Some("TypeError: NameError() takes at most 1 keyword argument (2 given)")
    );
    let e = make_kw(
        &vm,
        "AttributeError",
        &[s(&vm, "x"), s(&vm, "n"), Value::Int(3)],
        &["name", "obj"],
    )
    .expect("AttributeError");
    assert_eq!(attr_repr(&vm, &e, "obj"), "3");
    assert_eq!(attr_repr(&vm, &e, "name"), "'n'");
}

#[test]
fn syntax_error_fields_and_str() {
    let vm = Vm::new();
    let info = vm.new_tuple(vec![
        s(&vm, "/a/f.py"),
        Value::Int(1),
        Value::Int(2),
        s(&vm, "text"),
    ]);
    let e = make(&vm, "SyntaxError", &[s(&vm, "msg"), info]);
    assert_eq!(str_of(&vm, &e), "msg (f.py, line 1)");
    assert_eq!(attr_repr(&vm, &e, "offset"), "2");
    assert_eq!(attr_repr(&vm, &e, "end_offset"), "None");
    assert_eq!(
        repr_of(&vm, &e),
        "SyntaxError('msg', ('/a/f.py', 1, 2, 'text'))"
    );
    let info = vm.new_tuple(vec![Value::None, Value::Int(3), Value::Int(2), s(&vm, "t")]);
    let e = make(&vm, "SyntaxError", &[s(&vm, "msg"), info]);
    assert_eq!(str_of(&vm, &e), "msg (line 3)");
    let e = make(&vm, "SyntaxError", &[]);
    assert_eq!(str_of(&vm, &e), "None");
    let short = vm.new_tuple(vec![s(&vm, "f"), Value::Int(1)]);
    assert_eq!(
        make_kw(&vm, "SyntaxError", &[s(&vm, "m"), short], &[])
            .err()
            .as_deref(),
        Some("TypeError: function takes at least 4 arguments (2 given)")
    );
}

#[test]
fn unicode_errors() {
    let vm = Vm::new();
    let mk = |obj: &str, start: i64, end: i64| {
        make(
            &vm,
            "UnicodeEncodeError",
            &[
                s(&vm, "utf-8"),
                s(&vm, obj),
                Value::Int(start),
                Value::Int(end),
                s(&vm, "bad"),
            ],
        )
    };
    assert_eq!(
        str_of(&vm, &mk("a\u{e9}c", 1, 2)),
        "'utf-8' codec can't encode character '\\xe9' in position 1: bad"
    );
    assert_eq!(
        str_of(&vm, &mk("a\u{20ac}c", 1, 2)),
        "'utf-8' codec can't encode character '\\u20ac' in position 1: bad"
    );
    assert_eq!(
        str_of(&vm, &mk("a\u{1f600}c", 1, 2)),
        "'utf-8' codec can't encode character '\\U0001f600' in position 1: bad"
    );
    assert_eq!(
        str_of(&vm, &mk("abc", 1, 3)),
        "'utf-8' codec can't encode characters in position 1-2: bad"
    );
    assert_eq!(
        str_of(&vm, &mk("abc", 5, 6)),
        "'utf-8' codec can't encode characters in position 5-5: bad"
    );
    assert_eq!(
        attr_repr(&vm, &mk("abc", 1, 3), "args"),
        "('utf-8', 'abc', 1, 3, 'bad')"
    );
    assert_eq!(
        make_kw(&vm, "UnicodeEncodeError", &[s(&vm, "x")], &[])
            .err()
            .as_deref(),
        Some("TypeError: function takes exactly 5 arguments (1 given)")
    );
    let e = make(
        &vm,
        "UnicodeTranslateError",
        &[s(&vm, "abc"), Value::Int(1), Value::Int(2), s(&vm, "bad")],
    );
    assert_eq!(
        str_of(&vm, &e),
        "can't translate character '\\x62' in position 1: bad"
    );
    assert_eq!(attr_repr(&vm, &e, "encoding"), "None");
    assert_eq!(
        make_kw(
            &vm,
            "UnicodeDecodeError",
            &[
                s(&vm, "utf-8"),
                s(&vm, "abc"),
                Value::Int(1),
                Value::Int(3),
                s(&vm, "bad")
            ],
            &[]
        )
        .err()
        .as_deref(),
        Some("TypeError: a bytes-like object is required, not 'str'")
    );
}

#[test]
fn exception_groups() {
    let vm = Vm::new();
    let v1 = make(&vm, "ValueError", &[s(&vm, "v1")]);
    let t1 = make(&vm, "TypeError", &[s(&vm, "t1")]);
    let list = vm.new_list(vec![v1, t1]);
    let eg = make(&vm, "BaseExceptionGroup", &[s(&vm, "many"), list]);
    assert_eq!(vm.type_name_of(&eg), "ExceptionGroup");
    assert_eq!(str_of(&vm, &eg), "many (2 sub-exceptions)");
    assert_eq!(
        repr_of(&vm, &eg),
        "ExceptionGroup('many', [ValueError('v1'), TypeError('t1')])"
    );
    assert_eq!(
        attr_repr(&vm, &eg, "exceptions"),
        "(ValueError('v1'), TypeError('t1'))"
    );
    let split = ok(
        &vm,
        vm.call_method(&eg, "split", &[builtin(&vm, "ValueError")]),
        "split",
    );
    assert_eq!(
        repr_of(&vm, &split),
        "(ExceptionGroup('many', [ValueError('v1')]), ExceptionGroup('many', [TypeError('t1')]))"
    );
    let sub = ok(
        &vm,
        vm.call_method(&eg, "subgroup", &[builtin(&vm, "KeyError")]),
        "subgroup",
    );
    assert!(sub.is_none());
    let bad = vm.call_method(&eg, "split", &[builtin(&vm, "int")]);
    assert_eq!(
        bad.err().map(|e| err_text(&vm, &e)).as_deref(),
        Some("TypeError: expected a function, exception type or tuple of exception types")
    );
    let kb = make(&vm, "KeyboardInterrupt", &[]);
    let err = make_kw(
        &vm,
        "ExceptionGroup",
        &[s(&vm, "m"), vm.new_list(vec![kb])],
        &[],
    );
    assert_eq!(
        err.err().as_deref(),
        Some("TypeError: Cannot nest BaseExceptions in an ExceptionGroup")
    );
    let err = make_kw(
        &vm,
        "ExceptionGroup",
        &[s(&vm, "m"), vm.new_list(vec![])],
        &[],
    );
    assert_eq!(
        err.err().as_deref(),
        Some("ValueError: second argument (exceptions) must be a non-empty sequence")
    );
    let mro = attr_repr(&vm, &builtin(&vm, "ExceptionGroup"), "__mro__");
    assert_eq!(
        mro,
        "(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)"
    );
}

#[test]
fn notes_cause_context_traceback_setters() {
    let vm = Vm::new();
    let e = make(&vm, "ValueError", &[]);
    ok(
        &vm,
        vm.call_method(&e, "add_note", &[s(&vm, "n1")]),
        "add_note",
    );
    assert_eq!(attr_repr(&vm, &e, "__notes__"), "['n1']");
    let r = vm.call_method(&e, "add_note", &[Value::Int(5)]);
    assert_eq!(
        r.err().map(|x| err_text(&vm, &x)).as_deref(),
        Some("TypeError: note must be a str, not 'int'")
    );
    let cause = make(&vm, "KeyError", &[]);
    ok(
        &vm,
        vm.set_attr(&e, &vm.intern("__cause__"), cause),
        "cause",
    );
    assert_eq!(attr_repr(&vm, &e, "__suppress_context__"), "True");
    let r = vm.set_attr(&e, &vm.intern("__cause__"), Value::Int(5));
    assert_eq!(
        r.err().map(|x| err_text(&vm, &x)).as_deref(),
        Some("TypeError: exception cause must be None or derive from BaseException")
    );
    let r = vm.call_method(&e, "with_traceback", &[s(&vm, "x")]);
    assert_eq!(
        r.err().map(|x| err_text(&vm, &x)).as_deref(),
        Some("TypeError: __traceback__ must be a traceback or None")
    );
    assert!(attr(&vm, &e, "__traceback__").is_none());
}

#[test]
fn traceback_objects_follow_entries() {
    use crate::types::exception::{exception_data, SourceFile, TracebackEntry};
    use std::rc::Rc;
    let vm = Vm::new();
    let e = make(&vm, "IndexError", &[s(&vm, "deep")]);
    let file = Rc::new(SourceFile {
        name: "prog.py".into(),
        text: String::new(),
    });
    let data = exception_data(&e).expect("exception");
    for (frame_id, (function, line)) in [("depth", 2), ("<module>", 9)].into_iter().enumerate() {
        data.traceback.borrow_mut().push(TracebackEntry {
            frame_id: frame_id as u64,
            file: file.clone(),
            function: function.into(),
            line,
            span: (0, 0),
            globals: None,
            varnames: Rc::from(Vec::new()),
        });
    }
    let tb = attr(&vm, &e, "__traceback__");
    assert!(tb.is(&attr(&vm, &e, "__traceback__")));
    assert_eq!(vm.type_name_of(&tb), "traceback");
    assert_eq!(attr_repr(&vm, &tb, "tb_lineno"), "9");
    let next = attr(&vm, &tb, "tb_next");
    assert_eq!(attr_repr(&vm, &next, "tb_lineno"), "2");
    assert!(attr(&vm, &next, "tb_next").is_none());
    let code = attr(&vm, &attr(&vm, &next, "tb_frame"), "f_code");
    assert_eq!(attr_repr(&vm, &code, "co_name"), "'depth'");
    let other = make(&vm, "KeyError", &[]);
    let same = ok(
        &vm,
        vm.call_method(&other, "with_traceback", std::slice::from_ref(&next)),
        "with_traceback",
    );
    assert!(same.is(&other));
    assert!(attr(&vm, &other, "__traceback__").is(&next));
}
