# Errors raised inside comprehensions and partial results.
def risky(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x * 2

try:
    out = [risky(x) for x in range(5)]
except ValueError as e:
    print(type(e).__name__, e)
    print("out" in dir())

try:
    {x: 1 / (x - 2) for x in range(4)}
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)

try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)

try:
    [int(s) for s in ["1", "2", "x"]]
except ValueError as e:
    print(type(e).__name__, e)

collected = []
try:
    [collected.append(x) or risky(x) for x in range(5)]
except ValueError:
    print("collected before failure:", collected)

def gen_fails():
    yield 1
    raise KeyError("from generator")
try:
    [x for x in gen_fails()]
except KeyError as e:
    print(type(e).__name__, e)
print([x for x in range(3) if x != 1])
