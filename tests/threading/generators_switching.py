# Threads switch while inside generators (including nested ones and
# generators that block on locks and sleep).
import threading
import time


def ticker(name, n):
    for i in range(n):
        time.sleep(0.001)  # a switch from inside the generator
        yield f"{name}{i}"


def outer(name):
    yield "start"
    total = 0
    for x in inner(name):
        total += len(x)
        yield x
    yield total


def inner(name):
    yield from ticker(name, 3)
    value = (yield "inner-mid") if False else None
    lock = shared_lock
    with lock:  # may block inside a nested generator
        time.sleep(0.002)
        yield f"{name}-locked"


shared_lock = threading.Lock()
results = {}


def worker(name):
    results[name] = list(outer(name))


threads = [threading.Thread(target=worker, args=(n,)) for n in "abc"]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in "abc":
    print(results[name])


# long-running busy generators get preempted: both must make progress
def busy(n):
    total = 0
    for i in range(n):
        total += i
        if i % 1000 == 0:
            yield total
    yield total


sums = {}


def consume(key):
    last = None
    for last in busy(20000):
        pass
    sums[key] = last


ts = [threading.Thread(target=consume, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sums)


# a generator driven by one thread while another waits on an event inside one
ev = threading.Event()


def waiter_gen():
    yield "before"
    ev.wait()
    yield "after"


got = []


def drive():
    for x in waiter_gen():
        got.append(x)


t = threading.Thread(target=drive)
t.start()
time.sleep(0.01)
print("waiting thread alive:", t.is_alive(), got)
ev.set()
t.join()
print(got)


# yields inside expressions (generators on their own stacks), nested three
# deep, blocking on a lock and sleeping at the innermost level
guard = threading.Lock()


def level3(tag):
    for i in range(2):
        with guard:
            time.sleep(0.001)
        echo = [(yield f"{tag}:{i}")]
        del echo


def level2(tag):
    got = []
    for v in level3(tag):
        got.append((yield v))
    return got


def level1(tag):
    result = {"inner": (yield from level2(tag))}
    yield ("done", tag, result)


nested = {}


def run_nested(tag):
    nested[tag] = list(level1(tag))


ts = [threading.Thread(target=run_nested, args=(tag,)) for tag in ("x", "y", "z")]
for t in ts:
    t.start()
for t in ts:
    t.join()
for tag in ("x", "y", "z"):
    print(nested[tag])
