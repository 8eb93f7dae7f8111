# Private names (__x) are mangled to _ClassName__x inside class bodies.
class Account:
    __rate = 0.05
    def __init__(self, balance):
        self.__balance = balance
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def reveal(self):
        return self.__secret()

a = Account(100)
print(a.balance(), a.reveal())
print(sorted(vars(a)))
print(a._Account__balance, Account._Account__rate)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)

class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "subclass private"
    def both(self):
        return self.__balance, self._Account__balance

s = Savings(50)
print(s.both())
print(sorted(vars(s)))

class Dunder:
    __not_mangled__ = "dunder names are not mangled"
print(Dunder.__not_mangled__)

class _Underscore:
    def get(self):
        self.__x = 1
        return sorted(vars(self))
print(_Underscore().get())

class M:
    def f(self):
        __local = "local mangled too"
        return __local, sorted(k for k in dir() if "local" in k)
print(M().f())
print(getattr(a, "__balance", "getattr strings are not mangled"))
