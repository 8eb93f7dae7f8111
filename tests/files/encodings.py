import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_encodings")
try:
    path = os.path.join(TMP, "enc.txt")
    text = "caf\u00e9 na\u00efve \u00fcber"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w", encoding="latin-1") as f:
        f.write(text)
    with open(path, "rb") as f:
        raw = f.read()
    print(raw, len(raw))
    with open(path, encoding="latin-1") as f:
        print(f.read() == text)
    try:
        with open(path, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)
    with open(path, encoding="utf-8", errors="replace") as f:
        print(f.read())
    try:
        with open(path, "w", encoding="ascii") as f:
            f.write(text)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.reason)
    with open(path, "w", encoding="ascii", errors="replace") as f:
        f.write(text)
    print(open(path).read())
    big = "\u00e9\u4e2d\U0001f600" * 5000
    with open(path, "w", encoding="utf-8") as f:
        f.write(big)
    with open(path, encoding="utf-8") as f:
        got = f.read()
    print(got == big, len(got))
    with open(path, encoding="utf-8") as f:
        parts = []
        while True:
            part = f.read(777)
            if not part:
                break
            parts.append(part)
    print("".join(parts) == big, len(parts))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
