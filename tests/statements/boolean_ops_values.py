# and / or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print([] and "never", [0] and "yes")
print(None or 0 or "" or [], None or 0 or "x" or [])
print(not 0, not 1, not "", not [1], not None)
print(type(not 5).__name__)
x = None
name = x or "anonymous"
print(name)
def side(label, v):
    print("side", label)
    return v
print(side("a", 0) and side("b", 1))
print(side("c", 1) and side("d", 0))
print(side("e", 1) or side("f", 0))
print(side("g", 0) or side("h", 0))
print(not side("i", 1) or side("j", 2))
print(1 or 0 and 0)
print((1 or 0) and 0)
print(not 1 == 2)
print(True + True, True * 3, False - 1)
class B:
    def __bool__(self):
        print("bool of B")
        return True
b = B()
print(b and "after b")
print((b or "unused") is b)
print(not b)
