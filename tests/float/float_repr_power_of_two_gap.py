# Shortest repr next to a power of two: the correctly rounded candidate
# may not read back, because the gap below is half the gap above.
for k in (24, 25, 44, 77, 1000, 1074):
    x = 2.0 ** -k
    print(repr(x), str(x), float(repr(x)) == x)
print(2 ** -24, f"{2 ** -24}", "%r" % 2 ** -24, complex(0, 2 ** -24))
