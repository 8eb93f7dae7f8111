import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_bytesio_roundtrip")
try:
    import io
    b = io.BytesIO()
    print(b.write(b"hello "), b.write(bytearray(b"world")))
    print(b.getvalue(), b.tell())
    b.seek(0)
    print(b.read(5), b.read(), b.read())
    b.seek(-5, 2)
    print(b.read())
    b = io.BytesIO(b"one\ntwo\nthree")
    print(b.readline(), b.readlines())
    b.seek(2)
    b.write(b"XYZ")
    print(b.getvalue())
    b.truncate(4)
    print(b.getvalue())
    path = os.path.join(TMP, "b.bin")
    with open(path, "wb") as f:
        f.write(b.getvalue() * 3)
    with open(path, "rb") as f:
        print(io.BytesIO(f.read()).read(6))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
