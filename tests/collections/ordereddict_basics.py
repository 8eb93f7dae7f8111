from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict.fromkeys("xy"), repr(OrderedDict()))
o2 = OrderedDict([(1, 1), (2, 2)])
print(list(reversed(o2)), o2.copy(), isinstance(o2, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    o2.move_to_end(9)
except KeyError as e:
    print("KeyError", e)
o2.setdefault(3, 3)
print(o2.pop(1), o2)
print(o2 | {5: 5}, type(o2 | {}).__name__)
