# __format__ controls format() and f-string specs; default __format__ rejects specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        print("__format__ spec=" + repr(spec))
        if spec == "cents":
            return f"{self.cents}c"
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)

m = Money(12345)
print(format(m))
print(format(m, "cents"))
print(f"{m:>12.1f}|")
print("{:cents} and {!r} and {}".format(m, m, m))
print("%s %r" % (m, m))

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

class Default:
    def __str__(self):
        return "default str"
print(format(Default()), f"{Default()}")
try:
    f"{Default():>10}"
except TypeError as e:
    print(type(e).__name__, e)
print(format(3.5, "08.3f"), format("x", "^5"), format(255, "#x"), format(True, ""))

class StrSub(str):
    def __format__(self, spec):
        return "StrSub formatted"
print(f"{StrSub('a')}", format(StrSub("b"), "5"))
