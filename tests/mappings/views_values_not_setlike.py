d = {1: 2}
v = d.values()
print(v == v, v == d.values(), v != d.values())
for f in (lambda: v & {2}, lambda: v | {2}, lambda: v - {2}, lambda: v ^ {2}):
    try:
        f()
    except TypeError as e:
        print(e)
print(hasattr(v, "isdisjoint"), hasattr(d.keys(), "isdisjoint"))
try:
    hash(d.keys())
except TypeError as e:
    print(e)
print(hash(v) == hash(v), hash(d.values()) == hash(v) or True)
