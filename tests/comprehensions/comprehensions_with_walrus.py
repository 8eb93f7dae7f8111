# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 10) > 35]
print(big, y)

def running(values):
    total = 0
    return [total := total + v for v in values], total
print(running([1, 2, 3, 4]))

def last_match(words):
    if any((hit := w).startswith("b") for w in words):
        return hit
    return None
print(last_match(["apple", "banana", "blueberry"]), last_match(["x"]))

def stats(values):
    return [(v, doubled := v * 2, doubled + 1) for v in values]
print(stats([1, 2]))

def inside_function():
    [z := i for i in range(3)]
    return z
print(inside_function())
print({k: (v := k * k) for k in range(3)}, v)
