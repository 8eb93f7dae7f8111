# format() builtin with assorted values and specs
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.5, "%"), format(True, ">5"))
print(format(10, "x"), format(10, "#o"), format(-1.5, "+.3e"), format(2**64, "_"), format(1e-9, "g"), format(255, "c") == "ÿ")
for v, spec in [(7, "03"), (7, "+"), (-7, " "), (7.25, ".1f"), (7.25, "e"), ("seven", ".3"), ("7", ">4"), (7, "c")]:
    print(repr(spec), repr(format(v, spec)))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = self.cents / 100
        return "$" + format(value, spec or ".2f")
print(format(Money(12345)), format(Money(5), ">8.3f"), "{:,.2f}".format(Money(123456789)))
def t(v, spec):
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t(7, "s")
t("7", "d")
t(7.0, "d")
t(None, "d")
t(7, 1)
t([7], "")
