import io
import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_stringio_report")
try:
    import io
    buf = io.StringIO()
    print("Report", file=buf)
    print("=" * 6, file=buf)
    for k, v in [("a", 1), ("bb", 22)]:
        print(f"{k:<3}{v:>4}", file=buf)
    text = buf.getvalue()
    print(text, end="")
    print(buf.tell(), len(text))
    buf.seek(0)
    print(repr(buf.readline()), repr(buf.read(4)))
    s = io.StringIO("line1\nline2\nline3")
    print(list(s))
    s = io.StringIO("abc")
    s.seek(1)
    s.write("X")
    print(s.getvalue(), s.tell())
    s.truncate(1)
    print(repr(s.getvalue()))
    s.close()
    try:
        s.getvalue()
    except ValueError as e:
        print(e)
    with open(os.path.join(TMP, "r.txt"), "w") as f:
        f.write(text)
    print(open(os.path.join(TMP, "r.txt")).read() == text)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
closed = io.StringIO()
closed.close()
for op in ("read", "readline", "tell"):
    try:
        getattr(closed, op)()
    except ValueError as e:
        print("StringIO", op, e)
closed = io.BytesIO()
closed.close()
for op in ("read", "readline", "tell", "getvalue"):
    try:
        getattr(closed, op)()
    except ValueError as e:
        print("BytesIO", op, e)
