# Thread with target/args/kwargs, names, reprs, is_alive, join.
import threading

out = []


def worker(a, b, *, scale=1):
    out.append((a + b) * scale)


t = threading.Thread(target=worker, args=(1, 2), kwargs={"scale": 10})
print(t)
print(t.name, t.daemon, t.is_alive(), t.ident)
t.start()
t.join()
print(out)
print(repr(t).startswith("<Thread(Thread-1 (worker), stopped "), t.is_alive())
print(isinstance(t.ident, int), t.ident != threading.get_ident())

u = threading.Thread(target=lambda: None, name="custom")
print(u)
v = threading.Thread()
print(v.name)
w = threading.Thread(target=print, daemon=True)
print(w)
w2 = threading.Thread(target=worker, args=(3, 4))
print(w2.name)
main = threading.current_thread()
print(main.name, main.daemon, main is threading.main_thread())
print(repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.active_count(), len(threading.enumerate()))
x = threading.Thread(target=len, args=("abc",), name=42)
print(x.name, type(x.name).__name__)
x.name = "renamed"
print(x.getName())
