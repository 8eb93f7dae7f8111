# Only the comparison methods a class defines work; others are not derived automatically.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts

a, b = Version(1, 2), Version(1, 10)
print(a < b, b < a, a == Version(1, 2), a != b)
print(b > a, a > b)
for label, fn in [("<=", lambda: a <= b), (">=", lambda: a >= b)]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max([Version(3), Version(10)]), min(Version(3), Version(10)))

class Full(Version):
    def __le__(self, other):
        return self == other or self < other
    def __ge__(self, other):
        return not self < other
print(Full(1) <= Full(1), Full(2) >= Full(3), Full(1) >= Full(1))
print(Full(1) == Version(1), Version(1) == Full(1))
print([v for v in (Version(1), Version(2)) if v in [Version(2)]])
