# bin, oct, hex and their inverses
for n in (0, 1, -1, 7, -7, 255, -256, 2**32, -(2**64), 10**20, 3735928559):
    print(n, bin(n), oct(n), hex(n))
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
print(hex(True), bin(False))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bin(2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(0x_FF, 0o_17, 0b_1_1, 0xdead_beef)
print(format(255, "x"), format(255, "#X"), format(-255, "#o"), format(5, "#b"))
