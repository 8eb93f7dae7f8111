import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_file_errors")
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
