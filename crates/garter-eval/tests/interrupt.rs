//! The interrupt flag: another thread stops a running loop or recursion
//! with KeyboardInterrupt, and the interpreter stays usable afterwards.

use std::sync::atomic::Ordering;
use std::time::Duration;

use garter_eval::{Interpreter, RunError};

fn interrupted_after(source: &str) -> String {
    let interp = Interpreter::new();
    let flag = interp.interrupt_flag();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        flag.store(true, Ordering::Relaxed);
    });
    let result = interp.run_main(source.to_string(), "<test>");
    setter.join().unwrap();
    match result {
        Err(RunError::Exception(e)) => interp.vm().type_name_of(&e.value()).to_string(),
        Err(RunError::Syntax(e)) => panic!("syntax error: {e:?}"),
        Ok(()) => "finished".into(),
    }
}

#[test]
fn an_endless_while_loop_is_interrupted() {
    assert_eq!(
        interrupted_after("while True:\n    pass\n"),
        "KeyboardInterrupt"
    );
}

#[test]
fn an_endless_for_loop_is_interrupted() {
    assert_eq!(
        interrupted_after("def gen():\n    while 1:\n        yield 1\nfor x in gen():\n    pass\n"),
        "KeyboardInterrupt"
    );
}

#[test]
fn code_in_a_handler_sees_it_and_the_interpreter_goes_on() {
    let interp = Interpreter::new();
    let flag = interp.interrupt_flag();
    let remote = flag.clone();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        remote.store(true, Ordering::Relaxed);
    });
    let source = "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    caught = 1\nassert caught == 1\n";
    assert!(interp.run_main(source.to_string(), "<test>").is_ok());
    setter.join().unwrap();
    assert!(!flag.load(Ordering::Relaxed));
    let again = "def f(n):\n    return n if n < 2 else f(n - 1)\nassert f(50) == 1\n";
    assert!(interp.run_main(again.to_string(), "<test>").is_ok());
}
