import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_newline_modes")
try:
    path = os.path.join(TMP, "nl.txt")
    with open(path, "wb") as f:
        f.write(b"a\r\nb\rc\nd")
    for newline in (None, "", "\n", "\r", "\r\n"):
        with open(path, newline=newline) as f:
            print(repr(newline), f.readlines())
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "w", newline="\r\n") as f:
        f.write("x\ny\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w", newline="") as f:
        f.write("p\r\nq\n")
    with open(path, "rb") as f:
        print(f.read())
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
