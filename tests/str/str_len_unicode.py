# Lengths and code-point level behaviour with non-ASCII text
for s in ["", "a", "é", "e\u0301", "日本語", "😀", "👨‍👩‍👧", "\U0010ffff", "a\x00b", "🇫🇷"]:
    print(repr(s), len(s), [hex(ord(c)) for c in s])
s = "naïve café 日本 😀!"
print(len(s), s[6:10], s[::-1], s.upper(), s.title(), s.split(), s.find("日"), s.count("é"))
print("ΑΒΓ".lower(), "αβγ".upper(), "ǳ".title(), "ﬀ".upper(), "Ⅻ".lower(), "ⓐ".upper())
print(sorted("éaèb"), max("αω"), "日" * 3, "é".center(5, "·"))
print("ab😀cd".index("c"), "ab😀cd"[2], "ab😀cd"[3:], "x😀".rjust(4, "😀"))
