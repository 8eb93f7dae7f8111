# Writing and reading a BMP-like image header and pixel rows.
from array import array


def le(n, size):
    return n.to_bytes(size, "little")


def make_bmp(width, height, pixel):
    row = bytes(pixel) * width
    pad = (4 - len(row) % 4) % 4
    rows = (row + b"\x00" * pad) * height
    header = b"BM" + le(54 + len(rows), 4) + le(0, 4) + le(54, 4)
    info = le(40, 4) + le(width, 4) + le(height, 4, ) + le(1, 2) + le(24, 2) + le(0, 4) * 6
    return bytearray(header + info + rows)


img = make_bmp(3, 2, (0x10, 0x20, 0x30))
print(len(img), img[:2], img[2:6].hex(), int.from_bytes(img[2:6], "little"))
print(img[14:54].hex(" ", 4))

def read_info(data):
    mv = memoryview(data)
    if mv[:2] != b"BM":
        raise ValueError("not a bitmap")
    fields = mv[14:54].cast("I")
    return fields[0], fields[1], fields[2], int.from_bytes(mv[28:30], "little")

print(read_info(img))
try:
    read_info(b"PK" + bytes(60))
except ValueError as e:
    print(type(e).__name__, e)

# paint one pixel through a view
stride = (3 * 3 + 3) // 4 * 4
view = memoryview(img)
off = 54 + 1 * stride + 2 * 3
view[off:off + 3] = bytes([0xFF, 0, 0x80])
print(img[54:].hex(" ", 3))
rows = [bytes(img[54 + r * stride:54 + r * stride + 9]) for r in range(2)]
print(rows)
view.release()

# grayscale conversion with array
px = array("B", img[54:54 + 9])
gray = array("B", (sum(px[i:i + 3]) // 3 for i in range(0, 9, 3)))
print(px, gray)
