//! Every conversion both ways, and the exceptions of failing ones.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use garter::{BigInt, FromPy, Interpreter, IntoPy};

/// `value` converted to Python, checked there with `check` (a Python
/// expression over `v`), then converted back.
fn round_trip<T: IntoPy + FromPy + Clone + PartialEq + std::fmt::Debug>(value: T, check: &str) {
    let interp = Interpreter::new();
    interp.set("v", value.clone()).unwrap();
    assert!(interp.eval::<bool>(check).unwrap(), "{check} for {value:?}");
    assert_eq!(interp.get::<T>("v").unwrap(), value);
}

/// The type name and message of the error converting `source`'s value.
fn failure<T: FromPy + std::fmt::Debug>(source: &str) -> String {
    let interp = Interpreter::new();
    interp.eval::<T>(source).unwrap_err().to_string()
}

#[test]
fn integers_of_every_width() {
    round_trip(-128i8, "v == -128 and type(v) is int");
    round_trip(i16::MIN, "v == -32768");
    round_trip(i32::MAX, "v == 2**31 - 1");
    round_trip(i64::MIN, "v == -2**63");
    round_trip(i128::MAX, "v == 2**127 - 1");
    round_trip(-5isize, "v == -5");
    round_trip(255u8, "v == 255");
    round_trip(u16::MAX, "v == 65535");
    round_trip(u32::MAX, "v == 2**32 - 1");
    round_trip(u64::MAX, "v == 2**64 - 1");
    round_trip(u128::MAX, "v == 2**128 - 1");
    round_trip(7usize, "v == 7");
}

#[test]
fn big_integers() {
    let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
    round_trip(big, "v == -123456789012345678901234567890");
    round_trip(BigInt::from(5), "v == 5");
}

#[test]
fn integers_out_of_range_raise_overflow_error() {
    assert_eq!(
        failure::<u8>("256"),
        "OverflowError: Python int too large to convert to u8"
    );
    assert_eq!(
        failure::<u32>("-1"),
        "OverflowError: can't convert negative int to unsigned"
    );
    assert_eq!(
        failure::<i64>("2**63"),
        "OverflowError: Python int too large to convert to i64"
    );
    assert_eq!(
        failure::<u128>("-2**100"),
        "OverflowError: can't convert negative int to unsigned"
    );
    assert_eq!(
        failure::<i8>("-129"),
        "OverflowError: Python int too large to convert to i8"
    );
}

