# Infinite generators consumed with break, zip and next.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for n in naturals(5):
    if n > 8:
        break
    print("natural", n)

fibs = []
for f in fibonacci():
    if f > 100:
        break
    fibs.append(f)
print(fibs)

print(list(zip("abc", naturals(1))))

def take(n, iterable):
    it = iter(iterable)
    return [next(it) for _ in range(n)]
print(take(10, fibonacci()))

def cycle(items):
    while True:
        yield from items
print(take(7, cycle("ab")))

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(12, primes()))
evens = (n for n in naturals() if n % 2 == 0)
print(take(5, evens), next(evens))
