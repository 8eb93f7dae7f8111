# Mapping-heavy code: a user mapping class, collections' Counter and
# defaultdict, and dict(**m)-style merging.
from collections import Counter, defaultdict


class Registry:
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()


reg = Registry()
for i in range(240000):
    reg["k%d" % (i % 5000)] = i
hits = 0
for i in range(480000):
    key = "k%d" % (i % 7000)
    if key in reg:
        hits += reg[key] & 3
merged = dict(reg)
merged.update({"extra": 1})
groups = defaultdict(list)
for i in range(400000):
    groups[i % 97].append(i)
counts = Counter()
for i in range(400000):
    counts[(i * 7) % 31] += 1
words = Counter(("w%d" % (i % 50) for i in range(200000)))
print("mapping_classes", hits, len(merged), len(groups), sum(len(v) for v in groups.values()),
      counts.most_common(2), words.most_common(1), len(reg))
