# __new__ and __init__ interplay and error messages for extra arguments
class Plain:
    pass
class WithInit:
    def __init__(self, a):
        self.a = a
class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(WithInit(1).a, WithNew(1, 2).args, ReturnsOther())
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: Plain(1))
t(lambda: Plain(x=1))
t(lambda: WithInit())
t(lambda: WithInit(1, 2))
t(lambda: object.__new__(int))
class InitReturns:
    def __init__(self):
        return 5
t(lambda: InitReturns())
t(lambda: int.__new__(str))
