# Generators that yield only at statement level, inside if/while/for and
# their else blocks: every way of leaving and resuming them.

def loops(n):
    i = 0
    while i < n:
        if i % 2:
            yield "odd", i
        else:
            yield "even", i
        i += 1
    else:
        yield "while-else", i
    for j in range(3):
        if j == 1:
            continue
        yield "for", j
    else:
        yield "for-else"
    for k in range(10):
        if k == 2:
            break
        yield "k", k
    else:
        yield "never"
    return "done"

g = loops(3)
print(list(g))
g = loops(1)
try:
    while True:
        print(next(g))
except StopIteration as e:
    print("returned", e.value)


def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "final", total

e = echo()
print(next(e), e.send(5), e.send(7), e.send(None))
print(next(e, "exhausted"))


def nested():
    for a in range(2):
        for b in range(2):
            while True:
                yield a, b
                break
    yield "end"

print(list(nested()))


def thrower():
    i = 0
    while True:
        yield i
        i += 1

t = thrower()
print(next(t), next(t))
try:
    t.throw(ValueError("boom"))
except ValueError as exc:
    print("thrown out:", exc)
print(next(t, "finished after throw"))

c = thrower()
print(next(c))
c.close()
print(next(c, "closed"))
c2 = thrower()
c2.close()
print(next(c2, "closed before start"))


def delegating():
    r = yield from inner()
    yield "inner returned", r
    yield from [1, 2]
    yield from range(3, 5)

def inner():
    got = yield "first"
    yield "got", got
    return "ret"

d = delegating()
print(next(d))
print(d.send("hello"))
print(list(d))

d2 = delegating()
next(d2)
try:
    d2.throw(KeyError("k"))
except KeyError as exc:
    print("delegated throw:", repr(exc))


def tree(node):
    if node is None:
        return
    left, value, right = node
    yield from tree(left)
    yield value
    yield from tree(right)

t = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(tree(t)))


def bad():
    yield 1
    raise StopIteration("inside")

try:
    list(bad())
except RuntimeError as exc:
    print(type(exc).__name__, exc, type(exc.__cause__).__name__)


def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as exc:
    print("ValueError", exc)


def states():
    yield 1

s = states()
print(s.gi_running, s.gi_suspended)
next(s)
print(s.gi_running, s.gi_suspended)
next(s, None)
print(s.gi_running, s.gi_suspended)


def with_try_around_no_yield(n):
    for i in range(n):
        try:
            x = 10 // (i - 1)
        except ZeroDivisionError:
            x = "div"
        yield x

print(list(with_try_around_no_yield(3)))


def send_first():
    yield 1

try:
    send_first().send(5)
except TypeError as exc:
    print("TypeError", exc)

gen = (x * x for x in range(5) if x % 2 == 0)
print(next(gen), list(gen), list(gen))


def early_return(items):
    for item in items:
        if item < 0:
            return item
        yield item

er = early_return([3, 2, -1, 5])
print(list(er))


def throw_before_start():
    yield 1

tb = throw_before_start()
try:
    tb.throw(IndexError("early"))
except IndexError as exc:
    print("IndexError", exc)
print(next(tb, "done after early throw"))
