# random's argument checking and error messages
import random

random.seed(1)
for bad in [lambda: random.randrange(0),
            lambda: random.randrange(-3),
            lambda: random.randrange(5, 2),
            lambda: random.randrange(1, 5, 0),
            lambda: random.randrange(1, 1, 2),
            lambda: random.randrange(1.5),
            lambda: random.randrange(1, 2.5),
            lambda: random.randrange(1, 5, 1.5),
            lambda: random.randrange(1, None, 2),
            lambda: random.randrange(10, step=2),
            lambda: random.randint(1, 0),
            lambda: random.randint(1.5, 3),
            lambda: random.choice([]),
            lambda: random.choice(""),
            lambda: random.sample({1, 2}, 1),
            lambda: random.sample([1], 2),
            lambda: random.sample([1, 2], -1),
            lambda: random.sample([1, 2], 1, counts=[1]),
            lambda: random.sample([1, 2], 1, counts=[0, 0]),
            lambda: random.seed([1]),
            lambda: random.seed({}),
            lambda: random.getrandbits(-1),
            lambda: random.choices([1, 2], [1]),
            lambda: random.choices([1], [1], cum_weights=[1]),
            lambda: random.choices([1, 2], [0, 0]),
            lambda: random.choices([], k=2),
            lambda: random.gammavariate(0, 1),
            lambda: random.Random().setstate((9, (), None))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(random.randrange(2.0), random.randrange(1, 3.0), random.choices([], k=0))
