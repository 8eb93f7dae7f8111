def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def parse(lines):
    for n, line in enumerate(lines, 1):
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"line {n}: missing '='")
        yield key.strip(), value.strip()


TEXT = """
# config
name = garter
version = 0.1   # comment
  debug=true
"""
cfg = dict(parse(strip_comments(read_lines(TEXT))))
print(cfg)

try:
    dict(parse(["a=1", "oops"]))
except ValueError as e:
    print(type(e).__name__, e)


def countdown(n):
    print("start")
    try:
        while n > 0:
            got = yield n
            if got is not None:
                n = got
            else:
                n -= 1
    finally:
        print("cleanup")
    return "done"


g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
g.close()
print(list(countdown(3)))

g = countdown(2)
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("stop value:", e.value)


def delegator():
    result = yield from countdown(2)
    print("inner returned", result)
    yield "after"


print(list(delegator()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 10)))
print(list(zip(fib(), "abc")))
gen = (x * x for x in range(5))
print(gen.__next__(), list(gen), list(gen))
g = countdown(3)
next(g)
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print(type(e).__name__, e)
print(g.gi_running)
