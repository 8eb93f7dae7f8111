import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_unsupported_ops")
try:
    import io
    path = os.path.join(TMP, "u.txt")
    with open(path, "w") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("read:", e, isinstance(e, OSError), isinstance(e, ValueError))
    with open(path, "r") as f:
        try:
            f.write("x")
        except io.UnsupportedOperation as e:
            print("write:", e)
        try:
            f.seek(1, 1)
        except io.UnsupportedOperation as e:
            print("seek:", e)
    with open(path, "rb") as f:
        try:
            f.write(b"x")
        except io.UnsupportedOperation as e:
            print("bwrite:", e)
    with open(path, "wb") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("bread:", e)
        try:
            f.write("text")
        except TypeError as e:
            print(e)
    with open(path, "w") as f:
        try:
            f.write(b"bytes")
        except TypeError as e:
            print(e)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
