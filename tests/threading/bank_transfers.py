# Transfers between accounts from many threads, locks taken in a fixed
# order: money is conserved and no thread deadlocks.
import threading
import time


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.number)
    with first.lock:
        time.sleep(0)
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                return True
            return False


accounts = [Account(i, 100) for i in range(4)]
outcomes = []
outcome_lock = threading.Lock()


def teller(seed):
    state = seed
    for _ in range(30):
        state = (state * 1103515245 + 12345) % 2**31
        a = accounts[state % 4]
        b = accounts[(state // 4) % 4]
        if a is b:
            continue
        ok = transfer(a, b, state % 50)
        with outcome_lock:
            outcomes.append(ok)


tellers = [threading.Thread(target=teller, args=(s,)) for s in range(6)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
print("total:", sum(a.balance for a in accounts))
print("transfers attempted:", len(outcomes))
print("all balances non-negative:", all(a.balance >= 0 for a in accounts))
