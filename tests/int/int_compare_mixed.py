# Comparisons between ints and other types
print(1 == "1", 1 != "1", 1 == None, 1 == [1], (1 == 1.0) and (1 == 1 + 0j))
def t(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
t(lambda: 1 < "1")
t(lambda: 1 >= [1])
t(lambda: 1 <= None)
t(lambda: 1 < 1j)
t(lambda: 2**100 > "a")
print(1 < True + 1, 0 < False or "x")
print(sorted([5, 3, 10**20, -2, 0, True, False]))
print(-5 < -4 < -(-3), 10**20 > 10**19 > -10**30)
print([0, 1, 2] < [0, 1, 3], (0, 2**64) < (0, 2**65))
