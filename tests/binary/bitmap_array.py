# A bitmap of allocation flags stored in array('B').
from array import array


class Bitmap:
    def __init__(self, nbits):
        self.nbits = nbits
        self.bits = array("B", bytes((nbits + 7) // 8))

    def set(self, i):
        self._check(i)
        self.bits[i >> 3] |= 1 << (i & 7)

    def clear(self, i):
        self._check(i)
        self.bits[i >> 3] &= ~(1 << (i & 7)) & 0xFF

    def test(self, i):
        self._check(i)
        return bool(self.bits[i >> 3] >> (i & 7) & 1)

    def _check(self, i):
        if not 0 <= i < self.nbits:
            raise IndexError("bit %d out of range" % i)

    def first_free(self):
        for byte_index, byte in enumerate(self.bits):
            if byte != 0xFF:
                for bit in range(8):
                    i = byte_index * 8 + bit
                    if i < self.nbits and not byte >> bit & 1:
                        return i
        return -1

    def count(self):
        return sum(bin(b).count("1") for b in self.bits)


bm = Bitmap(20)
print(bm.bits, len(bm.bits), bm.bits.itemsize)
for i in [0, 1, 2, 7, 8, 19]:
    bm.set(i)
print(bm.bits, bm.bits.tobytes(), bm.count())
print([i for i in range(20) if bm.test(i)])
print(bm.first_free())
bm.clear(1)
print(bm.first_free(), bm.bits)
for i in range(20):
    bm.set(i)
print(bm.first_free(), bm.count(), bm.bits.tolist())
try:
    bm.set(20)
except IndexError as e:
    print(type(e).__name__, e)
try:
    bm.bits[0] = 256
except OverflowError as e:
    print(type(e).__name__, e)
try:
    bm.bits[0] = -1
except OverflowError as e:
    print(type(e).__name__, e)

saved = bm.bits.tobytes()
restored = array("B")
restored.frombytes(saved)
print(restored == bm.bits, restored)
mv = memoryview(restored)
print(mv.format, mv.itemsize, mv.tolist())
mv[1] = 0
print(restored)
