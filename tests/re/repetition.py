# Greedy, lazy and counted repetition.
import re

html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.*>", html))
print(re.findall(r"<.*?>", html))
print(re.match(r"a{3}", "aaaa"), re.match(r"a{2,}", "aaaa"), re.match(r"a{,2}", "aaaa"), re.match(r"a{2,3}?", "aaaa"))
print(re.match(r"(ab){2}", "ababab"), re.match(r"(?:ab){1,2}?c", "ababc"))
print(re.match(r"x{", "x{"), re.match(r"x{a}", "x{a}"), re.match(r"x{1,2", "x{1,2"), re.match(r"{", "{"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(a*)*", "aaa").groups(), re.match(r"(a*)+", "b").groups(), re.match(r"(a|)+b", "aab").groups())
print(re.match(r"(?:a?)*?b", "aab"), re.match(r"(a?){3}", "a").groups())
print(re.fullmatch(r"(\w+\s?)*", "some words here"))
print(re.match(r"((a)|b)+", "abab").groups(), re.match(r"(\d+)\.(\d+)?", "3.").groups())
print(re.findall(r"\d{2,4}", "1 12 123 12345 1234567"))
print(re.search(r"(x+x+)+y", "x" * 12 + "y").span())
print(re.match(r".{0}", "abc"), re.match(r"[ab]{2}c?", "abc"))
print(re.sub(r"a*?", "-", "baac"))
