# Classifying bytes and converting case in mixed binary/ASCII data.
data = bytes(range(0x20, 0x80)) + b"\x00\x09\x0a\x0d\xff"
classes = {"digit": b"", "alpha": b"", "space": b"", "other": b""}
for b in data:
    ch = bytes([b])
    if ch.isdigit():
        classes["digit"] += ch
    elif ch.isalpha():
        classes["alpha"] += ch
    elif ch.isspace():
        classes["space"] += ch
    else:
        classes["other"] += ch
for k, v in classes.items():
    print(k, len(v), v)

text = b"Hello World 123 \xe9\xc9"
print(text.upper(), text.lower(), text.swapcase())
print(text.title(), text.capitalize())
print(bytearray(text).upper(), type(bytearray(text).lower()).__name__)
print(b"\xe9".upper() == b"\xe9", b"\xc9".lower())
print([c for c in b"aZ09 _"], list(bytearray(b"az")))
print(sorted(set(b"mississippi")), bytes(sorted(b"mississippi")))
print(bytes(reversed(b"stressed")), b"stressed"[::-1])
print(min(b"hello"), max(b"hello"), sum(b"\x01\x02\x03"), any(b"\x00\x00"), all(b"\x01\x02"))
print(chr(b"A"[0]), b"A"[0], bytearray(b"z")[0])
print(b"A" * 3, 3 * bytearray(b"ab"), b"x" * 0, b"x" * -2)
try:
    b"x" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"x" + "y"
except TypeError as e:
    print(type(e).__name__, e)
print(b"x" + bytearray(b"y"), bytearray(b"x") + b"y", b"x" + memoryview(b"z"))
