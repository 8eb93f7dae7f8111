# __class_getitem__ makes Class[...] work; instances use __getitem__.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
    def __getitem__(self, key):
        return "instance item " + repr(key)

print(Box[int])
print(Box["text"])
print(Box()[0])
class SubBox(Box):
    pass
print(SubBox[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

print(list[int] == list[int], list[int].__origin__ is list)
print(dict[str, int].__args__ == (str, int))
print(repr(list[int]), repr(dict[str, list[int]]))
try:
    Plain()[0]
except TypeError as e:
    print(type(e).__name__, e)
