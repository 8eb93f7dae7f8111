# The errors threading raises, with CPython's messages.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("join:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start:", e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("self join:", e)

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("lock:", e)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("rlock:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("acquire:", e)
try:
    lock.acquire(True, -5)
except ValueError as e:
    print("acquire:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("semaphore:", e)
b = threading.BoundedSemaphore(2)
try:
    b.release()
except ValueError as e:
    print("bounded:", e)
c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print("wait:", e)
try:
    c.notify()
except RuntimeError as e:
    print("notify:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("init:", e)
