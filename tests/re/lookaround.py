# Lookahead, lookbehind, backreferences, atomic groups, conditionals.
import re

print(re.findall(r"\w+(?=,)", "a, b, c and d,"))
print(re.findall(r"\b\w+\b(?!,)", "a, b, c and d,"))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45, not 50"))
print(re.findall(r"(?<!\$)\b\d+", "cost $30 and $45, not 50"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.search(r"(\b\w+)\s+\1\b", "this is is a test test"))
print(re.findall(r"(\w)\1", "aabbcd eeff"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" or 'bye'").group())
print(re.match(r"(?i)(ab)\1", "abAB"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"))
print(re.match(r"a++b", "aaab"), re.match(r"a++ab", "aaab"), re.match(r"a*+a", "aaa"))
print(re.match(r"(<)?\w+(?(1)>)", "<tag>"), re.match(r"(<)?\w+(?(1)>)", "tag"), re.match(r"(<)?\w+(?(1)>|$)", "<tag"))
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.search(r"(?<=ab|cd)x", "cdx"), re.search(r"(?<![a-z]{2})x", "1ax"))
print(re.match(r"(a)(?!b)", "ab"), re.match(r"(?=(a))a", "a").groups())
print(re.search(r"(?<=(a))b", "ab").groups())
