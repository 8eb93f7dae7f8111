//! Checks int/float parsing and int to text/bytes against python3's
//! results in `testdata/text_cases.txt` (written by
//! `scripts/gen-text-cases.py`).

use super::error::NumError;
use super::int_text::{
    int_from_bytes, int_to_bytes, int_to_decimal, int_to_prefixed, parse_byteorder,
};
use super::parse::{parse_float, parse_int};
use num_bigint::BigInt;

const CASES: &str = include_str!("testdata/text_cases.txt");

use crate::testdata::unescape;

fn from_python_hex(text: &str) -> BigInt {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits = digits.strip_prefix("0x").expect("hex int");
    let magnitude = BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex digits");
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

fn hex_bytes(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn run(op: &str, args: &[String]) -> Result<String, NumError> {
    let arg = |i: usize| args.get(i).map(String::as_str).unwrap_or("");
    let flag = |i: usize| arg(i) == "True";
    Ok(match op {
        "int" => int_to_prefixed(&parse_int(arg(0), arg(1).parse().expect("base"))?, 16),
        "float" => format!("{:016x}", parse_float(arg(0))?.to_bits()),
        "str" => int_to_decimal(&from_python_hex(arg(0)))?,
        "prefixed" => int_to_prefixed(
            &arg(0).parse().expect("int"),
            arg(1).parse().expect("radix"),
        ),
        "to_bytes" => {
            let little = parse_byteorder(arg(2))?;
            let length = arg(1).parse().expect("length");
            hex_bytes(&int_to_bytes(
                &arg(0).parse().expect("int"),
                length,
                little,
                flag(3),
            )?)
        }
        "from_bytes" => {
            let data: Vec<u8> = (0..arg(0).len() / 2)
                .map(|i| u8::from_str_radix(&arg(0)[2 * i..2 * i + 2], 16).expect("hex byte"))
                .collect();
            int_from_bytes(&data, parse_byteorder(arg(1))?, flag(2)).to_string()
        }
        _ => panic!("unknown operation {op}"),
    })
}

#[test]
fn text_conversions_match_python() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let (op, rest) = fields.split_first().expect("operation");
        let (expected, args) = rest.split_last().expect("result");
        let got = match run(op, args) {
            Ok(text) => text,
            Err(error) => format!("!{error}"),
        };
        count += 1;
        let same = got == *expected
            || (op == "float" && expected.starts_with("7ff8") && got.starts_with("7ff8"));
        if !same {
            let shown: Vec<String> = args.iter().map(|a| a.chars().take(60).collect()).collect();
            failures.push(format!(
                "{op}{shown:?}: got {}, want {}",
                got.chars().take(200).collect::<String>(),
                expected.chars().take(200).collect::<String>()
            ));
        }
    }
    assert!(count > 500);
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

#[test]
fn arbitrary_text_never_panics() {
    use super::float_ops::float_fromhex;
    let alphabet: Vec<char> = "0123456789abcdefxXoObBpP+-_. \t\u{a0}\u{661}infINFnaNty"
        .chars()
        .collect();
    let mut state: u64 = 3;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % bound as u64) as usize
    };
    for _ in 0..10_000 {
        let len = next(13);
        let text: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
        for base in [0, 2, 8, 10, 16, 36] {
            let _ = parse_int(&text, base);
        }
        let _ = parse_float(&text);
        let _ = float_fromhex(&text);
    }
}
