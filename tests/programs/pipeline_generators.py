def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def strip_comments(lines):
    for n, line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield n, code


def parse_records(lines):
    for n, line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            yield n, ("error", f"line {n}: missing '='")
            continue
        yield n, (key.strip(), value.strip())


def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count


def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def delegate():
    result = yield from running_average()
    yield f"averaged {result} values"


CONFIG = """
# settings
name = demo
size = 42   # bytes
broken line
ratio=0.75

mode = fast # trailing
"""
records = list(parse_records(strip_comments(read_lines(CONFIG))))
for n, rec in records:
    print(n, rec)
settings = {k: v for _, (k, v) in records if k != "error"}
print(settings)
avg = running_average()
print(next(avg), [avg.send(x) for x in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as stop:
    print("returned", stop.value)
d = delegate()
next(d)
for x in (1, 2, 3, 4):
    last = d.send(x)
print(last, d.send(None))
print(list(chunked(range(10), 4)), list(chunked("", 3)))
print(list(flatten([1, [2, (3, [4, 5]), []], 6, [[[7]]]])))
squares = (i * i for i in range(1, 6))
print(next(squares), sum(squares), list(squares))
gen = read_lines("a\nb")
print(gen.__next__(), list(gen))


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown cleanup at", n)


c = countdown(5)
print(next(c), next(c))
c.close()
print(list(countdown(2)))
evens = filter(lambda v: v % 2 == 0, map(lambda v: v * 3, range(10)))
print(list(evens), list(zip(*[iter(range(7))] * 2)))
it = iter([3, 1, 2])
print(sorted(it), list(it), any(x > 2 for x in [1, 2, 3]), all([]))
