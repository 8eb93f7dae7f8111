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

/// Runs `source` with the interrupt flag set from another OS thread after
/// 50 ms.
fn interrupted(source: &str) -> String {
    let interp = Interpreter::new();
    let flag = interp.interrupt_flag();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        flag.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    let result = outcome(&interp, source);
    let _ = setter.join();
    result
}

#[test]
fn an_interrupt_reaches_the_main_thread_while_it_waits_for_a_busy_thread() {
    let source = "\
import threading
def spin():
    while True:
        pass
t = threading.Thread(target=spin, daemon=True)
t.start()
try:
    t.join()
except KeyboardInterrupt:
    assert t.is_alive()
    raise
";
    assert_eq!(interrupted(source), "KeyboardInterrupt: ");
}

#[test]
fn an_interrupt_is_raised_in_the_main_thread_not_in_a_busy_one() {
    let source = "\
started = []
try:
    import threading
    def spin():
        while True:
            pass
    workers = [threading.Thread(target=spin, daemon=True) for _ in range(3)]
    for w in workers:
        w.start()
        started.append(w)
    while True:
        pass
except KeyboardInterrupt:
    assert all(w.is_alive() for w in started)
";
    assert_eq!(interrupted(source), "finished");
}

#[test]
fn an_interrupt_cuts_a_sleep_short() {
    let start = std::time::Instant::now();
    assert_eq!(
        interrupted("import time\ntime.sleep(60)\n"),
        "KeyboardInterrupt: "
    );
    let source = "\
import threading, time
threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
time.sleep(60)
";
    assert_eq!(interrupted(source), "KeyboardInterrupt: ");
    assert!(start.elapsed() < std::time::Duration::from_secs(30));
}
