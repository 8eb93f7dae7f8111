# yield from a plain iterator: next() works, send(non-None) and throw() behave differently.
def over_list():
    result = yield from iter([1, 2, 3])
    print("delegation finished with", result)
    yield "after"

g = over_list()
print(next(g))
print(g.send(None))
try:
    g.send("value")
except AttributeError as e:
    print(type(e).__name__, e)
print(next(g, "generator finished after the error"))

g = over_list()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("throw goes straight through:", e)

g = over_list()
next(g)
g.close()
print("close on a plain-iterator delegation is fine")

class WithSend:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("custom result")
        return self.n
    def send(self, value):
        print("WithSend.send got", value)
        return self.__next__()

def over_custom():
    result = yield from WithSend()
    yield result
d = over_custom()
print(next(d), d.send("hello"), next(d), next(d))
