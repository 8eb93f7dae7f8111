import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_os_path_fs")


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
    f = os.path.join(TMP, "f.txt")
    d = os.path.join(TMP, "sub")
    os.mkdir(d)
    with open(f, "w") as h:
        h.write("12345")
    for path in (f, d, os.path.join(TMP, "nothing")):
        print(os.path.basename(path), os.path.exists(path), os.path.isfile(path), os.path.isdir(path))
    print(os.path.getsize(f))
    try:
        os.path.getsize(os.path.join(TMP, "nothing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    print(os.path.abspath(f) == f, os.path.isabs(os.path.abspath("x")))
    print(os.path.relpath(f, TMP), os.path.relpath(TMP, d))
    print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
