# Each thread has its own recursion depth and its own handled exception.
import sys
import threading

results = {}


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def deep(name, n):
    results[name] = depth(n)


def too_deep(name):
    def forever(k):
        return forever(k + 1)

    try:
        forever(0)
    except RecursionError as e:
        results[name] = type(e).__name__


threads = [
    threading.Thread(target=deep, args=("a", 500)),
    threading.Thread(target=too_deep, args=("b",)),
    threading.Thread(target=deep, args=("c", 800)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

seen = []


def handler(tag):
    try:
        raise KeyError(tag)
    except KeyError:
        for _ in range(5000):
            pass
        seen.append((tag, repr(sys.exc_info()[1])))


hs = [threading.Thread(target=handler, args=(t,)) for t in "xyz"]
for t in hs:
    t.start()
for t in hs:
    t.join()
print(sorted(seen), sys.exc_info())
