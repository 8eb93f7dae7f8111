class Event:
    counter = 0

    def __init__(self, time, priority, name, action=None):
        self.time = time
        self.priority = priority
        self.name = name
        self.action = action
        Event.counter += 1
        self.seq = Event.counter

    def key(self):
        return (self.time, -self.priority, self.seq)

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"<{self.name}@{self.time} p{self.priority}>"


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.log = []

    def schedule(self, delay, name, priority=0, action=None):
        ev = Event(self.now + delay, priority, name, action)
        lo, hi = 0, len(self.queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.queue[mid] < ev:
                lo = mid + 1
            else:
                hi = mid
        self.queue.insert(lo, ev)
        return ev

    def cancel(self, ev):
        try:
            self.queue.remove(ev)
            return True
        except ValueError:
            return False

    def run(self, until=None):
        while self.queue:
            if until is not None and self.queue[0].time > until:
                break
            ev = self.queue.pop(0)
            self.now = ev.time
            self.log.append((self.now, ev.name))
            if ev.action:
                ev.action(self, ev)
        return len(self.log)


def ticker(sched, ev):
    n = int(ev.name.split("-")[1])
    if n < 3:
        sched.schedule(5, f"tick-{n + 1}", action=ticker)


def alarm(sched, ev):
    print(f"  ALARM at t={sched.now}; pending={sched.queue}")


s = Scheduler()
s.schedule(0, "tick-0", action=ticker)
s.schedule(7, "low", priority=1)
s.schedule(7, "high", priority=9)
s.schedule(7, "mid", priority=5)
doomed = s.schedule(3, "doomed")
s.schedule(12, "alarm", priority=2, action=alarm)
print(s.queue)
print(s.cancel(doomed), s.cancel(doomed))
print(s.run(until=10), s.now)
print(s.log)
print(s.run(), s.now)
for t, name in s.log:
    print(f"t={t:>3} {name}")
events = [Event(3, 1, "a"), Event(1, 1, "b"), Event(3, 2, "c"), Event(1, 0, "d")]
print(sorted(events), min(events), max(events))
print(sorted(events, key=Event.key, reverse=True))
try:
    events[0] > 5
except TypeError as e:
    print("TypeError:", e)
try:
    events[0] <= events[1]
except TypeError as e:
    print("TypeError:", e)
