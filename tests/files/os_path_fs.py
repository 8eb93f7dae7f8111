import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_os_path_fs")
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
