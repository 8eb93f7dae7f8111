//! Checks the float operations against python3's results in
//! `testdata/float_cases.txt` (written by `scripts/gen-float-cases.py`).

use super::convert::{f64_to_int, int_to_f64, int_true_divide};
use super::error::NumError;
use super::float_arith::{
    float_divmod, float_floor_divide, float_modulo, float_power, float_round, float_round_to_int,
    FloatPower,
};
use super::float_ops::{float_as_integer_ratio, float_fromhex, float_hex};
use num_bigint::BigInt;

const CASES: &str = include_str!("testdata/float_cases.txt");

use crate::testdata::unescape;

fn float(field: &str) -> f64 {
    let hex = field.strip_prefix("f:").expect("float field");
    crate::testdata::float_from_bits(hex)
}

fn int(field: &str) -> BigInt {
    field.parse().expect("int field")
}

/// A float as the generator writes it; every NaN is written alike.
fn show(value: f64) -> String {
    let value = if value.is_nan() {
        f64::NAN.abs()
    } else {
        value
    };
    format!("f:{:016x}", value.to_bits())
}

fn run(op: &str, args: &[&str]) -> Result<String, NumError> {
    let arg = |i: usize| args.get(i).copied().unwrap_or("");
    Ok(match op {
        "hex" => float_hex(float(arg(0))),
        "fromhex" => show(float_fromhex(&unescape(arg(0)))?),
        "ratio" => {
            let (n, d) = float_as_integer_ratio(float(arg(0)))?;
            format!("{n},{d}")
        }
        "round_int" => float_round_to_int(float(arg(0)))?.to_string(),
        "to_int" => f64_to_int(float(arg(0)))?.to_string(),
        "round" => show(float_round(
            float(arg(0)),
            arg(1).parse().expect("ndigits"),
        )?),
        "floordiv" => show(float_floor_divide(float(arg(0)), float(arg(1)))?),
        "mod" => show(float_modulo(float(arg(0)), float(arg(1)))?),
        "divmod" => {
            let (q, r) = float_divmod(float(arg(0)), float(arg(1)))?;
            format!("{},{}", show(q), show(r))
        }
        "pow" => match float_power(float(arg(0)), float(arg(1)))? {
            FloatPower::Float(value) => show(value),
            FloatPower::Complex => "complex".to_owned(),
        },
        "int_to_float" => show(int_to_f64(&int(arg(0)))?),
        "truediv" => show(int_true_divide(&int(arg(0)), &int(arg(1)))?),
        _ => panic!("unknown operation {op}"),
    })
}

/// Python writes a NaN's bits as they are; compare NaNs as NaNs.
fn normalize(result: &str) -> String {
    result
        .split(',')
        .map(|part| match part.strip_prefix("f:") {
            Some(_) if float(part).is_nan() => show(f64::NAN),
            _ => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn float_operations_match_python() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (op, rest) = fields.split_first().expect("operation");
        let (expected, args) = rest.split_last().expect("result");
        let got = match run(op, args) {
            Ok(text) => text,
            Err(error) => format!("!{error}"),
        };
        count += 1;
        if normalize(&got) != normalize(&unescape(expected)) {
            failures.push(format!("{op}{args:?}: got {got}, want {expected}"));
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
