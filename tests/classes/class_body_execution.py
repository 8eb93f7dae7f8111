# A class body runs once, top to bottom, at definition time.
print("before class")

class Configured:
    print("class body starts")
    items = []
    for i in range(3):
        items.append(i * i)
    if len(items) > 2:
        big = True
    else:
        big = False
    def method(self):
        return "method"
    print("class body ends, names:", sorted(k for k in locals() if not k.startswith("__")))

print("after class")
print(Configured.items, Configured.big, Configured.i)

def make(kind):
    class Made:
        label = kind
        if kind == "special":
            def extra(self):
                return "extra"
    return Made

normal, special = make("normal"), make("special")
print(normal.label, special.label, hasattr(normal, "extra"), special().extra())
print(normal is make("normal"))

class WithReturnValue:
    value = (lambda: "computed")()
    doubled = value * 2
print(WithReturnValue.doubled)
try:
    class Failing:
        x = 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("Failing" in globals())
