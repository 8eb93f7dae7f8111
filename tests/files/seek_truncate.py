import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_seek_truncate")


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
    path = os.path.join(TMP, "s.txt")
    with open(path, "w+") as f:
        f.write("0123456789")
        print(f.tell())
        f.seek(4)
        print(f.read(3), f.tell())
        f.seek(0)
        f.write("ab")
        f.seek(0)
        print(f.read())
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(repr(f.read()))
        print(f.seek(0, 2))
    with open(path, "r+b") as f:
        f.seek(2)
        f.write(b"ZZ")
        print(f.tell())
        f.truncate()
        f.seek(0)
        print(f.read())
    print(os.path.getsize(path))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
