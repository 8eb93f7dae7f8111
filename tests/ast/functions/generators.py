def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received:
            i = received
        i += 1
    return i
def delegate():
    result = yield from counter(3)
    yield result
gen = (x * 2 for x in range(10) if x % 2)
nested = ((x, y) for x in range(3) for y in range(x))
