import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_large_file_lines")


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
    path = os.path.join(TMP, "big.txt")
    with open(path, "w") as f:
        for i in range(4000):
            f.write("%d,%s\n" % (i, "x" * (i % 50)))
    print(os.path.getsize(path))
    count = 0
    longest = 0
    with open(path) as f:
        for line in f:
            count += 1
            longest = max(longest, len(line))
    print(count, longest)
    with open(path, "rb") as f:
        data = f.read()
    print(data.count(b"\n"), data[-10:])
    with open(path) as f:
        f.seek(50000)
        f.readline()
        print(repr(f.readline()))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
