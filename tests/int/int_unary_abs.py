# Unary operators and abs on ints of all sizes
for n in (0, 1, -1, 2**63, -(2**63), 2**64 - 1, -(10**30)):
    print(-n, +n, ~n, abs(n), -(-n) == n, ~~n == n)
print(abs(-0), -0, +0, ~0)
print(- - - 5, + - + 5, ~-~5)
print(type(-True).__name__, type(abs(False)).__name__)
x = 7
print(-x ** 2, (-x) ** 2, -x // 2, -(x // 2))
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    +None
except TypeError as e:
    print(type(e).__name__, e)
