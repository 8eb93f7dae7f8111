"""SHA-512 (FIPS 180-4) in Python, for `random.seed` of str and bytes
(garter's own implementation). The constants are computed from the primes
as the standard defines them rather than written out."""

_MASK = (1 << 64) - 1


def _primes(count):
    found = []
    candidate = 2
    while len(found) < count:
        if all(candidate % p for p in found if p * p <= candidate):
            found.append(candidate)
        candidate += 1
    return found


def _icbrt(n):
    """The integer cube root of n (floor)."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def _isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            break
        x = y
    while x * x > n:
        x -= 1
    return x


_PRIMES = _primes(80)
# The first 64 bits of the fractional parts of the cube roots of the first
# 80 primes, and of the square roots of the first 8.
_K = [_icbrt(p << 192) & _MASK for p in _PRIMES]
_H0 = [_isqrt(p << 128) & _MASK for p in _PRIMES[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


def sha512(data):
    """The SHA-512 digest of `data` (bytes), as 64 bytes."""
    data = bytes(data)
    length = len(data) * 8
    padded = data + b"\x80" + b"\x00" * ((111 - len(data)) % 128) + length.to_bytes(16, "big")
    h = list(_H0)
    for start in range(0, len(padded), 128):
        block = padded[start:start + 128]
        w = [int.from_bytes(block[i:i + 8], "big") for i in range(0, 128, 8)]
        for t in range(16, 80):
            s0 = _rotr(w[t - 15], 1) ^ _rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            s1 = _rotr(w[t - 2], 19) ^ _rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            t1 = (hh + (_rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41))
                  + ((e & f) ^ (~e & g)) + _K[t] + w[t]) & _MASK
            t2 = ((_rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39))
                  + ((a & b) ^ (a & c) ^ (b & c))) & _MASK
            hh, g, f, e = g, f, e, (d + t1) & _MASK
            d, c, b, a = c, b, a, (t1 + t2) & _MASK
        h = [(x + y) & _MASK for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b"".join(x.to_bytes(8, "big") for x in h)
