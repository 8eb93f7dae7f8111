# Busy threads that never block still take turns: one spins until
# another, started later, sets a flag (this needs preemption).
import threading

flags = {"ready": False, "ack": False}


def spinner():
    n = 0
    while not flags["ready"]:
        n += 1
    flags["ack"] = True


def setter():
    total = 0
    for i in range(1000):
        total += i
    flags["ready"] = True


a = threading.Thread(target=spinner)
b = threading.Thread(target=setter)
a.start()
b.start()
a.join()
b.join()
print(flags)

# main spins too, waiting for a worker to finish a long computation
done = []


def compute():
    done.append(sum(i * i for i in range(20000)))


w = threading.Thread(target=compute)
w.start()
while not done:
    pass
w.join()
print(done)

# a ping-pong between two busy threads through shared state
state = {"turn": 0, "log": []}


def player(me, other, rounds):
    for _ in range(rounds):
        while state["turn"] != me:
            pass
        state["log"].append(me)
        state["turn"] = other


p1 = threading.Thread(target=player, args=(0, 1, 5))
p2 = threading.Thread(target=player, args=(1, 0, 5))
p1.start()
p2.start()
p1.join()
p2.join()
print(state["log"])
