# Searching binary data: find markers, count occurrences, split on delimiters.
blob = b"\x00\x00JUNK\xff\xd8\xff\xe0JFIFdata\xff\xd9more\xff\xd8\xff\xe1EXIF\xff\xd9\x00"
SOI, EOI = b"\xff\xd8", b"\xff\xd9"

images = []
start = blob.find(SOI)
while start != -1:
    end = blob.find(EOI, start)
    if end == -1:
        break
    images.append(blob[start:end + 2])
    start = blob.find(SOI, end)
print(len(images))
for img in images:
    print(img, len(img), img.startswith(SOI), img.endswith(EOI))

print(blob.count(b"\xff"), blob.count(b"\xff", 10), blob.count(b"\xff", 10, 20))
print(blob.index(b"JFIF"), blob.rindex(b"\xff\xd9"), blob.rfind(b"nothing"))
print(blob.find(0xFF), blob.rfind(0xFF), blob.count(0), blob.index(ord("J")))
try:
    blob.index(b"PNG")
except ValueError as e:
    print(type(e).__name__, e)
try:
    blob.find(256)
except ValueError as e:
    print(type(e).__name__, e)
try:
    blob.find("JFIF")
except TypeError as e:
    print(type(e).__name__, e)

ba = bytearray(blob)
print(ba.find(b"EXIF"), ba.find(memoryview(b"EXIF")), ba.find(bytearray(b"EX"), 0, 40))
print(b"JFIF" in blob, 0xD8 in blob, bytearray(b"EXIF") in ba, memoryview(b"IF") in blob)
try:
    print("JFIF" in blob)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(300 in blob)
except ValueError as e:
    print(type(e).__name__, e)

print(blob.startswith((b"\x01", b"\x00\x00")), blob.endswith(b"\x00", 0, 5))
print(blob.find(b""), blob.find(b"", 100), blob.rfind(b""), blob.count(b""))
print(blob.replace(b"\xff", b"<FF>", 2))
print(blob.replace(b"", b".")[:12])
positions = [i for i in range(len(blob)) if blob[i:i + 1] == b"\xff"]
print(positions)
