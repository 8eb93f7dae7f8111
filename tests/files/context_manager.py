import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_context_manager")
try:
    path = os.path.join(TMP, "cm.txt")
    with open(path, "w") as f:
        print(f.closed)
    print(f.closed)
    try:
        with open(path, "w") as g:
            g.write("partial")
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("caught", e, g.closed)
    with open(path) as f:
        print(f.read())
    with open(path) as a, open(path) as b:
        print(a.read(3), b.read(4))
    print(a.closed, b.closed)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
