import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_newline_modes")


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
    path = os.path.join(TMP, "nl.txt")
    with open(path, "wb") as f:
        f.write(b"a\r\nb\rc\nd")
    for newline in (None, "", "\n", "\r", "\r\n"):
        with open(path, newline=newline) as f:
            print(repr(newline), f.readlines())
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "w", newline="\r\n") as f:
        f.write("x\ny\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w", newline="") as f:
        f.write("p\r\nq\n")
    with open(path, "rb") as f:
        print(f.read())
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
