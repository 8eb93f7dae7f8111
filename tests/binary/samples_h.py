# Fixed-point audio samples in array('h'), with byteswap for endianness.
from array import array
import sys

samples = array("h", [0, 1000, -1000, 32767, -32768, 256, -2])
print(samples, samples.itemsize, samples.typecode)

# Q15 fixed point to float and back
floats = [s / 32768 for s in samples]
print(["%.5f" % f for f in floats])
back = array("h", (max(-32768, min(32767, round(f * 32768))) for f in floats))
print(back == samples)

# gain with clipping
def gain(arr, factor):
    out = array("h")
    for s in arr:
        v = int(s * factor)
        out.append(max(-32768, min(32767, v)))
    return out

print(gain(samples, 2))
print(gain(samples, 0.5))
try:
    samples.append(40000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    samples[0] = -40000
except OverflowError as e:
    print(type(e).__name__, e)

little = samples.tobytes() if sys.byteorder == "little" else None
print(little.hex(" ", 2))
swapped = array("h", samples)
swapped.byteswap()
print(swapped)
print(swapped.tobytes().hex(" ", 2))
swapped.byteswap()
print(swapped == samples)

# read big-endian network data
wire = b"\x00\x01\xff\xfe\x7f\xff\x80\x00"
net = array("h")
net.frombytes(wire)
if sys.byteorder == "little":
    net.byteswap()
print(net.tolist())
try:
    net.frombytes(b"\x01\x02\x03")
except ValueError as e:
    print(type(e).__name__, e)
print(len(net))

# peak and RMS
print(max(samples), min(samples), sum(abs(s) for s in samples))
mv = memoryview(samples)
print(mv.format, mv.itemsize, mv.nbytes, mv[3], mv[-1])
print(mv.cast("B")[:4].tolist())
