# a seeded generator draws exactly CPython's numbers
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7),
      random.randrange(10, 0, -3))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(random.sample(range(10 ** 6), 3), random.sample(["x", "y", "z"], k=2, counts=[1, 2, 3]))
print(random.uniform(1, 10), random.uniform(5, -5))
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(100, 15))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
print(random.choices("abc", k=5), random.choices("abc", [1, 5, 1], k=5))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
print(random.randbytes(5))

for s in [0, 1, -1, 2 ** 32, 2 ** 100 + 5, 123456789, True, 3.25, -2.5]:
    random.seed(s)
    print(s, random.random())
for s in ["hello", "", b"bytes", bytearray(b"ba"), "unicode é"]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10 ** 9))
random.seed("x", version=1)
print(random.random())

random.seed(7)
print(random.normalvariate(), random.normalvariate(10, 2))
print(random.expovariate(1.5), random.triangular(), random.triangular(0, 10, 8))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1))
print(random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 1.5))

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]))

r1 = random.Random(2024)
r2 = random.Random(2024)
print([r1.randint(0, 9) for _ in range(8)] == [r2.randint(0, 9) for _ in range(8)])
print(r1.random(), type(r1).__name__, isinstance(r1, random.Random))
big = random.Random(5)
print(sum(big.random() for _ in range(2000)))
print([big.randrange(2 ** 70) for _ in range(2)])
