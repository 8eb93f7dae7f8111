# str() of huge ints and the 4300 digit conversion limit
n = 10**4299
s = str(n)
print(len(s), s[:5], s[-5:])
print(len(str(-(10**4299))))
try:
    str(10**4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(10**5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-(10**4300))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 1000)
print(len(hex(10**5000)), hex(2**20000)[:6])
print(int("f" * 5000, 16).bit_length())
try:
    f"{10**4300}"
except ValueError as e:
    print(type(e).__name__, e)
print((10**5000).bit_length(), (10**5000) % 97)
import sys
print(sys.get_int_max_str_digits())
