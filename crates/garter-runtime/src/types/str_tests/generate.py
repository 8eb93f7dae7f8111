"""Writes cases.rs: calls of str methods with python3's answers.

Run from this directory: python3 generate.py && cargo fmt --all
Each case is (receiver, method, args); the expected text is the repr of
python3's result, or "ExceptionName: message".
"""

CASES = [
    # case conversions and predicates
    ("hello wORLD ß ǅ", "upper", ()), ("HELLO ΣΑΣ", "lower", ()), ("Straße", "casefold", ()),
    ("hello wORLD 3rd o'neil", "title", ()), ("hELLO World", "capitalize", ()), ("ǆ ß Ab", "swapcase", ()),
    ("", "capitalize", ()), ("a", "lower", (1,)),
    ("abc", "isalpha", ()), ("ab1", "isalnum", ()), ("", "isalpha", ()), ("١٢٣", "isdecimal", ()),
    ("²", "isdigit", ()), ("½", "isnumeric", ()), (" \t\n", "isspace", ()), ("a\x07", "isprintable", ()),
    ("", "isprintable", ()), ("é", "isascii", ()), ("_a1", "isidentifier", ()), ("1a", "isidentifier", ()),
    ("abc1", "islower", ()), ("ABC1", "isupper", ()), ("Hello World", "istitle", ()), ("HeLlo", "istitle", ()),
    # padding
    ("abc", "center", (9, "*")), ("abc", "center", (8,)), ("ab", "center", (5, "é")), ("abc", "center", (2,)),
    ("abc", "center", ()), ("abc", "center", (5, "ab")), ("abc", "center", (5, 1)), ("abc", "center", ("5",)),
    ("abc", "center", (5, "a", 3)), ("abc", "center", (-3,)), ("abc", "center", (2**63,)),
    ("abc", "ljust", (6, "-")), ("abc", "rjust", (6,)), ("abc", "rjust", (True,)), ("abc", "ljust", (None,)),
    ("-42", "zfill", (6,)), ("+4", "zfill", (4,)), ("abc", "zfill", (2,)), ("abc", "zfill", ()), ("é", "zfill", (3,)),
    ("a\tbc\td\n\tx", "expandtabs", ()), ("a\tb", "expandtabs", (3,)), ("a\tb", "expandtabs", (0,)),
    ("a\tb", "expandtabs", (-1,)), ("a\tb", "expandtabs", (2**40,)), ("a\tb", "expandtabs", ("x",)),
    ("a\tb", "expandtabs", (1, 2)),
    # strip and affixes
    ("  ab \n", "strip", ()), ("xxabxx", "strip", ("x",)), ("xxabxx", "lstrip", ("x",)), ("xxabxx", "rstrip", ("x",)),
    ("éaé", "strip", ("é",)), ("ab", "strip", (None,)), ("ab", "strip", (1,)), ("ab", "lstrip", (1,)),
    ("ab", "rstrip", ("a", "b")), ("prefix", "removeprefix", ("pre",)), ("prefix", "removesuffix", ("fix",)),
    ("prefix", "removeprefix", ("x",)), ("prefix", "removeprefix", (1,)), ("prefix", "removesuffix", ()),
    # searching
    ("abcabc", "find", ("c",)), ("abcabc", "find", ("c", 3)), ("abcabc", "find", ("c", -2, -1)),
    ("abcabc", "find", ("c", None, 2)), ("abcabc", "rfind", ("b",)), ("abcabc", "find", ("",)),
    ("abc", "find", ("", 5)), ("abc", "find", ("", 3)), ("héllo", "find", ("l",)), ("héllo", "rfind", ("l", 0, 3)),
    ("abc", "find", (1,)), ("abc", "find", ("a", 1.0)), ("abc", "find", ("a", "x")), ("abc", "find", ()),
    ("abc", "find", ("a", 1, 2, 3)), ("abc", "find", ("a", 2**100)), ("abc", "find", ("a", -2**100)),
    ("abc", "index", ("c",)), ("abc", "index", ("d",)), ("abc", "rindex", ("d",)), ("abc", "rindex", ()),
    ("aaaa", "count", ("aa",)), ("aaaa", "count", ("",)), ("aaaa", "count", ("a", 1, -1)), ("aaaa", "count", ("", 10)),
    ("abc", "count", (1,)), ("abc", "count", ()),
    ("hello", "startswith", ("he",)), ("hello", "startswith", ("el", 1)), ("hello", "startswith", (("x", "h"),)),
    ("hello", "startswith", (("x", 1),)), ("hello", "startswith", (("h", 1),)), ("hello", "startswith", (1,)),
    ("hello", "endswith", ("lo",)), ("hello", "endswith", ("l", 0, 4)), ("hello", "endswith", ((),)),
    ("hello", "endswith", ([1],)), ("hello", "startswith", ("", 6)), ("hello", "startswith", ("", 5)),
    ("hello", "startswith", ("h", None, None)), ("hello", "startswith", ()),
    ("aaa", "replace", ("a", "b")), ("aaa", "replace", ("a", "bc", 2)), ("abc", "replace", ("", "-")),
    ("abc", "replace", ("", "-", 2)), ("aaa", "replace", ("a", "b", 0)), ("aaa", "replace", ("a", "b", -1)),
    ("a", "replace", (1, "a")), ("a", "replace", ("a", 1)), ("a", "replace", ("a",)), ("a", "replace", ("a", "b", "c")),
    ("a", "replace", ("a", "b", 2**100)),
    # splitting
    ("a,b,,c", "split", (",",)), ("a,b,,c", "split", (",", 1)), ("  a  b  c ", "split", ()),
    ("  a  b  c ", "split", (None, 1)), ("  a  b  c ", "rsplit", (None, 1)), ("a,b,c", "rsplit", (",", 1)),
    ("", "split", ()), ("", "split", (",",)), ("a", "split", ("",)), ("a", "rsplit", ("",)), ("a", "split", (1,)),
    ("a", "split", (",", 1, 2)), ("a", "split", (None, None)), ("a\u3000b\x1cc", "split", ()),
    ("a\nb\r\nc\rd\x0be\x1cf\u2028g", "splitlines", ()), ("a\nb\r\n", "splitlines", (True,)),
    ("a\nb", "splitlines", ("x",)), ("a\nb", "splitlines", (1, 2)), ("", "splitlines", ()),
    ("a.b.c", "partition", (".",)), ("a.b.c", "rpartition", (".",)), ("abc", "partition", (".",)),
    ("abc", "rpartition", (".",)), ("abc", "partition", ("",)), ("abc", "partition", (1,)), ("abc", "partition", ()),
    # join
    ("-", "join", (("a", "b", "c"),)), ("-", "join", ("abc",)), ("-", "join", (1,)), ("-", "join", (("a", 2),)),
    ("-", "join", ((),)), ("-", "join", ()),
    # translate and maketrans
    ("abc", "translate", ({97: "xy", 98: None, 99: 65},)), ("abc", "translate", ({97: 1.5},)),
    ("abc", "translate", ({97: 0x110000},)), ("abc", "translate", ({97: -1},)), ("abc", "translate", ({},)),
    ("abc", "translate", (1,)), ("", "translate", (1,)), ("aé", "translate", ({233: "e", 97: "ä"},)),
    ("abc", "translate", ()),
    # dunders
    ("abc", "__getitem__", (1,)), ("abc", "__getitem__", (-1,)), ("abc", "__getitem__", (3,)),
    ("abc", "__getitem__", ("x",)), ("abc", "__getitem__", (1.5,)), ("abc", "__getitem__", (2**100,)),
    ("abc", "__getitem__", ()), ("héllo", "__getitem__", (1,)),
    ("abc", "__mul__", (3,)), ("abc", "__mul__", (-1,)), ("abc", "__rmul__", (2,)), ("abc", "__mul__", (2**100,)),
    ("abc", "__add__", ("d",)), ("abc", "__add__", (1,)), ("abc", "__add__", ()),
    ("abc", "__contains__", ("bc",)), ("ab", "__mul__", (2**62,)),
    ("a", "removeprefix", (None,)), ("a", "replace", (None, "a")), ("a", "center", (3, None)),
    ("a", "find", (None,)), ("a", "partition", (None,)), ("a", "startswith", ((None,),)),
    ("a", "__format__", (None,)), ("abc", "__format__", ("^7",)), ("abc", "__format__", ("d",)),
    ("abc", "__format__", ("+",)), ("abc", "__format__", ("#",)), ("abc", "__format__", ("=5",)),
    ("abc", "__format__", (".1",)), ("{0}-{x}", "format", ()), ("%s-%d", "__mod__", (("a", 3),)),
    ("%s %s", "__mod__", (("a",),)), ("%s", "__mod__", (("a", "b"),)), ("%(a)s", "__mod__", ({"a": 1},)),
    ("%(a)s", "__mod__", (1,)), ("%d", "__mod__", ("x",)), ("%5.1f|%-4x|%c", "__mod__", ((2.25, 255, 97),)),
    ("%", "__mod__", ((),)), ("x", "__rmod__", ("%s",)), ("x", "__rmod__", (1,)), ("abc", "__contains__", (1,)), ("abc", "__eq__", ("abc",)),
    ("abc", "__eq__", (1,)), ("abc", "__lt__", ("abd",)), ("é", "__gt__", ("z",)), ("abc", "__len__", ()),
    ("héllo", "__len__", ()), ("abc", "__getnewargs__", ()), ("abc", "__len__", (1,)),
]

