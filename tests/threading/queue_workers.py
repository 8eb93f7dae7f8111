# queue.Queue with worker threads, task_done/join, and sentinel shutdown.
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        results.put((item, item ** 2))
        jobs.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(12):
    jobs.put(n)
jobs.join()
print("all jobs done, unfinished:", jobs.unfinished_tasks)
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out))
print(results.qsize(), results.empty())
