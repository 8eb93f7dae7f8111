# A complete user container: __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__.
class Grid:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.cells = {}
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (row, col) pairs, not {type(key).__name__}")
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell {key} out of range")
        return key
    def __getitem__(self, key):
        return self.cells.get(self._check(key), ".")
    def __setitem__(self, key, value):
        self.cells[self._check(key)] = value
    def __delitem__(self, key):
        try:
            del self.cells[self._check(key)]
        except KeyError:
            raise KeyError(key) from None
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for r in range(self.rows):
            yield "".join(self[r, c] for c in range(self.cols))
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(2, 3)
g[0, 0] = "X"
g[1, 2] = "O"
print(len(g), list(g), "X" in g, "Z" in g)
print(g[0, 0], g[0, 1])
del g[0, 0]
print(len(g), list(g))
for bad in [(5, 5), 3, (1,)]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g[0, 0]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(g), max(g), "\n".join(g))
