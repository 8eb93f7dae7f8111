# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.value = "main"
seen = {}
lock = threading.Lock()


def worker(n):
    print_missing = not hasattr(data, "value")
    data.value = n
    for _ in range(50):
        pass
    with lock:
        seen[n] = (print_missing, data.value)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
print(data.value)


class Context(threading.local):
    def __init__(self, prefix):
        self.prefix = prefix
        self.items = []

    def add(self, x):
        self.items.append(f"{self.prefix}{x}")
        return len(self.items)


ctx = Context("p-")
ctx.add("main")
out = []


def use():
    out.append((ctx.prefix, ctx.items[:]))
    ctx.add(threading.current_thread().name)
    out.append(ctx.items[:])


t = threading.Thread(target=use, name="T")
t.start()
t.join()
print(out)
print(ctx.items)
try:
    threading.local(1)
except TypeError as e:
    print(e)
del data.value
print(hasattr(data, "value"))
try:
    del data.missing
except AttributeError as e:
    print(type(e).__name__)
