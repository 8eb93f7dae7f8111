from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
            return old
        return None

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.put(key, value)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.data.items())})"


class ManualLRU:
    """Same idea with a plain dict and a recency list."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.order = []

    def access(self, key, value=None):
        if key in self.values:
            self.order.remove(key)
        elif value is None:
            return None
        if value is not None:
            self.values[key] = value
        self.order.append(key)
        while len(self.order) > self.capacity:
            del self.values[self.order.pop(0)]
        return self.values[key]


cache = LRUCache(3)
for k in "abcab":
    cache.put(k, k.upper() * 2)
print(cache, len(cache))
print(cache.get("a"), cache.get("z", "?"))
print("evicted:", cache.put("d", "DD"), cache)
print("evicted:", cache.put("e", "EE"), cache)
cache["a"] = "A!"
print(cache["a"], "b" in cache, "e" in cache)
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError", e, repr(e))
print(f"hits={cache.hits} misses={cache.misses} evictions={cache.evictions}")
try:
    LRUCache(0)
except ValueError as e:
    print(e)
m = ManualLRU(2)
print([m.access(k, v) for k, v in [("x", 1), ("y", 2), ("x", None), ("z", 3), ("y", None), ("x", None)]])
print(m.values, m.order)
od = OrderedDict.fromkeys("hello")
print(od, list(od), od.popitem(), od)
od.move_to_end("h")
print(list(od.keys()), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(dict(OrderedDict(b=2, a=1)) == {"a": 1, "b": 2})
