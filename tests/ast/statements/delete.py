del x
del x, y
del (x, y)
del [x, y]
del x.attr, x[0], x[1:2]
del (x), (y.z)
