# Lock.acquire with timeouts while another thread holds the lock.
import threading
import time

lock = threading.Lock()
holding = threading.Event()
release_now = threading.Event()


def holder():
    with lock:
        holding.set()
        release_now.wait()


t = threading.Thread(target=holder)
t.start()
holding.wait()
start = time.monotonic()
print("timed acquire:", lock.acquire(timeout=0.02))
print("waited long enough:", time.monotonic() - start >= 0.015)
print("non-blocking:", lock.acquire(blocking=False))
print("zero timeout:", lock.acquire(True, 0))
release_now.set()
print("blocking acquire:", lock.acquire())
lock.release()
t.join()

# many threads contend for one lock; each gets it exactly once per round
counter = {"n": 0}
counter_lock = threading.Lock()


def increment(times):
    for _ in range(times):
        with counter_lock:
            value = counter["n"]
            time.sleep(0)
            counter["n"] = value + 1


workers = [threading.Thread(target=increment, args=(50,)) for _ in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("guarded counter:", counter["n"])
