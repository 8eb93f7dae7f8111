# Chained assignment: targets are assigned left to right, the value evaluated once.
def value():
    print("evaluating value")
    return [1, 2]

a = b = c = value()
print(a, b, c)
print(a is b, b is c)
a.append(3)
print(b, c)

class Log:
    def __setitem__(self, key, val):
        print("setitem", key, val)

log = Log()
x = log["first"] = y = log["second"] = 7
print(x, y)

d = {}
d["k"] = d["j"] = d
print(sorted(d.keys()))
print(d["k"] is d)

i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)

p, q = r = (5, 6)
print(p, q, r)
