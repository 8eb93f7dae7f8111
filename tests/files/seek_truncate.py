import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_seek_truncate")
try:
    path = os.path.join(TMP, "s.txt")
    with open(path, "w+") as f:
        f.write("0123456789")
        print(f.tell())
        f.seek(4)
        print(f.read(3), f.tell())
        f.seek(0)
        f.write("ab")
        f.seek(0)
        print(f.read())
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(repr(f.read()))
        print(f.seek(0, 2))
    with open(path, "r+b") as f:
        f.seek(2)
        f.write(b"ZZ")
        print(f.tell())
        f.truncate()
        f.seek(0)
        print(f.read())
    print(os.path.getsize(path))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
