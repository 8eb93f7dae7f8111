# Numeric series in array('d') and array('i'): statistics and slicing.
from array import array

temps = array("d", [21.5, 22.0, 19.75, 23.25, 20.0, 18.5, 24.0])
print(temps)
print(len(temps), sum(temps) / len(temps), max(temps), min(temps))
print(temps[1:4], temps[::-1], temps[::3], type(temps[1:3]).__name__)
print(temps.index(20.0), temps.count(22.0), 19.75 in temps, 99 in temps)

diffs = array("d", (b - a for a, b in zip(temps, temps[1:])))
print(diffs)
temps[2:4] = array("d", [1.0, 2.0, 3.0])
print(temps)
try:
    temps[0:1] = [5.0]
except TypeError as e:
    print(type(e).__name__, e)
del temps[::2]
print(temps)

counts = array("i", [3, 1, 4, 1, 5, 9, 2, 6])
counts.insert(0, 0)
counts.append(-7)
print(counts, counts.pop(), counts.pop(0))
counts.remove(1)
print(counts)
counts.reverse()
print(counts, sorted(counts), array("i", sorted(counts)))
print(counts + array("i", [10]), counts * 2)
try:
    counts + array("d", [1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    counts.index(100)
except ValueError as e:
    print(type(e).__name__, e)
try:
    counts[20]
except IndexError as e:
    print(type(e).__name__, e)
print(counts == array("i", counts.tolist()), counts < array("i", [9, 9]), array("i") == array("d"))
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("b", [1]) != array("b", [1]))
print(list(reversed(counts)), counts.tolist()[:3])
c2 = array("i", counts)
c2 += array("i", [100])
c2 *= 2
print(c2, len(c2))
