# The Pattern object's API and the cache.
import re

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>.*)")
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(type(p), type(p).__name__, re.Pattern, re.Match)
print(p.match("name = Garter"), p.search("  x=1"), p.fullmatch("a=b"), p.findall("a=1\nb = 2"))
print(p.split("a=1"), p.sub(r"\g<value>=\g<key>", "left=right"), p.subn("?", "q=z"))
print(re.compile(p) is p, re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>.*)") == p)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), hash(re.compile("a")) == hash(re.compile("a")))
print(re.compile("x" * 250))
print(re.compile("it's"), re.compile('"q"'), re.compile("\\d\n"))
print(re.compile(r"\w", re.I | re.M | re.S | re.X | re.A))
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
re.purge()
print(re.match(r"\d", "5"))
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError", e)
for f in (re.search, re.match, re.fullmatch):
    print(f("a.c", "abc"), f(re.escape("a.c"), "abc"))
print(re.compile(r"(a)(b)?(c)").match("ac").groups(), re.compile("").groups)
