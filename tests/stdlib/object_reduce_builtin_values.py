for v in [5, True, 2.5, "ab", b"x", (1, 2), 1j, [1, 2], {"a": 1}]:
    r = v.__reduce_ex__(4)
    print(r[0].__name__, r[1], r[2], None if r[3] is None else list(r[3]), None if r[4] is None else list(r[4]))
