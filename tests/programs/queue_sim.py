class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state

    def uniform(self):
        return self.next() / 2 ** 31

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.next() % len(seq)]


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = self.end = None

    @property
    def wait(self):
        return self.start - self.arrival


def simulate(tellers, customers):
    free_at = [0] * tellers
    served = []
    for c in sorted(customers, key=lambda c: c.arrival):
        idx = min(range(tellers), key=lambda i: (free_at[i], i))
        c.start = max(c.arrival, free_at[idx])
        c.end = c.start + c.service
        free_at[idx] = c.end
        served.append((c, idx))
    return served


rng = LCG(2024)
customers = []
t = 0
for cid in range(1, 21):
    t += rng.randint(0, 4)
    customers.append(Customer(cid, t, rng.randint(2, 9)))
print([(c.arrival, c.service) for c in customers[:8]])
for tellers in (1, 2, 3):
    served = simulate(tellers, customers)
    waits = [c.wait for c, _ in served]
    busiest = max(range(tellers), key=lambda i: sum(c.service for c, k in served if k == i))
    print(f"tellers={tellers}: avg wait {sum(waits) / len(waits):6.2f}, max {max(waits):3}, "
          f"finish {max(c.end for c, _ in served):3}, busiest #{busiest}")
served = simulate(2, customers)
print(f"{'id':>3} {'arr':>4} {'svc':>4} {'start':>6} {'end':>4} {'wait':>5} teller")
for c, k in served[:10]:
    print(f"{c.cid:>3} {c.arrival:>4} {c.service:>4} {c.start:>6} {c.end:>4} {c.wait:>5} {'*' * (k + 1)}")
histogram = {}
for c, _ in served:
    bucket = c.wait // 5 * 5
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print(f"{bucket:>3}-{bucket + 4:<3} {'#' * histogram[bucket]}")
print([round(rng.uniform(), 4) for _ in range(5)], rng.choice("ABCDE"), rng.state)
