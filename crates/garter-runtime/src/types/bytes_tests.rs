//! Unit tests of the pure byte algorithms in `bytes_text.rs` and of
//! `bytes` reprs; the Python-level behaviour is covered by the
//! conformance programs in `tests/bytes/`.

use super::bytes_percent::bytes_repr_text;
use super::bytes_text::*;

#[test]
fn searching_with_bounds() {
    assert_eq!(find(b"abcabc", b"c", None, None), Some(2));
    assert_eq!(find(b"abcabc", b"c", Some(3), None), Some(5));
    assert_eq!(find(b"abc", b"", Some(3), None), Some(3));
    assert_eq!(find(b"abc", b"", Some(4), None), None);
    assert_eq!(rfind(b"abcabc", b"ab", None, Some(-1)), Some(3));
    assert_eq!(rfind(b"abc", b"", None, None), Some(3));
    assert_eq!(count(b"aaaa", b"aa", None, None), 2);
    assert_eq!(count(b"abc", b"", None, None), 4);
    assert_eq!(count(b"abc", b"", Some(5), None), 0);
    assert!(startswith(b"hello", b"ell", Some(1), None));
    assert!(!endswith(b"hello", b"ll", None, Some(-2)));
    assert!(endswith(b"hello", b"", Some(5), None));
}

#[test]
fn replacing_and_splitting() {
    assert_eq!(replace(b"aXbXc", b"X", b"--", -1), b"a--b--c");
    assert_eq!(replace(b"aXbXc", b"X", b"", 1), b"abXc");
    assert_eq!(replace(b"ab", b"", b"-", -1), b"-a-b-");
    assert_eq!(replace(b"ab", b"", b"-", 2), b"-a-b");
    let parts =
        |r: Result<Vec<&[u8]>, _>| r.map(|v| v.iter().map(|p| p.to_vec()).collect::<Vec<_>>());
    assert_eq!(
        parts(split(b" a  b c ", None, -1)),
        Ok(vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()])
    );
    assert_eq!(
        parts(split(b" a  b c ", None, 1)),
        Ok(vec![b"a".to_vec(), b"b c ".to_vec()])
    );
    assert_eq!(
        parts(rsplit(b" a  b c ", None, 1)),
        Ok(vec![b" a  b".to_vec(), b"c".to_vec()])
    );
    assert_eq!(
        parts(rsplit(b"a,b,c", Some(b","), 1)),
        Ok(vec![b"a,b".to_vec(), b"c".to_vec()])
    );
    assert_eq!(
        parts(split(b"a,,b", Some(b","), -1)),
        Ok(vec![b"a".to_vec(), b"".to_vec(), b"b".to_vec()])
    );
    assert!(split(b"a", Some(b""), -1).is_err());
    assert_eq!(
        splitlines(b"a\nb\r\nc\rd", true),
        vec![&b"a\n"[..], b"b\r\n", b"c\r", b"d"]
    );
    assert_eq!(splitlines(b"a\n\nb\n", false), vec![&b"a"[..], b"", b"b"]);
    assert_eq!(
        partition(b"a=b=c", b"=", true),
        Ok(Some((&b"a=b"[..], &b"c"[..])))
    );
    assert_eq!(partition(b"abc", b"=", false), Ok(None));
}

#[test]
fn case_classes_and_padding() {
    assert_eq!(title(b"hello wORLD 3x"), b"Hello World 3X");
    assert_eq!(capitalize(b"hELLO"), b"Hello");
    assert_eq!(swapcase(b"aB\xe9"), b"Ab\xe9");
    assert!(istitle(b"Hello World"));
    assert!(!istitle(b"HEllo"));
    assert!(islower(b"abc1"));
    assert!(!isupper(b"123"));
    assert!(!all_bytes(b"", u8::is_ascii_digit));
    assert_eq!(center(b"ab", 5, b'*'), Some(b"**ab*".to_vec()));
    assert_eq!(center(b"abc", 6, b'*'), Some(b"*abc**".to_vec()));
    assert_eq!(zfill(b"-42", 6), Some(b"-00042".to_vec()));
    assert_eq!(ljust(b"abc", 2, b' '), None);
    assert_eq!(expandtabs(b"a\tb\n\tc", 4), Ok(b"a   b\n    c".to_vec()));
    assert_eq!(strip(b"  a b  ", None, true, false), b"a b  ");
    assert_eq!(strip(b"xyaxy", Some(b"xy"), true, true), b"a");
}

#[test]
fn hex_round_trips() {
    assert_eq!(hex(b"\x01\xab\xff", None, 1), "01abff");
    assert_eq!(hex(b"abcde", Some(':'), 2), "61:6263:6465");
    assert_eq!(hex(b"abcde", Some(':'), -2), "6162:6364:65");
    assert_eq!(fromhex("01 ab\tFF"), Ok(vec![1, 0xab, 0xff]));
    assert_eq!(fromhex("a"), Err(1));
    assert_eq!(fromhex("zz"), Err(0));
    assert_eq!(fromhex("0 1"), Err(1));
}

#[test]
fn reprs_choose_quotes() {
    assert_eq!(bytes_repr_text(b"it's"), "b\"it's\"");
    assert_eq!(bytes_repr_text(b"'\""), "b'\\'\"'");
    assert_eq!(
        bytes_repr_text(b"\t\n\r\\\x00\x7f\x80"),
        "b'\\t\\n\\r\\\\\\x00\\x7f\\x80'"
    );
}

#[test]
fn bytes_storage_on_both_sides_of_the_inline_limit() {
    use super::bytes::PyBytes;
    for n in [0usize, 1, 85, 86, 87, 300] {
        let data: Vec<u8> = (0..n).map(|i| i as u8).collect();
        assert_eq!(&*PyBytes::from_slice(&data), &data[..]);
        assert_eq!(&*PyBytes::from_vec(data.clone()), &data[..]);
    }
}

#[test]
fn splitting_and_replacing_with_one_searcher() {
    let hay = b"a--b--c----d".repeat(20);
    assert_eq!(split(&hay, Some(b"--"), -1).map(|p| p.len()).ok(), Some(81));
    assert_eq!(
        split(b"a--b--c", Some(b"--"), 1).ok(),
        Some(vec![&b"a"[..], b"b--c"])
    );
    assert_eq!(replace(b"aaaa", b"aa", b"b", -1), b"bb".to_vec());
    assert_eq!(replace(b"a.b.c", b".", b"::", 1), b"a::b.c".to_vec());
    assert_eq!(replace(&hay, b"--", b"", -1).len(), 4 * 20);
}
