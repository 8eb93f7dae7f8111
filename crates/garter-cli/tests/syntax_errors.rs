//! The syntax-error corpus in `tests/syntax_errors/`: each `NAME.py` with
//! CPython 3.11's verdict beside it (`scripts/regen-syntax-errors.sh`
//! writes `NAME.err` and `NAME.stderr`).
//!
//! Two checks, each reporting every mismatch at once:
//! - the error garter's front end finds (decode, parse, post-parse
//!   checks) has CPython's class, message, line and offsets;
//! - `garter NAME.py` prints exactly CPython's stderr, byte for byte.
//!
//! `tests/syntax_errors/known_mismatches.txt` lists the cases known to
//! differ (and which part must fix them); each check fails on any other
//! mismatch, and on a listed case that no longer differs.

use garter_syntax::{LineIndex, SyntaxError};
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax_errors")
}

/// The corpus's `.py` files, sorted, as file stems.
fn cases() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("tests/syntax_errors exists")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".py").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 50, "the corpus has {} cases", names.len());
    names
}

/// The front end from bytes to a checked module, as running a file does.
/// The source text a failure's span points into: for a decoding error,
/// the raw bytes read lossily (line numbers survive).
fn compile(bytes: &[u8]) -> Result<(), (SyntaxError, String)> {
    let source = garter_syntax::lexer::decode_source(bytes)
        .map_err(|err| (err, String::from_utf8_lossy(bytes).into_owned()))?;
    let module = garter_syntax::parse_module(&source).map_err(|err| (err, source.clone()))?;
    garter_syntax::validate::check_module_source(&module, &source).map_err(|err| (err, source))
}

/// The six `.err` fields garter's result gives: class, message, lineno,
/// offset, end_lineno, end_offset (`OK` alone when the file compiles).
fn actual_fields(bytes: &[u8]) -> Vec<String> {
    match compile(bytes) {
        Ok(()) => vec!["OK".to_owned()],
        Err((err, source)) => {
            let loc = err.location(&LineIndex::new(&source), &source);
            vec![
                err.kind.name().to_owned(),
                err.msg.clone(),
                loc.lineno.to_string(),
                loc.offset.to_string(),
                loc.end_lineno.to_string(),
                loc.end_offset.to_string(),
            ]
        }
    }
}

/// The cases `known_mismatches.txt` lists for `check` (`error` or `stderr`).
fn known_mismatches(check: &str) -> Vec<String> {
    let list = std::fs::read_to_string(corpus_dir().join("known_mismatches.txt"))
        .expect("tests/syntax_errors/known_mismatches.txt");
    list.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            (words.next() == Some(check)).then(|| words.next().map(str::to_owned))?
        })
        .collect()
}

/// Fails unless the cases that differ (`(name, report)` pairs) are
/// exactly the known ones for `check`.
fn assert_only_known(check: &str, mismatches: Vec<(String, String)>) {
    let known = known_mismatches(check);
    let unexpected: Vec<&str> = mismatches
        .iter()
        .filter(|(name, _)| !known.contains(name))
        .map(|(_, report)| report.as_str())
        .collect();
    let fixed: Vec<&String> = known
        .iter()
        .filter(|name| !mismatches.iter().any(|(case, _)| case == *name))
        .collect();
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} case(s) differ from CPython ({check} check):\n{}\n\
         listed in known_mismatches.txt but now matching (delete their line): {fixed:?}",
        unexpected.len(),
        unexpected.join("\n"),
    );
}

#[test]
fn errors_match_cpython() {
    let dir = corpus_dir();
    let mut mismatches = Vec::new();
    for name in cases() {
        let bytes = std::fs::read(dir.join(format!("{name}.py"))).expect("read case");
        let expected = std::fs::read_to_string(dir.join(format!("{name}.err")))
            .expect("NAME.err (run scripts/regen-syntax-errors.sh)");
        let expected: Vec<&str> = expected.lines().collect();
        let actual = actual_fields(&bytes);
        // An end offset of -1 or 0 is CPython's "no end": the end position
        // is not compared then.
        let no_end = matches!(expected.get(5), Some(&("-1" | "0")));
        let same = expected.len() == actual.len()
            && expected
                .iter()
                .zip(&actual)
                .enumerate()
                .all(|(i, (want, got))| *want == "None" || want == got || (no_end && i >= 4));
        if !same {
            let report = format!("{name}:\n  want {expected:?}\n  got  {actual:?}");
            mismatches.push((name, report));
        }
    }
    assert_only_known("error", mismatches);
}

#[test]
fn stderr_matches_cpython() {
    let dir = corpus_dir()
        .canonicalize()
        .expect("tests/syntax_errors exists");
    let prefix = format!("{}/", dir.display());
    let mut mismatches = Vec::new();
    for name in cases() {
        let output = Command::new(env!("CARGO_BIN_EXE_garter"))
            .arg(format!("{name}.py"))
            .current_dir(&dir)
            .output()
            .expect("run garter");
        let stderr = String::from_utf8_lossy(&output.stderr).replace(&prefix, "");
        let expected = std::fs::read(dir.join(format!("{name}.stderr"))).expect("NAME.stderr");
        let expected = String::from_utf8_lossy(&expected);
        if stderr != expected {
            let report = format!("{name}:\n--- want\n{expected}--- got\n{stderr}");
            mismatches.push((name, report));
        }
    }
    assert_only_known("stderr", mismatches);
}
