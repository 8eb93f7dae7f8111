class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for key, value in members.items():
            member = object.__new__(cls)
            member.name, member.value = key, value
            setattr(cls, key, member)
            cls._members[key] = member
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        try:
            return cls._members[name]
        except KeyError:
            raise KeyError(f"{cls.__name__} has no member {name!r}") from None

    def __call__(cls, value):
        for member in cls._members.values():
            if member.value == value:
                return member
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")

    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

    def __hash__(self):
        return hash(self.name)

    def __reduce__(self):
        return (type(self), (self.value,))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def mix(self, other):
        return f"{self.name.lower()}-{other.name.lower()}"


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"


print(list(Color), len(Color), Color.RED, repr(Color.GREEN))
print(Color(2), Color["BLUE"], Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE)
print(Color.RED in Color, Status.ACTIVE in Color, Color.RED.mix(Color.BLUE))
print(sorted(k for k in Color.__dict__ if k.isupper()), type(Color).__name__, type(Color.__dict__).__name__)
print({Color.RED: "stop", Color.GREEN: "go"}[Color(1)], isinstance(Color.RED, Enum), issubclass(Color, Enum))
for bad in [lambda: Color(9), lambda: Color["PINK"], lambda: Status("on")]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
states = [Status("active"), Status.INACTIVE, Status.ACTIVE]
counts = {}
for s in states:
    counts[s] = counts.get(s, 0) + 1
print({str(k): v for k, v in counts.items()})
print(f"{Color.BLUE!s:>12}|{Color.BLUE!r}|", [c.value for c in Color if c.value % 2])
print(max(Color, key=lambda c: c.value).name, [m.name for m in reversed(list(Status))])
