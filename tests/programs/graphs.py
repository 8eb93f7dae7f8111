from collections import deque, defaultdict

EDGES = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1
"""


def load(text):
    graph = defaultdict(dict)
    for line in text.strip().splitlines():
        a, b, w = line.split()
        graph[a][b] = graph[b][a] = int(w)
    return graph


def bfs(graph, start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(graph, start):
    seen, order, stack = set(), [], [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(sorted(graph[node], reverse=True))
    return order


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    frontier = [(0, source)]
    done = set()
    while frontier:
        frontier.sort(reverse=True)
        d, node = frontier.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def components(graph):
    seen, comps = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = bfs(graph, node)
            seen.update(comp)
            comps.append(comp)
    return comps


def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
            indeg[n] += 1
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(indeg):
        cyclic = sorted(n for n, k in indeg.items() if k)
        raise ValueError(f"cycle among {cyclic}")
    return order


g = load(EDGES)
print(dict(g["A"]), len(g), sum(len(v) for v in g.values()) // 2)
print("bfs", bfs(g, "A"))
print("dfs", dfs(g, "A"))
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>3} via {' -> '.join(path(prev, node))}")
print(components(g))
print("unreachable:", sorted(set(g) - set(dist)))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
print(toposort(deps))
deps["core"] = ["tests"]
try:
    toposort(deps)
except ValueError as e:
    print(e)
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq[0], dq.count(3), list(reversed(dq)), dq.maxlen)
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
queue, seen = deque([(start, 0)]), {start}
while queue:
    (r, c), d = queue.popleft()
    if grid[r][c] == "E":
        print("maze exit at", (r, c), "distance", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append(((nr, nc), d + 1))
print(len(seen))
