# Closing a freed generator: errors it raises are reported on stderr and
# the program goes on; stdout shows only the order of events.
def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")
        yield 2


def raiser():
    try:
        yield 1
    finally:
        print("raiser finally")
        raise ValueError("boom")


s = stubborn()
next(s)
s = None
print("after stubborn")
r = raiser()
next(r)
del r
print("after raiser")


def holder():
    inner = raiser()
    next(inner)
    yield "x"


g = holder()
next(g)
g = None
print("after holder")
items = [raiser() for _ in range(3)]
for it in items:
    next(it)
items.clear()
print("after clear")
print("end")
