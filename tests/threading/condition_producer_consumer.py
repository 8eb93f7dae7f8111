# Producer/consumer on a Condition, with a bounded buffer.
import threading

buffer = []
capacity = 3
cond = threading.Condition()
consumed = []
DONE = object()


def producer(items):
    for item in items:
        with cond:
            while len(buffer) >= capacity:
                cond.wait()
            buffer.append(item)
            cond.notify_all()
    with cond:
        while len(buffer) >= capacity:
            cond.wait()
        buffer.append(DONE)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
            cond.notify_all()
        if item is DONE:
            break
        consumed.append(item * item)


p = threading.Thread(target=producer, args=(range(20),))
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
print(consumed)
print(len(consumed), buffer)

# wait_for with a predicate, and a timeout that expires
ready = []
cv = threading.Condition(threading.Lock())


def setter():
    with cv:
        ready.append(True)
        cv.notify()


with cv:
    threading.Thread(target=setter).start()
    print("wait_for:", cv.wait_for(lambda: ready))
with cv:
    print("timed out:", cv.wait(0.01))
    print("wait_for timeout:", cv.wait_for(lambda: False, timeout=0.01))
