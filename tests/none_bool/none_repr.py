# None: repr, str, identity, truthiness, comparisons
print(None)
print(repr(None), str(None))
print(type(None).__name__)
print(None is None, None == None, None != None)
print(bool(None), not None)
x = None
print(x is None, x is not None)
print([None, None], (None,), {None: None})
print(None == 0, None == False, None == "")
for op in (lambda: None < 1, lambda: None > 1, lambda: None <= 1, lambda: None >= 1):
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = None
    x()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x = None
    x[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(f())
print(f() is None)
print(type(None)() is None)
