//! Running code, globals, calls, errors, output capture, and several
//! interpreters in one thread and on several threads.

use garter::{Interpreter, OutputBuffer, Value};
use miette::Diagnostic;

#[test]
fn exec_eval_get_set() {
    let interp = Interpreter::new();
    interp.set("base", 10).unwrap();
    interp.exec("total = base + 5\n", "t.py").unwrap();
    assert_eq!(interp.get::<i64>("total").unwrap(), 15);
    assert_eq!(interp.eval::<i64>("total * 2").unwrap(), 30);
    assert_eq!(interp.eval::<i64>("  total\n").unwrap(), 15);
    let err = interp.get::<i64>("missing").unwrap_err();
    assert_eq!(err.to_string(), "NameError: name 'missing' is not defined");
    let err = interp.eval::<i64>("yield 1").unwrap_err();
    assert_eq!(err.type_name(), "SyntaxError");
    let err = interp.eval::<i64>("x = 1").unwrap_err();
    assert_eq!(err.type_name(), "SyntaxError");
}

#[test]
fn import_and_call_with_keywords() {
    let interp = Interpreter::new();
    let math = interp.import("math").unwrap();
    let sqrt = interp.getattr(&math, "sqrt").unwrap();
    assert_eq!(interp.call::<_, f64>(&sqrt, (16,)).unwrap(), 4.0);
    interp
        .exec(
            "def f(a, b=2, *, scale=1):\n    return (a + b) * scale\n",
            "f.py",
        )
        .unwrap();
    let f: Value = interp.get("f").unwrap();
    assert_eq!(interp.call::<_, i64>(&f, (1,)).unwrap(), 3);
    assert_eq!(
        interp
            .call_kw::<_, _, _, i64>(&f, (1, 4), [("scale", 10)])
            .unwrap(),
        50
    );
    let err = interp.call::<_, i64>(&f, ()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "TypeError: f() missing 1 required positional argument: 'a'"
    );
    let err = interp.import("no_such_module").err().unwrap();
    assert_eq!(err.type_name(), "ModuleNotFoundError");
}

#[test]
fn errors_carry_traceback_object_and_code_frame() {
    let interp = Interpreter::new();
    let source =
        "def check(x):\n    if x < 0:\n        raise ValueError(f'bad {x}')\n\ncheck(-2)\n";
    let err = interp.exec(source, "rules.py").unwrap_err();
    assert_eq!(err.type_name(), "ValueError");
    assert_eq!(err.message(), "bad -2");
    assert_eq!(
        err.traceback(),
        "Traceback (most recent call last):\n  File \"rules.py\", line 5, in <module>\n    check(-2)\n  File \"rules.py\", line 3, in check\n    raise ValueError(f'bad {x}')\nValueError: bad -2\n"
    );
    let args: Vec<String> = interp
        .from_py(&interp.getattr(err.exception(), "args").unwrap())
        .unwrap();
    assert_eq!(args, ["bad -2"]);
    let labels: Vec<_> = err.labels().unwrap().collect();
    assert_eq!(labels.len(), 1);
    let span = labels[0].inner();
    assert_eq!(
        &source[span.offset()..span.offset() + span.len()],
        "raise ValueError(f'bad {x}')"
    );
    assert!(err.source_code().is_some());
    assert_eq!(err.code().unwrap().to_string(), "python::ValueError");
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert_eq!(boxed.to_string(), "ValueError: bad -2");
}

#[test]
fn syntax_errors_point_at_the_source() {
    let interp = Interpreter::new();
    let err = interp.exec("x = (1,\n", "bad.py").unwrap_err();
    assert_eq!(err.type_name(), "SyntaxError");
    assert_eq!(err.message(), "'(' was never closed");
    assert!(err
        .traceback()
        .contains("SyntaxError: '(' was never closed"));
    assert!(err.labels().is_some());
    let err = interp.exec("if x:\npass\n", "bad.py").unwrap_err();
    assert_eq!(err.type_name(), "IndentationError");
    assert!(err.is_instance("SyntaxError"));
}

