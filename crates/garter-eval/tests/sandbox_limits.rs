//! The limits of a run: memory, time, steps, recursion depth and the
//! cancel handle. Each raises its exception, none can be swallowed for
//! good, and the interpreter runs the next program normally afterwards.

use std::time::{Duration, Instant};

use garter_eval::{Interpreter, RunError};
use garter_runtime::MeteredAllocator;

/// Live accounting, as the `garter` command has it.
#[global_allocator]
static ALLOCATOR: MeteredAllocator<std::alloc::System> = MeteredAllocator(std::alloc::System);

/// How a run ended: "ok", or the uncaught exception as `Type: message`.
fn outcome(interp: &Interpreter, source: &str) -> String {
    match interp.run_main(source.to_string(), "<test>") {
        Ok(()) => "ok".into(),
        Err(RunError::Exception(e)) => {
            let vm = interp.vm();
            let value = e.value();
            let text = vm.str_string(&value).unwrap_or_default();
            let name = vm.type_name_of(&value);
            if text.is_empty() {
                name
            } else {
                format!("{name}: {text}")
            }
        }
        Err(RunError::Syntax(e)) => panic!("syntax error: {e:?}"),
    }
}

/// Checks the interpreter is as good as new.
fn still_usable(interp: &Interpreter) {
    let source = "def f(n):\n    return 1 if n < 2 else n * f(n - 1)\nassert f(20) == 2432902008176640000\nx = [i * i for i in range(1000)]\nassert sum(x) == 332833500\n";
    assert_eq!(outcome(interp, source), "ok");
}

const MB: usize = 1 << 20;

#[test]
fn a_huge_string_is_refused_before_it_is_made() {
    let interp = Interpreter::new();
    interp.set_max_memory(Some(64 * MB));
    let got = outcome(&interp, "x = 'x' * 10**9\n");
    assert!(got.starts_with("MemoryError"), "{got}");
    let got = outcome(&interp, "x = b'ab' * 10**9\n");
    assert!(got.starts_with("MemoryError"), "{got}");
    let got = outcome(&interp, "x = [None] * 10**8\n");
    assert!(got.starts_with("MemoryError"), "{got}");
    let got = outcome(&interp, "x = list(range(10**8))\n");
    assert!(got.starts_with("MemoryError"), "{got}");
    let got = outcome(&interp, "x = 3 ** 10**9\n");
    assert!(got.starts_with("MemoryError"), "{got}");
    let got = outcome(&interp, "x = 1 << 10**10\n");
    assert!(got.starts_with("MemoryError"), "{got}");
    still_usable(&interp);
}

#[test]
fn growing_containers_stop_near_the_ceiling() {
    let interp = Interpreter::new();
    interp.set_max_memory(Some(32 * MB));
    for source in [
        "l = []\nwhile True:\n    l.append(len(l))\n",
        "l = [i for i in range(10**9)]\n",
        "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
        "s = 'ab'\nwhile True:\n    s = s + s\n",
        "l = [0]\nwhile True:\n    l = l + l\n",
        "l = [0]\nwhile True:\n    l += l\n",
        "t = (0,)\nwhile True:\n    t = t + t\n",
        "b = b'x'\nwhile True:\n    b = b + b\n",
        "x = [None]\nwhile True:\n    x = [x, x]\n    x = x * 2\n",
        "l = []\nwhile True:\n    l.append('x' * 1000 + str(len(l)))\n",
    ] {
        let got = outcome(&interp, source);
        assert!(got.starts_with("MemoryError"), "{source}: {got}");
        assert!(
            interp.vm().memory_in_use() < 32 * MB,
            "{source}: {} bytes still counted",
            interp.vm().memory_in_use()
        );
    }
    // How far a list gets, in a fresh interpreter: more than a quarter of
    // the ceiling, never past it.
    let interp = Interpreter::new();
    interp.set_max_memory(Some(32 * MB));
    let source = "l = []\ntry:\n    while True:\n        l.append(None)\nexcept MemoryError:\n    n = len(l)\nassert 8 * 2**20 < n * 16 <= 32 * 2**20, n\n";
    assert_eq!(outcome(&interp, source), "ok");
    still_usable(&interp);
}

