//! Helpers the conformance tests share: finding the files of a corpus under
//! the workspace's `tests/`, running the built `garter` binary, and
//! describing where an output first differs from the expected text.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace's root folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The workspace's `tests/<area>` folder.
pub fn corpus_dir(area: &str) -> PathBuf {
    workspace_root().join("tests").join(area)
}

/// `path` relative to the workspace root, for messages.
pub fn shown_path(path: &Path) -> String {
    let root = workspace_root();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Every file under `dir` (at any depth) whose name ends in `.{extension}`,
/// sorted. Walks with an explicit stack of folders still to list.
pub fn files_with_extension(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(err) => panic!("cannot list {}: {err}", folder.display()),
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// What one run of `garter` produced.
pub struct RunOutput {
    pub stdout: String,
    pub stderr: String,
    pub success: bool,
}

/// Runs the built `garter` binary with `args`.
pub fn run_garter(args: &[&std::ffi::OsStr]) -> RunOutput {
    let output = Command::new(env!("CARGO_BIN_EXE_garter"))
        .args(args)
        .output()
        .unwrap_or_else(|err| panic!("cannot run garter: {err}"));
    RunOutput {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        success: output.status.success(),
    }
}

/// How many characters of context `first_difference` shows on each side.
const CONTEXT_CHARS: usize = 50;

/// `None` when `expected == actual`; else a short description of the first
/// character where they differ, with some context from each.
pub fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let expected_chars: Vec<char> = expected.chars().collect();
    let actual_chars: Vec<char> = actual.chars().collect();
    let position = expected_chars
        .iter()
        .zip(&actual_chars)
        .take_while(|(e, a)| e == a)
        .count();
    let excerpt = |chars: &[char]| -> String {
        let start = position.saturating_sub(CONTEXT_CHARS);
        let end = (position + CONTEXT_CHARS).min(chars.len());
        let mut text = String::new();
        if start > 0 {
            text.push('…');
        }
        text.extend(chars[start.min(end)..end].iter());
        if end < chars.len() {
            text.push('…');
        }
        format!("{text:?}")
    };
    Some(format!(
        "first difference at character {position} (expected {} chars, got {})\n    expected: {}\n    actual:   {}",
        expected_chars.len(),
        actual_chars.len(),
        excerpt(&expected_chars),
        excerpt(&actual_chars),
    ))
}
