# A suspended generator that is no longer referenced is closed: its
# finally blocks and with-exits run at once, as CPython does.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", tag)


def with_resource(name):
    with Resource(name):
        yield 1
        yield 2


# Leaving a for loop early drops the generator.
for n in numbers("break"):
    if n == 2:
        break
print("after break")

# del and rebinding drop it.
g = numbers("del")
next(g)
del g
print("after del")
g = with_resource("rebind")
next(g)
g = None
print("after rebind")

# yield from: the outer generator closes the inner one first.
def outer():
    try:
        yield from numbers("inner")
    finally:
        print("outer finally")


o = outer()
next(o)
o = None
print("after outer")

# A generator that never started or that finished runs nothing.
fresh = numbers("never started")
fresh = None
done = numbers("finished")
for _ in done:
    pass
done = None
print("after unstarted and finished")

# GeneratorExit is seen inside the generator.
def watcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


w = watcher()
next(w)
w = None
print("after watcher")

# Dropped inside a function: cleanup before the function returns.
def consume():
    it = with_resource("in function")
    print("first", next(it))
    return "returned"


print(consume())

# A generator expression over a closing generator.
total = sum(x for x in numbers("genexp") if x < 3)
print("total", total)
first = next(x * 2 for x in numbers("genexp first"))
print("first doubled", first)

# Still suspended at exit: closed at shutdown.
left = with_resource("at exit")
next(left)
print("end of program")
