# OverflowError messages for out-of-range values, per typecode
import array

values = [2**64, -2**64, 2**63, -2**63 - 1, 2**32, 2**31, -2**31 - 1, 65536, 32768, -32769, 256, 128, -129, -1]
for code in "bBhHiIlLqQ":
    for v in values:
        try:
            array.array(code, [v])
            print(code, v, "ok")
        except OverflowError as e:
            print(code, v, "OverflowError", e)
for code in "bBhHiIlLqQ":
    a = array.array(code, [0])
    for v in (1.0, "1", None):
        try:
            a[0] = v
        except TypeError as e:
            print(code, repr(v), "TypeError", e)


class I:
    def __index__(self):
        return 7


print(array.array("b", [I(), True, False]))
for code in "fd":
    for v in ("x", 10**400, None, 1, 2.5):
        try:
            print(code, array.array(code, [v]))
        except Exception as e:
            print(code, type(e).__name__, e)
