# Daemon flags and join with a timeout.
import threading
import time

stop = threading.Event()


def spin():
    while not stop.is_set():
        time.sleep(0.002)


t = threading.Thread(target=spin, daemon=True)
print(t.daemon, t.isDaemon())
t.start()
t.join(timeout=0.02)
print("alive after timed join:", t.is_alive())
stop.set()
t.join()
print("alive after stop:", t.is_alive())

u = threading.Thread(target=spin)
u.daemon = True
print(u.daemon)
inherited = []


def child_daemon():
    inherited.append(threading.Thread(target=len).daemon)


d = threading.Thread(target=child_daemon, daemon=True)
d.start()
d.join()
n = threading.Thread(target=child_daemon)
n.start()
n.join()
print("inherited:", inherited)
print(repr(d).endswith(")>"), " daemon " in repr(d))

forever = threading.Event()
bg = threading.Thread(target=forever.wait, daemon=True)
bg.start()
print("daemon still waiting:", bg.is_alive())
print("main ends without waiting for the daemon")
