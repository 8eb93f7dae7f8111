# pass, ellipsis bodies and docstring-only bodies.
def nothing():
    pass

def ellipsis_body():
    ...

def doc_only():
    """Only a docstring."""

class Empty:
    pass

class DocOnly:
    "class doc"

print(nothing())
print(ellipsis_body())
print(doc_only(), doc_only.__doc__)
print(Empty.__name__, DocOnly.__doc__)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(...)
print(type(...).__name__)
print(Ellipsis is ...)
x = ...
print(x == Ellipsis)
