# f-strings with nested quotes, dict lookups and format specs computed at runtime
data = {"a": 1.23456, "b": -9.87654}
for key in sorted(data):
    for spec in (".1f", "+.3e", "08.2f", "^10.2%"):
        print(f"{key}: [{data[key]:{spec}}]")
rows = [("apples", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print(f"{name:<12}|{qty:>4d}|{price:>8.2f}|{qty * price:>8.2f}")
print(f"{'total':<12}|{sum(r[1] for r in rows):>4d}|{'':>8}|{sum(r[1] * r[2] for r in rows):>8.2f}")
print(f'{"it" + "s"}', f"{'%s' % 'pct'}", f"{'{}'.format(1)}")
