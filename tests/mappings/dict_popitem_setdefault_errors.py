d = {}
try:
    d.popitem()
except KeyError as e:
    print(repr(e))
try:
    d.pop("x")
except KeyError as e:
    print(repr(e))
print(d.pop("x", "default"))
try:
    d.setdefault()
except TypeError as e:
    print(e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(e)
try:
    d.pop()
except TypeError as e:
    print(e)
try:
    d.get()
except TypeError as e:
    print(e)
try:
    {}[[1]]
except TypeError as e:
    print(e)
