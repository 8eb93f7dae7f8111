class Meta(type):
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"

    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter(cls.members)


class Colors(metaclass=Meta):
    members = ["red", "green", "blue"]


print(Colors[0], len(Colors), list(Colors), "red" in Colors)


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


print(Box[int])


class Counter:
    count = 0

    def __new__(cls, *args):
        cls.count += 1
        inst = super().__new__(cls)
        inst.serial = cls.count
        return inst

    def __init__(self, label):
        self.label = label

    def __del__(self):
        pass


a, b = Counter("a"), Counter("b")
print(a.serial, b.serial, Counter.count, a.label)
try:
    object.__new__(Counter, 1)
    print("ok new")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, k, v):
        raise AttributeError(f"cannot assign to field '{k}'")

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other):
        return type(other) is type(self) and vars(self) == vars(other)

    def __hash__(self):
        return hash(tuple(sorted(vars(self).items())))


f = Frozen(x=1, y="a")
print(f, f == Frozen(x=1, y="a"), len({f, Frozen(x=1, y="a")}))
try:
    f.x = 2
except AttributeError as e:
    print(type(e).__name__, e)


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __lt__(self, other):
        return self.deg < other.deg

    def __eq__(self, other):
        return self.deg == other.deg

    def __repr__(self):
        return f"{self.deg}°"


temps = [Temp(30), Temp(10), Temp(20)]
print(sorted(temps), min(temps), Temp(5) in temps, Temp(10) in temps, temps.index(Temp(20)))
print(Temp(1) > Temp(0), Temp(1) != Temp(1))
try:
    Temp(1) <= Temp(2)
except TypeError as e:
    print(type(e).__name__, e)


class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__

    def make(self):
        return self.Inner()


print(Outer().make().who(), Outer.Inner.__name__, repr(Outer.Inner)[:22])
print(type(a).__name__, a.__class__.__name__, Counter.__dict__["count"], isinstance(Counter, type))
c = Counter("c")
c.__class__ = Counter
print(c.serial, Counter.__init__.__qualname__, Frozen.__repr__.__name__)
print(str(Counter)[:8], Counter.__module__, sorted(k for k in vars(Frozen) if not k.startswith("__")))
