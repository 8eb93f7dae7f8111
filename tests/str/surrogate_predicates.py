# Lone surrogates are category Cs: no predicate holds for them.
for s in ["\ud800", "\udcff", "a\ud800", "\ud800\udc00"]:
    print(ascii(s), s.isprintable(), s.isidentifier(), s.isalpha(), s.isalnum(), s.isdigit(),
          s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(ascii("a\ud800".upper()), ascii("A\udcff".lower()), ascii("x\ud800y".title()), ascii("\ud800".casefold()))
print(ascii("a\ud800".swapcase()), ascii("\ud800".capitalize()), ascii(" \ud800 ".strip()))
