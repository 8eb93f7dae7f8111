//! CPython's 64-bit numeric hash: ints, floats and complex numbers hash
//! to their value modulo the Mersenne prime 2**61 - 1 (so equal numbers
//! of different types hash alike), and the tuple and frozenset hashes
//! built from their items' hashes.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::ToPrimitive;

/// The hash modulus, `sys.hash_info.modulus`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `sys.hash_info.inf`: the hash of `inf` (`-inf` hashes to its negation).
pub const HASH_INF: i64 = 314_159;

/// `-1` is CPython's error marker, so a hash of `-1` becomes `-2`.
fn fix_minus_one(hash: i64) -> i64 {
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// `hash(n)` for an int that fits an `i64`.
pub fn hash_i64(value: i64) -> i64 {
    let reduced = (value.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if value < 0 { -reduced } else { reduced })
}

/// `hash(n)` for any int.
pub fn hash_int(value: &BigInt) -> i64 {
    if let Some(small) = value.to_i64() {
        return hash_i64(small);
    }
    let reduced = value
        .magnitude()
        .mod_floor(&HASH_MODULUS.into())
        .to_i64()
        .unwrap_or(0);
    fix_minus_one(if value.sign() == Sign::Minus {
        -reduced
    } else {
        reduced
    })
}

/// `hash(x)` for a float; `None` for a NaN, which CPython hashes by the
/// object's identity.
pub fn hash_float(value: f64) -> Option<i64> {
    if value.is_nan() {
        return None;
    }
    if value.is_infinite() {
        return Some(if value > 0.0 { HASH_INF } else { -HASH_INF });
    }
    // value = mantissa × 2^exponent exactly, with an integral mantissa.
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2^61 ≡ 1 (mod 2^61 - 1): multiplying by 2^k is a 61-bit rotation.
    let rotation = exponent.rem_euclid(61) as u32;
    let reduced = rotate_61(mantissa % HASH_MODULUS, rotation) as i64;
    Some(fix_minus_one(if value < 0.0 { -reduced } else { reduced }))
}

/// `value × 2^shift mod 2^61 - 1` for `value < 2^61`, `shift < 61`.
fn rotate_61(value: u64, shift: u32) -> u64 {
    if shift == 0 {
        return value;
    }
    ((value << shift) & HASH_MODULUS) | (value >> (61 - shift))
}

/// `hash(complex(real, imag))`; `None` when either part is a NaN (the
/// object is then hashed by identity).
pub fn hash_complex(real: f64, imag: f64) -> Option<i64> {
    let real_hash = hash_float(real)? as u64;
    let imag_hash = hash_float(imag)? as u64;
    let combined = real_hash.wrapping_add(1_000_003_u64.wrapping_mul(imag_hash));
    Some(fix_minus_one(combined as i64))
}

/// `hash(t)` for a tuple whose items hash to `item_hashes` (CPython
/// 3.8+'s xxHash-based combination).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &hash in item_hashes {
        acc = acc.wrapping_add((hash as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(item_hashes.len() as u64 ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `hash(s)` for a frozenset whose (distinct) items hash to
/// `item_hashes`, in any order.
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    let shuffle = |hash: u64| ((hash ^ 89_869_747) ^ (hash << 16)).wrapping_mul(3_644_798_167);
    let mut hash = item_hashes
        .iter()
        .fold(0_u64, |acc, &item| acc ^ shuffle(item as u64));
    hash ^= (item_hashes.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    //! Expected values from python3's `hash()`.
    use super::*;

    const INTS: &[(&str, i64)] = &[
        ("0", 0),
        ("1", 1),
        ("-1", -2),
        ("-2", -2),
        ("2305843009213693950", 2305843009213693950),
        ("2305843009213693951", 0),
        ("2305843009213693952", 1),
        ("-2305843009213693951", 0),
        ("-2305843009213693952", -2),
        ("9223372036854775807", 3),
        ("-9223372036854775808", -4),
        ("18446744073709551616", 8),
        ("-18446744073709551611", -3),
        ("1000000000000000000000000000000", 465258685558744706),
        ("-1000000000000000000000000000000", -465258685558744706),
        (
            "1606938044258990275541962092341162602522202993782792835313721",
            143417,
        ),
        ("123456789", 123456789),
    ];
    const FLOATS: &[(u64, i64)] = &[
        (0x0000000000000000, 0),
        (0x8000000000000000, 0),
        (0x3ff0000000000000, 1),
        (0xbff0000000000000, -2),
        (0x3ff8000000000000, 1152921504606846977),
        (0xbff8000000000000, -1152921504606846977),
        (0x3fb999999999999a, 230584300921369408),
        (0x7e37e43c8800759c, 1224995262755759164),
        (0xfe37e43c8800759c, -1224995262755759164),
        (0x0000000000000001, 16777216),
        (0x00002e055c9a3f6c, 386353265232576880),
        (0x01a56e1fc2f8f359, 482449582752280463),
        (0x400921fb54442d18, 326490430436040707),
        (0x43c0000000000000, 1),
        (0x43d0000000000000, 2),
        (0xbfe0000000000000, -1152921504606846976),
        (0x4480f0cf064dd592, 1864712049423028464),
        (0x40fe240c9fbe76c9, 1819310134279660096),
        (0x7ff0000000000000, 314159),
        (0xfff0000000000000, -314159),
        (0x3b90000000000000, 4503599627370496),
        (0x7fefffffffffffff, 2234066890152476671),
    ];
    const COMPLEXES: &[(u64, u64, i64)] = &[
        (0x3ff0000000000000, 0x4000000000000000, 2000007),
        (0x0000000000000000, 0x3ff0000000000000, 1000003),
        (0xbff8000000000000, 0x4004000000000000, 2305843009215693957),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, 6339398033648882639),
        (0x0000000000000000, 0xbff0000000000000, -2000006),
        (0x4008000000000000, 0x0000000000000000, 3),
        (0x7ff0000000000000, 0x3ff0000000000000, 1314162),
        (0xbff0000000000000, 0x0000000000000000, -2),
    ];
    const TUPLES: &[(&[i64], i64)] = &[
        (&[], 5740354900026072187),
        (&[1], -6644214454873602895),
        (&[1, 2], -3550055125485641917),
        (&[1, 2, 3], 529344067295497451),
        (&[-2], 8078679518589016365),
        (&[1152921504606846976, -2], 6150435046063548694),
        (&[-3550055125485641917, 3], -333907151259015829),
        (
            &[
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
            ],
            -9217304902224717415,
        ),
    ];
    const FROZENSETS: &[(&[i64], i64)] = &[
        (&[], 133146708735736),
        (&[1], -558064481276695278),
        (&[1, 2, 3], -272375401224217160),
        (&[-2], 6776983852052281967),
        (&[1152921504606846976, -2, 7], 8303249567533199533),
        (&[-558064481276695278, 2], -1248503628839622056),
        (
            &[
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99,
            ],
            4411996150312757951,
        ),
    ];

    #[test]
    fn ints() {
        for &(text, expected) in INTS {
            let value: BigInt = text.parse().unwrap();
            assert_eq!(hash_int(&value), expected, "{text}");
            if let Ok(small) = text.parse::<i64>() {
                assert_eq!(hash_i64(small), expected, "{text}");
            }
        }
    }

    #[test]
    fn floats() {
        for &(bits, expected) in FLOATS {
            assert_eq!(hash_float(f64::from_bits(bits)), Some(expected), "{bits:x}");
        }
        assert_eq!(hash_float(f64::NAN), None);
    }

    #[test]
    fn complexes() {
        for &(real, imag, expected) in COMPLEXES {
            let got = hash_complex(f64::from_bits(real), f64::from_bits(imag));
            assert_eq!(got, Some(expected), "{real:x} {imag:x}");
        }
        assert_eq!(hash_complex(1.0, f64::NAN), None);
    }

    #[test]
    fn tuples_and_frozensets() {
        for &(items, expected) in TUPLES {
            assert_eq!(hash_tuple(items), expected, "{items:?}");
        }
        for &(items, expected) in FROZENSETS {
            assert_eq!(hash_frozenset(items), expected, "{items:?}");
        }
    }
}
