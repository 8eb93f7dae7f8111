//! Tracebacks on a terminal: each failing program of `tests/tracebacks/`
//! run in a pseudo-terminal (`--color=never`) prints the miette report in
//! `tests/golden/tracebacks/NAME.txt`. Set `GARTER_BLESS=1` to write the
//! golden files from the current output (then review them). Also: colors
//! follow `--color` and NO_COLOR.

#[path = "common/pty.rs"]
mod pty;

use std::path::Path;

use pty::{rest_of_output, spawn_garter};
use rexpect::process::wait::WaitStatus;

#[test]
fn reports_match_golden_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = root
        .join("tests/tracebacks")
        .canonicalize()
        .expect("tests/tracebacks exists");
    let golden = root.join("tests/golden/tracebacks");
    let bless = std::env::var_os("GARTER_BLESS").is_some();
    let mut names: Vec<String> = std::fs::read_dir(&cases)
        .expect("list tests/tracebacks")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".py").map(str::to_owned)
        })
        .collect();
    names.sort();
    let prefix = format!("{}/", cases.display());
    let mut failures = Vec::new();
    for name in names {
        let script = format!("{name}.py");
        let mut session = spawn_garter(&cases, &["--color=never", &script], &[], false);
        let output = rest_of_output(&mut session).replace(&prefix, "");
        let status = match session.process.wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("{name}: garter ended with {other:?}"),
        };
        let expected_status: i32 = std::fs::read_to_string(cases.join(format!("{name}.status")))
            .expect("NAME.status")
            .trim()
            .parse()
            .expect("a number");
        assert_eq!(status, expected_status, "{name}: exit status");
        let path = golden.join(format!("{name}.txt"));
        if bless {
            std::fs::create_dir_all(&golden).expect("make the golden folder");
            std::fs::write(&path, &output).expect("write a golden file");
            continue;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is missing (GARTER_BLESS=1)", path.display()));
        if output != expected {
            failures.push(format!("{name}:\n--- want\n{expected}--- got\n{output}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The report on a terminal is colored unless NO_COLOR is set or
/// `--color=never` is given; `--color=always` wins over NO_COLOR.
#[test]
fn colors_follow_the_option_and_no_color() {
    let dir = std::env::temp_dir();
    let colored = |args: &[&str], env: &[(&str, &str)]| {
        let mut session = spawn_garter(&dir, args, env, false);
        let output = rest_of_output(&mut session);
        assert!(output.contains("ZeroDivisionError"), "{output}");
        output.contains("\x1b[")
    };
    assert!(colored(&["-c", "1/0"], &[]));
    assert!(!colored(&["-c", "1/0"], &[("NO_COLOR", "1")]));
    assert!(!colored(&["--color=never", "-c", "1/0"], &[]));
    assert!(colored(
        &["--color=always", "-c", "1/0"],
        &[("NO_COLOR", "1")]
    ));
}
