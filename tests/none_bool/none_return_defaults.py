# Functions returning None implicitly, None default arguments and identity checks
def no_return():
    x = 1
def bare_return():
    return
def maybe(flag):
    if flag:
        return "value"
def with_default(items=None):
    if items is None:
        items = []
    items.append(len(items))
    return items
print(no_return(), bare_return(), maybe(True), maybe(False))
print(with_default(), with_default(), with_default([9]))
print([].append(1) is None, {}.update() is None, print() is None)
values = [None, 0, False, "", None]
print(values.count(None), values.index(None), [v is None for v in values], sum(v is None for v in values))
print(sorted([3, None, 1, None], key=lambda v: (v is not None, v or 0)))
d = {"a": None}
print(d.get("a", "dflt"), d.get("b", "dflt"), "a" in d, d["a"] is None)
print(type(None)(), None.__eq__(None), None.__ne__(0), None.__hash__ is not None, None.__repr__())
