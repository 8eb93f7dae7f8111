# repr() quoting and escaping rules
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nx", "cr\r",
         "\x00\x01\x1f\x7f", "\x80\x9f\xa0", "é ñ 日本", "\u200b\u2028", "\U0001F600", "\ud800", "\ufeff",
         "\x0b\x0c", "\a\b", "'", '"', "'\"", "", "\\'", "\u00ad", "\U000e0001", "\u0378"]
for c in cases:
    print(repr(c), len(c))
print(ascii("é ñ 日本 😀 \x00"), ascii("plain"), ascii(["é"]))
print(str("x"), str(["x", 'y"']), [("'", '"')])
print(repr(repr("a")), repr(str(1.5)))
