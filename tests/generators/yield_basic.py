# A generator function runs lazily, pausing at each yield.
def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        print("about to yield", n)
        yield n
        print("resumed after", n)
        n -= 1
    print("countdown finished")

g = countdown(3)
print("generator created:", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))

def squares(limit):
    for i in range(limit):
        yield i * i

print(list(squares(6)), sum(squares(4)), max(squares(5)))
for v in squares(3):
    print("loop got", v)

def yield_expression_value():
    received = yield
    print("received", received)

g = yield_expression_value()
print(next(g))
try:
    g.send("hello")
except StopIteration:
    print("stopped after send")

def empty():
    return
    yield
print(list(empty()))
def only_yield_none():
    yield
    yield
print(list(only_yield_none()))
