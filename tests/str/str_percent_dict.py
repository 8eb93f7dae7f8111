# %-formatting with a mapping argument
d = {"name": "Ada", "age": 36, "pi": 3.14159, "x y": 1}
print("%(name)s is %(age)d" % d, "%(pi).2f" % d, "%(name)-6s|%(age)04d" % d, "%(x y)s" % d)
print("%(name)s %(name)r %%" % d, "no fields" % d, "%(age)x" % d)
print("%()s" % {"": "empty key"})
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s %(def)s" % M())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "%(missing)s" % d)
t(lambda: "%(name)s %s" % d)
t(lambda: "%(name)s" % ("Ada",))
t(lambda: "%(name" % d)
t(lambda: "%(name)*d" % d)
