ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_words(n):
    if n < 0:
        return "minus " + to_words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return TENS[tens] + ("-" + ONES[rest] if rest else "")
    for value, name in SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            words = f"{to_words(head)} {name}"
            if rest:
                words += (" and " if rest < 100 else ", " if value > 100 else " ") + to_words(rest)
            return words
    raise AssertionError("unreachable")


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} cannot be written in Roman numerals")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = dict((sym, v) for v, sym in ROMAN if len(sym) == 1)
    total = 0
    for ch, nxt in zip(s, s[1:] + " "):
        v = values[ch]
        total += -v if nxt != " " and values[nxt] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 7000013, 2 ** 31, -56]:
    print(f"{n:>11,} {to_words(n)}")
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
for bad in [0, 4000, "IIII", "VX", "IC"]:
    try:
        print(to_roman(bad) if isinstance(bad, int) else from_roman(bad))
    except (ValueError, KeyError) as e:
        print("error:", e)
print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003]))
digits = {w: i for i, w in enumerate(ONES[:10])}
print(int("".join(str(digits[w]) for w in "four two seven".split())), sum(len(to_words(i).replace(" ", "").replace("-", "")) for i in range(1, 1000)))
