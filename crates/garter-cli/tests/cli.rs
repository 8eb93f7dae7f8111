//! The `garter` command's conventions, end to end on the built binary,
//! without a terminal: exit statuses, `-c`, `-`, piped stdin, sys.argv,
//! `-i` reading the prompt's lines from stdin, `input()`, the usage
//! options, SIGINT, a closed stdout pipe, files left open being written
//! out at exit, and tracebacks byte for byte as python3 prints them
//! (`tests/tracebacks/NAME.stderr` and `NAME.status`, written by running
//! python3 through `tests/tracebacks/regen.sh`), and whole sessions of the
//! prompt on piped stdin (`tests/sessions/`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn garter() -> Command {
    Command::new(env!("CARGO_BIN_EXE_garter"))
}

/// Runs garter with `args`, feeding it `stdin`.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = garter()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run garter");
    if let Some(mut input) = child.stdin.take() {
        // The program may exit without reading all of it.
        let _ = input.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("wait for garter")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn status(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

#[test]
fn exit_statuses() {
    assert_eq!(status(&run(&["-c", "pass"], "")), 0);
    assert_eq!(status(&run(&["-c", "1/0"], "")), 1);
    assert_eq!(status(&run(&["-c", "raise SystemExit(3)"], "")), 3);
    assert_eq!(status(&run(&["-c", "raise SystemExit"], "")), 0);
    let message = run(&["-c", "import sys; sys.exit('bye')"], "");
    assert_eq!((status(&message), stderr(&message)), (1, "bye\n".into()));
    assert_eq!(status(&run(&["-c", "raise KeyboardInterrupt"], "")), 130);
}

#[test]
fn usage_errors_exit_with_status_2() {
    let unknown = run(&["--no-such-option"], "");
    assert_eq!(status(&unknown), 2);
    assert!(stderr(&unknown).contains("Usage:"), "{}", stderr(&unknown));
    assert_eq!(status(&run(&["--color=sometimes", "-c", "pass"], "")), 2);
    assert_eq!(status(&run(&["-c"], "")), 2);
    let missing = run(&["no/such/file.py"], "");
    assert_eq!(status(&missing), 2);
    assert!(stderr(&missing).starts_with("garter: can't open file 'no/such/file.py'"));
}

#[test]
fn version_and_help() {
    for flag in ["-V", "--version"] {
        let output = run(&[flag], "");
        assert_eq!(status(&output), 0);
        assert_eq!(
            stdout(&output),
            format!("garter {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
    for flag in ["-h", "--help"] {
        let output = run(&[flag], "");
        assert_eq!(status(&output), 0);
        let text = stdout(&output);
        for option in ["-c <CODE>", "-i", "-q", "--color <WHEN>", "[ARGS]..."] {
            assert!(text.contains(option), "no {option} in:\n{text}");
        }
    }
}

#[test]
fn arguments_after_the_program_go_to_sys_argv() {
    let code = "import sys; print(sys.argv)";
    let output = run(&["-c", code, "a", "-i", "--x"], "");
    assert_eq!(stdout(&output), "['-c', 'a', '-i', '--x']\n");
    let output = run(&["-q", "-", "b", "-c"], code);
    assert_eq!(stdout(&output), "['-', 'b', '-c']\n");
    let dir = temp_dir("argv");
    let script = dir.join("show.py");
    std::fs::write(&script, code).expect("write script");
    let path = script.to_string_lossy().into_owned();
    let output = run(&[&path, "-v", "x y"], "");
    assert_eq!(
        stdout(&output),
        format!("[{path:?}, '-v', 'x y']\n").replace('"', "'")
    );
}

#[test]
fn piped_stdin_is_the_program() {
    let output = run(&[], "x = 6\nprint(x * 7)\n");
    assert_eq!((status(&output), stdout(&output)), (0, "42\n".into()));
    let output = run(&[], "1/0\n");
    assert_eq!(
        stderr(&output),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n\
         ZeroDivisionError: division by zero\n"
    );
}

#[test]
fn code_from_c_has_python3s_traceback() {
    let output = run(&["-c", "def f():\n    return 1/0\nf()"], "");
    assert_eq!(
        stderr(&output),
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  \
         File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n"
    );
    let output = run(&["-c", "x = = 1"], "");
    assert_eq!(
        stderr(&output),
        "  File \"<string>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"
    );
    // An error found after parsing comes without the line, as in python3.
    let output = run(&["-c", "x = 1\nreturn x"], "");
    assert_eq!(
        stderr(&output),
        "  File \"<string>\", line 2\nSyntaxError: 'return' outside function\n"
    );
}

#[test]
fn input_reads_stdin_after_flushing_output() {
    let code = "print('start', end=' '); name = input('who? '); print('hi', name); print(input())";
    let output = run(&["-c", code], "bob\nsecond\n");
    assert_eq!(stdout(&output), "start who? hi bob\nsecond\n");
    let output = run(&["-c", "input()"], "");
    assert_eq!(status(&output), 1);
    assert!(stderr(&output).ends_with("EOFError: EOF when reading a line\n"));
}

#[test]
fn inspect_runs_the_prompt_after_the_program() {
    let output = run(
        &["-i", "-c", "x = 5"],
        "x * 2\nNone\n_ + 1\nif x:\n    x\n\nexit(4)\n",
    );
    assert_eq!(status(&output), 4);
    assert_eq!(stdout(&output), "10\n11\n5\n");
    let output = run(&["-q", "-i", "-c", "1/0"], "print('still here')\n");
    assert_eq!(status(&output), 0);
    assert_eq!(stdout(&output), "still here\n");
    assert!(stderr(&output).contains("ZeroDivisionError: division by zero\n>>> "));
}

#[test]
fn help_and_exit_tell_how_to_use_them() {
    let output = run(
        &["-i", "-q"],
        "help\nexit\ndef f():\n    'Doubles.'\n\nhelp(f)\n",
    );
    assert_eq!(
        stdout(&output),
        "Type help() for interactive help, or help(object) for help about object.\n\
         Use exit() or Ctrl-D (i.e. EOF) to exit\n\
         Help on function f:\n\n    Doubles.\n"
    );
}

#[test]
fn prompt_on_piped_stdin_reports_errors_and_goes_on() {
    let output = run(
        &["-i"],
        "def f(n):\n    return n / 0\n\nf(1)\nx = = 2\ny = 3\ny\n",
    );
    assert_eq!(status(&output), 0);
    assert_eq!(stdout(&output), "3\n");
    let errors = stderr(&output);
    assert!(
        errors.starts_with(&format!("Garter {}", env!("CARGO_PKG_VERSION"))),
        "{errors}"
    );
    assert!(errors.contains(
        ">>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  \
         File \"<stdin>\", line 2, in f\nZeroDivisionError: division by zero\n>>> "
    ));
    assert!(errors.contains(
        "  File \"<stdin>\", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n"
    ));
    let quiet = run(&["-i", "-q"], "");
    assert_eq!(stderr(&quiet), ">>> \n");
    // The end of the input runs a block left open.
    let open_block = run(&["-i", "-q"], "if 1:\n  print(5)");
    assert_eq!(stdout(&open_block), "5\n");
    assert_eq!(stderr(&open_block), ">>> ... ... \n>>> \n");
}

#[test]
fn sigint_raises_keyboard_interrupt() {
    let dir = temp_dir("sigint");
    let script = dir.join("spin.py");
    std::fs::write(
        &script,
        "def spin():\n    print('ready', flush=True)\n    while True:\n        pass\n\n\nspin()\n",
    )
    .expect("write script");
    let mut child = garter()
        .arg("spin.py")
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run garter");
    let mut ready = [0u8; 6];
    if let Some(out) = child.stdout.as_mut() {
        std::io::Read::read_exact(out, &mut ready).expect("garter starts");
    }
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    let output = child.wait_with_output().expect("wait for garter");
    assert_eq!(status(&output), 130);
    let prefix = format!("{}/", dir.display());
    assert_eq!(
        stderr(&output).replace(&prefix, ""),
        "Traceback (most recent call last):\n  File \"spin.py\", line 7, in <module>\n    spin()\n  \
         File \"spin.py\", line 3, in spin\n    while True:\nKeyboardInterrupt\n"
    );
}

/// The failing programs of `tests/tracebacks/`.
fn traceback_cases() -> (PathBuf, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tracebacks")
        .canonicalize()
        .expect("tests/tracebacks exists");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("list tests/tracebacks")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".py").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 10, "only {} cases", names.len());
    (dir, names)
}

#[test]
fn tracebacks_match_python3_byte_for_byte() {
    let (dir, names) = traceback_cases();
    let prefix = format!("{}/", dir.display());
    let mut failures = Vec::new();
    for name in names {
        let output = garter()
            .arg(format!("{name}.py"))
            .current_dir(&dir)
            .output()
            .expect("run garter");
        let expected = std::fs::read_to_string(dir.join(format!("{name}.stderr")))
            .expect("NAME.stderr (run tests/tracebacks/regen.sh)");
        let expected_status: i32 = std::fs::read_to_string(dir.join(format!("{name}.status")))
            .expect("NAME.status")
            .trim()
            .parse()
            .expect("a number");
        let actual = stderr(&output).replace(&prefix, "");
        if actual != expected || status(&output) != expected_status {
            failures.push(format!(
                "{name}: status {} (want {expected_status})\n--- want\n{expected}--- got\n{actual}",
                status(&output)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each `tests/sessions/NAME.in` typed into `garter -i -q` through a pipe
/// prints what python3 printed (`NAME.stdout`, `NAME.stderr`, written by
/// `tests/sessions/regen.sh`): echoes, prompts and tracebacks alike.
#[test]
fn piped_sessions_match_python3() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("list tests/sessions")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "in"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    for case in cases {
        let input = std::fs::read_to_string(&case).expect("read a session");
        let output = run(&["-i", "-q"], &input);
        let expected = |ext: &str| {
            std::fs::read_to_string(case.with_extension(ext))
                .expect("expected output (run tests/sessions/regen.sh)")
        };
        assert_eq!(stdout(&output), expected("stdout"), "{}", case.display());
        assert_eq!(stderr(&output), expected("stderr"), "{}", case.display());
        assert_eq!(status(&output), 0);
    }
}

#[test]
fn writing_to_a_closed_pipe_is_a_broken_pipe_error() {
    let mut child = garter()
        .args(["-c", "while True: print('y' * 100)"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run garter");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait for garter");
    let text = stderr(&output);
    assert_eq!(
        text.lines().last(),
        Some("BrokenPipeError: [Errno 32] Broken pipe"),
        "{text}"
    );
    assert_eq!(status(&output), 1);
}

#[test]
fn files_left_open_are_written_out_at_exit() {
    let dir = temp_dir("open-files");
    let path = |name: &str| dir.join(name).display().to_string();
    let program = format!(
        "plain = open({a:?}, 'w')\n\
         plain.write('one')\n\
         class Log:\n    file = open({b:?}, 'w')\n\
         Log.file.write('two')\n\
         cycle = [open({c:?}, 'wb')]\n\
         cycle.append(cycle)\n\
         cycle[0].write(b'three')\n",
        a = path("a.txt"),
        b = path("b.txt"),
        c = path("c.txt"),
    );
    let output = run(&["-c", &program], "");
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    for (name, text) in [("a.txt", "one"), ("b.txt", "two"), ("c.txt", "three")] {
        let written = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert_eq!(written, text, "{name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A fresh folder for one test's files.
fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("garter-cli-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make a temporary folder");
    dir
}
