# Tuple slicing with steps and extremes
t = tuple(range(10))
print(t[2:5], t[:3], t[7:], t[-3:], t[::2], t[::-1], t[8:2:-3], t[100:], t[-100:2], t[::-100], t[5:5])
print(t[slice(1, None, 4)], t[None:None], t[-1:-11:-1] == t[::-1], t[10**30:], t[:-10**30])
try:
    t[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
