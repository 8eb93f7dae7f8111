# float() of strings: whitespace, signs, exponents, inf/nan spellings, underscores, errors
def t(s):
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["1.5", "  1e5 ", "\t-2.5\n", "+3", ".5", "5.", "1_000.5", "1e-3", "1E+3", "0x10", "inf", "-inf",
          "+inf", "Infinity", "-INFINITY", "iNfInItY", "nan", "-nan", "NaN", "+nan", "1e400", "-1e400",
          "1e-400", "x", "", " ", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "1 0", "infinit", "nann",
          "0.1e1_0", "１.５", "٣.١٤", "1,5", "--1", "0000.000100", "123456789012345678901234567890",
          "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324"]:
    t(s)
print(float(), float(0), float(-7), float(True), float(2**53 + 1), float(10**20))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
