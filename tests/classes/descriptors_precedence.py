# Data descriptors beat the instance dict; non-data descriptors lose to it.
class DataDesc:
    def __get__(self, obj, objtype=None):
        print("DataDesc.__get__", obj is None, objtype.__name__)
        return "data descriptor value"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)
        obj.__dict__["data"] = value

class NonDataDesc:
    def __get__(self, obj, objtype=None):
        print("NonDataDesc.__get__", obj is None)
        return "non-data descriptor value"

class C:
    data = DataDesc()
    nondata = NonDataDesc()

c = C()
print(c.data)
c.data = "assigned"
print(c.__dict__)
print(c.data)
print(c.nondata)
c.__dict__["nondata"] = "instance dict wins"
print(c.nondata)
print(C.data)
print(C.nondata)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")

class D:
    r = ReadOnly()
d = D()
try:
    d.r = 2
except AttributeError as e:
    print(type(e).__name__, e)

class DeleteDesc:
    def __get__(self, obj, objtype=None):
        return "present"
    def __delete__(self, obj):
        print("__delete__ called")
class E:
    x = DeleteDesc()
e = E()
del e.x
print(e.x)