#[test]
fn output_goes_to_the_host_writers() {
    let out = OutputBuffer::new();
    let err = OutputBuffer::new();
    let interp = Interpreter::builder()
        .stdout(out.clone())
        .stderr(err.clone())
        .stdin_text("first\nsecond\n")
        .build()
        .unwrap();
    interp
        .exec(
            "import sys\nprint('a', 1)\nsys.stdout.write('b\\n')\nprint('c', file=sys.stderr)\nsys.stderr.write('d\\n')\nname = input('who? ')\nrest = sys.stdin.readline()\nend = input()\n",
            "io.py",
        )
        .unwrap_err();
    assert_eq!(out.contents(), "a 1\nb\nwho? ");
    assert_eq!(err.take(), "c\nd\n");
    assert_eq!(interp.get::<String>("name").unwrap(), "first");
    assert_eq!(interp.get::<String>("rest").unwrap(), "second\n");
    let failure = interp.exec("1 / 0\n", "boom.py").unwrap_err();
    interp.print_error(&failure);
    assert_eq!(
        err.contents(),
        "Traceback (most recent call last):\n  File \"boom.py\", line 1, in <module>\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn input_at_end_of_input_raises_eof_error() {
    let interp = Interpreter::builder().stdin_text("").build().unwrap();
    let err = interp.eval::<String>("input()").unwrap_err();
    assert_eq!(err.to_string(), "EOFError: EOF when reading a line");
}

#[test]
fn interpreters_in_one_thread_are_independent() {
    let a = Interpreter::new();
    let b = Interpreter::new();
    a.set("x", 1).unwrap();
    a.exec("import sys\nsys.flag = 'a'\nclass C: pass\n", "a.py")
        .unwrap();
    assert_eq!(b.get::<i64>("x").unwrap_err().type_name(), "NameError");
    assert!(!b
        .eval::<bool>("hasattr(__import__('sys'), 'flag')")
        .unwrap());
    b.exec("x = 2\n", "b.py").unwrap();
    assert_eq!(a.get::<i64>("x").unwrap(), 1);
    assert_eq!(b.get::<i64>("x").unwrap(), 2);
}

#[test]
fn interpreters_on_several_threads() {
    let handles: Vec<_> = (0..4)
        .map(|i: i64| {
            std::thread::spawn(move || {
                let out = OutputBuffer::new();
                let interp = Interpreter::builder().stdout(out.clone()).build().unwrap();
                interp.set("n", i).unwrap();
                interp
                    .exec(
                        "def fib(k):\n    return k if k < 2 else fib(k - 1) + fib(k - 2)\nprint(n, fib(15 + n))\n",
                        "t.py",
                    )
                    .unwrap();
                let fib: Value = interp.get("fib").unwrap();
                let small: i64 = interp.call(&fib, (10,)).unwrap();
                (out.contents(), small)
            })
        })
        .collect();
    let fibs = [610, 987, 1597, 2584];
    for (i, handle) in handles.into_iter().enumerate() {
        let (text, small) = handle.join().unwrap();
        assert_eq!(text, format!("{i} {}\n", fibs[i]));
        assert_eq!(small, 55);
    }
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let interp = Interpreter::builder().recursion_limit(100).build().unwrap();
    interp
        .exec("def down(n):\n    return down(n + 1)\n", "r.py")
        .unwrap();
    let err = interp.eval::<i64>("down(0)").unwrap_err();
    assert_eq!(err.type_name(), "RecursionError");
    let f: Value = interp.get("down").unwrap();
    let err = interp.call::<_, i64>(&f, (0,)).unwrap_err();
    assert_eq!(err.type_name(), "RecursionError");
}

#[test]
fn interrupt_flag_stops_a_loop() {
    let interp = Interpreter::new();
    let flag = interp.interrupt_flag();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        flag.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    let err = interp
        .exec("while True:\n    pass\n", "spin.py")
        .unwrap_err();
    setter.join().unwrap();
    assert_eq!(err.type_name(), "KeyboardInterrupt");
    assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
}

/// Sets its flag when dropped.
struct DropFlag(std::rc::Rc<std::cell::Cell<bool>>);

impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

#[test]
fn dropping_an_interpreter_frees_objects_in_cycles() {
    let dropped = std::rc::Rc::new(std::cell::Cell::new(false));
    {
        let interp = Interpreter::builder()
            .class(garter::Class::new::<DropFlag>("DropFlag"))
            .build()
            .unwrap();
        interp
            .set("flag", garter::HostObject::new(DropFlag(dropped.clone())))
            .unwrap();
        interp
            .exec(
                "class Node:\n    def __init__(self, payload):\n        self.me = self\n        self.payload = payload\n        self.method = self.get\n    def get(self):\n        return self.payload\nnode = Node([flag])\nnode.payload.append(node.payload)\ndel flag\n",
                "cycle.py",
            )
            .unwrap();
        assert!(!dropped.get());
    }
    assert!(dropped.get());
}
