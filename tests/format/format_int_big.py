# Formatting big ints in all bases with widths and grouping
n = 2**100 + 12345
print(format(n, "d"), format(n, ","), format(n, "_"), format(n, "x"), format(n, "#X"), format(-n, "#o"))
print(format(n, "b"))
print(format(n, ">40,"), format(n, "e"), format(n, ".3e"), format(n, "g"), format(n, "f")[:20])
print(format(-(10**30), "^50,"), format(10**30, "+_"), format(0, "#x"), format(0, "#b"), format(-0, "+d"))
print(format(2**64, "_b"))
print(format(10**25, ".2%"), format(10**20, "n"))
