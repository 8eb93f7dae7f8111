# Slicing through memoryviews: parsing fixed-size records out of a buffer
# without copying, and patching a bytearray through a view.
record = bytes(range(32))
blob = bytearray(record * 300000)
view = memoryview(blob)
total = 0
for i in range(0, len(view), 32):
    rec = view[i:i + 32]
    total += rec[0] + rec[31] + int.from_bytes(rec[4:8], "little") % 1000
    head = rec[:4]
    total += head[1]
for i in range(0, len(view), 64):
    view[i:i + 2] = b"\xff\xfe"
ints = view.cast("I")
acc = 0
for k in range(0, len(ints), 7):
    acc ^= ints[k]
view.release()
print("memoryview_slices", total, acc, blob[:4].hex(), blob.count(b"\xff\xfe"))
