# Arithmetic and bitwise ops with bools: results are int except & | ^ between bools
print(True + True, type(True + True).__name__)
print(True - False, True * 10, False * 10)
print(True / 2, True // 2, True % 2)
print(-True, +True, ~True, ~False)
print(True ** 10, 2 ** True, 2 ** False)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, type(True & 3).__name__, 2 | False, type(2 | False).__name__)
print(True << 5, True >> 1)
print(sum([True, True, False, True]))
print(True + 0.5, True * 1.5, True + 1j)
print(divmod(True, 2), divmod(5, True))
try:
    print(1 / False)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 % False)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(True < 2, False < True, max(True, False), min(True, 0))
print(abs(True), abs(-True), round(True))
print(["a", "b"][True], "xyz"[False])
x = True
x += 1
print(x, type(x).__name__)
print(not True, not False, not not 1)
print(True and 5, False and 5, True or 5, False or 5)
print(pow(True, 5), pow(2, True, 3))
