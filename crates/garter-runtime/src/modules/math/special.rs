//! The `math` functions with algorithms of their own, as pure functions
//! over f64: the gamma functions (Lanczos approximation), exact summation
//! (`fsum`, Shewchuk's partials), the accurate Euclidean norm behind
//! `hypot` and `dist`, IEEE `remainder`, `ldexp`/`frexp`, `ulp`, and the
//! C library functions Rust's standard library does not expose.

/// A `math` failure: `ValueError("math domain error")` or
/// `OverflowError("math range error")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathError {
    Domain,
    Range,
}

pub type MathResult = Result<f64, MathError>;

mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }
}

/// The C library's `erf`, as CPython calls it.
pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure C math function of one double, no pointers.
    unsafe { libm::erf(x) }
}

/// The C library's `erfc`.
pub fn erfc(x: f64) -> f64 {
    // SAFETY: a pure C math function of one double, no pointers.
    unsafe { libm::erfc(x) }
}

/// The C library's `asinh` (Rust's own differs in the last bit).
pub fn asinh(x: f64) -> f64 {
    // SAFETY: a pure C math function of one double, no pointers.
    unsafe { libm::asinh(x) }
}

/// The C library's `acosh`.
pub fn acosh(x: f64) -> f64 {
    // SAFETY: a pure C math function of one double, no pointers.
    unsafe { libm::acosh(x) }
}

/// The C library's `atanh`.
pub fn atanh(x: f64) -> f64 {
    // SAFETY: a pure C math function of one double, no pointers.
    unsafe { libm::atanh(x) }
}

/// The cube root as the GNU C library computes it: a polynomial first
/// guess on the mantissa in [0.5, 1), one rational (Halley) step, then
/// the exponent's third with its remainder folded in as a power of 2^(1/3).
#[allow(clippy::excessive_precision)]
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    if xe == 0 && (x == 0.0 || !x.is_finite()) {
        return x + x;
    }
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
}

/// The next double after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: a pure C math function of two doubles, no pointers.
    unsafe { libm::nextafter(x, y) }
}

const PI: f64 = std::f64::consts::PI;
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144_729_885_849_400_2;

/// The Lanczos approximation's `g`, and `g - 0.5`.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// Numerator coefficients of the Lanczos rational function (N = 13).
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_94,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_39,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_64,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];

/// Denominator coefficients: `x (x+1) ... (x+11)` expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// `gamma(n)` for the integers 1 through 23, exactly.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362_880.0,
    3_628_800.0,
    39_916_800.0,
    479_001_600.0,
    6_227_020_800.0,
    87_178_291_200.0,
    1_307_674_368_000.0,
    20_922_789_888_000.0,
    355_687_428_096_000.0,
    6_402_373_705_728_000.0,
    121_645_100_408_832_000.0,
    2_432_902_008_176_640_000.0,
    51_090_942_171_709_440_000.0,
    1_124_000_727_777_607_680_000.0,
];

/// The Lanczos rational function at `x > 0`; in `1/x` for large `x` so
/// that neither part overflows.
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// `sin(pi * x)`, exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = (x.abs()) % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> MathResult {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathError::Domain);
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sin_pi(x));
        }
        return Err(MathError::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
        r
    };
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.lgamma(x)`: the log of the absolute value of gamma.
pub fn lgamma(x: f64) -> MathResult {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathError::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// Why `fsum` failed.
#[derive(Debug, PartialEq, Eq)]
pub enum FsumError {
    /// "intermediate overflow in fsum" (OverflowError).
    Overflow,
    /// "-inf + inf in fsum" (ValueError).
    InfMinusInf,
}

/// Exact summation: keeps non-overlapping partial sums, so the result is
/// the correctly rounded sum of all the values.
#[derive(Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Fsum {
    pub fn add(&mut self, value: f64) -> Result<(), FsumError> {
        let mut x = value;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if value.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if value.is_infinite() {
                    self.inf_sum += value;
                }
                self.special_sum += value;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    pub fn total(&self) -> Result<f64, FsumError> {
        if self.special_sum != 0.0 || self.special_sum.is_nan() {
            if self.inf_sum.is_nan() {
                return Err(FsumError::InfMinusInf);
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// A double-length value `hi + lo`.
#[derive(Clone, Copy)]
struct DoubleLength {
    hi: f64,
    lo: f64,
}

/// Veltkamp's split of `x` into two halves of 26 bits.
fn split(x: f64) -> DoubleLength {
    let t = x * 134_217_729.0;
    let hi = t - (t - x);
    DoubleLength { hi, lo: x - hi }
}

/// Dekker's exact product.
fn exact_mul(x: f64, y: f64) -> DoubleLength {
    let xx = split(x);
    let yy = split(y);
    let p = xx.hi * yy.hi;
    let q = xx.hi * yy.lo + xx.lo * yy.hi;
    let z = p + q;
    let zz = p - z + q + xx.lo * yy.lo;
    DoubleLength { hi: z, lo: zz }
}

/// Exact sum of `a` and `b` where `|a| >= |b|`.
fn fast_sum(a: f64, b: f64) -> DoubleLength {
    let x = a + b;
    let z = x - a;
    DoubleLength { hi: x, lo: b - z }
}

/// The Euclidean norm of `values` (absolute values, `max` their largest),
/// accurate to within one rounding: scales by a power of two, sums the
/// squares in double length, and corrects the square root once.
pub fn vector_norm(values: &mut [f64], max: f64, found_nan: bool) -> f64 {
    let mut max = max;
    let mut outer_scale = 1.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, mut max_e) = frexp(max);
    if max_e < -1023 {
        for v in values.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        max /= f64::MIN_POSITIVE;
        outer_scale = f64::MIN_POSITIVE;
        max_e = frexp(max).1;
    }
    let scale = ldexp(1.0, -max_e as i64);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    for &v in values.iter() {
        let x = v * scale;
        let pr = exact_mul(x, x);
        let sm = fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = exact_mul(-h, h);
    let sm = fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    outer_scale * (h / scale)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`
/// (ties to even), computed exactly.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// Splits a finite nonzero `x` into a mantissa in [0.5, 1) and a power
/// of two; zero, infinities and NaN come back with exponent 0.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exp - 1022)
}

/// `x * 2**n`, correctly rounded (a single rounding even into the
/// subnormal range).
pub fn ldexp(x: f64, n: i64) -> f64 {
    let two_pow = |e: i64| f64::from_bits(((0x3ff + e) as u64) << 52);
    let mut y = x;
    let mut n = n.clamp(-3000, 3000);
    if n > 1023 {
        y *= two_pow(1023);
        n -= 1023;
        if n > 1023 {
            y *= two_pow(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        let down = two_pow(-1022) * two_pow(53);
        y *= down;
        n += 1022 - 53;
        if n < -1022 {
            y *= down;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * two_pow(n)
}

/// `math.ulp(x)`: the gap from `|x|` to the next double away from zero.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

/// The Euclidean norm of `values` (any signs), as `hypot` computes it.
pub fn hypot_of(values: &[f64]) -> f64 {
    let mut abs: Vec<f64> = values.iter().map(|v| v.abs()).collect();
    let max = abs.iter().copied().fold(0.0, f64::max);
    let found_nan = abs.iter().any(|v| v.is_nan());
    vector_norm(&mut abs, max, found_nan)
}
