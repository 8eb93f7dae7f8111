# object(): no instance dict, attributes, comparisons, class
o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object), o == o, o != o, o is o)
print(object() == object(), object() != object(), bool(o), o.__class__ is object)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def set_attr():
    o.x = 1
t(set_attr)
t(lambda: o.missing)
t(lambda: o < o)
t(lambda: o + o)
t(lambda: object(1))
t(lambda: len(o))
t(lambda: o[0])
t(lambda: vars(o))
print(sorted(n for n in dir(o) if not n.startswith("__")), "__eq__" in dir(o), "__dict__" in dir(o))
print(object.__name__, object.__bases__, object.__mro__, type(object).__name__)
