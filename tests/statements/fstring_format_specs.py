# f-string format specs, including nested replacement fields in the spec.
pi = 3.14159265
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}")
width, prec = 12, 4
print(f"{pi:{width}.{prec}f}|")
print(f"{pi:>{width}}|")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}{width}}")
n = 1234567
print(f"{n:,}|{n:_}|{n:x}|{n:#x}|{n:o}|{n:#b}|{n:08d}")
print(f"{-42:+d}|{42:+d}|{42: d}|{-42:=8d}")
print(f"{0.25:%}|{0.25:.0%}")
print(f"{'abc':5}|{'abc':>5}|{'abc':^7}|")
print(f"{123:>6}|{123:<6}|{123:^6}|")
print(f"{1e20:g}|{1.5e-7:g}|{100000.0:g}|{1234567.0:g}")
print(f"{12.0:.3g}|{0.0001234:.2e}")
print(f"{True}|{True:d}|{False:>6}")
print(f"{'x'!r:>{width}}|")
for spec in ("5", ">5", "05", "+", "x", "X", "c"):
    print(spec, f"{65:{spec}}")
try:
    print(f"{'text':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
