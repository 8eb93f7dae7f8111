//! Checks `%`-format parsing and rendering against python3's results in
//! `testdata/percent_cases.txt` (written by
//! `scripts/gen-percent-cases.py`), and the parse errors python3 gives.

use super::percent::{
    parse_percent, render_char, render_float, render_int, render_str, unsupported_format_character,
    PercentCount, PercentErrorKind, PercentPiece,
};
use crate::number::error::NumError;
use num_bigint::BigInt;

const CASES: &str = include_str!("testdata/percent_cases.txt");

use crate::testdata::unescape;

/// Formats one value the way a driver would.
fn run(kind: &str, format: &str, stars: &[i64], value: &str) -> Result<String, NumError> {
    let mut out = String::new();
    for piece in parse_percent(format) {
        match piece.map_err(|error| error.to_error())? {
            PercentPiece::Literal(text) => out.push_str(text),
            PercentPiece::Conversion(conversion) => {
                let mut stars = stars.iter().copied();
                let width = (conversion.width == PercentCount::Star)
                    .then(|| stars.next())
                    .flatten();
                let precision = (conversion.precision == PercentCount::Star)
                    .then(|| stars.next())
                    .flatten();
                let resolved = conversion.resolve(width, precision);
                out.push_str(&match kind {
                    "int" => render_int(&value.parse::<BigInt>().expect("int"), &resolved)?,
                    "float" => render_float(
                        f64::from_bits(u64::from_str_radix(value, 16).expect("bits")),
                        &resolved,
                    ),
                    "char" => {
                        let code: u32 = value.parse().expect("code");
                        render_char(char::from_u32(code).expect("char"), &resolved)
                    }
                    _ => render_str(value, &resolved),
                });
            }
        }
    }
    Ok(out)
}

#[test]
fn rendering_matches_python() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let [kind, format, stars, value, expected] = &fields[..] else {
            panic!("bad line {line:?}");
        };
        let stars: Vec<i64> = stars
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().expect("star"))
            .collect();
        let got = match run(kind, format, &stars, value) {
            Ok(text) => text,
            Err(error) => format!("!{error}"),
        };
        count += 1;
        if got != *expected {
            failures.push(format!(
                "{format:?} % {value} (stars {stars:?}): got {got:?}, want {expected:?}"
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

fn first_error(format: &str) -> Option<(PercentErrorKind, usize)> {
    parse_percent(format)
        .find_map(Result::err)
        .map(|error| (error.kind, error.star_args_before))
}

#[test]
fn parse_errors() {
    use PercentErrorKind::*;
    // python3: 'ab%' % 1, '%(a' % {}, '%*' % (5,), '%.' % 5, '%l' % 5.
    assert_eq!(first_error("ab%"), Some((IncompleteFormat, 0)));
    assert_eq!(first_error("%(a"), Some((IncompleteKey, 0)));
    assert_eq!(first_error("%*"), Some((IncompleteFormat, 1)));
    assert_eq!(first_error("%."), Some((IncompleteFormat, 0)));
    assert_eq!(first_error("%l"), Some((IncompleteFormat, 0)));
    assert_eq!(
        first_error("%99999999999999999999d"),
        Some((WidthTooBig, 0))
    );
    assert_eq!(first_error("%.99999999999d"), Some((PrecisionTooBig, 0)));
    assert_eq!(first_error("%(a)s %d %%"), None);
}

#[test]
fn pieces_and_unsupported_characters() {
    let pieces: Vec<_> = parse_percent("é%%%(k(x))-5.2lfz%y")
        .map(|piece| piece.expect("valid"))
        .collect();
    assert_eq!(pieces.len(), 5);
    assert_eq!(pieces[0], PercentPiece::Literal("é"));
    assert_eq!(pieces[1], PercentPiece::Literal("%"));
    let PercentPiece::Conversion(conversion) = &pieces[2] else {
        panic!("not a conversion: {:?}", pieces[2]);
    };
    assert_eq!(conversion.key.as_deref(), Some("k(x)"));
    assert!(conversion.flags.left);
    assert_eq!(conversion.width, PercentCount::Given(5));
    assert_eq!(conversion.precision, PercentCount::Given(2));
    assert_eq!(conversion.conversion, 'f');
    let PercentPiece::Conversion(unknown) = &pieces[4] else {
        panic!("not a conversion: {:?}", pieces[4]);
    };
    // python3: 'é%%%-5.2lfz%y' % (1.0, 2) raises "unsupported format
    // character 'y' (0x79) at index 12"; the key adds six characters.
    assert_eq!(
        unsupported_format_character(unknown.conversion, unknown.index).message,
        "unsupported format character 'y' (0x79) at index 18"
    );
    // python3: '%\u00e9' % 1 and '%\x00' % 1.
    assert_eq!(
        unsupported_format_character('é', 1).message,
        "unsupported format character '?' (0xe9) at index 1"
    );
    assert_eq!(
        unsupported_format_character('\0', 1).message,
        "unsupported format character '?' (0x0) at index 1"
    );
}
