import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_readline_tell")
try:
    path = os.path.join(TMP, "t.txt")
    with open(path, "w") as f:
        f.write("alpha\nbeta\ngamma\n")
    with open(path) as f:
        print(f.tell())
        print(repr(f.readline()), f.tell())
        print(repr(f.readline()), f.tell())
        pos = f.tell()
        print(repr(f.read()))
        f.seek(pos)
        print(repr(f.readline()))
        print(repr(f.readline()), repr(f.readline()))
        f.seek(0)
        print(repr(f.read(3)), repr(f.readline(2)), repr(f.readline()))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
