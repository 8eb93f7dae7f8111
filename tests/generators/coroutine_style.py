# Generator-based coroutines: priming, sending data, and returning a result.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

avg = averager()
next(avg)
for value in (10, 20, 30, 5):
    print("average after", value, "=", avg.send(value))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)

def grep(pattern):
    print("looking for", repr(pattern))
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("grep closing with", matches)
        raise

g = grep("py")
next(g)
for line in ["python", "rust", "pypy", "go"]:
    g.send(line)
g.close()

def delegating(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [("a", [1, 2]), ("b", [10, 20, 60])]:
    group = delegating(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
