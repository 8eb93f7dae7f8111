# every public method of bytes and bytearray called with unusual argument lists
names = ["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "hex", "index",
         "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust",
         "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
         "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
         "translate", "upper", "zfill"]
extra = ["append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse"]
calls = [((), {}), ((b"a",), {}), ((1,), {}), ((b"a", 1), {}), ((1, 2, 3, 4, 5), {}), ((), {"x": 1}), ((b"a",), {"sep": b"a"})]
for kind in [bytes, bytearray]:
    for name in names + (extra if kind is bytearray else []):
        for args, kwargs in calls:
            if kwargs and name in ("count", "endswith", "find", "index", "rfind", "rindex", "startswith"):
                continue
            obj = kind(b"abca")
            try:
                r = getattr(obj, name)(*args, **kwargs)
                print(kind.__name__, name, len(args), list(kwargs), "->", repr(r))
            except Exception as e:
                print(kind.__name__, name, len(args), list(kwargs), "!!", type(e).__name__, e)
