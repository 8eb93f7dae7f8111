//! Running untrusted code under limits with captured output: each
//! snippet gets a fresh interpreter with no capabilities (no files,
//! environment, clock or process), a time limit, a memory ceiling and a
//! low recursion limit, with its output captured in memory.
//!
//! Run with `cargo run -p garter --example sandboxed`.

use std::time::Duration;

use garter::{Interpreter, OutputBuffer};

const SNIPPETS: &[(&str, &str)] = &[
    ("well-behaved", "print(sum(i * i for i in range(10)))\n"),
    ("raises", "items = []\nprint(items[3])\n"),
    ("recurses", "def f(n):\n    return f(n + 1)\nf(0)\n"),
    ("spins", "while True:\n    pass\n"),
    (
        "swallows the timeout",
        "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n",
    ),
    ("allocates too much", "blob = 'x' * 10**10\n"),
    ("reads a file", "print(open('/etc/passwd').read())\n"),
    (
        "noisy",
        "import sys\nprint('to stdout')\nprint('to stderr', file=sys.stderr)\n",
    ),
];

/// What running one snippet gave.
struct Outcome {
    stdout: String,
    stderr: String,
    error: Option<String>,
}

fn run_limited(source: &str, budget: Duration) -> Result<Outcome, garter::Error> {
    let stdout = OutputBuffer::new();
    let stderr = OutputBuffer::new();
    let interp = Interpreter::builder()
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .stdin_text("")
        .recursion_limit(200)
        .max_time(budget)
        .max_memory(64 << 20)
        .build()?;
    let result = interp.exec(source, "<untrusted>");
    let error = match result {
        Ok(()) => None,
        Err(e) => {
            interp.print_error(&e);
            Some(e.to_string())
        }
    };
    Ok(Outcome {
        stdout: stdout.contents(),
        stderr: stderr.contents(),
        error,
    })
}

fn main() -> Result<(), garter::Error> {
    for (name, source) in SNIPPETS {
        let outcome = run_limited(source, Duration::from_millis(200))?;
        println!("== {name}");
        println!("stdout: {:?}", outcome.stdout);
        let last_line = outcome.stderr.lines().last().unwrap_or("");
        println!("stderr (last line): {last_line:?}");
        if let Some(error) = outcome.error {
            println!("stopped: {error}");
        }
    }
    Ok(())
}
