def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}


def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}


def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))


def bbox(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), min(cs), max(rs), max(cs)


glider = parse("""
.#.
..#
###
""")
state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells, bbox={bbox(state)}")
    print(render(state, 5, 6))
    state = step(state)
shifted = {(r - 1, c - 1) for r, c in state}
print("glider repeats shifted:", step(step(step(step(glider)))) == {(r + 1, c + 1) for r, c in glider})
blinker = parse("###")
print(step(blinker) == {(-1, 1), (0, 1), (1, 1)}, step(step(blinker)) == blinker)
seen = {}
state = parse("""
.##.
#..#
.##.
""")
print("beehive still life:", step(state) == state)
rpent = parse("""
.##
##.
.#.
""")
history = []
for gen in range(60):
    history.append(len(rpent))
    rpent = step(rpent)
print(history[:20])
print(max(history), history.index(max(history)), sum(history))
frozen = frozenset(glider)
print(frozen == glider, hash(frozen) == hash(frozenset(glider)), {frozen: "g"}[frozenset(glider)])
print(sorted(glider), sorted(glider, key=lambda rc: (-rc[1], rc[0])))
a, b = parse("##\n##"), parse("#.\n.#")
print(sorted(a & b), sorted(a - b), sorted(a ^ b), a > b, b <= a, a.isdisjoint({(9, 9)}))
