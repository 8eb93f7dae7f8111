# Augmented assignment on attributes and subscripts evaluates the target once.
class Obj:
    def __init__(self):
        self.n = 1

def get_obj(o):
    print("get_obj")
    return o

def get_key(k):
    print("get_key", k)
    return k

o = Obj()
get_obj(o).n += 10
print(o.n)

d = {"a": 1}
get_obj(d)[get_key("a")] *= 7
print(d)

lst = [1, 2, 3]
lst[get_key(-1)] -= 100
print(lst)

class Tracer:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v

t = Tracer()
t["z"] += 5
t["z"] += 5
print(t.data)

nested = {"x": [0, [1, 2]]}
nested["x"][1][0] += 40
print(nested)

try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    o.nothere += 1
except AttributeError as e:
    print(type(e).__name__, e)
