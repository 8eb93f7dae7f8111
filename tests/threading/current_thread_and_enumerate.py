# current_thread, enumerate and active_count seen from inside threads.
import threading

release = threading.Event()
names = []


def worker():
    me = threading.current_thread()
    names.append((me.name, me.ident == threading.get_ident()))
    release.wait()


threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(sorted(names))
release.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.main_thread().name, threading.main_thread().is_alive())
print(len({t.ident for t in threads}) == 3)
