# A repeating-key XOR cipher over bytes, bytearray and memoryview.
def xor(data, key):
    if not key:
        raise ValueError("empty key")
    out = bytearray(len(data))
    for i, b in enumerate(data):
        out[i] = b ^ key[i % len(key)]
    return bytes(out)


def xor_inplace(buf, key):
    view = memoryview(buf)
    for i in range(len(view)):
        view[i] ^= key[i % len(key)]


plain = b"Attack at dawn, bring snacks."
key = b"K3y"
enc = xor(plain, key)
print(enc.hex())
print(xor(enc, key))
print(xor(enc, bytearray(key)) == plain, xor(memoryview(enc), key) == plain)

buf = bytearray(plain)
xor_inplace(buf, key)
print(bytes(buf) == enc)
xor_inplace(buf, key)
print(buf)
try:
    xor(plain, b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    xor_inplace(b"readonly", key)
except TypeError as e:
    print(type(e).__name__, e)

# recover a single-byte key by scoring printable output
secret = xor(b"the quick brown fox jumps over the lazy dog", b"\x5a")
best = max(range(256), key=lambda k: sum(c in b"etaoin shrdlu" for c in xor(secret, bytes([k]))))
print(best, xor(secret, bytes([best])))

# bytes-wide xor with int.from_bytes
a, b = b"\x0f\xf0\xaa", b"\xff\x00\x55"
x = int.from_bytes(a, "big") ^ int.from_bytes(b, "big")
print(x.to_bytes(3, "big"), bytes(p ^ q for p, q in zip(a, b)))
print(bytes(~c & 0xFF for c in a))
