# Dict comprehensions, nested dicts, inverting and merging patterns
squares = {n: n * n for n in range(8)}
inverted = {v: k for k, v in squares.items()}
print(squares, inverted)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(2, 1)], len(grid), [k for k, v in grid.items() if v % 4 == 0])
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
print({k: sum(v.values()) for k, v in nested.items()}, {k: v.get("y", 0) for k, v in nested.items()})
nested["b"]["z"] = {"deep": [1, 2]}
print(nested, nested["b"]["z"]["deep"][1])
merged = {}
for d in ({"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5}):
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged, dict(sorted(merged.items(), key=lambda kv: kv[1])))
words = ["apple", "bob", "cat", "apple", "dog", "cat"]
print({w: words.count(w) for w in words}, {w: i for i, w in enumerate(words)})
