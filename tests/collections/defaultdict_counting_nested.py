from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t["a"], list(t["a"]))
counts = defaultdict(Counter)
for word in ["ab", "ac", "bd"]:
    counts[word[0]][word[1]] += 1
print({k: dict(v) for k, v in counts.items()})
Event = namedtuple("Event", "time name")
log = deque([Event(1, "start")], maxlen=2)
log.append(Event(2, "tick"))
log.append(Event(3, "stop"))
print(log)
od = OrderedDict((e.name, e.time) for e in log)
print(od)
