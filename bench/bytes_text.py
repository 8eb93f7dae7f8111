# Bytes text work: split, join, replace, find, strip and case changes on
# protocol-like lines.
lines = []
for i in range(300000):
    lines.append(b"KEY%06d: value-%d ; flags=%s \r" % (i, i * 7, b"abc" if i % 3 else b"XYZ"))
blob = b"\n".join(lines)
fields = 0
upper = 0
for line in blob.split(b"\n"):
    key, _, rest = line.partition(b":")
    parts = rest.strip().split(b";")
    fields += len(parts)
    if parts[-1].strip().upper().endswith(b"XYZ"):
        upper += 1
patched = blob.replace(b"value", b"VAL").replace(b"flags", b"f")
pos = 0
hits = 0
while True:
    pos = patched.find(b"VAL-1", pos)
    if pos < 0:
        break
    hits += 1
    pos += 1
print("bytes_text", fields, upper, len(patched), hits, patched[:24])
