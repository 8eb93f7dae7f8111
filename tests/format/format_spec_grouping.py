# Thousands separators , and _ for ints and floats
for v in (0, 999, 1000, -1234567, 10**20, 1234.5678, -9876543.21, 1e16, 0.001):
    out = []
    for spec in [",", "_", ",.2f", "_.2f", "015,", "015_", ",e", ",.3%", "_g", ",%"]:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(v, out)
print(format(2**40, "_x"), format(2**40, "_b"), format(255, "#_o"), format(2**40, "#_X"), format(123456789, "020_d"))
def t(v, spec):
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(type(e).__name__, e)
t(10**6, ",x")
t(10**6, ",b")
t(10**6, ",_")
t(10**6, "_,")
t(10**6, ",,")
t(10**6, ",n")
t(10**6, ",s")
t("abc", ",")
t(1.5, "_n")
