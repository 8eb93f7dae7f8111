//! Python threads where Garter goes beyond CPython: a program whose
//! threads can never wake again gets a RuntimeError in the main thread
//! instead of hanging, and the interpreter stays usable.

use garter_eval::{Interpreter, RunError};

/// Runs `source`; the message of the exception it ends with, or
/// "finished".
fn outcome(interp: &Interpreter, source: &str) -> String {
    match interp.run_main(source.to_string(), "<test>") {
        Err(RunError::Exception(e)) => {
            let vm = interp.vm();
            let value = e.value();
            let message = vm.str_string(&value).unwrap_or_default();
            format!("{}: {message}", vm.type_name_of(&value))
        }
        Err(RunError::Syntax(e)) => panic!("syntax error: {e:?}"),
        Ok(()) => "finished".into(),
    }
}

const DEADLOCK: &str =
    "RuntimeError: deadlock: every thread is blocked waiting for another and none can ever wake";

#[test]
fn acquiring_a_held_lock_with_no_other_thread_is_a_deadlock() {
    let interp = Interpreter::new();
    let source = "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n";
    assert_eq!(outcome(&interp, source), DEADLOCK);
}

#[test]
fn two_threads_waiting_for_each_other_are_reported() {
    let interp = Interpreter::new();
    let source = "\
import threading
a = threading.Lock()
b = threading.Lock()
have_a = threading.Event()
def worker():
    with a:
        have_a.set()
        b.acquire()
t = threading.Thread(target=worker)
b.acquire()
t.start()
have_a.wait()
try:
    a.acquire()
except RuntimeError as e:
    print(e)
    b.release()
t.join()
result = 'recovered'
";
    assert_eq!(outcome(&interp, source), "finished");
}

#[test]
fn a_thread_blocked_forever_at_the_end_is_reported() {
    let interp = Interpreter::new();
    let source = "\
import threading
never = threading.Event()
threading.Thread(target=never.wait).start()
";
    assert_eq!(outcome(&interp, source), DEADLOCK);
}

#[test]
fn a_daemon_thread_blocked_forever_is_dropped_at_the_end() {
    let interp = Interpreter::new();
    let source = "\
import threading, time
never = threading.Event()
threading.Thread(target=never.wait, daemon=True).start()
def sleeper():
    time.sleep(0.01)
threading.Thread(target=sleeper).start()
";
    assert_eq!(outcome(&interp, source), "finished");
    assert_eq!(outcome(&interp, "x = 1\n"), "finished");
}
