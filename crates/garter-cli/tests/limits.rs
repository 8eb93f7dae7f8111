//! The `--max-memory`, `--max-time`, `--max-steps` and `--max-recursion`
//! options: an exceeded limit prints the exception's traceback and exits
//! with status 1; a program within its limits runs as usual.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_garter"))
        .args(args)
        .output()
        .expect("run garter")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn max_memory_stops_a_growing_list() {
    let out = run(&[
        "--max-memory",
        "64MB",
        "-c",
        "l = []\nwhile True:\n    l.append(len(l))\n",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.ends_with("MemoryError: the memory limit of 67108864 bytes was exceeded\n"),
        "{err}"
    );
}

#[test]
fn max_memory_refuses_a_huge_string() {
    for size in ["64MB", "65536KB", "1GB"] {
        let out = run(&["--max-memory", size, "-c", "x = 'x' * 10**10"]);
        assert_eq!(out.status.code(), Some(1), "{size}");
        assert!(stderr(&out).contains("MemoryError"), "{}", stderr(&out));
    }
}

#[test]
fn max_time_stops_an_endless_loop() {
    let out = run(&["--max-time", "0.3", "-c", "while True:\n    pass\n"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTimeoutError: the time limit of 0.3 seconds was exceeded\n"
    );
}

#[test]
fn max_steps_stops_an_endless_loop() {
    let out = run(&["--max-steps", "5000", "-c", "while True:\n    pass\n"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).ends_with("TimeoutError: the limit of 5000 steps was exceeded\n"));
}

#[test]
fn max_recursion_sets_the_recursion_limit() {
    let out = run(&[
        "--max-recursion",
        "200",
        "-c",
        "import sys\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\nf(0)\n",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "200\n");
    assert!(stderr(&out).ends_with("RecursionError: maximum recursion depth exceeded\n"));
}

#[test]
fn programs_within_their_limits_run_as_usual() {
    let out = run(&[
        "--max-memory",
        "256MB",
        "--max-time",
        "30",
        "--max-recursion",
        "500",
        "-c",
        "print(sum(len(str(i)) for i in range(10000)))",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "38890\n");
}

#[test]
fn the_options_go_before_the_program_only() {
    let out = run(&["-c", "import sys; print(sys.argv[1:])", "--max-time", "1"]);
    assert_eq!(stdout(&out), "['--max-time', '1']\n");
}

#[test]
fn bad_values_are_usage_errors() {
    for args in [
        ["--max-memory", "lots"],
        ["--max-time", "soon"],
        ["--max-recursion", "0"],
        ["--max-memory", "-5MB"],
    ] {
        let out = run(&[args[0], args[1], "-c", "pass"]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}
