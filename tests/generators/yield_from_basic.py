# yield from delegates iteration and returns the subgenerator's return value.
def inner():
    yield "a"
    yield "b"
    return "inner result"

def outer():
    print("outer start")
    result = yield from inner()
    print("inner returned", result)
    yield from [1, 2]
    yield from "xy"
    yield from range(2)
    return "outer result"

g = outer()
print(list(g))

def collect():
    values = []
    gen = outer()
    while True:
        try:
            values.append(next(gen))
        except StopIteration as e:
            return values, e.value
print(collect())

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def from_iterator():
    r = yield from iter([10, 20])
    print("plain iterator gives", r)
print(list(from_iterator()))

def bad_delegate():
    yield from 5
try:
    list(bad_delegate())
except TypeError as e:
    print(type(e).__name__, e)
