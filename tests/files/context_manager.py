import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_context_manager")


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
    path = os.path.join(TMP, "cm.txt")
    with open(path, "w") as f:
        print(f.closed)
    print(f.closed)
    try:
        with open(path, "w") as g:
            g.write("partial")
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("caught", e, g.closed)
    with open(path) as f:
        print(f.read())
    with open(path) as a, open(path) as b:
        print(a.read(3), b.read(4))
    print(a.closed, b.closed)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
