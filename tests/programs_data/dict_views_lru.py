class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print("evict", oldest)

cache = LRU(3)
keys = cache.data.keys()
vals = cache.data.values()
items = cache.data.items()
for k in "abcd":
    cache.put(k, ord(k))
print(list(keys), list(vals), list(items))
cache.get("b")
cache.put("e", 5)
print(keys, vals, items, len(keys))
print(keys & {"b", "z"}, sorted(keys | {"z"}), sorted(keys - {"b"}), sorted(keys ^ {"d", "q"}))
print(items & {("b", 98)}, ("e", 5) in items, ("e", 6) in items, "b" in keys, 5 in vals)
print(keys == {"d", "b", "e"}, keys <= {"d", "b", "e", "f"}, keys.isdisjoint(["x"]))
print(reversed(keys).__class__.__name__, list(reversed(items)))
print(cache.hits, cache.misses, cache.get("zz", -1), cache.misses)
try:
    for k in keys:
        cache.data[k + "x"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in keys:
        del cache.data[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(keys.mapping if hasattr(keys, "mapping") else None)
d = dict.fromkeys("xyz", 0)
d2 = d | {"w": 1}
d |= [("q", 2)]
print(d, d2, {**d, "x": 9})
try:
    vals == vals
    print(vals == cache.data.values())
    {} | []
except TypeError as e:
    print(type(e).__name__, e)
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), dict(zip("ab", range(2))))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
