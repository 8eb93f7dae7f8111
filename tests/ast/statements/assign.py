x = 1
x = y = z = 2
a, b = b, a
a, *rest = items
[first, *middle, last] = items
(a, b), c = pair, 3
x.attr = value
x[0] = value
x[1:2] = [3]
obj.a.b[c].d = 1
x = yield_value = None
