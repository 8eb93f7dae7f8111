import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_write_read_text")
try:
    path = os.path.join(TMP, "notes.txt")
    with open(path, "w") as f:
        n = f.write("first line\n")
        print("wrote", n)
        f.write("second line\n")
        f.writelines(["third\n", "fourth\n"])
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    print(os.path.getsize(path))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
