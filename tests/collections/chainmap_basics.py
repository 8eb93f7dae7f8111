from collections import ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm, cm.get("z", 0))
cm["d"] = 4
print(over, base)
del cm["b"]
print(cm["b"], over)
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], child.parents["a"])
print(dict(ChainMap({1: 1}, {2: 2})), bool(ChainMap()), bool(ChainMap({}, {1: 1})))
print(ChainMap({1: 2}))
