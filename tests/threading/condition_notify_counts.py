# Condition.notify(n) wakes at most n waiters; notify_all wakes the rest.
import threading
import time

cond = threading.Condition()
woken = []
waiting = [0]


def waiter(i):
    with cond:
        waiting[0] += 1
        cond.wait()
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
while True:
    with cond:
        if waiting[0] == 5:
            break
    time.sleep(0.001)
with cond:
    cond.notify(2)
time.sleep(0.01)
print("after notify(2):", len(woken))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", len(woken), sorted(woken))
print(repr(cond).startswith("<Condition("))
