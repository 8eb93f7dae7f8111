import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_readlines_hint")


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
