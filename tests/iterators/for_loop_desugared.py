# A for loop is iter() once, then next() until StopIteration; shown with a tracing iterable.
class Tracing:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("iter() called")
        return TracingIterator(self.items)

class TracingIterator:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return self
    def __next__(self):
        print("next() called")
        if not self.items:
            raise StopIteration
        return self.items.pop(0)

for v in Tracing("ab"):
    print("body", v)

print("--- manual equivalent")
it = iter(Tracing("ab"))
while True:
    try:
        v = next(it)
    except StopIteration:
        break
    print("body", v)

print("--- break skips the final next()")
for v in Tracing("abc"):
    print("body", v)
    break

print("--- for/else")
for v in Tracing(""):
    print("never")
else:
    print("else after StopIteration")

print("--- nested loops each call iter()")
t = Tracing("x")
for a in t:
    for b in t:
        print("pair", a, b)
