import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_makedirs_walk")
try:
    deep = os.path.join(TMP, "x", "y", "z")
    os.makedirs(deep)
    os.makedirs(deep, exist_ok=True)
    try:
        os.makedirs(deep)
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    for i, sub in enumerate(["x", os.path.join("x", "y"), os.path.join("x", "y", "z")]):
        with open(os.path.join(TMP, sub, "f%d.txt" % i), "w") as f:
            f.write("n" * (i + 1))
    for root, dirs, files in os.walk(TMP):
        print(os.path.relpath(root, TMP), sorted(dirs), sorted(files))
    total = 0
    for root, dirs, files in os.walk(TMP):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    print("bytes", total)
    with open(os.path.join(TMP, "x", "y", "f1.txt")) as f:
        print(f.read())
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
