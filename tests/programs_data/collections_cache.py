from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.od = OrderedDict()
    def get(self, key):
        if key not in self.od:
            return -1
        self.od.move_to_end(key)
        return self.od[key]
    def put(self, key, value):
        if key in self.od:
            self.od.move_to_end(key)
        self.od[key] = value
        if len(self.od) > self.capacity:
            print("evict", self.od.popitem(last=False))

c = LRUCache(2)
c.put(1, "one"); c.put(2, "two"); c.get(1); c.put(3, "three")
print(c.od, list(c.od), c.get(2), c.get(3))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a", last=False)
od.move_to_end("b")
print(od, od.popitem(), list(reversed(od)))
print(od == OrderedDict([("a", 0), ("c", 0)]), od == OrderedDict([("c", 0), ("a", 0)]), od == {"c": 0, "a": 0})
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c")]:
    graph[a].append(b)
print(graph, dict(graph), graph["zz"], len(graph))
counts = defaultdict(int)
for w in "the cat the hat".split():
    counts[w] += 1
print(sorted(counts.items()), counts.default_factory)
nofac = defaultdict()
try:
    nofac["x"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)

words = Counter("abracadabra")
print(words, words.most_common(2), words["z"], sum(words.values()))
words.update("zz")
words.subtract({"a": 4})
print(words, +words, -words)
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=2) | Counter(a=3, b=1), Counter(a=2, b=2) & Counter(a=1))
print(sorted(Counter({"x": 2, "y": 1}).elements()), Counter(["a", "b", "a"]).total())

dq = deque([1, 2, 3], maxlen=4)
dq.append(4); dq.append(5); dq.appendleft(0)
print(dq, dq.maxlen, dq[0], dq[-1])
dq.rotate(1); print(dq)
dq.rotate(-2); print(dq)
dq.extendleft([9, 8]); print(dq, dq.count(9), dq.index(9))
print(dq.pop(), dq.popleft(), dq, len(dq), 8 in dq)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print(type(e).__name__, e)

Point = namedtuple("Point", "x y")
Rec = namedtuple("Rec", ["name", "qty", "price"], defaults=[1.0])
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
r = Rec("bolt", 3)
print(r, r.price * r.qty, tuple(r), r == ("bolt", 3, 1.0), Rec._field_defaults)
x, y = p
print(x, y, p[0], p[-1], len(p), hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", "x def")
except ValueError as e:
    print(type(e).__name__, e)
