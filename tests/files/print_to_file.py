import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_print_to_file")


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
    path = os.path.join(TMP, "p.txt")
    with open(path, "w") as f:
        print("a", 1, 2.5, None, file=f)
        print("x", "y", sep="-", end="!\n", file=f)
        print(file=f)
        print([1, 2], {"k": "v"}, file=f, flush=True)
    with open(path) as f:
        print(repr(f.read()))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
