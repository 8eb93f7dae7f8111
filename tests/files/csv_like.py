import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_csv_like")


def cleanup(top):
    for root, dirs, files in list(os.walk(top, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.isdir(top):
        os.rmdir(top)


cleanup(TMP)
os.makedirs(TMP)
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
