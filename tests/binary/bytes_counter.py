# Byte frequency histograms and entropy estimates.
import math


def histogram(data):
    counts = [0] * 256
    for b in data:
        counts[b] += 1
    return counts


def entropy(data):
    if not data:
        return 0.0
    n = len(data)
    h = 0.0
    for c in histogram(data):
        if c:
            p = c / n
            h -= p * math.log2(p)
    return h


samples = {
    "zeros": bytes(64),
    "text": b"the rain in spain falls mainly on the plain",
    "all": bytes(range(256)),
    "two": b"ab" * 32,
    "empty": b"",
}
for name, data in samples.items():
    hist = histogram(data)
    top = sorted(((c, b) for b, c in enumerate(hist) if c), reverse=True)[:3]
    print(name, len(data), "%.4f" % entropy(data), [(bytes([b]), c) for c, b in top])

text = samples["text"]
print(text.count(b"ain"), text.count(b"a"), text.count(ord("n")))
uniq = bytes(sorted(set(text)))
print(uniq, len(uniq))
ba = bytearray(text)
for b in set(ba):
    if ba.count(b) == 1:
        print("single:", bytes([b]))
mv = memoryview(text)
print(sum(1 for b in mv if b == 32), mv.tobytes().split().__len__())
