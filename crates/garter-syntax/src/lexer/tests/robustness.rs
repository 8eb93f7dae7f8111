//! Robustness: arbitrary input never panics and always terminates,
//! pathological input stays linear, and (run with `--ignored`) the whole
//! standard library lexes without errors.

use crate::lexer::{decode_source, Lexer};
use std::time::{Duration, Instant};

/// Pieces that exercise every path of the lexer when glued together at
/// random.
const FRAGMENTS: [&str; 48] = [
    " ", "\t", "\x0c", "\n", "\r", "\r\n", "\\", "\\\n", "#", "# c\n", "'", "\"", "'''", "\"\"\"",
    "rb'", "f\"", "(", ")", "[", "]", "{", "}", ":", "=", ",", "*", ".", "...", "0", "0x", "0o",
    "0b", "1_", "1e", "1.5", "j", "_", "é", "€", "\u{a0}", "\0", "$", "match", "case", "with",
    "async", "if", "x",
];

/// A small deterministic pseudo-random generator (xorshift).
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn lex_all(source: &str) -> usize {
    Lexer::new(source).take(source.len() * 4 + 16).count()
}

#[test]
fn random_input_never_panics_and_ends() {
    let mut random = Xorshift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let length = random.next() % 24;
        let source: String = (0..length)
            .map(|_| FRAGMENTS[(random.next() % FRAGMENTS.len() as u64) as usize])
            .collect();
        let produced = Lexer::new(&source).count();
        assert!(produced <= source.len() * 4 + 16, "{source:?} did not end");
    }
}

#[test]
fn random_bytes_decode_or_fail_cleanly() {
    let mut random = Xorshift(0x2545_F491_4F6C_DD1D);
    for _ in 0..5_000 {
        let length = random.next() % 40;
        let bytes: Vec<u8> = (0..length).map(|_| random.next() as u8).collect();
        if let Ok(source) = decode_source(&bytes) {
            lex_all(&source);
        }
    }
}

fn assert_fast(source: &str) {
    let start = Instant::now();
    lex_all(source);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "lexing {} bytes took {:?}",
        source.len(),
        start.elapsed()
    );
}

#[test]
fn look_ahead_stays_linear() {
    assert_fast(&"match (a,\n".repeat(50_000));
    assert_fast(&"match x\n".repeat(100_000));
    assert_fast(&format!("with {}", "(".repeat(199)).repeat(2_000));
    assert_fast(&"with (a, b): pass\n".repeat(50_000));
    assert_fast(&format!("x = ({})\n", "a, ".repeat(200_000)));
    assert_fast(&"case [".repeat(100_000));
    assert_fast(&"x = $ ? `\n".repeat(50_000));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    assert!(Lexer::new(&"(".repeat(100_000)).any(|item| item.is_err()));
    let deep_blocks: String = (0..5_000)
        .map(|level| format!("{}if x:\n", " ".repeat(level)))
        .collect();
    assert!(Lexer::new(&deep_blocks).any(|item| item.is_err()));
}

/// Lexes every `.py` file of CPython's standard library (skipping the
/// few that are deliberately malformed) and checks none gives an error.
#[test]
#[ignore = "needs CPython 3.11's standard library at the pyenv path"]
fn standard_library_lexes_without_errors() {
    let root = std::path::Path::new("/root/.pyenv/versions/3.11.7/lib/python3.11");
    let deliberately_bad = [
        "py2_test_grammar.py",
        "badsyntax_3131.py",
        "badsyntax_pep3120.py",
        "bad_coding.py",
        "module_koi8_r.py",
        "test_source_encoding.py",
    ];
    let mut pending = vec![root.to_path_buf()];
    let mut failures = Vec::new();
    let mut files = 0;
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() && name != "site-packages" {
                pending.push(path);
            } else if name.ends_with(".py") && !deliberately_bad.contains(&name.as_str()) {
                files += 1;
                let Ok(bytes) = std::fs::read(&path) else {
                    continue;
                };
                let result = decode_source(&bytes)
                    .and_then(|source| Lexer::new(&source).try_for_each(|item| item.map(drop)));
                if let Err(error) = result {
                    failures.push(format!("{}: {}", path.display(), error.msg));
                }
            }
        }
    }
    assert!(files > 1_000, "standard library not found");
    assert!(failures.is_empty(), "{failures:#?}");
}
