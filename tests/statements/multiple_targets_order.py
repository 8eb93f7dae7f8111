# Order of evaluation: right-hand side first, then targets left to right.
def log(msg, value=None):
    print(msg)
    return value

class Rec:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

class Items:
    def __setitem__(self, key, value):
        print("setitem", key, value)

r = Rec()
it = Items()
log("target obj", r).a, log("target items", it)[log("key", "k")] = log("rhs", (1, 2))
print("---")
it[log("k1", 1)], it[log("k2", 2)] = log("rhs2", "xy")
print("---")
d = {}
d[log("key-expr", "a")] = log("value-expr", 5)
print(d)
print("---")
x = [0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
print("---")
def args_order():
    return log("f", lambda *a, **k: (a, k))(log("a1", 1), log("a2", 2), k=log("kw", 3))
print(args_order())
print("---")
print({log("k1", "a"): log("v1", 1), log("k2", "b"): log("v2", 2)})
print(log("left", 2) ** log("right", 3))
