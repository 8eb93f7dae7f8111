# NamedTuple and TypedDict, class syntax and functional syntax.
from typing import List, NamedTuple, Optional, TypedDict


class Point(NamedTuple):
    x: int
    y: int = 0

    def dist(self) -> int:
        return abs(self.x) + abs(self.y)

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


p = Point(3, -4)
print(p, repr(p), p.dist(), p._replace(x=1), p._asdict(), p == (3, -4))
print(Point(7), Point(y=2, x=1), Point._fields, Point._field_defaults)
print(Point.__annotations__, Point.__mro__, Point.__name__, Point.__module__)
x, y = p
print(x, y, p[0], p[-1], len(p), isinstance(p, tuple))


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 0.0
    manager: Optional["Employee"] = None


boss = Employee("Ann", "eng", 100.0)
e = Employee("Bob", "eng", manager=boss)
print(e)
print(sorted([Employee("z", "a"), Employee("b", "c")]))

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields, Emp.__annotations__)

try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(NamedTuple):
        x: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print(type(e).__name__, e)

try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


class Movie(TypedDict):
    name: str
    year: int


class RatedMovie(Movie, total=False):
    rating: float


m: Movie = {"name": "Blade Runner", "year": 1982}
print(m, m["name"], type(m))
rm = RatedMovie(name="Alien", year=1979)
rm["rating"] = 8.5
print(rm, type(rm), RatedMovie.__mro__)
print(sorted(RatedMovie.__required_keys__), sorted(RatedMovie.__optional_keys__))
print(RatedMovie.__total__, Movie.__total__, RatedMovie.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print(type(e).__name__, e)

Pt = TypedDict("Pt", {"x": int, "y": int})
print(Pt(x=1, y=2), Pt.__annotations__, Pt.__total__)


def load(records: List[Movie]) -> List[str]:
    return [f"{r['name']} ({r['year']})" for r in records]


print(load([m, Movie(name="Heat", year=1995)]))
