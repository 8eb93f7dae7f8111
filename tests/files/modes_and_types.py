import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_modes_and_types")
try:
    path = os.path.join(TMP, "m.txt")
    with open(path, "w") as f:
        print(type(f).__name__, type(f).__module__, f.mode, f.name == path)
        print(type(f.buffer).__name__, f.buffer.mode)
    with open(path, "rb") as f:
        print(type(f).__name__, f.mode)
    with open(path, "wb") as f:
        print(type(f).__name__, f.mode)
    with open(path, "r+b") as f:
        print(type(f).__name__, f.mode)
    with open(path, "w+") as f:
        print(type(f).__name__, f.mode, f.buffer.mode, type(f.buffer).__name__)
    with open(path, "rt") as f:
        print(f.mode, f.readable(), f.writable(), f.seekable())
    with open(path, "ab") as f:
        print(f.mode, f.readable(), f.writable())
    rel = os.path.relpath(path)
    with open(rel) as f:
        print(repr(f) == "<_io.TextIOWrapper name=%r mode='r' encoding='UTF-8'>" % rel)
    with open(rel, "rb") as f:
        print(repr(f) == "<_io.BufferedReader name=%r>" % rel)
    with open(rel, "w", encoding="latin-1") as f:
        print(f.encoding, repr(f).endswith("encoding='latin-1'>"))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
