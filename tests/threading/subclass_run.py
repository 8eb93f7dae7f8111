# Thread subclasses overriding run, with their own state and results.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


class Named(threading.Thread):
    def __init__(self, tag):
        super().__init__(name=f"named-{tag}")

    def run(self):
        print("running in", threading.current_thread().name, threading.current_thread() is self)


workers = [Summer(range(i * 10, i * 10 + 10)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers])
print(workers[0].name, repr(workers[0]).startswith("<Summer(Thread-1, stopped"))
n = Named("a")
n.start()
n.join()
print(repr(n).startswith("<Named(named-a, stopped "))


class WithTarget(threading.Thread):
    def run(self):
        print("subclass run ignores target?", self._target is not None)
        super().run()


WithTarget(target=print, args=("target called",)).start()
