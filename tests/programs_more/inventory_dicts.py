from collections import Counter, defaultdict, OrderedDict, namedtuple

Item = namedtuple("Item", "name price qty")
stock = [Item("apple", 0.5, 10), Item("pear", 0.75, 0), Item("fig", 2.0, 3),
         Item("apple", 0.55, 5)]
print(stock[0], stock[0]._asdict(), stock[0]._replace(qty=1))
by_name = defaultdict(list)
for it in stock:
    by_name[it.name].append(it.qty)
print(dict(by_name), by_name["kiwi"], len(by_name))
totals = {name: sum(q) for name, q in by_name.items() if q}
print(totals)
print(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
c = Counter("mississippi")
print(c.most_common(2), c["z"], sorted(c.elements())[:4])
c.update("sip")
print(c)
d = {"b": 2, "a": 1}
d.setdefault("c", 3)
d.update(a=10, d=4)
print(d, list(d.keys()), d.get("zz", "none"))
print(d.pop("b"), d.popitem(), d)
d2 = d | {"e": 5}
d |= {"a": 0}
print(d, d2)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print({k: v for k, v in zip("abc", range(3))}, dict.fromkeys("xy", 0))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(reversed(od)))
inv = {v: k for k, v in totals.items()}
print(inv)
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("q", {}).get("y"))
print(sorted({3: "c", 1: "a", 2: "b"}))
for k in list(d):
    if k in "ac":
        del d[k]
print(d)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(dict([("a", 1), ("b", 2)]), dict(a=1) == {"a": 1})
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(d.items() & {("d", 4)}, d.keys() - {"d"})
print(str(d.values())[:12], repr(d.keys()))
