# f-string conversions !r !s !a and their interaction with format specs.
name = "Zoë"
quote = "it's"
print(f"{name}")
print(f"{name!s}")
print(f"{name!r}")
print(f"{name!a}")
print(f"{quote!r}")
tab = "tab" + chr(9) + "here"
print(f"{tab!r}")
print(f"{3.0!r} {3!s} {None!r} {[1, 'a']!r}")
print(f"{name!r:>10}|")
print(f"{name!s:*^9}|")
print(f"{'snow☃'!a}")

class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
    def __format__(self, spec):
        return "format-form[" + spec + "]"

b = Both()
print(f"{b}")
print(f"{b!s}")
print(f"{b!r}")
print(f"{b:xyz}")
print(f"{b!r:>12}")
print(f"{{literal}} {{{1 + 1}}}")
print(f"{'a' 'b'}")
print(f"{1}{2}{3}")
print(f"{ 5 + 5 }")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{len(d)!r}")
