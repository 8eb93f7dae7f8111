import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_scandir_entries")
try:
    os.mkdir(os.path.join(TMP, "dir1"))
    for n in ("one.py", "two.txt"):
        with open(os.path.join(TMP, n), "w") as f:
            f.write(n)
    with os.scandir(TMP) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.is_dir(), e.is_file(), os.path.basename(e.path))
    print([e.name for e in sorted(os.scandir(TMP), key=lambda e: e.name) if e.name.endswith(".py")])
    print(os.path.basename(os.fspath(entries[0])))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
