# Printing a lone surrogate raises UnicodeEncodeError, after the text
# printed before it.
import sys
try:
    print("before", "\ud800", "after")
except UnicodeEncodeError as e:
    print()
    print(type(e).__name__, e, e.start, e.end, ascii(e.object))
try:
    sys.stdout.write("ab\udcff")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    print("x", end="\udc80")
except UnicodeEncodeError as e:
    print()
    print(e)
try:
    print("a", "b", sep="\ud800")
except UnicodeEncodeError as e:
    print()
    print(e)
print("ok", ascii("\ud800"))
print("\ud800")
