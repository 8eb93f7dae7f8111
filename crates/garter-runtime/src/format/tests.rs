//! Checks `format(value, spec)` against python3's results in
//! `testdata/format_cases.txt` (written by `scripts/gen-format-cases.py`).

use super::number::{format_complex, format_float, format_int, format_str};
use super::spec::{parse_format_spec, SpecTarget};
use crate::number::error::NumError;
use num_bigint::BigInt;

const CASES: &str = include_str!("testdata/format_cases.txt");

fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn float_from_bits(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("float bits"))
}

fn run(kind: &str, value: &str, spec: &str) -> Result<String, NumError> {
    let target = match kind {
        "int" => SpecTarget::Int,
        "float" => SpecTarget::Float,
        "complex" => SpecTarget::Complex,
        _ => SpecTarget::Str,
    };
    let parsed = parse_format_spec(spec, target, kind)?;
    match kind {
        "int" => format_int(&value.parse::<BigInt>().expect("int"), &parsed, kind),
        "float" => format_float(float_from_bits(value), &parsed, kind),
        "complex" => {
            let (real, imag) = value.split_once(',').expect("complex");
            format_complex(float_from_bits(real), float_from_bits(imag), &parsed, kind)
        }
        _ => format_str(value, &parsed, kind),
    }
}

#[test]
fn format_matches_python() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [kind, value, spec, expected] = fields[..] else {
            panic!("bad line {line:?}");
        };
        let (value, spec, expected) = (unescape(value), unescape(spec), unescape(expected));
        let got = match run(kind, &value, &spec) {
            Ok(text) => text,
            Err(error) => format!("!{error}"),
        };
        count += 1;
        if got != expected {
            failures.push(format!(
                "format({kind} {value}, {spec:?}): got {got:?}, want {expected:?}"
            ));
        }
    }
    assert!(count > 1000);
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
