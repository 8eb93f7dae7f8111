# Event: threads wait until the main thread sets it.
import threading

go = threading.Event()
log = []
log_lock = threading.Lock()


def runner(n):
    go.wait()
    with log_lock:
        log.append(n)


threads = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
print("before set:", log, go.is_set())
go.set()
for t in threads:
    t.join()
print("after set:", sorted(log), go.is_set())
print("wait on set event:", go.wait(0))
go.clear()
print("cleared:", go.is_set(), go.wait(0.01))

# a chain of events, each thread signalling the next
events = [threading.Event() for _ in range(4)]
order = []


def stage(i):
    events[i].wait()
    order.append(i)
    if i + 1 < len(events):
        events[i + 1].set()


chain = [threading.Thread(target=stage, args=(i,)) for i in reversed(range(4))]
for t in chain:
    t.start()
events[0].set()
for t in chain:
    t.join()
print("order:", order)
