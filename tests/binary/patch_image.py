# Patching a "file image" in a bytearray through memoryview slices.
image = bytearray(b"\x7fELF" + bytes(28) + b"CODE" * 4 + b"DATA" * 2)
print(len(image), image[:8])

view = memoryview(image)
# write a version field at offset 4..6
view[4:6] = (0x0102).to_bytes(2, "little")
# write entry point at 8..12
view[8:12] = b"\x00\x10\x40\x00"
print(image[:16].hex(" "))

# patch the code section in place, keeping size
code = view[32:48]
print(code.tobytes())
code[0:4] = b"NOPS"
code[-4:] = bytearray(b"RET!")
print(image[32:48])

# patching with the wrong size fails
for patch in [b"TOO LONG", b"X"]:
    try:
        code[4:8] = patch
    except ValueError as e:
        print(type(e).__name__, e)
print(image[32:48])

# a patch list applied through a loop
patches = [(48, b"data"), (52, b"DA"), (54, b"\x00\x00")]
for off, blob in patches:
    view[off:off + len(blob)] = blob
print(image[48:])

# step slices for interleaved data
stripe = view[32:48:2]
print(stripe.tobytes(), len(stripe), stripe.contiguous)
stripe[:] = b"abcdefgh"
print(image[32:48])

# single byte writes
view[0] = 0x7E
try:
    view[1] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    view[2] = b"E"
except TypeError as e:
    print(type(e).__name__, e)
print(image[:4])

# cannot resize while exported
try:
    image.extend(b"more")
except BufferError as e:
    print(type(e).__name__, e)
code.release()
stripe.release()
view.release()
image.extend(b"more")
print(len(image), image[-8:])
