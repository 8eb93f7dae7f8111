# Chained generators form a lazy pipeline; print statements show the interleaving.
def read(items):
    for item in items:
        print("read", item)
        yield item

def parse(lines):
    for line in lines:
        value = int(line)
        print("parse", value)
        yield value

def keep_even(values):
    for v in values:
        if v % 2 == 0:
            print("keep", v)
            yield v

def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

pipeline = running_total(keep_even(parse(read(["1", "2", "3", "4", "6"]))))
print("pipeline built")
for t in pipeline:
    print("total now", t)

words = "the quick brown fox jumps over the lazy dog".split()
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 3)
print(list(long_ones))
def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
