# Decoding with the utf-8 codec: CPython's error ranges and reasons.
from helper_show import show

for data in [b"a\xff", b"\xfe", b"\xe2\x28\xa1", b"a\xe2\x82\x28", b"\xf0\x9f\x98",
             b"\xed\xa0\x80", b"\xc0\x80", b"\xf5\x80\x80\x80", b"\xe0\x80\x80",
             b"\xf4\x90\x80\x80", b"ok \xc3\xa9", b"\x80\x80", b"abc\xc3"]:
    show(data, lambda: data.decode("utf-8"))
