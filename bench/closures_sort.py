# Closures, lambdas and sort keys: higher-order functions over records.
def make_scaler(k):
    def scale(v):
        return v * k
    return scale


def compose(f, g):
    return lambda x: f(g(x))


records = [(i, "name%05d" % ((i * 7919) % 20000), (i * 31) % 997) for i in range(150000)]
by_name = sorted(records, key=lambda r: r[1])
by_score = sorted(records, key=lambda r: (-r[2], r[0]))
scalers = [make_scaler(k) for k in range(1, 6)]
pipeline = compose(scalers[2], compose(scalers[1], scalers[0]))
total = 0
for i in range(1200000):
    total += pipeline(i) % 1000
counter = [0]


def bump():
    counter[0] += 1
    return counter[0]


for _ in range(600000):
    bump()
print("closures_sort", by_name[0][0], by_score[0], total, counter[0])
