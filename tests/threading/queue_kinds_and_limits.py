# LifoQueue, PriorityQueue, SimpleQueue, bounded queues, Empty and Full.
import queue
import threading
import time

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (5, "e"), (2, "b"), (4, "d"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.get(), sq.get_nowait(), sq.empty(), sq.qsize())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue empty")

bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put(2)
print(bq.full(), bq.qsize())
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full raised")
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(bq.get(), bq.get())
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    bq.get(block=False)
except queue.Empty as e:
    print("Empty raised", repr(e))
try:
    bq.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    bq.task_done()
    bq.task_done()
    bq.task_done()
except ValueError as e:
    print(e)

# a blocked producer resumes when a consumer makes room
small = queue.Queue(maxsize=1)
log = []


def producer():
    for i in range(4):
        small.put(i)
        log.append(f"put {i}")


t = threading.Thread(target=producer)
t.start()
got = []
for _ in range(4):
    time.sleep(0.002)
    got.append(small.get())
t.join()
print(got, len(log))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# peeking at the underlying containers
fq = queue.Queue()
for x in (1, 2, 3):
    fq.put(x)
fq.get()
print(type(fq.queue).__name__, list(fq.queue), fq.queue[0])
print(type(queue.LifoQueue().queue).__name__, type(queue.PriorityQueue().queue).__name__)
