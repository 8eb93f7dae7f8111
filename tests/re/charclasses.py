# Character classes and escapes.
import re

print(re.findall(r"[a-c]", "abcdef"), re.findall(r"[^a-c]", "abcdef"))
print(re.findall(r"[]a]", "a]b"), re.findall(r"[^]a]", "a]b"), re.findall(r"[a-]", "a-b"), re.findall(r"[-a]", "a-b"))
print(re.findall(r"[\d.]+", "v1.2.3 and 4"), re.findall(r"[\w\s]+", "ab c!d"))
print(re.findall(r"[\D]", "a1b2"), re.findall(r"[\S]+", "a b  c"), re.findall(r"[^\W\d]+", "ab12cd_3"))
print(re.findall(r"\x41\u00e9\U0001F600", "A\u00e9\U0001F600"), re.findall(r"[\x41-\x43]", "ABCD"))
print(re.findall(r"\t\n", "a\t\nb"), re.findall(r"[\n\t]", "a\tb\n"), re.findall(r"\0", "a\0b"), re.findall(r"\101", "A"))
print(re.findall(r"[\b]", "a\bb"), re.findall(r"\.\*\+\?", "a.*+?"), re.findall(r"\-\#\ ", "-# "))
print(re.findall(r"[.^$*]", "a.^$*"), re.findall(r"[a\-z]", "a-z b"))
print(re.findall(r"\w+", "naïve café über straße"), re.findall(r"\W+", "a, b; c"))
print(re.findall(r"\s", "a b\tc\nd\x0be\x0cf\r\u00a0g"), re.findall(r"\S+", "a  b"))
print(re.findall(r"\bfoo\b", "foo foobar (foo) barfoo"), re.findall(r"\Boo\B", "foo boot"))
print(re.findall(r"[A-Z][a-z]*", "Hello World FOO"), re.findall(r"[^\s,]+", "a, b,c"))
print(re.findall(r".", "a\nb"), re.findall(r".", "a\nb", re.S))
print(re.findall(r"[^a]", "a\nb"), re.findall(r"[a-z]+", "HeLLo", re.I))
print(re.escape("1+1=2? (yes) [a-z] {3} ^$ | \\ ~ & # space\ttab"), re.escape("plain_text123"))
print(re.findall(re.escape("a.b"), "a.b axb"), re.escape("é€"))
