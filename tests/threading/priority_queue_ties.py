# PriorityQueue entries whose priorities tie come out in CPython's order
# (only the priority takes part in comparisons).
import queue
import threading


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


pq = queue.PriorityQueue()
for i, p in enumerate([3, 1, 2, 1, 3, 2, 1, 0, 2, 3, 1, 0]):
    pq.put(Job(p, f"job{i}"))
print([(j.priority, j.name) for j in (pq.get() for _ in range(pq.qsize()))])

# producers of different priorities feeding one consumer thread
work = queue.PriorityQueue()
done = []


def consumer():
    while True:
        priority, seq, label = work.get()
        if label is None:
            break
        done.append((priority, label))


for seq, (priority, label) in enumerate([(5, "low"), (1, "urgent"), (3, "mid"), (1, "urgent2")]):
    work.put((priority, seq, label))
work.put((99, 99, None))
t = threading.Thread(target=consumer)
t.start()
t.join()
print(done)
