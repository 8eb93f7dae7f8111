def solve_queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)

    place(0)
    return solutions


def board(sol):
    return "\n".join("".join("Q" if c == q else "." for c in range(len(sol))) for q in sol)


for n in range(1, 9):
    print(n, len(solve_queens(n)))
first = solve_queens(6)[0]
print(first)
print(board(first))

GRID = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse_grid(text):
    return [[int(ch) if ch != "." else 0 for ch in line] for line in text.split()]


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                opts = candidates(g, r, c)
                if best is None or len(opts) < len(best[2]):
                    best = (r, c, opts)
    if best is None:
        return True
    r, c, opts = best
    for d in opts:
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False


g = parse_grid(GRID)
print(sum(row.count(0) for row in g), "blanks")
print(solve(g))
for i, row in enumerate(g):
    line = " | ".join(" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6))
    print(line)
    if i in (2, 5):
        print("-" * len(line))
print(all(sorted(row) == list(range(1, 10)) for row in g), all(len(set(col)) == 9 for col in zip(*g)))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(hanoi(3), len(hanoi(10)), 2 ** 10 - 1)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


perms = ["".join(p) for p in permutations("abcd")]
print(len(perms), perms[:5], perms[-1], sorted(perms) == perms)
print(["".join(p) for p in permutations("aab")])
