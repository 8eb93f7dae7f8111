# PEP 479: StopIteration escaping a generator becomes RuntimeError.
def leaks_stopiteration():
    yield 1
    raise StopIteration("leaked")

g = leaks_stopiteration()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))

def next_on_empty():
    it = iter([])
    yield "before"
    next(it)
    yield "never"

try:
    print(list(next_on_empty()))
except RuntimeError as e:
    print(type(e).__name__, e)

def next_with_default():
    it = iter([])
    yield next(it, "default is fine")
print(list(next_with_default()))

def handled_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside generator"
print(list(handled_inside()))

def return_is_fine():
    yield 1
    return "value"
print(list(return_is_fine()))

genexp = (next(iter([])) for _ in range(1))
try:
    list(genexp)
except RuntimeError as e:
    print("generator expression too:", e)

class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(Iter()), "a plain iterator may raise StopIteration")
