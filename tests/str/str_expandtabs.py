# expandtabs with default and custom tab sizes, newlines reset columns
s = "a\tbc\tdef\tg\n\tx\r1\t2"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr("\t".expandtabs()), repr("12345678\t9".expandtabs()), repr("日本\tx".expandtabs(4)))
print(repr("x\ty".expandtabs(tabsize=3)))
