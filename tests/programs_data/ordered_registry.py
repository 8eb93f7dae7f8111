from collections import OrderedDict, namedtuple, deque

Event = namedtuple("Event", "ts kind payload")

class EventLog:
    def __init__(self, maxlen=5):
        self.recent = deque(maxlen=maxlen)
        self.by_kind = OrderedDict()
    def add(self, ev):
        self.recent.append(ev)
        self.by_kind.setdefault(ev.kind, []).append(ev.ts)
        self.by_kind.move_to_end(ev.kind)
    def __len__(self):
        return len(self.recent)
    def __iter__(self):
        return iter(self.recent)
    def __contains__(self, kind):
        return kind in self.by_kind
    def __getitem__(self, i):
        return self.recent[i]

log = EventLog(3)
for i, kind in enumerate(["start", "tick", "tick", "stop", "tick"]):
    log.add(Event(i, kind, {"n": i}))
print(len(log), [e.ts for e in log], "stop" in log, "boom" in log)
print(list(log.by_kind.items()), log[0], log[-1].payload)
try:
    log[5]
except IndexError as e:
    print(type(e).__name__, e)
ev = log[0]
print(ev._replace(kind="x"), ev._fields, ev.count(2), ev.index("tick"))
d = OrderedDict(b=2, a=1)
d["c"] = 3
print(d, list(d.keys()), d.popitem(last=False), d)
print(OrderedDict(sorted({"z": 1, "y": 2}.items())), repr(OrderedDict()))
dq = deque("abc")
dq.extend("de")
print(dq, dq.popleft(), "".join(dq), dq.copy() == dq, list(reversed(dq)), dq * 2)
dq.clear()
print(dq, len(dq), bool(dq))
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
dq = deque(range(10), maxlen=3)
print(dq, dq.maxlen, sum(dq))
dq.insert(0, 99) if len(dq) < 3 else print("full")
try:
    dq.insert(0, 99)
except IndexError as e:
    print(type(e).__name__, e)
Pair = namedtuple("Pair", "left right", rename=False)
print(Pair(*"ab"), Pair(left=1, right=2) == (1, 2), Pair.__name__, isinstance(Pair(1, 2), tuple))
R = namedtuple("R", "a def b", rename=True)
print(R._fields)
