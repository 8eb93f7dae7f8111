# A lock-guarded singleton hammered by many threads: always one instance.
import threading
import time


class Service:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    time.sleep(0.001)  # widen the window: others pile up on the lock
                    Service.created += 1
                    cls._instance = super().__new__(cls)
        return cls._instance


seen = []
seen_lock = threading.Lock()


def worker():
    for _ in range(20):
        s = Service()
        with seen_lock:
            seen.append(id(s))


threads = [threading.Thread(target=worker) for _ in range(16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("instances created:", Service.created)
print("distinct ids:", len(set(seen)), "calls:", len(seen))
