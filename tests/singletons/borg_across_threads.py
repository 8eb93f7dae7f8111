# The Borg pattern seen from several threads: one shared state object.
import threading


class Borg:
    _shared = {}
    _lock = threading.Lock()

    def __init__(self):
        self.__dict__ = self._shared

    def bump(self, key):
        with self._lock:
            self.__dict__[key] = self.__dict__.get(key, 0) + 1


def worker(n):
    b = Borg()
    for _ in range(10):
        b.bump("hits")
    setattr(b, f"worker_{n}", True)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
b = Borg()
print(b.hits, sorted(k for k in vars(b) if k.startswith("worker_")))
print(vars(b) is Borg._shared)
