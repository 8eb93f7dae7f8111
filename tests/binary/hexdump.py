# A classic hex dump with offsets, using bytes.hex(sep) and memoryview slices.
def hexdump(data, width=16):
    mv = memoryview(data)
    lines = []
    for off in range(0, len(mv), width):
        chunk = mv[off:off + width]
        hexpart = chunk.hex(" ")
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%08x  %-*s  |%s|" % (off, width * 3 - 1, hexpart, text))
    return "\n".join(lines)


print(hexdump(b"Hello, binary world!\x00\x01\x02\xff\x7f tail"))
print(hexdump(bytes(range(40)), 8))
print(repr(hexdump(b"")))
print(hexdump(bytearray(b"\tTab\nNL\r")))

data = bytes(range(0xF0, 0x100))
print(data.hex())
print(data.hex("-"))
print(data.hex(":", 2))
print(data.hex(":", -2))
print(data.hex(" ", 4))
print(data.hex(b"|", 3))
print(data.hex("_", -3))
print(bytearray(data).hex(".", 5))
print(memoryview(data).hex("/", 8))
print(b"".hex("-"), b"\x01".hex("-", 4))
for sep in ["", "ab", "é", 3]:
    try:
        print(data.hex(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# round trip through fromhex
for text in [data.hex(" "), "de ad be ef", "  0a0b  ", "DEADbeef"]:
    print(bytes.fromhex(text), bytearray.fromhex(text))
for text in ["abc", "0g", "12 3"]:
    try:
        print(bytes.fromhex(text))
    except ValueError as e:
        print(type(e).__name__, e)
