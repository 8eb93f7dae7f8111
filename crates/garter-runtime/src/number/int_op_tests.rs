//! Checks int arithmetic against python3's results in
//! `testdata/int_op_cases.txt` (written by `scripts/gen-int-op-cases.py`).

use super::error::NumError;
use super::int_ops::{
    int_divmod, int_floor_divide, int_modulo, int_power, int_power_modulo, int_round,
    int_shift_left, int_shift_right, IntPower,
};
use num_bigint::BigInt;

const CASES: &str = include_str!("testdata/int_op_cases.txt");

fn run(op: &str, args: &[BigInt]) -> Result<String, NumError> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    Ok(match op {
        "floordiv" => int_floor_divide(&arg(0), &arg(1))?.to_string(),
        "mod" => int_modulo(&arg(0), &arg(1))?.to_string(),
        "divmod" => {
            let (q, r) = int_divmod(&arg(0), &arg(1))?;
            format!("{q},{r}")
        }
        "pow" => match int_power(&arg(0), &arg(1))? {
            IntPower::Int(value) => value.to_string(),
            IntPower::Float(value) => format!("f:{:016x}", value.to_bits()),
        },
        "powmod" => int_power_modulo(&arg(0), &arg(1), &arg(2))?.to_string(),
        "lshift" => int_shift_left(&arg(0), &arg(1))?.to_string(),
        "rshift" => int_shift_right(&arg(0), &arg(1))?.to_string(),
        "round" => int_round(&arg(0), &arg(1)).to_string(),
        _ => panic!("unknown operation {op}"),
    })
}

#[test]
fn int_operations_match_python() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (op, rest) = fields.split_first().expect("operation");
        let (expected, args) = rest.split_last().expect("result");
        let args: Vec<BigInt> = args.iter().map(|a| a.parse().expect("int")).collect();
        let got = match run(op, &args) {
            Ok(text) => text,
            Err(error) => format!("!{error}"),
        };
        count += 1;
        if got != *expected {
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

#[test]
fn huge_results_are_memory_errors() {
    let two = BigInt::from(2);
    let huge = BigInt::from(1_u64 << 62);
    assert_eq!(
        int_shift_left(&BigInt::from(1), &huge).map_err(|e| e.to_string()),
        Err("MemoryError: ".to_owned())
    );
    assert_eq!(
        int_power(&two, &huge).map_err(|e| e.to_string()),
        Err("MemoryError: ".to_owned())
    );
    let far = -(huge << 10_u32);
    assert_eq!(int_round(&BigInt::from(7), &far), BigInt::from(0));
}
