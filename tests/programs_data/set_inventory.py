warehouse_a = {"bolt", "nut", "screw", "washer"}
warehouse_b = frozenset(["nut", "gear", "screw", "spring"])
print(sorted(warehouse_a | warehouse_b))
print(sorted(warehouse_a & warehouse_b), sorted(warehouse_a - warehouse_b), sorted(warehouse_a ^ warehouse_b))
print(type(warehouse_a | warehouse_b).__name__, type(warehouse_b | warehouse_a).__name__)
print(warehouse_a.isdisjoint({"x"}), {"nut"} <= warehouse_a, {"nut"} < warehouse_b, warehouse_a >= {"bolt", "nut"})
print(sorted(warehouse_a.union(["a"], ("b",))), sorted(warehouse_b.intersection("nuts", ["nut"])))
inv = set(warehouse_a)
inv |= {"pin"}
inv &= {"pin", "bolt", "nut", "x"}
inv -= {"x"}
inv ^= {"bolt", "rivet"}
print(sorted(inv))
inv.update(["a", "b"], "cd")
inv.discard("zzz")
inv.difference_update({"a"})
inv.intersection_update(inv | {"q"})
inv.symmetric_difference_update({"b", "z"})
print(sorted(inv))
try:
    inv.remove("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    warehouse_a | ["list"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    warehouse_b.add("x")
except AttributeError as e:
    print(type(e).__name__, e)
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset("ba")], frozenset("ab") == {"a", "b"}, hash(frozenset()) == hash(frozenset([])))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), frozenset() in nested)
print(set() == frozenset(), {1, 2} == frozenset({1, 2}), {1} != {1.0}, {1, True, 1.0})
s = {1, 2, 3}
print({x * x for x in s if x % 2}, sorted(s, reverse=True), len(s), 2 in s)
print(repr(set()), repr(frozenset()), repr(frozenset({1})), repr({(1, 2)}))

class Part:
    def __init__(self, sku, qty):
        self.sku, self.qty = sku, qty
    def __eq__(self, other):
        return isinstance(other, Part) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
    def __repr__(self):
        return f"Part({self.sku!r}, {self.qty})"

parts = {Part("A1", 3), Part("A1", 5), Part("B2", 1)}
print(len(parts), sorted(parts, key=lambda p: p.sku))
print(Part("B2", 0) in parts)

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
class MySet(set):
    pass
m = MySet([1, 2])
print(type(m | {3}).__name__, type(m.copy()).__name__, m, frozenset.__name__)
print(set("abc").__len__(), min(frozenset([3, 1, 2])))
