import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_listdir_mkdir")


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
    for name in ["b", "a", "c"]:
        os.mkdir(os.path.join(TMP, name))
    for name in ["z.txt", "y.txt"]:
        open(os.path.join(TMP, name), "w").close()
    print(sorted(os.listdir(TMP)))
    try:
        os.mkdir(os.path.join(TMP, "a"))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.listdir(os.path.join(TMP, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    try:
        os.rmdir(os.path.join(TMP, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__)
    os.rmdir(os.path.join(TMP, "b"))
    os.remove(os.path.join(TMP, "y.txt"))
    print(sorted(os.listdir(TMP)))
    try:
        os.remove(os.path.join(TMP, "a"))
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno)
    open(os.path.join(TMP, "a", "inner"), "w").close()
    try:
        os.rmdir(os.path.join(TMP, "a"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
