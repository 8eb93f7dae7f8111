from collections import defaultdict
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    graph[a].add(b)
    graph[b].add(a)
print(sorted((k, sorted(v)) for k, v in graph.items()))
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups))
d = defaultdict(int, a=5)
d["b"] += 1
print(d)
d.default_factory = None
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("q", 3), d.pop("q"))
print(isinstance(d, dict), type(d).__name__, type(d).__mro__[1].__name__)
e = defaultdict(list, {"x": [1]}) | {"y": [2]}
print(type(e).__name__, e)
print(defaultdict(str)["k"] == "")
