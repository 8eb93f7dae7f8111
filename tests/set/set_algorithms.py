# Typical uses: dedupe preserving order, sieve, graph reachability with sets
items = [3, 1, 3, 2, 1, 5, 2]
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)
n = 60
composite = set()
for i in range(2, n):
    if i not in composite:
        composite.update(range(i * i, n, i))
print(sorted(set(range(2, n)) - composite))
edges = {1: [2, 3], 2: [4], 3: [4], 4: [1], 5: [6], 6: []}
reached = set()
frontier = {1}
while frontier:
    node = frontier.pop()
    reached.add(node)
    frontier |= set(edges[node]) - reached
print(reached, set(edges) - reached)
words = "a quick brown fox jumps over the lazy dog".split()
letters = set("".join(words))
print(len(letters), sorted(set("abcdefghijklmnopqrstuvwxyz") - letters))
print({1, 2, 3} & {2, 3, 4} & {3, 4, 5}, set.union(*[{1}, {2}, {3}]), set.intersection(*[{1, 2}, {2, 3}]))
