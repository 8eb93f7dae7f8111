# float arrays: single precision rounding, special values
import array

f = array.array("f", [0.1, 1 / 3, 1e38, 1e39, -1e39, float("nan"), -0.0, 16777217])
print(f)
d = array.array("d", [0.1, 1 / 3, 1e308, float("inf"), float("-inf"), -0.0])
print(d)
print(f[0] == 0.1, d[0] == 0.1, f.itemsize, d.itemsize)
print(memoryview(f).tolist()[:3], memoryview(d).format)
f[0] = 2
print(f[0], type(f[0]).__name__)
print(array.array("d", [1.5]) == array.array("f", [1.5]), array.array("d", [0.1]) == array.array("f", [0.1]))
print(array.array("d", range(3)), array.array("f", [True]))
