# Enum features beyond the basics: custom __new__, _missing_, _ignore_,
# functional API forms, members with methods, aliases and iteration.
from enum import Enum, IntEnum, StrEnum, auto, unique


class Coin(Enum):
    PENNY = (1, "copper")
    NICKEL = (5, "nickel")
    DIME = (10, "silver")

    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj

    def __str__(self):
        return f"{self.name.title()} ({self.value}c, {self.metal})"


print(Coin(5), Coin.DIME.value, Coin.PENNY.metal, [c.value for c in Coin])
try:
    Coin((1, "copper"))
except ValueError as e:
    print(type(e).__name__, e)


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    WARN = 30

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def __format__(self, spec):
        return format(self.name.lower(), spec)


print(Level("info"), Level(30), Level.WARN is Level.WARNING, list(Level), len(Level))
print(Level.__members__.keys() if False else list(Level.__members__), f"[{Level.DEBUG:>8}]")
print(sorted([Level.WARNING, Level.DEBUG, Level.INFO]), Level.INFO < 25, Level.DEBUG + Level.INFO)
try:
    Level(99)
except ValueError as e:
    print(type(e).__name__, e)


class Weekday(Enum):
    _ignore_ = "day"
    MON = 1
    TUE = 2
    for day in ():
        pass

    @property
    def is_weekend(self):
        return False

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print(Weekday.MON.next(), Weekday.TUE.next(), Weekday.MON.is_weekend, hasattr(Weekday, "day"))


class Direction(StrEnum):
    NORTH = auto()
    SOUTH = auto()

    @property
    def opposite(self):
        return Direction.SOUTH if self is Direction.NORTH else Direction.NORTH


print(Direction.NORTH, Direction.NORTH.opposite, Direction("south"), "north" == Direction.NORTH)
print(Direction.NORTH + "!", Direction.SOUTH.upper(), len(Direction.NORTH), ",".join(Direction))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__name__, Animal.__module__)
Shape = Enum("Shape", ["CIRCLE", "SQUARE"], start=10)
print(list(Shape))
Http = IntEnum("Http", {"OK": 200, "NOT_FOUND": 404})
print(Http.OK, repr(Http(404)), Http.NOT_FOUND == 404)
Pair = Enum("Pair", [("A", 1), ("B", 2)])
print(Pair.A, Pair(2))


class Ordered(Enum):
    FIRST = "z"
    SECOND = "y"
    THIRD = "x"


print([m.name for m in Ordered], [m.name for m in reversed(Ordered)], Ordered.THIRD in Ordered)
print({m: i for i, m in enumerate(Ordered)}[Ordered.SECOND])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(type(e).__name__, e)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def parse(cls, text):
        try:
            return cls(text.strip().lower())
        except ValueError:
            return cls.INACTIVE


print(Status.parse(" ACTIVE "), Status.parse("unknown"))
print(isinstance(Status.ACTIVE, Enum), issubclass(Status, Enum), type(Status.ACTIVE) is Status)
print(Status.ACTIVE.name, Status.ACTIVE.value, Status["INACTIVE"].value)
try:
    Status.ACTIVE = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Status.ACTIVE.name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
