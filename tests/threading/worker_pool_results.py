# A small thread pool: tasks from a queue, results and errors collected
# in submission order.
import queue
import threading


class Pool:
    def __init__(self, size):
        self.tasks = queue.Queue()
        self.results = {}
        self.lock = threading.Lock()
        self.workers = [threading.Thread(target=self._work, name=f"pool-{i}") for i in range(size)]
        for w in self.workers:
            w.start()

    def _work(self):
        while True:
            job = self.tasks.get()
            if job is None:
                self.tasks.task_done()
                return
            index, fn, args = job
            try:
                value = ("ok", fn(*args))
            except Exception as e:
                value = ("error", f"{type(e).__name__}: {e}")
            with self.lock:
                self.results[index] = value
            self.tasks.task_done()

    def map(self, fn, items):
        for i, item in enumerate(items):
            self.tasks.put((i, fn, (item,)))
        self.tasks.join()
        return [self.results[i] for i in range(len(items))]

    def close(self):
        for _ in self.workers:
            self.tasks.put(None)
        for w in self.workers:
            w.join()


def risky(x):
    if x % 4 == 3:
        raise ValueError(f"bad {x}")
    return 100 // (x - 5)


pool = Pool(3)
for item in pool.map(risky, list(range(10))):
    print(item)
print(pool.map(len, ["a", "bb", "ccc"]))
pool.close()
print([w.is_alive() for w in pool.workers])
