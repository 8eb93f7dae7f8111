import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_print_to_file")
try:
    path = os.path.join(TMP, "p.txt")
    with open(path, "w") as f:
        print("a", 1, 2.5, None, file=f)
        print("x", "y", sep="-", end="!\n", file=f)
        print(file=f)
        print([1, 2], {"k": "v"}, file=f, flush=True)
    with open(path) as f:
        print(repr(f.read()))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
