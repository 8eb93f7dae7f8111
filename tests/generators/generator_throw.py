# throw() raises an exception at the paused yield; the generator may handle it.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("generator handled", repr(e))
            n += 100
        n += 1

g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
print("after propagation:", list(g))

def fragile():
    yield 1
    yield 2

f = fragile()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("throw into unstarted generator:", e)
print(list(f))

def throws_class():
    try:
        yield
    except TypeError as e:
        print("got instance of", type(e).__name__, e.args)
        yield "recovered"
t = throws_class()
next(t)
print(t.throw(TypeError))
def cleanup():
    try:
        yield 1
    finally:
        print("finally during throw")
c = cleanup()
next(c)
try:
    c.throw(IndexError("x"))
except IndexError as e:
    print("after finally:", e)
