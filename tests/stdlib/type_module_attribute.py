X = type("X", (), {})
print(X.__module__, X, repr(X()).split(" at")[0])
class M(type): pass
Y = M("Y", (), {"__module__": "pkg.mod"})
print(Y.__module__, Y)
print(sorted(set(dir(1)) - set(dir(object()))) [:3], '__module__' in dir(int))
print(vars(int).get('__module__'), int.__dict__.get('__module__'))
import collections
print(collections.OrderedDict.__module__, collections.deque.__module__)
print(type(len).__module__, type(iter([])).__module__, ValueError.__module__)
try:
    del X.__module__
except TypeError as e:
    print(e)
print(X.__module__)
class Z:
    pass
Z.__module__ = None
print(Z)
