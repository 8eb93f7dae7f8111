import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_bad_mode_args")
try:
    path = os.path.join(TMP, "b.txt")
    open(path, "w").close()
    cases = [
        dict(mode="rw"), dict(mode="rr"), dict(mode="rbt"), dict(mode="q"), dict(mode=""),
        dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"),
        dict(mode="rb", newline=""), dict(mode="r", newline="x"),
        dict(mode="r", buffering=0), dict(mode=5),
    ]
    for kw in cases:
        try:
            open(path, **kw)
            print(kw, "opened")
        except (ValueError, TypeError) as e:
            print(kw, type(e).__name__, e)
    try:
        open(path, encoding="no-such-codec")
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        open(3.5)
    except TypeError as e:
        print(e)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
