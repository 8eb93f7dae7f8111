from collections import deque
d = deque("abcdef")
print(d.index("c"), d.index("c", 1, 4), d[2], d[-2])
try:
    d.index("z")
except ValueError as e:
    print(e)
try:
    d[10]
except IndexError as e:
    print(e)
try:
    d["x"]
except TypeError as e:
    print(e)
d.rotate(100)
print("".join(d))
d.rotate(-1)
print("".join(d))
del d[1]
d[0] = "Q"
print(d, len(d))
e = deque([1, 2, 3])
e *= 2
print(e)
e += [9]
print(e, 3 * deque([0]))
try:
    e + [1]
except TypeError as ex:
    print(ex)
print(e.__hash__)
