# Sliding windows and rolling hashes over bytes (Rabin-Karp search).
BASE = 257
MOD = 1_000_000_007


def rabin_karp(haystack, needle):
    n, m = len(haystack), len(needle)
    if m == 0:
        return [0]
    if m > n:
        return []
    high = pow(BASE, m - 1, MOD)
    target = 0
    window = 0
    for i in range(m):
        target = (target * BASE + needle[i]) % MOD
        window = (window * BASE + haystack[i]) % MOD
    hits = []
    for i in range(n - m + 1):
        if window == target and haystack[i:i + m] == needle:
            hits.append(i)
        if i + m < n:
            window = ((window - haystack[i] * high) * BASE + haystack[i + m]) % MOD
    return hits


hay = b"abracadabra abracadabra"
for needle in [b"abra", b"cad", b"a", b"zzz", b"", hay, hay + b"!"]:
    hits = rabin_karp(hay, needle)
    expect = [i for i in range(len(hay) - len(needle) + 1) if hay.startswith(needle, i)]
    print(needle[:10], hits, hits == expect or needle == b"")

ba = bytearray(hay)
print(rabin_karp(ba, bytearray(b"bra")), rabin_karp(memoryview(ba), b"ra "))

# windowed sums
data = bytes([1, 5, 2, 8, 3, 9, 4])
print([sum(data[i:i + 3]) for i in range(len(data) - 2)])
print([max(memoryview(data)[i:i + 3]) for i in range(len(data) - 2)])
pairs = list(zip(data, data[1:]))
print(pairs)
print(bytes(abs(a - b) for a, b in pairs))
