def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexes:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


msg = "Hello, Wörld!\n\tTabs & ünïcode ✓".encode("utf-8")
print(len(msg), msg[:12], msg[-3:])
print(hexdump(msg))
print(msg.decode("utf-8").split())
print(msg.decode("ascii", errors="replace")[:20])
try:
    msg.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


for n in [0, 1, 255, 1023, 2 ** 64 - 1, 0b1011_0110]:
    print(f"{n:>22} {bin(n):>20.20} {popcount(n):>3} {n.bit_length():>3} {bin(n).count('1'):>3}")


def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


print(hex(crc8(b"123456789")), crc8(b""), crc8(msg))
flags = {"READ": 1, "WRITE": 2, "EXEC": 4, "HIDDEN": 8}
perm = flags["READ"] | flags["EXEC"]
print([name for name, bit in flags.items() if perm & bit], perm ^ 0xF, ~perm, perm << 3, -perm >> 1)
rgb = 0x1E90FF
r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
print(r, g, b, f"#{r:02X}{g:02X}{b:02X}", "#%06x" % rgb, int("1e90ff", 16), int("0o17", 0), int("101", 2))
packed = (1234).to_bytes(4, "big") + (-2).to_bytes(2, "little", signed=True)
print(packed, int.from_bytes(packed[:4], "big"), int.from_bytes(packed[4:], "little", signed=True))
ba = bytearray(b"abc")
ba[0] = ord("X")
ba += b"!!"
ba.extend([100, 101])
print(ba, bytes(ba).upper(), ba.hex(), bytes.fromhex("de ad be ef"), list(b"\x00\xff"))


def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


print(rot13("Hello, World!"), rot13(rot13("Round trip")))
big = 3 ** 200
print(len(str(big)), big % 1000007, big.bit_length(), str(big)[:20], hex(big)[-8:])
print(2 ** 100 // 3 ** 50, -(2 ** 100) // 7, pow(3, 200, 1000007), pow(7, -1, 13))