MAKETRANS = [
    ({"a": 1, 98: "x", "c": None},), ({1.5: 1},), ({"ab": 1},), ("ab", "cd"), ("ab", "cd", "e"), ("a", "bc"),
    ("a", 1), ("a", None), (1, "a"), ("a", "b", 1), ({"a": 1}, "b"), (), (1,), ("aa", "bc"),
]


def lit(v):
    if v is None:
        return "N"
    if v is True or v is False:
        return f"B({str(v).lower()})"
    if isinstance(v, int):
        if -2**63 <= v < 2**63:
            return f"I({v})"
        return f'Big("{v}")'
    if isinstance(v, float):
        return f"F({v!r})"
    if isinstance(v, str):
        return "S(" + rust_str(v) + ")"
    if isinstance(v, tuple):
        return "T(&[" + ", ".join(lit(x) for x in v) + "])"
    if isinstance(v, list):
        return "L(&[" + ", ".join(lit(x) for x in v) + "])"
    if isinstance(v, dict):
        return "D(&[" + ", ".join(f"({lit(k)}, {lit(x)})" for k, x in v.items()) + "])"
    raise TypeError(v)


def rust_str(s):
    out = '"'
    for c in s:
        if c in '"\\':
            out += "\\" + c
        elif 32 <= ord(c) < 127:
            out += c
        else:
            out += "\\u{%x}" % ord(c)
    return out + '"'


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"


def main():
    lines = [
        "//! Generated by `generate.py` from python3's answers: calls of str",
        "//! methods and what they return or raise.",
        "",
        "use super::Lit::*;",
        "use super::Case;",
        "",
        "#[rustfmt::skip]",
        "pub const CASES: &[Case] = &[",
    ]
    for receiver, method, args in CASES:
        expected = outcome(lambda: getattr(receiver, method)(*args))
        lines.append(
            f"    Case {{ receiver: Some({rust_str(receiver)}), method: {rust_str(method)}, "
            f"args: &[{', '.join(lit(a) for a in args)}], expected: {rust_str(expected)} }},"
        )
    for args in MAKETRANS:
        expected = outcome(lambda: str.maketrans(*args))
        lines.append(
            f"    Case {{ receiver: None, method: \"maketrans\", "
            f"args: &[{', '.join(lit(a) for a in args)}], expected: {rust_str(expected)} }},"
        )
    lines.append("];")
    with open("cases.rs", "w") as f:
        f.write("\n".join(lines) + "\n")


main()
