//! The conformance programs: every `tests/<area>/NAME.py` that has a
//! `NAME.exp` runs under `garter` in its own folder with stdin closed;
//! stdout must equal `NAME.exp` byte for byte. When `NAME.exit` exists
//! (the program ends with an uncaught exception), the exit status must be
//! its first line and the last line of stderr its second; otherwise the
//! status must be 0. `.exp` and `.exit` come from python3 through
//! `scripts/regen-expected.py`.
//!
//! Programs listed in `tests/conformance_known_failures.txt` are expected
//! to fail for now; the test fails if one of them passes (take it off the
//! list) or if any other program fails. `GARTER_UPDATE_KNOWN=1` rewrites
//! the list from the current results.

// The shared helpers include a plain runner; this harness needs a time limit.
#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{files_with_extension, first_difference, shown_path, workspace_root};

/// Folders of `tests/` that hold other kinds of corpora.
const OTHER_CORPORA: &[&str] = &["ast", "syntax_errors"];
/// Longest a program may run.
const TIME_LIMIT: Duration = Duration::from_secs(20);

fn programs() -> Vec<PathBuf> {
    let tests = workspace_root().join("tests");
    files_with_extension(&tests, "exp")
        .into_iter()
        .filter(|exp| {
            let rel = exp.strip_prefix(&tests).unwrap_or(exp);
            let area = rel
                .components()
                .next()
                .map(|c| c.as_os_str().to_string_lossy().into_owned());
            !area.is_some_and(|a| OTHER_CORPORA.contains(&a.as_str()))
        })
        .map(|exp| exp.with_extension("py"))
        .filter(|py| py.is_file())
        .collect()
}

/// Runs one program; `None` when it conforms, else what differs.
fn check(py: &Path) -> Option<String> {
    let dir = py.parent()?;
    let name = py.file_name()?;
    let expected = std::fs::read_to_string(py.with_extension("exp")).ok()?;
    let exit = std::fs::read_to_string(py.with_extension("exit")).ok();
    let mut child = match Command::new(env!("CARGO_BIN_EXE_garter"))
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return Some(format!("cannot run garter: {e}")),
    };
    let start = Instant::now();
    let stdout_pipe = child.stdout.take();
    let stderr_pipe = child.stderr.take();
    let out_reader = std::thread::spawn(move || read_all(stdout_pipe));
    let err_reader = std::thread::spawn(move || read_all(stderr_pipe));
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > TIME_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Some(format!("did not finish within {} s", TIME_LIMIT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Some(format!("wait failed: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    if let Some(diff) = first_difference(&expected, &stdout) {
        let tail: String = stderr
            .lines()
            .last()
            .unwrap_or("")
            .chars()
            .take(200)
            .collect();
        return Some(format!("stdout differs: {diff}\n    stderr ends: {tail}"));
    }
    let code = status.code().unwrap_or(-1);
    match exit {
        None if code != 0 => {
            let tail = stderr.lines().last().unwrap_or("").to_string();
            Some(format!(
                "exit status {code}, expected 0; stderr ends: {tail}"
            ))
        }
        None => None,
        Some(exit) => {
            let mut lines = exit.lines();
            let want_code: i32 = lines
                .next()
                .and_then(|l| l.trim().parse().ok())
                .unwrap_or(1);
            let want_last = lines.next().unwrap_or("");
            let got_last = stderr
                .trim_end_matches('\n')
                .rsplit('\n')
                .next()
                .unwrap_or("");
            if code != want_code {
                Some(format!("exit status {code}, expected {want_code}"))
            } else if got_last != want_last {
                Some(format!(
                    "last stderr line {got_last:?}, expected {want_last:?}"
                ))
            } else {
                None
            }
        }
    }
}

fn read_all(pipe: Option<impl std::io::Read>) -> String {
    let mut buf = Vec::new();
    if let Some(mut p) = pipe {
        let _ = p.read_to_end(&mut buf);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

fn known_failures_file() -> PathBuf {
    workspace_root().join("tests/conformance_known_failures.txt")
}

fn known_failures() -> Vec<String> {
    std::fs::read_to_string(known_failures_file())
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn conformance_programs() {
    let all = programs();
    assert!(!all.is_empty(), "no conformance programs found");
    let queue = Arc::new(Mutex::new(all.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let queue = queue.clone();
            let results = results.clone();
            std::thread::spawn(move || loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop());
                let Some(py) = next else { break };
                let outcome = check(&py);
                if let Ok(mut r) = results.lock() {
                    r.push((shown_path(&py), outcome));
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let mut results = results.lock().map(|r| r.clone()).unwrap_or_default();
    results.sort();
    let known = known_failures();
    if std::env::var_os("GARTER_UPDATE_KNOWN").is_some() {
        let mut text = String::from(
            "# Conformance programs that garter does not pass yet (one path per line).\n\
             # Written by GARTER_UPDATE_KNOWN=1 cargo test --test conformance; shrink it, never grow it by hand.\n",
        );
        for (path, outcome) in &results {
            if outcome.is_some() {
                text.push_str(path);
                text.push('\n');
            }
        }
        std::fs::write(known_failures_file(), text).expect("cannot write the known-failures list");
    }
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut passed = 0;
    for (path, outcome) in &results {
        let listed = known.contains(path);
        match (outcome, listed) {
            (None, false) => passed += 1,
            (None, true) => fixed.push(path.clone()),
            (Some(why), false) => unexpected.push(format!("{path}: {why}")),
            (Some(_), true) => {}
        }
    }
    eprintln!(
        "conformance: {} programs, {passed} pass, {} known failures",
        results.len(),
        results.len() - passed - unexpected.len() - fixed.len()
    );
    if std::env::var_os("GARTER_UPDATE_KNOWN").is_some() {
        return;
    }
    let mut report = String::new();
    if !unexpected.is_empty() {
        report.push_str(&format!(
            "{} programs fail:\n  {}\n",
            unexpected.len(),
            unexpected.join("\n  ")
        ));
    }
    if !fixed.is_empty() {
        report.push_str(&format!(
            "{} programs now pass; remove them from tests/conformance_known_failures.txt:\n  {}\n",
            fixed.len(),
            fixed.join("\n  ")
        ));
    }
    assert!(report.is_empty(), "{report}");
}
