import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_write_read_text")


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
    path = os.path.join(TMP, "notes.txt")
    with open(path, "w") as f:
        n = f.write("first line\n")
        print("wrote", n)
        f.write("second line\n")
        f.writelines(["third\n", "fourth\n"])
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    print(os.path.getsize(path))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
