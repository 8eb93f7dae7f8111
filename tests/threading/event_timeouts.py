# Event.wait with timeouts returns whether the flag is set.
import threading
import time

e = threading.Event()
start = time.monotonic()
print(e.wait(0.02), time.monotonic() - start >= 0.015)
print(e.wait(0), e.wait(-1))


def later():
    time.sleep(0.01)
    e.set()


t = threading.Thread(target=later)
t.start()
print(e.wait(5))
t.join()
print(e.wait(0.001), e.is_set())
e.clear()
results = []


def waiter(timeout):
    results.append((timeout, e.wait(timeout)))


ws = [threading.Thread(target=waiter, args=(t,)) for t in (0.005, 0.01, None)]
for w in ws:
    w.start()
time.sleep(0.05)
e.set()
for w in ws:
    w.join()
print(sorted(results, key=lambda r: (r[0] is None, r[0] or 0)))
