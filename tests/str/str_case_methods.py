# upper, lower, casefold, swapcase, capitalize, title with ASCII and Unicode
words = ["hello world", "HELLO", "ßtraße", "ǅemal", "ǆ", "Ǆ", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ﬁne", "ŉ",
         "they're bill's", "3rd place", "a1b2", "", "MiXeD CaSe", "ǈ ǉ", "ΑΣ ΣΑ", "σς", "Straße"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.swapcase()),
          repr(w.capitalize()), repr(w.title()))
print("ΑΣ".lower(), "ΑΣ.".lower(), "Σ".lower(), "aΣb".lower(), "aΣ b".lower())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "ß".casefold() == "ss", "ẞ".lower())
print("hello".upper().lower() == "hello", "ABC".isupper(), "abc".upper().isupper())
