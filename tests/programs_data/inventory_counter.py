from collections import Counter, defaultdict

orders = [
    ("alice", ["apple", "pear", "apple"]),
    ("bob", ["pear", "plum"]),
    ("carol", ["apple", "kiwi", "kiwi", "kiwi"]),
    ("bob", ["apple"]),
]
stock = Counter(apple=5, pear=2, plum=1, kiwi=2)
by_customer = defaultdict(Counter)
for who, items in orders:
    by_customer[who].update(items)
demand = sum(by_customer.values(), Counter())
print(demand.most_common())
short = demand - stock
print(sorted(short.items()), sorted((stock - demand).items()))
print({k: dict(v) for k, v in sorted(by_customer.items())})
everyone = set().union(*(set(c) for c in by_customer.values()))
common = set.intersection(*(set(c) for c in by_customer.values()))
print(sorted(everyone), sorted(common))
only_one = {item for item in everyone if sum(1 for c in by_customer.values() if item in c) == 1}
print(sorted(only_one))
print(stock["banana"], "banana" in stock, len(stock))
stock["banana"] += 0
print(len(stock), +stock == stock, dict(+stock) == dict(stock))
restock = Counter({"apple": 10})
stock.update(restock)
stock.subtract(demand)
print(sorted(stock.items()))
c = Counter("mississippi")
print(c.most_common(1), sorted(c.elements())[:5], c.total(), c == Counter("ssissippimi"))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0))
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print(type(e).__name__, e)
d = defaultdict(set)
for k, v in [("x", 1), ("x", 2), ("y", 1)]:
    d[k].add(v)
print(sorted((k, sorted(v)) for k, v in d.items()), repr(defaultdict(int, {"a": 1})))
frozen = frozenset(demand)
print(sorted(frozen), frozen.issubset(stock.keys()), stock.keys() >= frozen)
