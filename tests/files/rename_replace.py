import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_rename_replace")
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
