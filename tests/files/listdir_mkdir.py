import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_listdir_mkdir")
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
