# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline flags.
import re

text = "first line\nSecond Line\nthird LINE"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text, re.MULTILINE))
print(re.findall(r"line", text, re.I))
print(re.search(r"line.Second", text), re.search(r"line.Second", text, re.S))
print(re.findall(r"(?i)line", text), re.findall(r"(?m)^\w", text))
print(re.findall(r"(?i:L)ine", text))
print(re.findall(r"(?-i:L)ine", text, re.I))
print(re.findall(r"\w+", "café naïve", re.A), re.findall(r"\w+", "café naïve"))
print(re.findall(r"\d", "1٢3"), re.findall(r"\d", "1٢3", re.ASCII))
print(re.match(r"\s+", "\u2003 x"), re.match(r"\s+", "\u2003 x", re.A))
print(re.compile("a", re.I | re.M).flags, re.compile("a").flags, re.compile("(?s)a").flags)
print(re.compile("a", re.A).flags, re.compile("(?x) a b ").pattern, re.compile("(?x) a b ").match("ab"))
print(re.I, re.M | re.S, int(re.X), re.IGNORECASE == 2, re.NOFLAG)
print(re.compile("x", re.I | re.S), re.compile("(?i)x"))
v = re.compile(r"""
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # letters \# not a comment
    [ ]x
""", re.X)
print(v.findall("12 ab x, 3cd x"))
print(re.search(r"ǅ", "ǆ", re.I), re.search(r"[a-z]+", "ÀBC", re.I), re.search(r"K", "\u212a", re.I))
print(re.match(r"$", "\n"), re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"), re.search(r"\Aa", "ba"))
