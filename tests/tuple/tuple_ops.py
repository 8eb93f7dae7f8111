# Concatenation, repetition, comparison and membership of tuples
a = (1, 2)
b = (3,)
print(a + b, b + a, a * 3, 0 * a, a * -1, () * 10, ((1,),) * 2)
print(a == (1, 2), a != (1, 2.0), a < (1, 3), a < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, 2) == [1, 2])
print((1, "a") < (1, "b"), (1, (2, 3)) < (1, (2, 4)), (float("nan"),) == (float("nan"),))
x = float("nan")
print((x,) == (x,), x in (x,), (1, 2) in [(1, 2)], 2 in (1, 2), "a" in ("abc",))
def t_(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t_(lambda: (1,) + [2])
t_(lambda: (1,) + 2)
t_(lambda: (1,) * 1.5)
t_(lambda: (1,) < ("a",))
t_(lambda: (1,) < [1])
t_(lambda: (1, 2) - (1,))
print(max((1, 2), (1, 3), (0, 9)), min([(2, "b"), (2, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
