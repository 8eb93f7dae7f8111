# __import__ and importlib reach the modules the evaluator makes (time,
# _thread) as the import statement does, and give the same module object.
t = __import__("time")
import time
print(t is time, t.sleep(0))
import importlib
thread = importlib.import_module("_thread")
lock = thread.allocate_lock()
print(type(lock).__name__, lock.acquire(), lock.locked())
lock.release()
print(__import__("_thread") is thread)
