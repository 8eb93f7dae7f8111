//! Runs `garter --dump-ast` on every `tests/ast/**/*.py` and compares its
//! stdout with the `.ast` file beside it (CPython's `ast.dump`, written by
//! `scripts/regen-ast-expected.py`). One test reports every mismatching file
//! at once, each with where its output first differs.

mod common;

use common::{corpus_dir, files_with_extension, first_difference, run_garter, shown_path};

#[test]
fn dumps_match_cpython() {
    let sources = files_with_extension(&corpus_dir("ast"), "py");
    assert!(!sources.is_empty(), "no .py files under tests/ast");
    let mut failures = Vec::new();
    for expected in files_with_extension(&corpus_dir("ast"), "ast") {
        if !expected.with_extension("py").exists() {
            failures.push(format!(
                "{}: no .py beside it (delete it, or restore the source)",
                shown_path(&expected)
            ));
        }
    }
    for source in &sources {
        let shown = shown_path(source);
        let expected = match std::fs::read_to_string(source.with_extension("ast")) {
            Ok(expected) => expected,
            Err(_) => {
                failures.push(format!(
                    "{shown}: no .ast file (run scripts/regen-ast-expected.py)"
                ));
                continue;
            }
        };
        let output = run_garter(&["--dump-ast".as_ref(), source.as_os_str()]);
        if !output.success {
            let message = output.stderr.lines().last().unwrap_or("");
            failures.push(format!("{shown}: garter failed: {message}"));
            continue;
        }
        if let Some(difference) = first_difference(&expected, &output.stdout) {
            failures.push(format!("{shown}: {difference}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of the {} sources under tests/ast fail (a dump differs from CPython's, or a file is missing):\n\n{}\n",
        failures.len(),
        sources.len(),
        failures.join("\n\n")
    );
}
