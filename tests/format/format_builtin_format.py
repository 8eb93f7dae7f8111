# format() builtin: default spec, __format__ protocol, types without __format__ specs
print(repr(format(1)), repr(format(1.5)), repr(format("s")), repr(format(None)), repr(format([1, 2])), repr(format((1,))))
print(format(True), format(True, ""), format(True, "^6"), format(False, "d"), format(True, ".1f"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(format(t), format(t, ".0F"), f"{t:.2}", "{:>8.1F}".format(t))
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(3, "") == str(3), format(2.5e-10, "") == str(2.5e-10), format(1e100, "") == repr(1e100))
