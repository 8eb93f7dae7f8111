import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_large_file_lines")
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
