# Exceptions raised in the middle of expressions, comprehensions and calls.
def boom(label):
    raise ValueError(label)

def record(x, log):
    log.append(x)
    return x

log = []
try:
    result = [record(1, log), record(2, log), boom("mid-list"), record(4, log)]
except ValueError as e:
    print(e, log)

log = []
try:
    print(record("a", log) + boom("in addition"))
except ValueError as e:
    print(e, log)

try:
    squares = [1 // (x - 2) for x in range(5)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    d = {k: boom(k) for k in "ab"}
except ValueError as e:
    print("dict comprehension:", e)

log = []
try:
    f = record("f", log)
    record(boom("argument"), log)
except ValueError as e:
    print(e, log)

data = [3, 0, 1]
out = []
for n in data:
    try:
        out.append(6 // n)
    except ZeroDivisionError:
        out.append(None)
print(out)
x = 10
try:
    x = boom("assignment")
except ValueError:
    pass
print("x unchanged:", x)
