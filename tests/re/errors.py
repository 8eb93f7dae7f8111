# re.error messages for common mistakes.
import re

PATTERNS = [
    "(abc", "abc)", "*a", "a**", "a{2}{3}", "+", "[abc", "[]", r"\q", "a\\",
    "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=nope)", r"(a)\2", "[z-a]",
    "a{5,3}", "(?<=a+)b", "(?<x", "(?z)", "(?", "(?P", "(?P<a", "(?#comment",
    "a(?i)b", r"\x4", "ab\n(cd", "(?P<a>a)(?P=a", "(?(2)a|b)", "(?", "x|*",
    "(?P<>x)", r"[\d-z]", "(a)(?P=1)",
]
for p in PATTERNS:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)

for repl in [r"\3", r"\g<x>", r"\g<1", r"\g", r"\q", "\\", r"\g<>", r"\g<1x>"]:
    try:
        print(re.sub(r"(a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
for bad in [lambda: re.compile(5), lambda: re.search("a", 5), lambda: re.sub("a", 5, "a"),
            lambda: re.compile("a", re.LOCALE), lambda: re.sub("a", lambda m: 5, "a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error("custom", "line1\nline2", 8)
print(e, e.lineno, e.colno)
print(re.error("plain"), re.error("plain").pos)
