# send() passes a value in as the result of the paused yield expression.
def accumulator():
    total = 0
    while True:
        value = yield total
        print("got", value)
        if value is None:
            break
        total += value
    return total

g = accumulator()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)

def echo():
    reply = None
    while True:
        reply = yield f"echo: {reply}"

e = echo()
print(e.send(None))
print(e.send("a"))
print(next(e))
print(e.send([1, 2]))

fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print(type(err).__name__, err)

done = accumulator()
next(done)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(1)
except StopIteration as err:
    print("send to finished generator:", repr(err))
