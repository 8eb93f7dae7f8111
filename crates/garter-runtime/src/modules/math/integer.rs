//! The integer functions of `math`: `factorial`, `gcd`, `lcm`, `comb`,
//! `perm`, `isqrt`, and `prod` (which multiplies any values).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::args::Args;
use crate::dunder::BinOp;
use crate::error::PyResult;
use crate::types::int::as_bigint;
use crate::value::Value;
use crate::Vm;

/// `operator.index(v)` as a big integer.
fn index_bigint(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let n = vm.index_object(v)?;
    Ok(as_bigint(&n).map(|n| n.into_owned()).unwrap_or_default())
}

/// Results beyond this many bits are refused with MemoryError rather
/// than exhausting memory (as `crate::number` does for `**`).
const MAX_RESULT_BITS: u64 = 1 << 33;

/// MemoryError unless `count` factors of up to `bits` bits each make a
/// product of a size that can be built.
fn check_product_size(vm: &Vm, count: u64, bits: u64) -> PyResult<()> {
    if count.saturating_mul(bits) > MAX_RESULT_BITS {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// The product of the integers in `lo..hi`, by splitting the range in
/// halves so the big multiplications stay balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    let mut stack = vec![(lo, hi)];
    let mut parts: Vec<BigInt> = Vec::new();
    while let Some((a, b)) = stack.pop() {
        if b <= a {
            continue;
        }
        if b - a <= 16 {
            let mut p = BigInt::one();
            for k in a..b {
                p *= k;
            }
            parts.push(p);
        } else {
            let mid = a + (b - a) / 2;
            stack.push((a, mid));
            stack.push((mid, b));
        }
    }
    while parts.len() > 1 {
        let mut next = Vec::with_capacity(parts.len() / 2 + 1);
        let mut it = parts.into_iter();
        while let Some(a) = it.next() {
            match it.next() {
                Some(b) => next.push(a * b),
                None => next.push(a),
            }
        }
        parts = next;
    }
    parts.pop().unwrap_or_else(BigInt::one)
}

pub fn factorial(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "math.factorial", 1, 1)?;
    let n = index_bigint(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values".into()));
    }
    let n = n
        .to_u64()
        .filter(|n| *n <= i64::MAX as u64)
        .ok_or_else(|| {
            vm.overflow_error(format!(
                "factorial() argument should not exceed {}",
                i64::MAX
            ))
        })?;
    check_product_size(vm, n, 64 - n.leading_zeros() as u64)?;
    Ok(Value::from_bigint(
        vm,
        range_product(1, n.saturating_add(1)),
    ))
}

pub fn gcd(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_keywords(vm, "math.gcd")?;
    let mut g = BigInt::zero();
    for v in args.pos() {
        let n = index_bigint(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(vm, g))
}

pub fn lcm(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_keywords(vm, "math.lcm")?;
    let mut l = BigInt::one();
    for v in args.pos() {
        let n = index_bigint(vm, v)?;
        if l.is_zero() || n.is_zero() {
            l = BigInt::zero();
        } else {
            l = l.lcm(&n);
        }
    }
    Ok(Value::from_bigint(vm, l))
}

/// `n` and `k` for `comb` and `perm`, checked non-negative.
fn n_and_k(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_bigint(vm, n)?;
    let k = index_bigint(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)`.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    match n.to_u64().filter(|n| *n < u64::MAX && k <= *n) {
        Some(n) => range_product(n - k + 1, n + 1),
        None => {
            let mut p = BigInt::one();
            let mut f = n.clone();
            for _ in 0..k {
                p *= &f;
                f -= 1;
            }
            p
        }
    }
}

pub fn comb(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "comb", 2, 2)?;
    let (n, k) = n_and_k(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k
        .to_u64()
        .filter(|k| *k <= i64::MAX as u64)
        .ok_or_else(|| vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)))?;
    check_product_size(vm, k, n.bits())?;
    let r = falling_product(&n, k) / range_product(1, k + 1);
    Ok(Value::from_bigint(vm, r))
}

pub fn perm(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "perm", 1, 2)?;
    let k_value = match a.get(1) {
        Some(k) if !k.is_none() => k.clone(),
        _ => {
            let n = index_bigint(vm, &a[0])?;
            if n.is_negative() {
                return Err(vm.value_error("n must be a non-negative integer".into()));
            }
            return factorial(vm, Args::positional(&a[..1]));
        }
    };
    let (n, k) = n_and_k(vm, &a[0], &k_value)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .filter(|k| *k <= i64::MAX as u64)
        .ok_or_else(|| vm.overflow_error(format!("k must not exceed {}", i64::MAX)))?;
    check_product_size(vm, k, n.bits())?;
    Ok(Value::from_bigint(vm, falling_product(&n, k)))
}

pub fn isqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "math.isqrt", 1, 1)?;
    let n = index_bigint(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative".into()));
    }
    Ok(Value::from_bigint(vm, n.sqrt()))
}

pub fn prod(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut total = Value::Int(1);
    for (name, value) in args.keywords() {
        if name == "start" {
            total = value.clone();
        } else {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for prod()"
            )));
        }
    }
    let it = vm.iter(&pos[0])?;
    while let Some(x) = vm.next(&it)? {
        total = vm.binary_op(&total, &x, BinOp::Mul)?;
    }
    Ok(total)
}
