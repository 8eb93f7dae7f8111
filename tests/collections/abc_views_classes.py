from collections.abc import KeysView, ItemsView, ValuesView, MappingView, Set
d = {"a": 1}
print(isinstance(d.keys(), KeysView), isinstance(d.items(), ItemsView), isinstance(d.values(), ValuesView))
print(isinstance(d.keys(), MappingView), isinstance(d.keys(), Set), isinstance(d.values(), Set))
kv = KeysView(d)
print(len(kv), "a" in kv, list(kv), kv & {"a"}, repr(kv).startswith("KeysView("))
iv = ItemsView(d)
print(list(iv), ("a", 1) in iv)
vv = ValuesView(d)
print(list(vv), 1 in vv)
