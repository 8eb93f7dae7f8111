# Lone surrogates in repr(), ascii(), %r, !r, !a and format().
cases = ["\ud800", "\udfff", "a\udc80b", "\ud83d\ude00", "'\ud800", "\ud800\"'", chr(0xdbff) + chr(0xdc00)]
for s in cases:
    print(repr(s), ascii(s), len(s))
    print("%r|%a|%s" % (s, s, repr(s)))
    print(f"{s!r} {s!a} {s!r:>12} {[s]}")
print(repr(["\ud800", ("\udcff",)]), ascii({"\udcff": 1}))
print("{!r}".format("\ud801x"), format(repr("\ud800"), "^12"))
print(str(["\ud800"]))
