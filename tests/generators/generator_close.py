# close() raises GeneratorExit at the paused yield; finally blocks run.
def with_cleanup():
    try:
        print("start")
        yield 1
        yield 2
    finally:
        print("cleanup ran")

g = with_cleanup()
print(next(g))
g.close()
print("closed")
g.close()
print(list(g))

unstarted = with_cleanup()
unstarted.close()
print("closing an unstarted generator runs nothing")

def catches_exit():
    try:
        yield "value"
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

c = catches_exit()
next(c)
c.close()

def yields_on_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"

y = yields_on_exit()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())

def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally on close")
o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print(type(e).__name__, e)
