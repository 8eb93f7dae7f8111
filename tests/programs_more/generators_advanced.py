def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


print(list(chunked(range(7), 3)), list(chunked([], 2)))


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
print([avg.send(v) for v in [10, 20, 60]])


def tree_walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for child in children:
        yield from tree_walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)


def gen_with_return():
    yield 1
    return "result"


def wrapper():
    value = yield from gen_with_return()
    yield f"got {value}"


print(list(wrapper()))
g = (i for i in range(3))
print(next(g), sum(g), next(g, "exhausted"))


def squares():
    n = 0
    try:
        while True:
            yield n * n
            n += 1
    except GeneratorExit:
        print("generator closed at", n)
        raise


sq = squares()
print([next(sq) for _ in range(4)])
sq.close()
print(sq.gi_running, list(sq))


def bad_gen():
    yield 1
    raise StopIteration("inside")


try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e)


def running():
    yield next(me)


me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
pairs = list(zip(*(iter(range(6)),) * 2))
print(pairs, dict(pairs))
nums = iter(range(10))
print(list(x for x in nums if x % 2), list(nums))
evens = filter(lambda x: x % 2 == 0, range(10))
print(next(evens), list(map(lambda x: x ** 2, evens)))
gen = (c * 2 for c in "abc")
print(type(gen).__name__, gen.__name__, "".join(gen))
