# StopIteration carries a value; next() and generators use it.
def gen():
    yield 1
    return "done value"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("second time:", repr(e), e.value)

e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e = StopIteration([1])
print(e.value)

it = iter([])
try:
    next(it)
except StopIteration as e:
    print("list iterator:", repr(e), e.value)
print(next(iter([]), "default instead"))

class Manual:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("manual value")
try:
    next(Manual())
except StopIteration as e:
    print(e.value)
print(list(Manual()))
def gen_returns_none():
    return
    yield
try:
    next(gen_returns_none())
except StopIteration as e:
    print(e.value, e.args)
