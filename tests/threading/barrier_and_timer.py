# Barrier: threads wait for each other in phases; Timer: a delayed call.
import threading

barrier = threading.Barrier(3)
phases = []
lock = threading.Lock()


def phase_worker(n):
    for phase in range(3):
        with lock:
            phases.append((phase, n))
        barrier.wait()


threads = [threading.Thread(target=phase_worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([p for p, _ in phases])
print(barrier.parties, barrier.n_waiting, barrier.broken)

actions = []
b2 = threading.Barrier(2, action=lambda: actions.append("all arrived"))
indexes = []
t = threading.Thread(target=lambda: indexes.append(b2.wait()))
t.start()
indexes.append(b2.wait())
t.join()
print(actions, sorted(indexes))

b3 = threading.Barrier(2)
try:
    b3.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("broken after timeout:", b3.broken)
b3.reset()
print("reset:", b3.broken)

fired = []
timer = threading.Timer(0.01, fired.append, args=["fired"])
timer.start()
timer.join()
print(fired)
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, cancelled.is_alive())
