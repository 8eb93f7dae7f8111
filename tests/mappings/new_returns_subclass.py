class Base:
    def __new__(cls, kind):
        if cls is Base:
            cls = {"a": A, "b": B}[kind]
        return super().__new__(cls)
    def __init__(self, kind):
        print("init", type(self).__name__, kind)
class A(Base):
    pass
class B(Base):
    def __init__(self, kind):
        print("B init", kind)
print(type(Base("a")).__name__, type(Base("b")).__name__)
class Other:
    def __init__(self, *a):
        print("Other init (should not run)")
class Factory:
    def __new__(cls):
        return Other()
print(type(Factory()).__name__)
class IntNew:
    def __new__(cls):
        return 5
    def __init__(self):
        print("not run")
print(IntNew())
