import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_readlines_hint")
try:
    path = os.path.join(TMP, "h.txt")
    with open(path, "w") as f:
        f.writelines("line %02d\n" % i for i in range(10))
    with open(path) as f:
        print(f.readlines(20))
        print(f.readline(3), f.readline())
        print(len(f.readlines()))
    with open(path, "rb") as f:
        print(f.readlines(10))
        print(f.readline(4))
    with open(path) as f:
        print(next(f), next(iter(f)))
        print(sum(1 for _ in f))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
