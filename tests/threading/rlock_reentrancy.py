# RLock: the owner can acquire again; other threads wait for full release.
import threading

r = threading.RLock()


def nested(depth):
    with r:
        if depth:
            return nested(depth - 1) + 1
        return 0


print(nested(5))
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
results = []


def other():
    results.append(("try", r.acquire(blocking=False)))
    got = r.acquire(timeout=0.01)
    results.append(("timeout", got))


t = threading.Thread(target=other)
t.start()
t.join()
r.release()
r.release()
r.release()
t = threading.Thread(target=lambda: results.append(("free", r.acquire(False))))
t.start()
t.join()
print(results)

try:
    r.release()
except RuntimeError as e:
    print(e)


class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0

    def deposit(self, n):
        with self.lock:
            self.balance += n

    def deposit_twice(self, n):
        with self.lock:
            self.deposit(n)
            self.deposit(n)


acct = Account()
ts = [threading.Thread(target=acct.deposit_twice, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acct.balance)
