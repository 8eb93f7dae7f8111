//! Checks `format(value, spec)` against python3's results in
//! `testdata/format_cases.txt` (written by `scripts/gen-format-cases.py`).

use super::number::{format_complex, format_float, format_int, format_str};
use super::spec::{parse_format_spec, SpecTarget};
use crate::number::error::NumError;
use num_bigint::BigInt;

const CASES: &str = include_str!("testdata/format_cases.txt");

use crate::testdata::unescape;

use crate::testdata::float_from_bits;

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
        // Garter keeps U+DD800..U+DDFFF for lone surrogates
        // (`text::surrogates`), so it cannot produce them.
        if crate::text::surrogates::first_reserved(&expected).is_some() {
            continue;
        }
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

/// A small deterministic generator of test strings.
struct Strings(u64);

impl Strings {
    fn next_index(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % bound as u64) as usize
    }

    fn string(&mut self, alphabet: &[char], max_len: usize) -> String {
        let len = self.next_index(max_len + 1);
        (0..len)
            .map(|_| alphabet[self.next_index(alphabet.len())])
            .collect()
    }
}

#[test]
fn arbitrary_specs_never_panic() {
    let alphabet: Vec<char> = "<>^=+- z#0123456789,_.bcdeEfFgGnosxX%é\0".chars().collect();
    let ints = [BigInt::from(0), BigInt::from(-42), BigInt::from(1) << 200];
    let floats = [0.0, -1.5, 1e300, f64::NAN, f64::NEG_INFINITY, 5e-324];
    let mut strings = Strings(7);
    for _ in 0..5_000 {
        let spec = strings.string(&alphabet, 6);
        for target in [
            SpecTarget::Int,
            SpecTarget::Float,
            SpecTarget::Complex,
            SpecTarget::Str,
        ] {
            let Ok(parsed) = parse_format_spec(&spec, target, "t") else {
                continue;
            };
            for int in &ints {
                let _ = format_int(int, &parsed, "int");
            }
            for &float in &floats {
                let _ = format_float(float, &parsed, "float");
                let _ = format_complex(float, -float, &parsed, "complex");
            }
            let _ = format_str("héllo", &parsed, "str");
        }
    }
}

#[test]
fn arbitrary_percent_formats_never_panic() {
    use super::percent::{
        parse_percent, render_char, render_float, render_int, render_str, PercentPiece,
    };
    let alphabet: Vec<char> = "%()-+ #0123456789.*hlLdiouxXeEfFgGcrsaé".chars().collect();
    let mut strings = Strings(11);
    for _ in 0..5_000 {
        let text = strings.string(&alphabet, 10);
        for piece in parse_percent(&text) {
            if let Ok(PercentPiece::Conversion(conversion)) = piece {
                let format = conversion.resolve(Some(-3), Some(-1));
                let _ = render_int(&BigInt::from(-255), &format);
                let _ = render_float(-0.0, &format);
                let _ = render_str("ab", &format);
                let _ = render_char('é', &format);
            }
        }
    }
}
