# The main thread gives other threads their turn from inside generators
# (some on their own stacks), and threads start and join other threads.
import threading
import time

log = []
log_lock = threading.Lock()


def note(x):
    with log_lock:
        log.append(x)


def background(tag, n):
    for i in range(n):
        note((tag, i))
        time.sleep(0.001)


def main_gen():
    t = threading.Thread(target=background, args=("g", 3))
    t.start()
    received = yield "started"
    time.sleep(0.005)  # switch while on the generator's own stack
    received = [(yield "slept"), received]
    t.join()
    yield ("joined", received)


g = main_gen()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(sorted(x for x in log if x[0] == "g"))


def spawner(depth, out):
    if depth == 0:
        out.append("leaf")
        return
    children = [threading.Thread(target=spawner, args=(depth - 1, out)) for _ in range(2)]
    for c in children:
        c.start()
    for c in children:
        c.join()
    out.append(f"level {depth}")


out = []
root = threading.Thread(target=spawner, args=(3, out))
root.start()
root.join()
print(out.count("leaf"), out.count("level 1"), out.count("level 2"), out[-1])


# the main thread resumes a thread once from inside a generator and once
# from outside it
ev1, ev2 = threading.Event(), threading.Event()
steps = []


def two_steps():
    ev1.wait()
    steps.append(1)
    ev2.wait()
    steps.append(2)


t = threading.Thread(target=two_steps)
t.start()


def inside():
    ev1.set()
    time.sleep(0.002)
    x = yield len(steps)
    yield x


gen = inside()
print(next(gen))
ev2.set()
t.join()
print(gen.send("outside"), steps)
