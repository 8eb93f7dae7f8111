# An unguarded check-then-create singleton really races: every thread
# checks before any creates (they all pause between check and create).
import threading
import time


class Lazy:
    _instance = None
    created = 0

    @classmethod
    def get(cls, started):
        if cls._instance is None:
            started.wait()
            time.sleep(0.05)
            cls.created += 1
            cls._instance = object.__new__(cls)
        return cls._instance


all_checked = threading.Event()
results = []


def worker():
    results.append(Lazy.get(all_checked))


threads = [threading.Thread(target=worker) for _ in range(5)]
for t in threads:
    t.start()
all_checked.set()
for t in threads:
    t.join()
print("more than one instance created:", Lazy.created > 1)
print("created:", Lazy.created)
print("callers got different objects:", len({id(r) for r in results}) > 1)


# The same class guarded by a lock: exactly one.
class Guarded:
    _instance = None
    _lock = threading.Lock()
    created = 0

    @classmethod
    def get(cls, started):
        with cls._lock:
            if cls._instance is None:
                started.wait()
                time.sleep(0.05)
                cls.created += 1
                cls._instance = object.__new__(cls)
        return cls._instance


go = threading.Event()
got = []
threads = [threading.Thread(target=lambda: got.append(Guarded.get(go))) for _ in range(5)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print("guarded created:", Guarded.created, "distinct:", len({id(g) for g in got}))
