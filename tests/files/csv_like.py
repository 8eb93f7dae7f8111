import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_csv_like")
try:
    rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("pear", 10, 0.25), ("fig", 7, 1.75)]
    path = os.path.join(TMP, "table.csv")
    with open(path, "w") as f:
        for row in rows:
            print(*row, sep=",", file=f)
    total = 0.0
    with open(path) as f:
        header = f.readline().rstrip("\n").split(",")
        print(header)
        for line in f:
            name, qty, price = line.rstrip("\n").split(",")
            total += int(qty) * float(price)
            print(f"{name:>6} {int(qty):3d} {float(price):6.2f}")
    print("total", total)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
