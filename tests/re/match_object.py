# The Match object's API.
import re

m = re.search(r"(?P<word>[a-z]+)(?P<num>\d+)?(-)?", "xx abc123 yy")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("num"), m.group(1, "num", 3))
print(m[0], m[1], m["word"], m.groups(), m.groups("dflt"))
print(m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("num"), m.span(3), m.start(3))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(bool(m), type(m).__name__, type(m).__module__, type(m))
print(m.expand(r"<\2|\g<word>>"))
for bad in [4, "nope", -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m["x"]
except IndexError as e:
    print("IndexError", e)
p = re.compile(r"\d+")
m2 = p.search("ab 12 345", 4, 8)
print(m2, m2.pos, m2.endpos, p.search("ab 12", 10), p.match("12", -5))
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.match("x*", "y"), re.match("x*", "y").lastindex, re.match("(x)*", "y").groups())
print(re.match(r".*", "a" * 80))
print(re.match(r"'", "'"), re.match("\n", "\n"))
import copy
print(copy.copy(m) is m, copy.deepcopy(p) is p)
print(m.group(True), m.start(False))
