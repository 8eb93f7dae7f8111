# The low-level _thread module: start_new_thread, allocate_lock, get_ident.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
out = []


def work(a, b, c=0):
    out.append(a + b + c)
    out.append(_thread.get_ident() != main_ident)
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
print(type(ident).__name__)
done.acquire()
print(out)
lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked())
with lock:
    print("inside:", lock.locked())
print("after:", lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
lock.acquire()
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
print(isinstance(_thread.TIMEOUT_MAX, float), _thread.error is RuntimeError)
for bad in [(1, ()), (work, [1, 2]), (work, (1, 2), 5)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(e)
