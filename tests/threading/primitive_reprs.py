# The reprs of the synchronisation primitives (addresses and idents cut off).
import threading
r = threading.RLock()
print(repr(r).split(" at ")[0])
r.acquire(); r.acquire()
print(repr(r).split(" at ")[0].replace(str(threading.get_ident()), "ME"))
l = threading.Lock()
print(repr(l).split(" at ")[0])
e = threading.Event()
print(repr(e).split(" at ")[0], repr(e).split(": ")[1])
s = threading.Semaphore(3); print(repr(s).split(" at ")[0], repr(s).split(": ")[1])
b = threading.BoundedSemaphore(3); print(repr(b).split(" at ")[0], repr(b).split(": ")[1])
c = threading.Condition(l); print(repr(c).split(" at ")[0])
