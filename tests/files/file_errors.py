import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_file_errors")


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
    missing = os.path.join(TMP, "missing.txt")
    try:
        open(missing)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
        print(isinstance(e, OSError), e.args)
    try:
        open(TMP)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        open(os.path.join(TMP, "no", "such", "dir.txt"), "w")
    except OSError as e:
        print(type(e).__name__, e.errno)
    path = os.path.join(TMP, "x.txt")
    open(path, "x").close()
    try:
        open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
