# translate/maketrans tables for byte-level transformations.
rot13 = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
print(len(rot13), type(rot13).__name__, rot13[65:70])
msg = b"Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
print(bytearray(msg).translate(rot13))

# delete characters
print(b"phone: (555) 123-4567".translate(None, b"()- :phoneb"))
print(b"a1b2c3".translate(None, b"0123456789"))
print(bytearray(b"keep vowels only").translate(None, b"kpvwlsny "))

# upper-casing table by hand
upper = bytearray(range(256))
for c in range(ord("a"), ord("z") + 1):
    upper[c] = c - 32
print(b"mixed Case 123".translate(upper) == b"mixed Case 123".upper())

# mapping high bytes to '?'
table = bytes(b if b < 128 else 63 for b in range(256))
print(b"caf\xe9 \xff ok".translate(table))

# bytearray.maketrans and errors
t = bytearray.maketrans(b"abc", b"xyz")
print(type(t).__name__, t[97:100])
for args in [(b"ab", b"x"), ("ab", "xy"), (b"a", 1)]:
    try:
        bytes.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for table in [b"short", bytes(257)]:
    try:
        b"x".translate(table)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b"x".translate("a" * 256)
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".translate(None), b"abc".translate(memoryview(bytes(range(256)))))
print(b"xyz".translate(None, delete=b"y"))

# caesar shift over printable bytes
def shift_table(k):
    return bytes.maketrans(bytes(range(32, 127)), bytes((c - 32 + k) % 95 + 32 for c in range(32, 127)))

s = b"Attack at dawn! 42"
for k in [1, 3, 94]:
    e = s.translate(shift_table(k))
    print(k, e, e.translate(shift_table(95 - k)) == s)
