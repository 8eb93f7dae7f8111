# Generator return values: visible via StopIteration.value and yield from, ignored by for.
def produce(n):
    for i in range(n):
        yield i
    return f"produced {n}"

total = 0
for v in produce(3):
    total += v
print("for loop ignores the return value; total =", total)

g = produce(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", repr(e.value))

def gather():
    results = []
    for n in (1, 2, 0):
        summary = yield from produce(n)
        results.append(summary)
    return results

outer = gather()
print(list(outer))

def driver():
    g = gather()
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as stop:
            return items, stop.value
print(driver())

def return_tuple():
    yield
    return 1, 2
rt = return_tuple()
next(rt)
try:
    next(rt)
except StopIteration as e:
    print(e.value, e.args)

def return_stopiteration_instance():
    yield
    return StopIteration("as a value")
r = return_stopiteration_instance()
next(r)
try:
    next(r)
except StopIteration as e:
    print(type(e.value).__name__, e.value)
