# ascii() and repr() of builtin values
vals = [1, -2.5, "plain", "é", "日本", "😀", "\n\t", [1, "é"], ("ü",), {"ß": "ö"}, None, True, 1j, (), range(2)]
for v in vals:
    print(repr(v), ascii(v))
class C:
    def __repr__(self):
        return "C(é)"
print(repr(C()), ascii(C()), ascii([C()]))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
