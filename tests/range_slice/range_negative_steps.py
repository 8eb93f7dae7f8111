# Ranges with negative steps: len, membership, indexing, empty cases
for r in [range(10, 0, -1), range(10, -1, -3), range(0, 10, -1), range(-1, -10, -2), range(5, 5, -1), range(3, -4, -7),
          range(-5, -10, -1), range(2**40, 2**40 - 10, -4)]:
    print(r, len(r), list(r)[:6], r[0] if r else None, r[-1] if r else None, (r.start - 1) in r, r.stop in r)
r = range(20, 0, -3)
print([x in r for x in (20, 17, 2, 1, 0, 21)], r.index(5), r.count(8), r[::-1], r[1:3], r[-2:])
