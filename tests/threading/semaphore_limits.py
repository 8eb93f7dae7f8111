# A Semaphore caps how many threads are inside at once.
import threading
import time

limit = threading.Semaphore(2)
inside = 0
peak = 0
counter_lock = threading.Lock()
finished = []


def task(n):
    global inside, peak
    with limit:
        with counter_lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.005)
        with counter_lock:
            inside -= 1
    finished.append(n)


threads = [threading.Thread(target=task, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak inside:", peak, "finished:", sorted(finished))

s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
s.release(2)
print([s.acquire(False) for _ in range(4)])
b = threading.BoundedSemaphore(3)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(e)
