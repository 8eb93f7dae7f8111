# str(), repr(), int(), float(), bool() conversions of values, side by side
for v in [0, -7, 2.50, 1e-7, 1j, "x", "", [1, "a"], (2,), {"k": None}, {3}, None, True, range(2), slice(1)]:
    print(str(v), repr(v), bool(v), sep=" || ")
print(int("7") + int(7.9) + int(True), float("7") + float(1), str(7) + str(7.0), bool("False"), bool([0]))
