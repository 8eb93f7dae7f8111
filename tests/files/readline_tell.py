import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_readline_tell")


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
    path = os.path.join(TMP, "t.txt")
    with open(path, "w") as f:
        f.write("alpha\nbeta\ngamma\n")
    with open(path) as f:
        print(f.tell())
        print(repr(f.readline()), f.tell())
        print(repr(f.readline()), f.tell())
        pos = f.tell()
        print(repr(f.read()))
        f.seek(pos)
        print(repr(f.readline()))
        print(repr(f.readline()), repr(f.readline()))
        f.seek(0)
        print(repr(f.read(3)), repr(f.readline(2)), repr(f.readline()))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