#[test]
fn memory_that_is_freed_is_given_back() {
    let interp = Interpreter::new();
    interp.set_max_memory(Some(16 * MB));
    let source = "for i in range(40):\n    s = 'y' * 4_000_000\n    l = list(range(200_000))\n    d = {k: k for k in range(2_000)}\n    del s, l, d\n";
    assert_eq!(outcome(&interp, source), "ok");
    // Many runs, each allocating and dropping a lot.
    for _ in 0..2 {
        assert_eq!(outcome(&interp, source), "ok");
    }
}

#[test]
fn memory_error_can_be_caught_and_the_program_goes_on() {
    let interp = Interpreter::new();
    interp.set_max_memory(Some(16 * MB));
    let source = "try:\n    x = 'x' * (100 * 2**20)\nexcept MemoryError as e:\n    caught = str(e)\nassert caught.startswith('the memory limit'), caught\ny = 'x' * 1000\n";
    assert_eq!(outcome(&interp, source), "ok");
}

#[test]
fn an_endless_loop_times_out() {
    let interp = Interpreter::new();
    interp.set_max_time(Some(Duration::from_millis(200)));
    let start = Instant::now();
    assert_eq!(
        outcome(&interp, "while True:\n    pass\n"),
        "TimeoutError: the time limit of 0.2 seconds was exceeded"
    );
    assert!(start.elapsed() < Duration::from_secs(5));
    still_usable(&interp);
}

#[test]
fn native_loops_over_iterables_time_out_too() {
    let interp = Interpreter::new();
    interp.set_max_time(Some(Duration::from_millis(200)));
    for source in [
        "sum(range(10**15))\n",
        "max(range(10**15))\n",
        "any(x < 0 for x in range(10**15))\n",
        "for x in iter(int, 1):\n    pass\n",
    ] {
        let got = outcome(&interp, source);
        assert!(got.starts_with("TimeoutError"), "{source}: {got}");
    }
    still_usable(&interp);
}

#[test]
fn a_timeout_cannot_be_swallowed() {
    let interp = Interpreter::new();
    interp.set_max_time(Some(Duration::from_millis(200)));
    let source = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n";
    let got = outcome(&interp, source);
    assert!(got.starts_with("TimeoutError"), "{got}");
    let source = "def f():\n    try:\n        f()\n    except BaseException:\n        f()\nf()\n";
    let got = outcome(&interp, source);
    assert!(
        got.starts_with("TimeoutError") || got.starts_with("RecursionError"),
        "{got}"
    );
    still_usable(&interp);
}

#[test]
fn the_step_limit_is_exact_and_sticky() {
    let interp = Interpreter::new();
    interp.set_max_steps(Some(10_000));
    let got = outcome(&interp, "n = 0\nwhile True:\n    n += 1\n");
    assert_eq!(got, "TimeoutError: the limit of 10000 steps was exceeded");
    let source = "n = 0\nwhile True:\n    try:\n        while True:\n            n += 1\n    except BaseException:\n        pass\n";
    let got = outcome(&interp, source);
    assert!(got.starts_with("TimeoutError"), "{got}");
    // A short program fits, run after run.
    for _ in 0..3 {
        assert_eq!(outcome(&interp, "for i in range(5000):\n    pass\n"), "ok");
    }
    interp.set_max_steps(None);
    still_usable(&interp);
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let interp = Interpreter::new();
    interp.set_max_recursion(200);
    let got = outcome(&interp, "def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(got, "RecursionError: maximum recursion depth exceeded");
    assert_eq!(
        outcome(
            &interp,
            "import sys\nassert sys.getrecursionlimit() == 200\n"
        ),
        "ok"
    );
    interp.set_max_recursion(1000);
    still_usable(&interp);
}

#[test]
fn the_cancel_handle_stops_a_script_that_swallows_everything() {
    let interp = Interpreter::new();
    let handle = interp.cancel_handle();
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.cancel();
    });
    let source = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n";
    assert_eq!(outcome(&interp, source), "KeyboardInterrupt");
    canceller.join().unwrap();
    still_usable(&interp);
}

#[test]
fn limits_apply_to_each_run_afresh() {
    let interp = Interpreter::new();
    interp.set_max_time(Some(Duration::from_millis(300)));
    for _ in 0..3 {
        let start = Instant::now();
        let got = outcome(&interp, "while True:\n    pass\n");
        assert!(got.starts_with("TimeoutError"), "{got}");
        assert!(start.elapsed() >= Duration::from_millis(250));
    }
    assert_eq!(outcome(&interp, "x = sum(range(1000))\n"), "ok");
}