#[test]
fn integers_come_from_index_values_only() {
    let interp = Interpreter::new();
    assert_eq!(interp.eval::<i32>("True").unwrap(), 1);
    interp
        .exec(
            "class N:\n    def __index__(self):\n        return 9\n",
            "n.py",
        )
        .unwrap();
    assert_eq!(interp.eval::<u8>("N()").unwrap(), 9);
    assert_eq!(
        failure::<i64>("1.5"),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
    assert_eq!(
        failure::<BigInt>("'7'"),
        "TypeError: 'str' object cannot be interpreted as an integer"
    );
}

#[test]
fn floats() {
    round_trip(1.5f64, "v == 1.5 and type(v) is float");
    round_trip(-0.25f32, "v == -0.25");
    let interp = Interpreter::new();
    assert_eq!(interp.eval::<f64>("3").unwrap(), 3.0);
    assert!(interp.eval::<f64>("float('nan')").unwrap().is_nan());
    assert_eq!(
        failure::<f64>("'x'"),
        "TypeError: must be real number, not str"
    );
    assert_eq!(
        failure::<f64>("10**400"),
        "OverflowError: int too large to convert to float"
    );
}

#[test]
fn bools_none_and_unit() {
    round_trip(true, "v is True");
    round_trip(false, "v is False");
    round_trip((), "v is None");
    round_trip(Some(3i32), "v == 3");
    round_trip(None::<i32>, "v is None");
    assert_eq!(failure::<bool>("1"), "TypeError: expected bool, got int");
    assert_eq!(failure::<()>("0"), "TypeError: expected None, got int");
    assert_eq!(
        failure::<Option<i32>>("'a'"),
        "TypeError: 'str' object cannot be interpreted as an integer"
    );
}

#[test]
fn strings_and_chars() {
    round_trip("héllo ✓".to_string(), "v == 'héllo ✓' and len(v) == 7");
    round_trip('é', "v == 'é'");
    let interp = Interpreter::new();
    interp.set("s", "borrowed").unwrap();
    let owned = "ref".to_string();
    interp.set("t", &owned).unwrap();
    assert_eq!(owned, "ref");
    assert_eq!(interp.eval::<String>("s + t").unwrap(), "borrowedref");
    assert_eq!(
        failure::<String>("b'x'"),
        "TypeError: expected str, got bytes"
    );
    assert_eq!(
        failure::<char>("'ab'"),
        "TypeError: expected a character, but string of length 2 found"
    );
}

#[test]
fn bytes() {
    round_trip(
        vec![0u8, 1, 255],
        "v == b'\\x00\\x01\\xff' and type(v) is bytes",
    );
    let interp = Interpreter::new();
    interp.set("b", &b"abc"[..]).unwrap();
    assert!(interp.eval::<bool>("b == b'abc'").unwrap());
    assert_eq!(interp.eval::<Vec<u8>>("bytearray(b'hi')").unwrap(), b"hi");
    assert_eq!(interp.eval::<Vec<u8>>("[1, 2]").unwrap(), [1, 2]);
    assert_eq!(
        failure::<Vec<u8>>("'text'"),
        "TypeError: expected list or tuple, got str"
    );
    assert_eq!(
        failure::<Vec<u8>>("[256]"),
        "OverflowError: Python int too large to convert to u8"
    );
}

#[test]
fn vectors_and_tuples() {
    round_trip(vec![1i64, 2, 3], "v == [1, 2, 3]");
    round_trip(Vec::<String>::new(), "v == []");
    round_trip(vec![vec![1u16], vec![]], "v == [[1], []]");
    round_trip((1i32,), "v == (1,)");
    round_trip((1i32, "a".to_string(), 2.5f64), "v == (1, 'a', 2.5)");
    round_trip(
        (1u8, 2u8, 3u8, 4u8, 5u8, 6u8, 7u8, 8u8),
        "v == (1, 2, 3, 4, 5, 6, 7, 8)",
    );
    let interp = Interpreter::new();
    interp.set("s", &[1i32, 2][..]).unwrap();
    assert!(interp.eval::<bool>("s == [1, 2]").unwrap());
    assert_eq!(interp.eval::<Vec<i32>>("(4, 5)").unwrap(), [4, 5]);
    assert_eq!(interp.eval::<(i32, i32)>("[4, 5]").unwrap(), (4, 5));
    assert_eq!(
        failure::<(i32, i32)>("(1, 2, 3)"),
        "TypeError: expected a tuple of length 2, got one of length 3"
    );
    assert_eq!(
        failure::<Vec<i32>>("{1: 2}"),
        "TypeError: expected list or tuple, got dict"
    );
    assert_eq!(
        failure::<Vec<i32>>("[1, 'x']"),
        "TypeError: 'str' object cannot be interpreted as an integer"
    );
}

#[test]
fn maps() {
    let map: HashMap<String, i32> = [("a".to_string(), 1), ("b".to_string(), 2)].into();
    round_trip(map, "v == {'a': 1, 'b': 2}");
    let tree: BTreeMap<i32, Vec<bool>> = [(2, vec![true]), (1, vec![])].into();
    round_trip(tree, "list(v.items()) == [(1, []), (2, [True])]");
    assert_eq!(
        failure::<HashMap<String, i32>>("[('a', 1)]"),
        "TypeError: expected dict, got list"
    );
    assert_eq!(
        failure::<HashMap<String, i32>>("{1: 1}"),
        "TypeError: expected str, got int"
    );
}

#[test]
fn sets() {
    let set: HashSet<i64> = [1, 2, 3].into();
    round_trip(set, "v == {1, 2, 3} and type(v) is set");
    let tree: BTreeSet<String> = ["x".to_string()].into();
    round_trip(tree, "v == {'x'}");
    let interp = Interpreter::new();
    let frozen: HashSet<i32> = interp.eval("frozenset([1])").unwrap();
    assert_eq!(frozen, [1].into());
    assert_eq!(
        failure::<HashSet<i32>>("[1]"),
        "TypeError: expected set or frozenset, got list"
    );
}

#[test]
fn python_values_pass_through() {
    let interp = Interpreter::new();
    let v: garter::Value = interp.eval("[1, 2]").unwrap();
    interp.set("again", &v).unwrap();
    assert!(interp.eval::<bool>("again == [1, 2]").unwrap());
    let x = interp.to_py(vec![1, 2]).unwrap();
    assert_eq!(interp.from_py::<Vec<i32>>(&x).unwrap(), [1, 2]);
}
