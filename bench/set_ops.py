# Set work: building, membership, unions/intersections and differences of int sets.
def multiples(step, limit):
    return set(range(0, limit, step))


limit = 500000
total = 0
for step in range(2, 30):
    a = multiples(step, limit)
    b = multiples(step + 1, limit)
    total += len(a & b) + len(a | b) - len(a ^ b) + len(a - b)
seen = set()
dups = 0
x = 1
for i in range(2000000):
    x = (x * 48271) % 65521
    if x in seen:
        dups += 1
    else:
        seen.add(x)
for v in range(0, 65521, 3):
    seen.discard(v)
print("set_ops", total, dups, len(seen))
