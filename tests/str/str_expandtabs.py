# expandtabs with default and custom tab sizes, newlines reset columns
s = "a\tbc\tdef\tg\n\tx\r1\t2"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr("\t".expandtabs()), repr("12345678\t9".expandtabs()), repr("日本\tx".expandtabs(4)))
print(repr("x\ty".expandtabs(tabsize=3)))
for size in range(0, 10, 3):
    print(size, repr("a\tbb\tccc\tdddd\t|".expandtabs(size)))
print(repr("\t\t".expandtabs(3)), repr("ab\r\tc".expandtabs(4)), repr("x\u2028\ty".expandtabs(4)), repr("".expandtabs()))
print(len("\t".expandtabs(100)), repr("12\t34\n5\t6".expandtabs(2)))
for bad in ("4", 4.0, None):
    try:
        "a\tb".expandtabs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
