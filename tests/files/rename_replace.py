import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_rename_replace")


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
    a = os.path.join(TMP, "a.txt")
    b = os.path.join(TMP, "b.txt")
    with open(a, "w") as f:
        f.write("A")
    os.rename(a, b)
    print(os.path.exists(a), os.path.exists(b), open(b).read())
    with open(a, "w") as f:
        f.write("new A")
    os.replace(a, b)
    print(sorted(os.listdir(TMP)), open(b).read())
    try:
        os.rename(a, b)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename), os.path.basename(e.filename2))
    os.unlink(b)
    print(os.listdir(TMP))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
