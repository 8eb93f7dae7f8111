# __class__ and __name__ via instances; assigning attributes on builtin instances fails
for v in (1, "s", [], {}, 1.5, None, (1,)):
    print(v.__class__.__name__, v.__class__.__class__.__name__)
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
def set_int_attr():
    (5).x = 1
def set_list_attr():
    [].x = 1
def set_class_attr():
    int.x = 1
def set_str_method():
    str.upper = None
def set_none_attr():
    None.__class__ = int
def set_class_on_int():
    (5).__class__ = bool
t(set_int_attr)
t(set_list_attr)
t(set_class_attr)
t(set_str_method)
t(set_none_attr)
t(set_class_on_int)
class A:
    pass
class B:
    pass
a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
