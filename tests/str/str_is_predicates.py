# is* predicates over ASCII, Unicode digits, spaces and edge cases
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "\x1c", "\u00a0", "\u2003",
           "٣", "²", "½", "Ⅷ", "一", "١٢", "𝟘", "_id", "1id", "a b", "Title Case", "TItle", "ǅ",
           "é", "\x7f", "\u200b", "A\u0301", "ﬁ", "ΣΑΣ", "σ", "\u0660x"]
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
print(" ".join(p[2:6] for p in preds))
for s in samples:
    print(repr(s), "".join("T" if getattr(s, p)() else "." for p in preds))
