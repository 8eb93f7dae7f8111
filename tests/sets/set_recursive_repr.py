class Box:
    def __init__(self):
        self.s = set()
    def __repr__(self):
        return f"Box({self.s!r})"
    def __hash__(self):
        return 1
b = Box()
b.s.add(b)
print(b.s)
print(repr(frozenset([frozenset([frozenset()])])))
