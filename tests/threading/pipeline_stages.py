# A three-stage pipeline: parse -> transform -> collect, joined by queues.
import queue
import threading

STOP = object()
raw = queue.Queue(maxsize=4)
parsed = queue.Queue(maxsize=4)
collected = []


def parse():
    while True:
        line = raw.get()
        if line is STOP:
            parsed.put(STOP)
            break
        name, _, value = line.partition("=")
        parsed.put((name.strip(), int(value)))


def transform():
    while True:
        item = parsed.get()
        if item is STOP:
            break
        name, value = item
        collected.append(f"{name.upper()}:{value * 10}")


stages = [threading.Thread(target=parse), threading.Thread(target=transform)]
for s in stages:
    s.start()
for i, line in enumerate(["a = 1", "b=2", "c =3", "d= 4", "e=5", "f=6", "g=7"]):
    raw.put(line)
raw.put(STOP)
for s in stages:
    s.join()
print(collected)
print(raw.empty(), parsed.empty())
